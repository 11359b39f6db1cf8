package io.github.gongkai.render;

import io.github.gongkai.incremental.PageMemory;
import io.github.gongkai.archive.SitePaths;
import io.github.gongkai.render.PageViews.Crumb;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What every page shares: the site's identity, the breadcrumb from 首页, the templates, and what
 * the last build wrote (a list page whose model is unchanged is kept, not rendered).
 */
final class PageFrame {

    private static final String HOME = "首页";

    private final PageViews.Site site;
    private final PageTemplates templates;
    private final PageMemory memory;

    PageFrame(PageViews.Site site, PageTemplates templates, PageMemory memory) {
        this.site = site;
        this.templates = templates;
        this.memory = memory;
    }

    PageViews.Site site() {
        return site;
    }

    /** The column's own crumb, the second step of most breadcrumbs. */
    static Crumb columnCrumb() {
        return new Crumb(SitePaths.COLUMN_NAME, SitePaths.column());
    }

    /** A page model with {@code site} and {@code page}; the trail's last crumb is the page itself. */
    Map<String, Object> model(String title, String path, String columnType, List<Crumb> trail) {
        List<Crumb> breadcrumb = new ArrayList<>();
        breadcrumb.add(new Crumb(HOME, SitePaths.home()));
        for (int i = 0; i < trail.size(); i++) {
            Crumb crumb = trail.get(i);
            breadcrumb.add(i == trail.size() - 1 ? new Crumb(crumb.title(), null) : crumb);
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("site", site);
        model.put("page", new PageViews.Page(title, path, SitePaths.rootOf(path), SitePaths.COLUMN_NAME, columnType,
                List.copyOf(breadcrumb)));
        return model;
    }

    RenderedPage render(String path, String template, Map<String, Object> model) {
        return new RenderedPage(path, templates.render(template, model).getBytes(StandardCharsets.UTF_8));
    }

    /** A list page: kept as the last build wrote it when its model is the same, else rendered. */
    SiteFile listPage(String path, String template, Map<String, Object> model) {
        return listPage(path, template, model, () -> model);
    }

    /**
     * A list page whose model costs more to make than what it is made from ({@code madeOf}, which
     * must determine the model): the model is made only when the page is rendered.
     */
    SiteFile listPage(String path, String template, Object madeOf, Supplier<Map<String, Object>> model) {
        return memory.keepsPage(path, template, madeOf) ? new KeptFile(path) : render(path, template, model.get());
    }

    String fragment(String template, Map<String, Object> model) {
        return templates.render(template, model);
    }
}
