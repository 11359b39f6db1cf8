package io.github.gongkai.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Generates an archive of N reports and times, in rounds that alternate the commands on the same
 * files: our {@code mvn site:generate} cold, after no change and after one edited report; {@code mvn
 * validate} (Maven's own start-up, the reference for rebuilds) and our goal skipped (Maven with our
 * plugin loaded); the stock jbake-maven-plugin; and
 * the raw conversion floor. Each command is one process timed by {@code /usr/bin/time}, which also
 * gives its peak resident memory (for Maven, that of the Maven JVM).
 *
 * <p>Nothing is deleted while the commands are timed: a folder a cold build must not find is moved
 * aside, and what was moved aside is deleted after the last command. On a file system such as this
 * machine's (ext4 without a journal), creating files within a minute of deleting thousands is
 * slower, which would charge the deletion to the build that follows it.
 *
 * <p>Usage: {@code Benchmark <N> [rounds]}; system properties {@code bench.mvn} (the Maven command,
 * default {@code mvn}), {@code bench.mvnArgs} (extra Maven arguments, e.g. a local repository),
 * {@code bench.jbake} ({@code false} skips the baseline; default: only up to N = 1,000),
 * {@code bench.warmup} (uncounted rounds first; default 1 up to N = 100, else 0) and {@code bench.only}
 * (a comma-separated list of the commands to run, e.g. {@code ours-cold,ours-nochange,validate}) and
 * {@code bench.jvmConfig} (JVM options, space-separated, for our site project's {@code .mvn/jvm.config} and the
 * floor's JVM, e.g. {@code -Xmx512m -XX:TieredStopAtLevel=1}; the baseline runs with Maven's defaults).
 */
public final class Benchmark {

    private final int reports;
    private final Path work;
    /** Where folders are moved aside to, deleted once the timing is over. */
    private final Path aside;
    private final Path gongkai;
    private final Path jbake;
    private final List<String> mvn;
    private final Map<String, List<double[]>> samples = new LinkedHashMap<>();
    private final List<String> only = List.of(System.getProperty("bench.only", "").split(",")).stream()
            .filter(s -> !s.isBlank()).toList();
    private ArchiveGenerator.Edits edits;
    private int editCount;

    private Benchmark(int reports, Path work) {
        this.reports = reports;
        this.work = work;
        this.aside = work.resolveSibling(work.getFileName() + "-aside");
        this.gongkai = work.resolve("gongkai");
        this.jbake = work.resolve("jbake");
        List<String> command = new ArrayList<>(Arrays.asList(System.getProperty("bench.mvn", "mvn").split(" ")));
        command.addAll(List.of("-B", "-q", "-o"));
        String extra = System.getProperty("bench.mvnArgs", "").trim();
        if (!extra.isEmpty()) {
            command.addAll(Arrays.asList(extra.split("\\s+")));
        }
        this.mvn = List.copyOf(command);
    }

