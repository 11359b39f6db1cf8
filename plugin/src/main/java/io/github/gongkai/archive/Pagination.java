package io.github.gongkai.archive;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a long list into pages named as government portals name them (TRS style):
 * {@code index.html}, {@code index_1.html}, {@code index_2.html} …, so a list page's address
 * stays the same when it grows.
 */
public final class Pagination {

    /** Reports on one list page. */
    public static final int PAGE_SIZE = 20;

    private Pagination() {
    }

    /**
     * One page of a list.
     *
     * @param number 1-based page number
     * @param count  how many pages the list has
     * @param from   index of the first item on the page
     * @param to     index after the last item on the page
     * @param path   site-root path of this page
     * @param paths  site-root paths of every page, first to last
     */
    public record Page(int number, int count, int from, int to, String path, List<String> paths) implements Serializable {
    }

    /** The pages of a list of {@code items} whose first page lives at {@code firstPath}. */
    public static List<Page> split(int items, String firstPath) {
        int count = Math.max(1, (items + PAGE_SIZE - 1) / PAGE_SIZE);
        List<String> paths = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            paths.add(pathOf(firstPath, n));
        }
        List<Page> pages = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            int from = (n - 1) * PAGE_SIZE;
            pages.add(new Page(n, count, from, Math.min(items, from + PAGE_SIZE), paths.get(n - 1),
                    List.copyOf(paths)));
        }
        return List.copyOf(pages);
    }

    /** Page {@code n} (1-based) of the list at {@code firstPath}: page 2 is {@code index_1.html}. */
    static String pathOf(String firstPath, int n) {
        if (n == 1) {
            return firstPath;
        }
        int dot = firstPath.lastIndexOf('.');
        return firstPath.substring(0, dot) + "_" + (n - 1) + firstPath.substring(dot);
    }
}
