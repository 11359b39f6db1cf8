package io.github.gongkai.diagnostic;

import java.util.Locale;

/**
 * Progress of a long stage in the build log: a line at every tenth of the work and at least every
 * two seconds, with the count done and the rate. Quiet for small sites, where it would be noise.
 * Safe to call from several threads.
 */
public final class Progress {

    /** Below this many items a stage is quick enough to need no progress lines. */
    static final int MIN_ITEMS = 50;
    private static final long EVERY_NANOS = 2_000_000_000L;

    private final BuildLog log;
    private final String stage;
    private final int total;
    private final long start;
    private int done;
    private int lastTenth;
    private long lastLine;

    /**
     * @param log   where the lines go
     * @param stage what is being done, e.g. 正文转换 / converting narratives
     * @param total how many items the stage has
     */
    public Progress(BuildLog log, String stage, int total) {
        this.log = log;
        this.stage = stage;
        this.total = total;
        this.start = System.nanoTime();
        this.lastLine = start;
    }

    /** One more item is done. */
    public synchronized void step() {
        done++;
        if (total < MIN_ITEMS) {
            return;
        }
        long now = System.nanoTime();
        int tenth = (int) (10L * done / total);
        if (tenth > lastTenth || now - lastLine >= EVERY_NANOS) {
            lastTenth = tenth;
            lastLine = now;
            double seconds = Math.max(now - start, 1) / 1e9;
            log.info(String.format(Locale.ROOT, "%s %d/%d（%d%%，%.0f 篇/秒） / %d of %d, %.0f per second", stage, done,
                    total, 100L * done / total, done / seconds, done, total, done / seconds));
        }
    }
}
