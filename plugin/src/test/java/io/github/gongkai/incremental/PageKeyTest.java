package io.github.gongkai.incremental;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Serializable;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PageKeyTest {

    record Pair(String first, String second) implements Serializable {
    }

    private static Optional<Key> key(Object madeOf) {
        return new PageKey("shared").of("ndbg/index.html", "column.ftlh", madeOf);
    }

    private static Map<String, Object> model(Object years, Object listing) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("years", years);
        model.put("listing", listing);
        return model;
    }

    @Test
    void equalModelsGiveEqualKeysAndAnyDifferenceAnother() {
        assertEquals(key(model(List.of(new Pair("2019", "a")), 3)), key(model(List.of(new Pair("2019", "a")), 3)));
        assertNotEquals(key(model(List.of(new Pair("2019", "a")), 3)), key(model(List.of(new Pair("2019", "b")), 3)));
        assertNotEquals(key(model(List.of(new Pair("2019", "a")), 3)), key(model(List.of(new Pair("2019", "a")), 4)));
        assertNotEquals(key(model(List.of(), 3)), key(model(List.of(new Pair(null, null)), 3)));
        assertNotEquals(key(model(1, 3)), key(model("1", 3)));
        assertNotEquals(key(Arrays.asList((Object) null)), key(List.of("")));
    }

    @Test
    void textsThatRunTogetherDoNotMeetInOneKey() {
        // Written as a record's toString would be, both are Pair[first=x, second=y, second=z].
        assertNotEquals(key(new Pair("x, second=y", "z")), key(new Pair("x", "y, second=z")));
        assertNotEquals(key(List.of("ab", "c")), key(List.of("a", "bc")));
    }

    @Test
    void theSamePageElsewhereOrFromAnotherTemplateOrThemeIsAnotherPage() {
        Object madeOf = model(List.of(new Pair("2019", "a")), 3);
        Key key = new PageKey("shared").of("ndbg/index.html", "column.ftlh", madeOf).orElseThrow();
        assertNotEquals(key, new PageKey("shared").of("ndbg/index_1.html", "column.ftlh", madeOf).orElseThrow());
        assertNotEquals(key, new PageKey("shared").of("ndbg/index.html", "year.ftlh", madeOf).orElseThrow());
        assertNotEquals(key, new PageKey("another theme").of("ndbg/index.html", "column.ftlh", madeOf).orElseThrow());
    }

    @Test
    void aValueThatCannotBeSerialisedGivesNoKey() {
        assertTrue(key(model(new Object(), 3)).isEmpty());
        assertTrue(key(List.of(new Pair("a", "b"), new Object())).isEmpty());
        // Optional stands in for itself in the stream: a model may hold one.
        assertNotEquals(key(Map.of("site", Optional.of("x"))), key(Map.of("site", Optional.empty())));
        assertTrue(key(Map.of("site", Optional.of("x"))).isPresent());
    }

    @Test
    void aValueSharedByManyModelsCountsAsItsContent() {
        // The second page's model holds the same list object: its key is what a fresh copy would give.
        PageKey keys = new PageKey("shared");
        List<Pair> years = List.of(new Pair("2019", "a"), new Pair("2020", "b"));
        keys.of("ndbg/index.html", "column.ftlh", model(years, 1));
        List<Pair> copy = List.of(new Pair("2019", "a"), new Pair("2020", "b"));
        assertEquals(new PageKey("shared").of("ndbg/index_1.html", "column.ftlh", model(copy, 2)),
                keys.of("ndbg/index_1.html", "column.ftlh", model(years, 2)));
    }
}
