package io.github.gongkai.benchmark;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;

/**
 * The floor: every narrative of a site project converted to HTML by AsciidoctorJ and flexmark in
 * one JVM, with nothing else — no loading, checking, templates or writing. Uses as many threads as
 * the machine has processors, sharing one Asciidoctor instance, as any JVM generator at best could.
 */
public final class RawConversion {

    private RawConversion() {
    }

    /** Usage: {@code RawConversion <site project folder>}; prints how many documents and characters. */
    public static void main(String[] args) throws Exception {
        Path reports = Path.of(args[0]).resolve("reports");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(reports)) {
            files = walk.filter(f -> f.toString().endsWith(".adoc") || f.toString().endsWith(".md")).sorted().toList();
        }
        MutableDataSet markdown = new MutableDataSet();
        markdown.set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
        Parser parser = Parser.builder(markdown).build();
        HtmlRenderer renderer = HtmlRenderer.builder(markdown).build();
        Options options = Options.builder().safe(SafeMode.SAFE).standalone(false)
                .attributes(Attributes.builder().showTitle(false).build()).build();
        AtomicLong chars = new AtomicLong();
        Asciidoctor asciidoctor = Asciidoctor.Factory.create();
        ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        try {
            List<Future<?>> done = files.stream().<Future<?>>map(file -> pool.submit(() -> {
                String text = read(file);
                String html = file.toString().endsWith(".adoc") ? asciidoctor.convert(text, options)
                        : renderer.render(parser.parse(withoutFrontMatter(text)));
                chars.addAndGet(html.length());
            })).toList();
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            pool.shutdown();
            asciidoctor.shutdown();
        }
        System.out.println(files.size() + " narratives, " + chars.get() + " characters of HTML");
    }

    private static String withoutFrontMatter(String text) {
        if (!text.startsWith("---\n")) {
            return text;
        }
        int end = text.indexOf("\n---\n", 3);
        return end < 0 ? text : text.substring(end + 5);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
