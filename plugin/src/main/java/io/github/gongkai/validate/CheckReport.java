package io.github.gongkai.validate;

import io.github.gongkai.archive.SitePaths;
import io.github.gongkai.data.AnnualReport;
import io.github.gongkai.data.PublishingBody;
import io.github.gongkai.data.SiteContent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * 核对报告: one static HTML page for the 政务公开办 who signs off the year, written beside the
 * website (never published with it) and opened from disk. It lists every finding with its file
 * and line, the report's page and the equation's two sides, and a matrix of bodies × years:
 * 已发布, 缺报 (no report for a year from the body's first report on), 逾期 (D1) and how many
 * findings. Everything is in the page (no script, no stylesheet file); the output is the same
 * for the same input. Colour is never the only cue: every status is also written out.
 */
final class CheckReport {

    private static final String STYLE = """
            body{font-family:"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;margin:1.5rem;\
            line-height:1.6;color:#1a1a1a;background:#fff}\
            table{border-collapse:collapse;margin:0 0 1.5rem}th,td{border:1px solid #767676;padding:.25rem .5rem;\
            text-align:left;vertical-align:top}thead th{background:#f0f0f0}\
            .error{color:#a4000f;font-weight:bold}.warning{color:#6b4a00}\
            .missing{background:#fde8e8}.late{background:#fff3cd}.table-scroll{overflow-x:auto}\
            code{font-family:ui-monospace,monospace;word-break:break-all}a{color:#0645ad}""";

    private CheckReport() {
    }

    /**
     * @param content  the site
     * @param findings each report's findings, B5 included
     * @param siteDir  the website's folder name, beside this page: report links lead into it
     */
    static String html(SiteContent content, Map<AnnualReport, List<Finding>> findings, String siteDir) {
        List<AnnualReport> reports = content.reports();
        long errors = findings.values().stream().flatMap(List::stream).filter(Finding::error).count();
        long warnings = findings.values().stream().flatMap(List::stream).filter(f -> !f.error()).count();
        String title = content.config().region() + "政府信息公开工作年度报告核对报告";
        StringBuilder out = new StringBuilder(16 * 1024);
        out.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(title)).append("</title>\n<style>").append(STYLE)
                .append("</style>\n</head>\n<body>\n<main>\n<h1>").append(escape(title)).append("</h1>\n")
                .append("<p>网站：").append(escape(content.config().siteName())).append("。本页由生成网站时的数据核对写出，")
                .append("放在网站目录旁边，不随网站发布。共 ").append(reports.size()).append(" 篇报告，")
                .append(errors).append(" 处错误，").append(warnings).append(" 处提示。")
                .append("错误须改正（或经核对原件确实如此后在 acknowledged 中列出）网站才会生成；提示供核对参考。</p>\n");
        matrix(content, findings, siteDir, out);
        list(reports, findings, siteDir, out);
        out.append("</main>\n</body>\n</html>\n");
        return out.toString();
    }

    /** 报送情况: one row per body in bodies.yaml order, one column per year. */
    private static void matrix(SiteContent content, Map<AnnualReport, List<Finding>> findings, String siteDir,
            StringBuilder out) {
        out.append("<h2>报送情况</h2>\n");
        if (content.reports().isEmpty()) {
            out.append("<p>没有报告。</p>\n");
            return;
        }
        TreeSet<Integer> years = new TreeSet<>();
        Map<String, AnnualReport> byKey = new HashMap<>();
        Map<String, Integer> first = new HashMap<>();
        for (AnnualReport report : content.reports()) {
            years.add(report.year());
            byKey.put(report.body().id() + "/" + report.year(), report);
            first.merge(report.body().id(), report.year(), Math::min);
        }
        out.append("<p>“缺报”：自该机构第一篇报告的年度起，某年度没有报告。“逾期”：公开日期晚于法定期限（部门为次年1月31日，")
                .append("县政府、乡镇、街道为次年3月31日；2018年及以前为次年3月31日）。</p>\n")
                .append("<div class=\"table-scroll\" role=\"region\" aria-labelledby=\"matrix-caption\" tabindex=\"0\">\n")
                .append("<table>\n<caption id=\"matrix-caption\">各发布机构各年度报告情况</caption>\n<thead>\n<tr>")
                .append("<th scope=\"col\">发布机构</th>");
        for (int year = years.first(); year <= years.last(); year++) {
            out.append("<th scope=\"col\">").append(year).append("年</th>");
        }
        out.append("</tr>\n</thead>\n<tbody>\n");
        for (PublishingBody body : content.bodies()) {
            out.append("<tr><th scope=\"row\">").append(escape(body.name())).append("</th>");
            for (int year = years.first(); year <= years.last(); year++) {
                AnnualReport report = byKey.get(body.id() + "/" + year);
                Integer since = first.get(body.id());
                if (report != null) {
                    status(report, findings.getOrDefault(report, List.of()), siteDir, out);
                } else if (since != null && year > since) {
                    out.append("<td class=\"missing\">缺报</td>");
                } else {
                    out.append("<td>—</td>");
                }
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n</div>\n");
    }

    private static void status(AnnualReport report, List<Finding> found, String siteDir, StringBuilder out) {
        boolean late = Deadline.late(report);
        long errors = found.stream().filter(Finding::error).count();
        long warnings = found.size() - errors;
        out.append("<td").append(late ? " class=\"late\"" : "").append("><a href=\"")
                .append(escape(link(report, siteDir))).append("\">已发布</a>");
        if (late) {
            out.append("<br>逾期（").append(report.metadata().published().orElseThrow()).append("）");
        }
        if (errors > 0) {
            out.append("<br><span class=\"error\">").append(errors).append(" 处错误</span>");
        }
        if (warnings > 0) {
            out.append("<br>").append(warnings).append(" 处提示");
        }
        out.append("</td>");
    }

    /** 问题清单: every finding in report order, the equation's two sides in their own cells. */
    private static void list(List<AnnualReport> reports, Map<AnnualReport, List<Finding>> findings, String siteDir,
            StringBuilder out) {
        out.append("<h2>问题清单</h2>\n");
        List<String> rows = new ArrayList<>();
        for (AnnualReport report : reports) {
            for (Finding finding : findings.getOrDefault(report, List.of())) {
                rows.add(row(report, finding, siteDir));
            }
        }
        if (rows.isEmpty()) {
            out.append("<p>没有发现问题。</p>\n");
            return;
        }
        out.append("<div class=\"table-scroll\" role=\"region\" aria-labelledby=\"findings-caption\" tabindex=\"0\">\n")
                .append("<table>\n<caption id=\"findings-caption\">数据核对发现的问题（").append(rows.size())
                .append(" 处）</caption>\n<thead>\n<tr>");
        for (String header : List.of("年度", "发布机构", "编号", "性质", "文件:行", "报告页面", "说明", "左边", "右边")) {
            out.append("<th scope=\"col\">").append(header).append("</th>");
        }
        out.append("</tr>\n</thead>\n<tbody>\n");
        rows.forEach(row -> out.append(row).append('\n'));
        out.append("</tbody>\n</table>\n</div>\n");
    }

    private static String row(AnnualReport report, Finding finding, String siteDir) {
        String message = finding.message();
        String[] sides = sides(message);
        StringBuilder row = new StringBuilder("<tr>");
        row.append("<td>").append(report.year()).append("</td><td>").append(escape(report.publisher())).append("</td>")
                .append("<td>").append(finding.id()).append("</td>")
                .append(finding.error() ? "<td class=\"error\">错误</td>" : "<td class=\"warning\">提示</td>")
                .append("<td><code>").append(escape(finding.location().toString())).append("</code></td>")
                .append("<td><a href=\"").append(escape(link(report, siteDir))).append("\">")
                .append(escape(SitePaths.report(report))).append("</a></td>")
                .append("<td>").append(escape(sides == null ? message : sides[0])).append("</td>")
                .append("<td>").append(sides == null ? "" : escape(sides[1])).append("</td>")
                .append("<td>").append(sides == null ? "" : escape(sides[2])).append("</td></tr>");
        return row.toString();
    }

    /**
     * An equation's message split into what it is about and its two sides: "自然人列：本年新收(27)+上年结转(0)
     * ≠ 办理结果总计(26)+结转下年度(0)" → 自然人列, 本年新收(27)+上年结转(0), 办理结果总计(26)+结转下年度(0);
     * null for a message that is not an equation.
     */
    static String[] sides(String message) {
        String relation = message.contains(" ≠ ") ? " ≠ " : message.contains(" < ") ? " < " : null;
        if (relation == null) {
            return null;
        }
        int at = message.indexOf(relation);
        int colon = message.lastIndexOf('：', at);
        if (colon < 0) {
            return null;
        }
        String right = message.substring(at + relation.length());
        String about = message.substring(0, colon);
        int note = right.indexOf('（', right.lastIndexOf(')') + 1);
        if (note > 0) {
            about += right.substring(note);
            right = right.substring(0, note);
        }
        return new String[] {about, message.substring(colon + 1, at), right};
    }

    private static String link(AnnualReport report, String siteDir) {
        return siteDir + "/" + SitePaths.report(report);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
