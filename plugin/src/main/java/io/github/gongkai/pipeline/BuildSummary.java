package io.github.gongkai.pipeline;

/**
 * What one build produced and how long each stage took.
 *
 * @param reports   annual reports published
 * @param files     files written
 * @param converted narratives converted by this build
 * @param fromCache narratives taken from the cache of an earlier build
 * @param keptPages reports whose page and open data the last build wrote and this one kept
 * @param keptListPages list pages (home, column, years, 全县汇总, bodies, search, 404) the last build wrote and this one kept
 * @param loadMs    reading the input (and, for a kept site, examining it)
 * @param checkMs   checking the figures (数据核对)
 * @param convertMs converting narratives (in parallel)
 * @param renderMs  rendering pages and writing them to the staging folder
 * @param writeMs   swapping the new site into place
 * @param kept      true when nothing had changed and the last build's website was kept as it was
 */
public record BuildSummary(int reports, int files, int converted, int fromCache, int keptPages, int keptListPages,
        long loadMs, long checkMs, long convertMs,
        long renderMs, long writeMs, boolean kept) {

    /** A build that found nothing changed since the last one and kept its website, after {@code examineMs}. */
    static BuildSummary kept(int reports, int files, long examineMs) {
        return new BuildSummary(reports, files, 0, 0, 0, 0, examineMs, 0, 0, 0, 0, true);
    }

    @Override
    public String toString() {
        if (kept) {
            return "站点内容、主题和设置都没有变化，沿用上次生成的网站（" + reports + " 篇年报，" + files + " 个文件；核对用时 "
                    + loadMs + " ms；如需全部重新生成，请先 mvn clean） / nothing changed since the last build: its "
                    + reports + " reports, " + files + " files are kept (checked in " + loadMs + " ms)";
        }
        long total = loadMs + checkMs + convertMs + renderMs + writeMs;
        return "已生成 " + reports + " 篇年报，共 " + files + " 个文件；正文转换 " + converted + " 篇，取自缓存 " + fromCache
                + " 篇；沿用未变的报告页面 " + keptPages + " 篇、列表页面 " + keptListPages + " 个（读取 " + loadMs + " ms，核对 " + checkMs + " ms，转换 " + convertMs + " ms，渲染 " + renderMs
                + " ms，写出 " + writeMs + " ms，共 " + total + " ms） / built " + reports + " reports, " + files
                + " files; narratives: " + converted + " converted, " + fromCache + " cached; unchanged pages kept: "
                + keptPages + " reports, " + keptListPages + " lists; read " + loadMs
                + " ms, check " + checkMs + " ms, convert " + convertMs + " ms, render " + renderMs + " ms, write "
                + writeMs + " ms, total " + total + " ms";
    }
}
