package io.github.gongkai.build;

/**
 * What one build produced and how long each stage took.
 *
 * @param reports   annual reports published
 * @param files     files written
 * @param converted narratives converted by this build
 * @param fromCache narratives taken from the cache of an earlier build
 * @param loadMs    reading and checking the input
 * @param convertMs converting narratives (in parallel)
 * @param renderMs  rendering pages and writing them to the staging folder
 * @param writeMs   swapping the new site into place
 */
public record BuildSummary(int reports, int files, int converted, int fromCache, long loadMs, long convertMs,
        long renderMs, long writeMs) {

    @Override
    public String toString() {
        long total = loadMs + convertMs + renderMs + writeMs;
        return "已生成 " + reports + " 篇年报，共 " + files + " 个文件；正文转换 " + converted + " 篇，取自缓存 " + fromCache
                + " 篇（载入 " + loadMs + " ms，转换 " + convertMs + " ms，渲染 " + renderMs + " ms，写出 " + writeMs
                + " ms，共 " + total + " ms） / built " + reports + " reports, " + files + " files; narratives: "
                + converted + " converted, " + fromCache + " cached; load " + loadMs + " ms, convert " + convertMs
                + " ms, render " + renderMs + " ms, write " + writeMs + " ms, total " + total + " ms";
    }
}
