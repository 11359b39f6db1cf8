package io.github.gongkai.render;

import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import io.github.gongkai.diagnostic.InputError;
import io.github.gongkai.diagnostic.SourceLocation;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The theme's Freemarker templates (a template engine JBake supports), with HTML auto-escaping
 * ({@code .ftlh}) so that no text from a report can inject markup.
 */
final class PageTemplates {

    private final Configuration configuration;
    private final Theme theme;

    PageTemplates(Theme theme) {
        this.theme = theme;
        configuration = new Configuration(Configuration.VERSION_2_3_34);
        configuration.setTemplateLoader(theme.templateLoader());
        configuration.setDefaultEncoding("UTF-8");
        configuration.setOutputEncoding("UTF-8");
        configuration.setLocale(Locale.SIMPLIFIED_CHINESE);
        configuration.setNumberFormat("computer");
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        configuration.setWrapUncheckedExceptions(true);
        configuration.setFallbackOnNullLoopVariable(false);
        // A site's own template override is input, not code: no ?new (Execute, ObjectConstructor), no ?api.
        configuration.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        configuration.setAPIBuiltinEnabled(false);
        // Never checked again by time (a second edit within the clock's tick would go unseen): the
        // preview keeps a theme, and so these templates, only while none of its files changed.
        configuration.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
    }

    /** Renders {@code template} (a name like {@code report.ftlh}) with {@code model}. */
    String render(String template, Map<String, Object> model) {
        StringWriter out = new StringWriter(16 * 1024);
        try {
            configuration.getTemplate(template).process(model, out);
        } catch (TemplateException e) {
            String where = theme.describe(e.getTemplateSourceName());
            SourceLocation location = new SourceLocation(Path.of(where),
                    e.getLineNumber() == null ? 0 : e.getLineNumber());
            throw new InputError(location, "主题模板出错：" + e.getMessageWithoutStackTop().lines().findFirst()
                    .orElse("") + " / template error", e);
        } catch (SecurityException e) {
            // Freemarker's file loader refuses a template that links out of the theme folder.
            throw new InputError(SourceLocation.of(Path.of(theme.describe(template))),
                    "主题模板通过符号链接指向主题目录之外，出于安全不予读取 / the template links outside the theme folder", e);
        } catch (IOException e) {
            throw new InputError(SourceLocation.of(Path.of(theme.describe(template))),
                    "无法读取主题模板（" + e.getMessage() + "） / cannot read the template", e);
        }
        return out.toString();
    }
}
