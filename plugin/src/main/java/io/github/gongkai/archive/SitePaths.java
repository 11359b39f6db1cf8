package io.github.gongkai.archive;

import io.github.gongkai.data.AnnualReport;

/**
 * Where each page lives in the output, relative to the site root. Every link is made relative
 * to the page that holds it, so the site works from file://, any sub-path and an archive.
 */
public final class SitePaths {

    /** 政府信息公开年报: the column's name on every page. */
    public static final String COLUMN_NAME = "政府信息公开年报";

    /** The column's folder (年度报告, as on many portals). */
    private static final String COLUMN_DIR = "ndbg/";

    /** Body ids that would take the place of a list page (index.html, summary.html). */
    public static final java.util.Set<String> RESERVED_IDS = java.util.Set.of("index", "summary");

    private SitePaths() {
    }

    /** The home page. */
    public static String home() {
        return "index.html";
    }

    /** The column index: every year. */
    public static String column() {
        return COLUMN_DIR + "index.html";
    }

    /** One year's reports. */
    public static String year(int year) {
        return COLUMN_DIR + year + "/index.html";
    }

    /** The 全县汇总 of a year: the tables summed over its bodies. */
    public static String summary(int year) {
        return COLUMN_DIR + year + "/summary.html";
    }

    /** The list of publishing bodies (按发布机构浏览). */
    public static String bodies() {
        return COLUMN_DIR + "jg/index.html";
    }

    /** One body's page: its reports of every year. */
    public static String body(String id) {
        return COLUMN_DIR + "jg/" + id + ".html";
    }

    /** The search page. */
    public static String search() {
        return "search.html";
    }

    /** One report. */
    public static String report(AnnualReport report) {
        return reportData(report, "html");
    }

    /** A file named after a report, beside its page: {@code ext} html, json or csv. */
    public static String reportData(AnnualReport report, String ext) {
        return COLUMN_DIR + report.year() + "/" + report.body().id() + "." + ext;
    }

    /** The prefix that leads from a page back to the site root: "", "../", "../../". */
    public static String rootOf(String pagePath) {
        long depth = pagePath.chars().filter(c -> c == '/').count();
        return "../".repeat((int) depth);
    }
}
