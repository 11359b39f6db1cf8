package io.github.gongkai.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.github.gongkai.search.SearchIndex;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The search index is joined again only when an entry's bytes changed. */
class LastRenderTest {

    @Test
    void theSearchIndexIsJoinedAgainOnlyWhenAnEntryChanged() {
        LastRender last = new LastRender();
        byte[] first = last.searchIndex(List.of(bytes("{\"a\":1}"), bytes("{\"b\":2}")));
        assertArrayEquals(SearchIndex.join(List.of(bytes("{\"a\":1}"), bytes("{\"b\":2}"))), first);
        assertSame(first, last.searchIndex(List.of(bytes("{\"a\":1}"), bytes("{\"b\":2}"))),
                "equal entries (other arrays, as a report rendered again gives): the same index");
        List<byte[]> changed = List.of(bytes("{\"a\":1}"), bytes("{\"b\":3}"));
        assertArrayEquals(SearchIndex.join(changed), last.searchIndex(changed));
        List<byte[]> fewer = List.of(bytes("{\"a\":1}"));
        assertArrayEquals(SearchIndex.join(fewer), last.searchIndex(fewer));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
