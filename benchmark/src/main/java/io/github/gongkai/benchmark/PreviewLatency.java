package io.github.gongkai.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The live preview's answer time: {@code mvn site:serve} runs on the archive, and each edit (a
 * figure, an AsciiDoc narrative, a Markdown narrative) is timed from the file's save to the
 * edited report's page being served after the rebuild (the state the reload script polls has a
 * new version, then the page is fetched and must show the edit).
 */
final class PreviewLatency {

    private static final Pattern ADDRESS = Pattern.compile("serving at (http://[^ ]+/)");
    private static final Pattern VERSION = Pattern.compile("\"version\":(\\d+)");

    private final HttpClient http = HttpClient.newHttpClient();
    private URI address;
    private double startup;

    /** Runs {@code edits} edits of each kind; returns the Markdown table. */
    String run(List<String> mvn, Path project, Path figures, Path asciidoc, int edits) throws Exception {
        Path markdown;
        try (Stream<Path> files = Files.walk(project.resolve("reports"))) {
            markdown = files.filter(f -> f.toString().endsWith(".md")).sorted().findFirst().orElseThrow();
        }
        // Not quiet: the goal's address is an INFO line.
        List<String> command = new ArrayList<>(mvn.stream().filter(arg -> !arg.equals("-q")).toList());
        command.addAll(List.of("site:serve", "-Dgongkai.port=0"));
        long started = System.nanoTime();
        Process serve = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true).start();
        StringBuilder table = new StringBuilder("| edit | median save → page served (ms) | min–max (ms) | edits |\n"
                + "|---|---:|---:|---:|\n");
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
            for (String line; address == null && (line = out.readLine()) != null; ) {
                Matcher m = ADDRESS.matcher(line);
                if (m.find()) {
                    address = URI.create(m.group(1));
                }
            }
            // The first build of a preview reads, converts and renders everything, in memory.
            startup = (System.nanoTime() - started) / 1e6;
            Thread drain = new Thread(() -> out.lines().forEach(l -> { }));
            drain.setDaemon(true);
            drain.start();
            String[][] kinds = {{"figure", figures.toString()}, {"AsciiDoc narrative", asciidoc.toString()},
                {"Markdown narrative", markdown.toString()}};
            for (String[] kind : kinds) {
                Path file = Path.of(kind[1]);
                List<Double> times = new ArrayList<>();
                for (int i = 1; i <= edits; i++) {
                    times.add(edit(project, file, kind[0].equals("figure"), i));
                    Thread.sleep(300);
                }
                double[] sorted = times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
                double median = sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                        : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
                table.append(String.format(Locale.ROOT, "| %s | %.0f | %.0f–%.0f | %d |%n", kind[0], median, sorted[0],
                        sorted[sorted.length - 1], sorted.length));
                System.out.println(table);
            }
        } finally {
            serve.destroy();
            serve.waitFor();
        }
        return table.append(String.format(Locale.ROOT, "%nFrom `mvn site:serve` started to the site served: %.1f s "
                + "(Maven's start-up and the first build in memory; the narratives come from the cache of the site:generate "
                + "run just before).%n", startup / 1000)).toString();
    }

    /** One edit: the time from the save to the edited page served with it, in ms. */
    private double edit(Path project, Path file, boolean figure, int n) throws Exception {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String mark = figure ? String.valueOf(300 + n) : "预览第" + n + "次修订";
        String edited = figure
                ? text.replaceFirst("\\{label: 举报, value: \\d+, unit: 起}", "{label: 举报, value: " + mark + ", unit: 起}")
                : text + "\n" + mark + "。\n";
        String relative = project.resolve("reports").relativize(file).toString();
        String page = "ndbg/" + relative.substring(0, relative.lastIndexOf('.')) + ".html";
        long version = version();
        long start = System.nanoTime();
        Files.writeString(file, edited, StandardCharsets.UTF_8);
        while (true) {
            if (version() > version) {
                String body = get(page);
                if (body.contains(mark)) {
                    return (System.nanoTime() - start) / 1e6;
                }
                version = version();
            }
            if (System.nanoTime() - start > 120_000_000_000L) {
                throw new IllegalStateException("no rebuild showed " + mark + " in " + page);
            }
            Thread.sleep(5);
        }
    }

    private long version() throws IOException, InterruptedException {
        Matcher m = VERSION.matcher(get("__gongkai/state"));
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    private String get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(address.resolve(path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
    }
}
