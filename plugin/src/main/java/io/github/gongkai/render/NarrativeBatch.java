package io.github.gongkai.render;

import io.github.gongkai.data.ConvertedNarrative;
import io.github.gongkai.data.MarkupLanguage;
import io.github.gongkai.data.Narrative;
import io.github.gongkai.diagnostic.BuildLog;
import io.github.gongkai.diagnostic.Progress;
import io.github.gongkai.incremental.ConversionMemory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Every report's narrative converted on as many threads as there are processors, before the report
 * pages are rendered (the list pages, which show none, may render meanwhile): conversion is where
 * a build's time goes. Narratives the cache holds are
 * not converted again, so JRuby is started only when an AsciiDoc narrative changed. The result and
 * the log do not depend on the order in which the threads finish.
 */
public final class NarrativeBatch implements NarrativeHtml {

    private final Map<Narrative, String> html;
    private final Set<Narrative> stored;
    private final ConversionMemory memory;
    private final int converted;
    private final int fromCache;

    private NarrativeBatch(Map<Narrative, String> html, Set<Narrative> stored, ConversionMemory memory,
            int converted, int fromCache) {
        this.html = html;
        this.stored = stored;
        this.memory = memory;
        this.converted = converted;
        this.fromCache = fromCache;
    }

    /**
     * Converts {@code narratives} (the reports' narratives, in report order).
     *
     * @param converter the build's converter, shared by the threads
     * @param memory    narratives converted by earlier builds
     * @param threads   how many conversions run at once
     * @param log       where the converter's messages go, in report order, and the progress
     */
    public static NarrativeBatch convert(List<Narrative> narratives, NarrativeConverter converter,
            ConversionMemory memory, int threads, BuildLog log) {
        Map<Narrative, ConvertedNarrative> results = new HashMap<>();
        List<Narrative> markdown = new ArrayList<>();
        List<Narrative> asciidoc = new ArrayList<>();
        // What the memory holds is read again when its page is rendered, not kept: at 10,000 reports
        // the HTML of every narrative would take a few hundred MB of heap.
        Set<Narrative> stored = ConcurrentHashMap.newKeySet();
        // Hashing every narrative and reading its entry is the whole of this stage when nothing
        // needs converting: every core takes a share, and the results are taken in order.
        List<Optional<ConvertedNarrative>> cachedList = narratives.parallelStream()
                .map(narrative -> memory.converted(narrative, false)).toList();
        for (int i = 0; i < narratives.size(); i++) {
            Narrative narrative = narratives.get(i);
            Optional<ConvertedNarrative> cached = cachedList.get(i);
            if (cached.isPresent()) {
                results.put(narrative, cached.get());
                stored.add(narrative);
                continue;
            }
            (narrative.language() == MarkupLanguage.ASCIIDOC ? asciidoc : markdown).add(narrative);
        }
        int fromCache = results.size();
        Progress progress = new Progress(log, "正文转换 / converting narratives", markdown.size() + asciidoc.size());
        ExecutorService pool = Workers.pool("gongkai-narratives", threads);
        try {
            // JRuby starts on a thread of its own while these convert Markdown; a batch's output is
            // keyed by narrative, so this order changes only the timing.
            if (!asciidoc.isEmpty()) {
                converter.startAsciidoc();
            }
            List<Narrative> toConvert = concat(markdown, asciidoc);
            List<Future<ConvertedNarrative>> pending = new ArrayList<>(toConvert.size());
            for (Narrative narrative : toConvert) {
                pending.add(pool.submit(() -> {
                    ConvertedNarrative result = converter.convert(narrative);
                    progress.step();
                    if (memory.converted(narrative, result)) {
                        stored.add(narrative);
                        return new ConvertedNarrative("", result.messages());
                    }
                    return result;
                }));
            }
            // In a fixed order, so that of several failing narratives the same one is always reported.
            for (int i = 0; i < toConvert.size(); i++) {
                results.put(toConvert.get(i), Workers.await(pending.get(i)));
            }
        } finally {
            pool.shutdownNow();
        }
        Map<Narrative, String> html = new HashMap<>();
        for (Narrative narrative : narratives) {
            ConvertedNarrative result = results.remove(narrative);
            result.replay(log);
            if (!stored.contains(narrative)) {
                html.put(narrative, result.html());
            }
        }
        return new NarrativeBatch(html, Set.copyOf(stored), memory, narratives.size() - fromCache, fromCache);
    }

    /**
     * As {@link #convert(List, NarrativeConverter, ConversionMemory, int, BuildLog)}, on a thread of
     * its own, so that the caller can meanwhile render the pages that show no narrative.
     */
    public static CompletableFuture<NarrativeBatch> start(List<Narrative> narratives, NarrativeConverter converter,
            ConversionMemory memory, int threads, BuildLog log) {
        return CompletableFuture.supplyAsync(() -> convert(narratives, converter, memory, threads, log),
                Workers.thread("gongkai-conversion"));
    }

    /** What {@link #start} gave, its failure thrown as it was (an input error stays one). */
    public static NarrativeBatch await(CompletableFuture<NarrativeBatch> started) {
        return Workers.await(started);
    }

    @Override
    public String toHtml(Narrative narrative) {
        if (stored.contains(narrative)) {
            return memory.converted(narrative, true).orElseThrow(() -> new IllegalStateException(
                    "缓存的正文在生成过程中被删除 / a cached narrative vanished during the build: " + narrative.source()))
                    .html();
        }
        String result = html.get(narrative);
        if (result == null) {
            throw new IllegalStateException("narrative not in the batch: " + narrative.source());
        }
        return result;
    }

    /** How many narratives were converted by this build. */
    public int converted() {
        return converted;
    }

    /** How many narratives came from the cache. */
    public int fromCache() {
        return fromCache;
    }

    private static List<Narrative> concat(List<Narrative> first, List<Narrative> second) {
        List<Narrative> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
