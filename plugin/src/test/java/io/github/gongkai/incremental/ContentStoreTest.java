package io.github.gongkai.incremental;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.data.Cell;
import io.github.gongkai.data.ProactiveTable;
import io.github.gongkai.data.ReviewTable;
import io.github.gongkai.diagnostic.SourceLocation;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one store: values by key through the JDK's serialisation, and anything amiss a miss. */
class ContentStoreTest {

    @TempDir
    Path dir;

    private static final SourceLocation AT = new SourceLocation(Path.of("reports/2023/dlz.yaml"), 7);

    /** Rows in an order no sort gives, a figure with trailing zeros, a cell never written (null). */
    private static ProactiveTable table() {
        Map<String, List<Cell>> rows = new LinkedHashMap<>();
        rows.put("regulations", Arrays.asList(Cell.of(new BigDecimal("1.50"), AT), null, Cell.of(BigDecimal.ZERO, AT)));
        rows.put("administrativeLicensing", List.of(Cell.of(new BigDecimal("12"), AT)));
        rows.put("charges", new ArrayList<>(List.of(Cell.of(new BigDecimal("0.0010"), AT))));
        return new ProactiveTable(rows);
    }

    private static Key key(String name) {
        return Key.of(Key.Kind.READ).text(name).key();
    }

    @Test
    void aValueComesBackAsItWasWritten() throws IOException {
        ProactiveTable read = Serialised.read(Serialised.write(table()), ProactiveTable.class).orElseThrow();
        assertEquals(table(), read);
        assertEquals(List.of("regulations", "administrativeLicensing", "charges"), List.copyOf(read.rows().keySet()));
        assertEquals("1.50", read.rows().get("regulations").get(0).value().toPlainString(), "the scale is kept");
        assertEquals(null, read.rows().get("regulations").get(1));
        assertEquals(Path.of("reports/2023/dlz.yaml"), read.rows().get("charges").get(0).location().file());
        ReviewTable optional = new ReviewTable(Map.of(), Optional.of("注"));
        assertEquals(optional, Serialised.read(Serialised.write(optional), ReviewTable.class).orElseThrow());
    }

    @Test
    void aClassOutsideOurPackagesAndTheJdksDataIsNeverMade() throws IOException {
        byte[] uri = Serialised.write(URI.create("https://example.org/"));
        assertTrue(Serialised.read(uri, Object.class).isEmpty());
        // Inside an allowed list, too.
        byte[] nested = Serialised.write(new ArrayList<>(List.of("a", URI.create("https://example.org/"))));
        assertTrue(Serialised.read(nested, Object.class).isEmpty());
        assertTrue(Serialised.read(Serialised.write(new ArrayList<>(List.of("a"))), Object.class).isPresent());
    }

    @Test
    void bytesCutShortOrOfAnotherTypeAreAMiss() throws IOException {
        byte[] bytes = Serialised.write(table());
        assertTrue(Serialised.read(Arrays.copyOf(bytes, bytes.length / 2), ProactiveTable.class).isEmpty());
        assertTrue(Serialised.read(new byte[0], ProactiveTable.class).isEmpty());
        assertTrue(Serialised.read(bytes, ReviewTable.class).isEmpty());
        // An array longer than any cache holds, as a damaged length would claim: refused before it is made.
        assertTrue(Serialised.read(Serialised.write(new byte[4_194_305]), byte[].class).isEmpty());
        assertTrue(Serialised.read(Serialised.write(new byte[1024]), byte[].class).isPresent());
    }

    @Test
    void aDamagedPackIsAMiss() throws IOException {
        try (ContentStore store = ContentStore.open(dir)) {
            assertTrue(store.put(key("a"), table()));
            store.commit(k -> true);
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path pack : files.filter(f -> f.getFileName().toString().matches("loaded-.*\\.pack")).toList()) {
                byte[] bytes = Files.readAllBytes(pack);
                bytes[bytes.length - 3] ^= 1;
                Files.write(pack, bytes);
            }
        }
        try (ContentStore store = ContentStore.open(dir)) {
            assertTrue(store.get(key("a"), ProactiveTable.class).isEmpty());
        }
    }

    @Test
    void aCommitKeepsWhatItAcceptsAndAFailedBuildKeepsEverything() throws IOException {
        try (ContentStore store = ContentStore.open(dir)) {
            store.put(key("a"), "A");
            store.put(key("b"), "B");
            store.commit(k -> k.equals(key("a")));
        }
        try (ContentStore failed = ContentStore.open(dir)) {
            assertEquals(Optional.of("A"), failed.get(key("a"), String.class));
            assertFalse(failed.get(key("b"), String.class).isPresent());
            failed.put(key("c"), "C");
        }
        try (ContentStore next = ContentStore.open(dir)) {
            assertEquals(Optional.of("A"), next.get(key("a"), String.class));
            assertEquals(Optional.of("C"), next.get(key("c"), String.class));
        }
    }

    @Test
    void keysOfOtherKindsOrPartsThatRunTogetherDiffer() {
        assertNotEquals(Key.of(Key.Kind.READ).text("ab").text("c").key(), Key.of(Key.Kind.READ).text("a").text("bc").key());
        assertNotEquals(Key.of(Key.Kind.READ).text("a").key().sha256(), Key.of(Key.Kind.PAGE).text("a").key().sha256());
        assertNotEquals(Key.of(Key.Kind.READ).text(null).key(), Key.of(Key.Kind.READ).text("").key());
        assertNotEquals(Key.of(Key.Kind.READ).number(1).key(), Key.of(Key.Kind.READ).text("1").key());
        assertEquals(Key.of(Key.Kind.READ).text("a").number(1).key(), Key.of(Key.Kind.READ).text("a").number(1).key());
    }
}
