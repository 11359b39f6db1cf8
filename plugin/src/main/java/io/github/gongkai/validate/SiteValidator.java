package io.github.gongkai.validate;

import io.github.gongkai.data.AnnualReport;
import io.github.gongkai.data.SiteContent;
import io.github.gongkai.diagnostic.BuildLog;
import io.github.gongkai.diagnostic.InvalidFigures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks every report of a site, writes the validation report (a JSON file beside the
 * website, never in it) and a summary to the build log, and stops the build on a hard
 * violation.
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
        List<Finding> findings = new ArrayList<>();
        StringBuilder json = new StringBuilder("{\n  \"reports\": ").append(content.reports().size())
                .append(",\n  \"findings\": [");
        for (AnnualReport annual : content.reports()) {
            for (Finding finding : ReportValidator.check(annual)) {
                json.append(findings.isEmpty() ? "\n" : ",\n").append(json(annual, finding));
                findings.add(finding);
            }
        }
        json.append(findings.isEmpty() ? "]\n}\n" : "\n  ]\n}\n");
        write(report, json.toString());
        List<String> errors = findings.stream().filter(Finding::error).map(Finding::toString).toList();
        findings.stream().filter(f -> !f.error()).forEach(f -> log.warn(f.toString()));
        log.info("数据核对：" + content.reports().size() + " 篇报告，" + errors.size() + " 处错误，"
                + (findings.size() - errors.size()) + " 处提示（详见 " + report.getFileName() + "） / checked "
                + content.reports().size() + " reports: " + errors.size() + " errors, "
                + (findings.size() - errors.size()) + " warnings");
        if (!errors.isEmpty()) {
            throw new InvalidFigures(errors);
        }
        return List.copyOf(findings);
    }

    private static String json(AnnualReport report, Finding finding) {
        return "    {\"year\": " + report.year() + ", \"body\": " + quote(report.body().id()) + ", \"id\": "
                + quote(finding.id()) + ", \"severity\": " + quote(finding.error() ? "error" : "warning")
                + ", \"file\": " + quote(finding.location().file().toString().replace('\\', '/')) + ", \"line\": "
                + finding.location().line() + ", \"message\": " + quote(finding.message()) + "}";
    }

    private static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
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
