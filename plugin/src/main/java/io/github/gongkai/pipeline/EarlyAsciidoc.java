package io.github.gongkai.pipeline;

import io.github.gongkai.content.SiteLoader;
import io.github.gongkai.data.Narrative;
import io.github.gongkai.incremental.Forget;
import io.github.gongkai.incremental.Memory;
import io.github.gongkai.render.NarrativeConverter;
import java.nio.file.Path;
import java.util.List;

/**
 * Starts the AsciiDoc engine as a build begins, when an AsciiDoc narrative that is new or changed
 * since the last build is not in the memory: JRuby's start-up (about 4 s on two cores)
 * then overlaps reading and checking the reports instead of following them. A file that cannot be
 * read only ends the look-ahead; the loader reads it again and reports what is wrong with it.
 */
final class EarlyAsciidoc {

    private EarlyAsciidoc() {
    }

    /**
     * Looks, on a thread of its own, for an AsciiDoc narrative changed since the last build that
     * {@code memory} does not hold converted, and starts the engine when it finds one.
     */
    static void start(Path projectDir, Memory memory, NarrativeConverter converter) {
        List<String> candidates = memory.changedAsciidoc();
        if (candidates.isEmpty() || Forget.off("early")) {
            return;
        }
        Thread look = new Thread(() -> {
            if (needed(projectDir, candidates, memory)) {
                converter.startAsciidoc();
            }
        }, "gongkai-asciidoc-lookahead");
        look.setDaemon(true);
        look.setContextClassLoader(Thread.currentThread().getContextClassLoader());
        look.start();
    }

    /** Whether one of {@code candidates} must be converted, as far as can be told before the build reads it. */
    static boolean needed(Path projectDir, List<String> candidates, Memory memory) {
        for (String candidate : candidates) {
            try {
                Narrative narrative = SiteLoader.asciidocNarrative(projectDir, projectDir.resolve(candidate));
                if (memory.converted(narrative, false).isEmpty()) {
                    return true;
                }
            } catch (RuntimeException e) {
                // The loader reports it; an unreadable file is converted by no one.
                return false;
            }
        }
        return false;
    }
}
