package io.github.gongkai.render;

import io.github.gongkai.archive.CountySummaries;
import io.github.gongkai.search.SearchIndex;
import java.util.Arrays;
import java.util.List;

/**
 * What rendering keeps from one build for the next in the same JVM (the live preview's): each
 * year's 全县汇总 ({@link CountySummaries}) and the search index, joined again only when an entry
 * changed (at 1,000 reports it is ~6 MB, made anew on every build otherwise). A build without a
 * predecessor gets a new one: nothing kept.
 */
public final class LastRender {

    private final CountySummaries sums = new CountySummaries();
    private List<byte[]> entries = List.of();
    private byte[] index;

    /** Each year's 全县汇总, as the last build summed them. */
    CountySummaries sums() {
        return sums;
    }

    /** {@link SearchIndex#join} of {@code written}: the last build's index when every entry has the same bytes. */
    synchronized byte[] searchIndex(List<byte[]> written) {
        if (index == null || !same(entries, written)) {
            index = SearchIndex.join(written);
            entries = written;
        }
        return index;
    }

    private static boolean same(List<byte[]> before, List<byte[]> now) {
        if (before.size() != now.size()) {
            return false;
        }
        for (int i = 0; i < now.size(); i++) {
            if (before.get(i) != now.get(i) && !Arrays.equals(before.get(i), now.get(i))) {
                return false;
            }
        }
        return true;
    }
}
