package io.github.gongkai.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The benchmark's result as Markdown: medians, ratios, peak memory and the machine. */
final class ResultsTable {

    private static final Map<String, String> NAMES = Map.of(
            "ours-cold", "`mvn site:generate`, cold (no target/)",
            "ours-nochange", "`mvn site:generate`, nothing changed",
            "ours-edit-figure", "`mvn site:generate`, one report's figure edited",
            "ours-edit-asciidoc", "`mvn site:generate`, one AsciiDoc narrative edited",
            "validate", "`mvn validate` (Maven start-up, reference for rebuilds)",
            "ours-skip", "`mvn site:generate -Dgongkai.skip` (our plugin loaded, nothing done)",
            "jbake", "jbake-maven-plugin 2.7.0-rc.7 `generate` (baseline)",
            "floor", "raw AsciidoctorJ + flexmark conversion, one JVM (floor)");

    private final int reports;
    private final int rounds;
    private final Map<String, List<double[]>> samples;
    private final long files;

    ResultsTable(int reports, int rounds, boolean withJbake, Map<String, List<double[]>> samples, long files) {
        this.reports = reports;
        this.rounds = rounds;
        this.samples = samples;
        this.files = files;
    }

    String markdown() {
        StringBuilder out = new StringBuilder();
        out.append("# Benchmark: ").append(reports).append(" reports, ").append(LocalDate.now(ZoneOffset.UTC))
                .append("\n\nCommand: `").append(settings()).append("benchmark/run ").append(reports).append(' ').append(rounds).append("` — ")
                .append(rounds).append(" counted round(s) after ").append(System.getProperty("bench.warmupRounds", "0"))
                .append(" uncounted warm-up round(s); in every round the commands run in ")
                .append("turn on the same files. Our site: ").append(files).append(" files.")
                .append(System.getProperty("bench.jvmConfig", "").isBlank() ? ""
                        : " JVM options (our site project's `.mvn/jvm.config`, and the floor's command line; the"
                        + " baseline runs with Maven's defaults): `" + System.getProperty("bench.jvmConfig") + "`.")
                .append("\n\n");
        out.append("| command | median wall (s) | min–max (s) | median CPU (s) | median peak RSS (MB) |\n");
        out.append("|---|---:|---:|---:|---:|\n");
        samples.forEach((label, list) -> out.append(String.format(Locale.ROOT, "| %s | %.2f | %.2f–%.2f | %.2f | %.0f |%n",
                NAMES.getOrDefault(label, label), median(list, 0), min(list, 0), max(list, 0), median(list, 2),
                median(list, 1))));
        double ours = median(samples.get("ours-cold"), 0);
        double validate = median(samples.get("validate"), 0);
        double floor = median(samples.get("floor"), 0);
        out.append("\n| ratio (of median wall times) | value |\n|---|---:|\n");
        ratio(out, "jbake-maven-plugin ÷ ours, cold", median(samples.get("jbake"), 0) / ours);
        ratio(out, "jbake-maven-plugin ÷ ours, cold, CPU time (less sensitive to a shared machine)",
                median(samples.get("jbake"), 2) / median(samples.get("ours-cold"), 2));
        ratio(out, "ours cold ÷ floor", ours / floor);
        ratio(out, "ours cold ÷ (floor + `mvn validate`)", ours / (floor + validate));
        ratio(out, "no-change rebuild ÷ `mvn validate`", median(samples.get("ours-nochange"), 0) / validate);
        ratio(out, "goal skipped ÷ `mvn validate` (what loading the plugin costs)",
                median(samples.get("ours-skip"), 0) / validate);
        ratio(out, "one figure edited ÷ `mvn validate`", median(samples.get("ours-edit-figure"), 0) / validate);
        ratio(out, "one AsciiDoc narrative edited ÷ `mvn validate`",
                median(samples.get("ours-edit-asciidoc"), 0) / validate);
        out.append("\nPeak RSS is the largest resident set of the timed process (`/usr/bin/time`), for Maven "
                + "builds that of the Maven JVM running the plugin. The floor converts with all processors and "
                + "does nothing else (no loading, checks, tables, templates or writing). The jbake baseline "
                + "renders the narratives only (an index, an archive and one page per report, no statistics "
                + "tables); our build also reads and checks the figures, renders the official tables, writes the "
                + "open-data JSON/CSV and the year pages.\n\n");
        out.append("## Machine\n\n```\n").append(machine()).append("```\n");
        return out.toString();
    }

    /** The benchmark's optional settings as the environment variables of benchmark/run. */
    private static String settings() {
        StringBuilder out = new StringBuilder();
        for (String[] pair : new String[][] {{"bench.only", "BENCH_ONLY"}, {"bench.jvmConfig", "BENCH_JVM_CONFIG"},
            {"bench.jbake", "BENCH_JBAKE"}}) {
            String value = System.getProperty(pair[0], "").trim();
            if (!value.isEmpty()) {
                out.append(pair[1]).append('=').append(value.contains(" ") ? "'" + value + "'" : value).append(' ');
            }
        }
        return out.toString();
    }

    private static void ratio(StringBuilder out, String what, double value) {
        out.append(Double.isNaN(value) ? "| " + what + " | not run |\n"
                : String.format(Locale.ROOT, "| %s | %.2f× |%n", what, value));
    }

    static String machine() {
        StringBuilder m = new StringBuilder();
        m.append("nproc: ").append(Runtime.getRuntime().availableProcessors()).append('\n');
        try {
            Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                    .forEach(l -> m.append(l).append('\n'));
            Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name")).limit(1)
                    .forEach(l -> m.append(l.replaceAll("\\s+", " ")).append('\n'));
        } catch (IOException e) {
            m.append("(no /proc)\n");
        }
        m.append(command("java", "-version")).append(command(System.getProperty("bench.mvn", "mvn"), "-version"));
        m.append("The machine was shared with other builds while this ran: compare the ratios within this run "
                + "rather than absolute times.\n");
        return m.toString();
    }

    private static String command(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                    .replaceAll("\u001B\\[[0-9;]*m", "");
            p.waitFor();
            return text;
        } catch (IOException e) {
            return String.join(" ", command) + ": " + e.getMessage() + "\n";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    static double median(List<double[]> list, int field) {
        if (list == null || list.isEmpty()) {
            return Double.NaN;
        }
        double[] values = list.stream().mapToDouble(s -> s[field]).sorted().toArray();
        int n = values.length;
        return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    }

    private static double min(List<double[]> list, int field) {
        return Arrays.stream(list.stream().mapToDouble(s -> s[field]).toArray()).min().orElse(0);
    }

    private static double max(List<double[]> list, int field) {
        return Arrays.stream(list.stream().mapToDouble(s -> s[field]).toArray()).max().orElse(0);
    }
}
