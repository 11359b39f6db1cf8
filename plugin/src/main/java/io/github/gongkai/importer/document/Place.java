package io.github.gongkai.importer.document;

/**
 * Where something is in the source file, for messages a person uses to find it in the original.
 *
 * @param line  an ordinal that grows through the file (the line number of a text file, the
 *              paragraph or row count of a Word file, page × 1000 + line of a PDF); tests compare it
 * @param where the same in words, e.g. "第 12 行", "第 3 页第 14 行", "第 2 个表格第 5 行"
 */
public record Place(int line, String where) {

    /** A line of a text file. */
    public static Place line(int line) {
        return new Place(line, "第 " + line + " 行");
    }

    /** A line of a PDF page. */
    public static Place pageLine(int page, int line) {
        return new Place(page * 1000 + line, "第 " + page + " 页第 " + line + " 行");
    }

    @Override
    public String toString() {
        return where;
    }
}
