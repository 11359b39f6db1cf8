package io.github.gongkai.validate;

import io.github.gongkai.data.AnnualReport;
import io.github.gongkai.data.SiteContent;
import io.github.gongkai.diagnostic.BuildLog;
import io.github.gongkai.diagnostic.InvalidFigures;
import io.github.gongkai.output.JsonText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Checks every report of a site, writes the validation report (a JSON file beside the
 * website, never in it), the 核对报告 page beside it ({@link CheckReport}) and a summary to the
 * build log, and stops the build on a hard violation.
 */
public final class SiteValidator {

    private SiteValidator() {
    }

    /**
     * @param content the loaded site
     * @param report  where the machine-readable validation report goes
     * @param log     the build log
     * @return every finding
     * @throws InvalidFigures when a hard invariant is broken and not acknowledged
     */
    public static List<Finding> validate(SiteContent content, Path report, BuildLog log) {
        return validate(content, report, log, ReportValidator::check);
    }

    /**
     * @param content the loaded site
     * @param report  where the machine-readable validation report goes
     * @param log     the build log
     * @param check   each report's own findings: {@link ReportValidator#check}, or what an earlier
     *                build found for the same files
     * @return every finding
     * @throws InvalidFigures when a hard invariant is broken and not acknowledged
     */
    public static List<Finding> validate(SiteContent content, Path report, BuildLog log,
            Function<AnnualReport, List<Finding>> check) {
        List<Finding> findings = new ArrayList<>();
        List<Map<String, Object>> entries = new ArrayList<>();
        Map<AnnualReport, List<Finding>> continuity = YearContinuity.check(content.reports());
        // Each report is checked on its own, on every core; findings are then taken in report order.
        List<List<Finding>> checked = content.reports().parallelStream().map(check).toList();
        Map<AnnualReport, List<Finding>> byReport = new IdentityHashMap<>();
        for (int i = 0; i < content.reports().size(); i++) {
            AnnualReport annual = content.reports().get(i);
            List<Finding> found = new ArrayList<>(checked.get(i));
            found.addAll(continuity.getOrDefault(annual, List.of()));
            byReport.put(annual, found);
            for (Finding finding : found) {
                findings.add(finding);
                entries.add(entry(annual, finding));
            }
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("reports", content.reports().size());
        json.put("findings", entries);
        write(report, JsonText.write(json));
        Path page = checkReport(report);
        write(page, CheckReport.html(content, byReport, siteName(report)));
        List<String> errors = findings.stream().filter(Finding::error).map(Finding::toString).toList();
        findings.stream().filter(f -> !f.error()).forEach(f -> log.warn(f.toString()));
        log.info("数据核对：" + content.reports().size() + " 篇报告，" + errors.size() + " 处错误，"
                + (findings.size() - errors.size()) + " 处提示（详见 " + report.getFileName() + "） / checked "
                + content.reports().size() + " reports: " + errors.size() + " errors, "
                + (findings.size() - errors.size()) + " warnings");
        log.info("核对报告（供审核签发，不随网站发布）：" + page.toAbsolutePath().normalize() + " / check report");
        if (!errors.isEmpty()) {
            throw new InvalidFigures(errors);
        }
        return List.copyOf(findings);
    }

    /**
     * The 核对报告 page beside the validation report: {@code site-validation.json} →
     * {@code site-check.html}, both beside the website {@code site/}.
     */
    public static Path checkReport(Path validationReport) {
        return validationReport.resolveSibling(siteName(validationReport) + "-check.html");
    }

    /** The website's folder name, which the validation report's name begins with. */
    private static String siteName(Path validationReport) {
        return validationReport.getFileName().toString().replaceFirst("(-validation)?\\.json$", "");
    }

    private static Map<String, Object> entry(AnnualReport report, Finding finding) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("year", report.year());
        entry.put("body", report.body().id());
        entry.put("id", finding.id());
        entry.put("severity", finding.error() ? "error" : "warning");
        entry.put("file", finding.location().file().toString().replace('\\', '/'));
        entry.put("line", finding.location().line());
        entry.put("message", finding.message());
        return entry;
    }

    private static void write(Path file, String content) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("无法写入数据核对报告 / cannot write " + file, e);
        }
    }
}
