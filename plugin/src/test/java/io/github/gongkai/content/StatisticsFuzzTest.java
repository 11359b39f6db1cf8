package io.github.gongkai.content;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.gongkai.data.SiteContent;
import io.github.gongkai.diagnostic.BuildLog;
import io.github.gongkai.diagnostic.InputError;
import io.github.gongkai.diagnostic.InvalidFigures;
import io.github.gongkai.testing.SiteProject;
import io.github.gongkai.validate.SiteValidator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Random and mutated statistics files (valid pre2019, v2019 and v2021 files with lines dropped
 * or repeated, values replaced, text cut short, bytes inserted) through the loader and the
 * validator: whatever the file, the build ends in our own error or loads, never in another
 * exception that Maven would print as a stack trace.
 */
class StatisticsFuzzTest {

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    /** Only a hang guard: one try takes milliseconds. */
    private static final Duration HANG_GUARD = Duration.ofSeconds(20);

    private static Path dir;
    private static SiteProject project;

    @BeforeContainer
    static void createProject() throws IOException {
        dir = Files.createTempDirectory("gongkai-fuzz");
        project = SiteProject.standard(dir);
    }

    @AfterContainer
    static void deleteProject() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    /** A valid statistics file to mutate. */
    record Seed(String path, byte[] bytes) {
        @Override
        public String toString() {
            return path;
        }
    }

    /** One change to a file's bytes. */
    interface Mutation {
        byte[] apply(byte[] file);
    }

    @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
    void aMutatedStatisticsFileGivesOurErrorOrLoads(@ForAll("seeds") Seed seed,
            @ForAll("mutations") List<Mutation> mutations) throws IOException {
        byte[] bytes = seed.bytes();
        for (Mutation mutation : mutations) {
            bytes = mutation.apply(bytes);
        }
        buildFrom(seed.path(), bytes);
    }

    @Property(tries = 100)
    void randomTextGivesOurErrorOrLoads(@ForAll("yamlish") String text) throws IOException {
        buildFrom("reports/2023/pingshun.yaml", text.getBytes(StandardCharsets.UTF_8));
    }

