package io.github.gongkai.build;

/**
 * What one build produced and how long each stage took.
 *
 * @param reports  annual reports published
 * @param files    files written
 * @param loadMs   reading and checking the input
 * @param renderMs converting narratives and rendering pages
 * @param writeMs  swapping the new site into place
 */
public record BuildSummary(int reports, int files, long loadMs, long renderMs, long writeMs) {

    @Override
    public String toString() {
        return "已生成 " + reports + " 篇年报，共 " + files + " 个文件（载入 " + loadMs + " ms，渲染 " + renderMs
                + " ms，写出 " + writeMs + " ms） / built " + reports + " reports, " + files + " files";
    }
}
