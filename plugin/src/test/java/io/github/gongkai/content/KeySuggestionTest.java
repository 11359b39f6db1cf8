package io.github.gongkai.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class KeySuggestionTest {

    private static final List<String> KEYS = List.of("siteName", "siteIdCode", "sponsor", "icp", "psb");

    @Test
    void suggestsTheNearestKeyForATypo() {
        assertEquals(Optional.of("siteIdCode"), KeySuggestion.nearest("siteidcode", KEYS));
        assertEquals(Optional.of("sponsor"), KeySuggestion.nearest("sponser", KEYS));
    }

    @Test
    void suggestsNothingForAnUnrelatedKey() {
        assertEquals(Optional.empty(), KeySuggestion.nearest("copyright", KEYS));
    }

    @Test
    void distanceIsLevenshtein() {
        assertEquals(3, KeySuggestion.distance("kitten", "sitting"));
        assertEquals(0, KeySuggestion.distance("", ""));
    }
}
