package io.github.gongkai.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * What a browser test does on a machine without Chromium, chromedriver or axe-core: by default it
 * is skipped (reported as skipped, with the reason) and named in a file that the build prints at
 * its end; with {@code -Dgongkai.requireBrowser=true}, which {@code .ci/run} sets, it fails.
 * Browser tests say so with {@link NeedsBrowser}.
 */
public final class BrowserRequirement implements ExecutionCondition {

    /** The Debian packages the browser tests need (npm installs axe-core during {@code mvn verify}). */
    public static final String INSTALL = "sudo apt-get install chromium chromium-driver fonts-noto-cjk npm";

    /**
     * Whether Chromium, chromedriver and axe-core are all here, for a class whose other tests run
     * without them: it opens the browser only then.
     */
    public static boolean available() {
        return Files.isRegularFile(Browser.CHROMIUM) && Files.isRegularFile(Browser.CHROMEDRIVER)
                && Files.isRegularFile(Axe.SCRIPT);
    }

    /** Decides, before a browser test class or method starts, whether it can run here. */
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        String testClass = context.getRequiredTestClass().getSimpleName()
                + context.getTestMethod().map(method -> "#" + method.getName()).orElse("");
        String skipped = missing(Browser.CHROMIUM, "Chromium", testClass);
        if (skipped == null) {
            skipped = missing(Browser.CHROMEDRIVER, "chromedriver", testClass);
        }
        if (skipped == null) {
            skipped = missing(Axe.SCRIPT, "axe-core", testClass);
        }
        if (skipped != null) {
            return ConditionEvaluationResult.disabled(skipped);
        }
        return ConditionEvaluationResult.enabled("Chromium, chromedriver and axe-core are here");
    }

    /**
     * Skips (or, when required, fails) the calling test class unless {@code file} is there.
     *
     * @param file the program or script the test needs
     * @param what its name for the message, e.g. "Chromium"
     */
    public static void need(Path file, String what) {
        String skipped = missing(file, what, testClass());
        if (skipped != null) {
            Assumptions.abort(skipped);
        }
    }

    // null when the file is there; else the reason to skip (recorded), or a failure when required.
    private static String missing(Path file, String what, String testClass) {
        if (Files.isRegularFile(file)) {
            return null;
        }
        String missing = what + "（" + file + "）";
        if (Boolean.getBoolean("gongkai.requireBrowser")) {
            throw new IllegalStateException("浏览器检查需要 " + missing + "，本机没有；gongkai.requireBrowser=true 时不能跳过。安装："
                    + INSTALL + " / browser checks are required and " + what + " is missing at " + file);
        }
        record(testClass, missing);
        return "本机没有 " + missing + "，浏览器检查已跳过；安装：" + INSTALL + " / skipped: " + what + " missing at " + file;
    }

    // The file the build prints at its end (plugin/pom.xml and archetype/pom.xml, after the tests).
    private static synchronized void record(String testClass, String missing) {
        String name = System.getProperty("gongkai.browserSkips");
        if (name == null || name.isBlank()) {
            return;
        }
        Path file = Path.of(name);
        try {
            Set<String> lines = new LinkedHashSet<>();
            if (Files.exists(file)) {
                List<String> old = Files.readAllLines(file, StandardCharsets.UTF_8);
                lines.addAll(old.subList(1, Math.max(1, old.size() - 1)));
            }
            lines.add("  " + testClass + "：缺少 " + missing);
            List<String> text = new ArrayList<>();
            text.add("以下浏览器检查已跳过（本机缺少所需程序） / browser checks SKIPPED on this machine:");
            text.addAll(lines);
            text.add("安装后重新运行 mvn verify / to run them: " + INSTALL + ", then mvn verify");
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // The test class that asked, for the summary: the first caller outside this package.
    private static String testClass() {
        return StackWalker.getInstance().walk(frames -> frames
                .map(StackWalker.StackFrame::getClassName)
                .filter(name -> !name.startsWith(BrowserRequirement.class.getPackageName() + "."))
                .findFirst()
                .map(name -> name.substring(name.lastIndexOf('.') + 1))
                .orElse("?"));
    }
}