    /** Runs the benchmark; see the class comment. */
    public static void main(String[] args) throws Exception {
        String jvmOptions = System.getenv("BENCH_JVM_CONFIG");
        if (System.getProperty("bench.jvmConfig") == null && jvmOptions != null) {
            System.setProperty("bench.jvmConfig", jvmOptions);
        }
        int n = Integer.parseInt(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : (n >= 10_000 ? 1 : 3);
        boolean withJbake = Boolean.parseBoolean(System.getProperty("bench.jbake", String.valueOf(n <= 1000)));
        Path benchDir = Path.of(System.getProperty("bench.dir", "benchmark")).toAbsolutePath();
        Benchmark benchmark = new Benchmark(n, benchDir.resolve("target/archive-" + n));
        benchmark.run(rounds, withJbake, benchDir.resolve("results"));
    }

    private void run(int rounds, boolean withJbake, Path results) throws Exception {
        moveAside(work);
        long start = System.nanoTime();
        edits = ArchiveGenerator.generate(reports, work);
        String jvmConfig = System.getProperty("bench.jvmConfig", "").trim();
        if (!jvmConfig.isEmpty()) {
            // Maven reads a project's .mvn/jvm.config: the way a site project sets the build's JVM.
            // The floor below gets the same options (it is the same kind of JVM work); the baseline
            // stays stock: -Xmx512m and C1 alone made jbake slower (83 s against 50-71 s).
            Files.createDirectories(gongkai.resolve(".mvn"));
            Files.writeString(gongkai.resolve(".mvn/jvm.config"), jvmConfig.replace(' ', '\n') + "\n");
        }
        System.out.printf(Locale.ROOT, "generated %d reports in %s (%.1f s)%n", reports, work,
                (System.nanoTime() - start) / 1e9);
        List<String> floor = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        if (!jvmConfig.isEmpty()) {
            floor.addAll(Arrays.asList(jvmConfig.split("\\s+")));
        }
        floor.addAll(List.of("-cp", System.getProperty("java.class.path"), RawConversion.class.getName(),
                gongkai.toString()));
        // Warm-up rounds check that every command works and warm the file cache; they are not counted.
        int warmup = Integer.parseInt(System.getProperty("bench.warmup", reports <= 100 ? "1" : "0"));
        System.setProperty("bench.warmupRounds", String.valueOf(warmup));
        String preview = System.getProperty("bench.preview", "").trim();
        if (!preview.isEmpty()) {
            time(false, "cold", gongkai, goal("site:generate"), () -> { });
            String table = "# Live preview: " + reports + " reports\n\nCommand: `"
                    + (jvmConfig.isEmpty() ? "" : "BENCH_JVM_CONFIG='" + jvmConfig + "' ") + "BENCH_PREVIEW=" + preview
                    + " benchmark/run " + reports + "`: `mvn site:serve` on the archive; each edit is timed from the "
                    + "file's save to the edited report's page served with the edit.\n\n"
                    + new PreviewLatency().run(mvn, gongkai, edits.figures(), edits.asciidoc(), Integer.parseInt(preview))
                    + "\n## Machine\n\n```\n" + ResultsTable.machine() + "```\n";
            Path file = results.resolve(LocalDate.now(ZoneOffset.UTC) + "-" + reports + "-preview.md");
            Files.writeString(file, table, StandardCharsets.UTF_8);
            System.out.println(table + "written to " + file);
            return;
        }
        String mechanisms = System.getProperty("bench.mechanisms", "").trim();
        if (!mechanisms.isEmpty()) {
            runMechanisms(rounds, List.of(mechanisms.split(",")), results);
            return;
        }
        for (int round = 1 - warmup; round <= rounds; round++) {
            boolean counted = round > 0;
            time(counted, "ours-cold", gongkai, goal("site:generate"), () -> moveAside(gongkai.resolve("target")));
            time(counted, "ours-nochange", gongkai, goal("site:generate"), () -> { });
            time(counted, "ours-edit-figure", gongkai, goal("site:generate"), this::editFigure);
            time(counted, "ours-edit-asciidoc", gongkai, goal("site:generate"), this::editAsciidoc);
            time(counted, "validate", gongkai, goal("validate"), () -> { });
            time(counted, "ours-skip", gongkai, goal("site:generate", "-Dgongkai.skip"), () -> { });
            if (withJbake) {
                time(counted, "jbake", jbake, goal("org.jbake:jbake-maven-plugin:2.7.0-rc.7:generate"),
                        () -> moveAside(jbake.resolve("target")));
            }
            time(counted, "floor", gongkai, floor, () -> { });
        }
        deleteTree(aside);
        String table = new ResultsTable(reports, rounds, withJbake, samples, countFiles(gongkai.resolve("target/site")))
                .markdown();
        System.out.println(table);
        Files.createDirectories(results);
        // A run of some commands only must not replace the day's full table.
        String partial = only.isEmpty() && (withJbake || reports > 1000) ? "" : "-partial";
        Path file = results.resolve(LocalDate.now(ZoneOffset.UTC) + "-" + reports + partial + ".md");
        Files.writeString(file, table, StandardCharsets.UTF_8);
        System.out.println("written to " + file);
    }

    /**
     * Times each mechanism of incremental building against the case it serves: each round runs
     * every case with everything on, then each "mechanism:case" pair with that mechanism off.
     */
    private void runMechanisms(int rounds, List<String> pairs, Path results) throws Exception {
        time(false, "cold", gongkai, goal("site:generate"), () -> { });
        Map<String, Runnable> cases = Map.of("nochange", () -> { }, "figure", this::editFigure,
                "asciidoc", this::editAsciidoc);
        for (int round = 1; round <= rounds; round++) {
            for (String kind : List.of("nochange", "figure", "asciidoc")) {
                time(true, "on-" + kind, gongkai, goal("site:generate"), cases.get(kind));
            }
            for (String pair : pairs) {
                String[] parts = pair.split(":");
                time(true, "off-" + parts[0] + "-" + parts[1], gongkai,
                        goal("site:generate", "-Dgongkai.forget=" + parts[0]), cases.get(parts[1]));
            }
        }
        deleteTree(aside);
        String table = MechanismTable.markdown(reports, rounds, pairs, samples);
        System.out.println(table);
        Path file = results.resolve(LocalDate.now(ZoneOffset.UTC) + "-" + reports + "-mechanisms.md");
        Files.writeString(file, table, StandardCharsets.UTF_8);
        System.out.println("written to " + file);
    }

    private List<String> goal(String... goal) {
        List<String> command = new ArrayList<>(mvn);
        command.addAll(List.of(goal));
        return command;
    }

    private void editFigure() {
        editCount++;
        String yaml = read(edits.figures());
        write(edits.figures(), yaml.replaceFirst("\\{label: 举报, value: \\d+, unit: 起}",
                "{label: 举报, value: " + (100 + editCount) + ", unit: 起}"));
    }

    private void editAsciidoc() {
        editCount++;
        write(edits.asciidoc(), read(edits.asciidoc()) + "本报告第" + editCount + "次修订。\n\n");
    }

    private void time(boolean counted, String label, Path dir, List<String> command, Runnable prepare)
            throws IOException, InterruptedException {
        if (!only.isEmpty() && !only.contains(label)) {
            return;
        }
        prepare.run();
        Path log = work.resolve("logs").resolve(label + ".log");
        Files.createDirectories(log.getParent());
        List<String> timed = new ArrayList<>(List.of("/usr/bin/time", "-f", "BENCH %e %M %U %S"));
        timed.addAll(command);
        Process process = new ProcessBuilder(timed).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        int exit = process.waitFor();
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        String last = lines.stream().filter(l -> l.contains("BENCH ")).map(l -> l.substring(l.indexOf("BENCH ")))
                .reduce((a, b) -> b).orElse("");
        if (exit != 0 || last.isEmpty()) {
            throw new IllegalStateException(label + " failed (exit " + exit + "), see " + log);
        }
        String[] f = last.split(" ");
        double[] sample = {Double.parseDouble(f[1]), Double.parseDouble(f[2]) / 1024.0,
            Double.parseDouble(f[3]) + Double.parseDouble(f[4])};
        System.out.printf(Locale.ROOT, "%s %-20s %7.2f s %6.0f MB%n", counted ? "   " : "(w)", label, sample[0],
                sample[1]);
        if (counted) {
            samples.computeIfAbsent(label, k -> new ArrayList<>()).add(sample);
        }
    }

    private static long countFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).count();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Moves {@code folder}, if there is one, out of the way without deleting a file. */
    private void moveAside(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try {
            Files.createDirectories(aside);
            Files.move(folder, Files.createTempDirectory(aside, folder.getFileName().toString()).resolve("moved"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
