package io.github.gongkai.diagnostic;

import java.util.function.Consumer;

/**
 * Where the build reports progress and warnings; the Maven goal passes Maven's log, tests
 * collect the lines.
 */
public interface BuildLog {

    /** Progress and summaries. */
    void info(String message);

    /** A problem that does not stop the build. */
    void warn(String message);

    /** A log that hands each progress line to {@code info} and each warning to {@code warn}. */
    static BuildLog of(Consumer<String> info, Consumer<String> warn) {
        return new BuildLog() {
            @Override
            public void info(String message) {
                info.accept(message);
            }

            @Override
            public void warn(String message) {
                warn.accept(message);
            }
        };
    }

    /** A log that passes everything on to {@code next} and also hands each warning to {@code warnings}. */
    static BuildLog withWarningsTo(BuildLog next, Consumer<String> warnings) {
        return of(next::info, message -> {
            warnings.accept(message);
            next.warn(message);
        });
    }

    /** A log that prints nothing. */
    static BuildLog silent() {
        return of(message -> { }, message -> { });
    }
}