    private static void buildFrom(String path, byte[] bytes) throws IOException {
        deleteReports();
        project.bytes(path, bytes);
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            try {
                SiteContent content = project.load();
                SiteValidator.validate(content, dir.resolve("validation.json"), BuildLog.silent());
            } catch (InputError | InvalidFigures expected) {
                // our own error: a file:line message, no stack trace
            }
        });
    }

    private static void deleteReports() throws IOException {
        Path reports = dir.resolve("reports");
        if (!Files.exists(reports)) {
            return;
        }
        try (Stream<Path> files = Files.walk(reports)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    @Provide
    Arbitrary<Seed> seeds() {
        return Arbitraries.of(
                new Seed("reports/2023/pingshun.yaml", resource("statistics/v2021.yaml")),
                new Seed("reports/2018/pingshun.yaml", resource("statistics/pre2019.yaml")),
                new Seed("reports/2020/pingshun.json", resource("statistics/v2019.json")));
    }

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        Arbitrary<Integer> index = Arbitraries.integers().between(0, 10_000);
        Arbitrary<Mutation> figure = index.flatMap(i -> values().map(v -> named("figure " + i + " := " + v, b -> {
            String text = new String(b, StandardCharsets.UTF_8);
            List<MatchResult> figures = NUMBER.matcher(text).results().toList();
            if (figures.isEmpty()) {
                return b;
            }
            MatchResult m = figures.get(i % figures.size());
            return (text.substring(0, m.start()) + v + text.substring(m.end())).getBytes(StandardCharsets.UTF_8);
        })));
        Arbitrary<Mutation> structural = Arbitraries.oneOf(
                index.map(i -> lines("drop line " + i, l -> l.remove(i % l.size()))),
                index.map(i -> lines("repeat line " + i, l -> l.add(i % l.size(), l.get(i % l.size())))),
                Arbitraries.integers().between(0, 10_000).tuple2().map(t -> lines("swap lines " + t, l -> {
                    String a = l.get(t.get1() % l.size());
                    l.set(t.get1() % l.size(), l.get(t.get2() % l.size()));
                    l.set(t.get2() % l.size(), a);
                })),
                index.flatMap(i -> values().map(v -> lines("value of line " + i + " := " + v, l -> {
                    String line = l.get(i % l.size());
                    int colon = line.indexOf(':');
                    l.set(i % l.size(), colon < 0 ? line + v : line.substring(0, colon + 1) + " " + v);
                }))),
                index.flatMap(i -> values().map(v -> lines("cell on line " + i + " := " + v, l -> {
                    String line = l.get(i % l.size());
                    l.set(i % l.size(), line.replaceFirst("\\[[^,\\]]*,", "[" + v + ","));
                }))),
                index.flatMap(i -> Arbitraries.integers().between(-4, 4).map(d -> lines("indent line " + i + " by " + d,
                        l -> {
                            String line = l.get(i % l.size());
                            l.set(i % l.size(), d >= 0 ? " ".repeat(d) + line : line.substring(Math.min(-d,
                                    line.length() - line.stripLeading().length())));
                        }))),
                Arbitraries.doubles().between(0, 1).map(f -> named("truncate at " + f,
                        b -> Arrays.copyOf(b, (int) (b.length * f)))),
                Arbitraries.doubles().between(0, 1).flatMap(f -> Arbitraries.bytes().array(byte[].class).ofMaxSize(8)
                        .map(inserted -> named("insert " + Arrays.toString(inserted) + " at " + f, b -> {
                            int at = (int) (b.length * f);
                            byte[] result = new byte[b.length + inserted.length];
                            System.arraycopy(b, 0, result, 0, at);
                            System.arraycopy(inserted, 0, result, at, inserted.length);
                            System.arraycopy(b, at, result, at + inserted.length, b.length - at);
                            return result;
                        }))));
        return Arbitraries.frequencyOf(Tuple.of(1, figure), Tuple.of(1, structural)).list().ofMinSize(1).ofMaxSize(4);
    }

    /** What a hurried or hostile author might put where a figure belongs. */
    private static Arbitrary<String> values() {
        return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.oneOf(
                Arbitraries.integers().map(String::valueOf),
                Arbitraries.longs().map(String::valueOf),
                Arbitraries.doubles().map(String::valueOf),
                Arbitraries.bigDecimals().ofScale(8).map(BigDecimal::toPlainString),
                Arbitraries.strings().withChars("十二三〇-.eE+_,:[]{}#&*!|>'\"%@` \t中").ofMaxLength(12),
                Arbitraries.strings().ofMaxLength(10))),
                Tuple.of(1, Arbitraries.of("null", "~", "", "[]", "{}", "[1, [2]]", "{a: 1}", "&x [1]", "*x",
                        "!!binary AAAA", "0x1F", "0o17", ".nan", "-.inf", "1e400", "1e999999999", "-0", "1_000", "true", "'open",
                        "\"open", "<<: *x", "? [a]", "2019-13-45", "v2021", "pre2019", "B1", "N1")));
    }

    @Provide
    Arbitrary<String> yamlish() {
        return Arbitraries.strings().withChars("format:v2021pre2019 applications:received[0,1,null]\n -{}#&*!|>'\"")
                .ofMaxLength(200);
    }

    private static Mutation lines(String name, Consumer<List<String>> change) {
        return named(name, bytes -> {
            List<String> lines = new ArrayList<>(Arrays.asList(new String(bytes, StandardCharsets.UTF_8)
                    .split("\n", -1)));
            change.accept(lines);
            if (lines.isEmpty()) {
                lines.add("");
            }
            return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
        });
    }

    private static Mutation named(String name, UnaryOperator<byte[]> change) {
        return new Mutation() {
            @Override
            public byte[] apply(byte[] file) {
                return change.apply(file);
            }

            @Override
            public String toString() {
                return name;
            }
        };
    }

    private static byte[] resource(String name) {
        try (InputStream in = StatisticsFuzzTest.class.getClassLoader().getResourceAsStream(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
