package io.github.gongkai.diagnostic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Progress lines: one per tenth of a long stage, none for a small one. */
class ProgressTest {

    private static List<String> run(int total) {
        List<String> lines = new ArrayList<>();
        BuildLog log = new BuildLog() {
            @Override
            public void info(String message) {
                lines.add(message);
            }

            @Override
            public void warn(String message) {
                throw new AssertionError(message);
            }
        };
        Progress progress = new Progress(log, "正文转换 / converting narratives", total);
        for (int i = 0; i < total; i++) {
            progress.step();
        }
        return lines;
    }

    @Test
    void aLongStageReportsEveryTenthWithCountAndRate() {
        List<String> lines = run(200);
        assertTrue(lines.size() >= 10, lines.toString());
        assertTrue(lines.get(0).startsWith("正文转换 / converting narratives 20/200（10%，"), lines.get(0));
        assertTrue(lines.get(lines.size() - 1).contains("200/200（100%"), lines.toString());
        assertTrue(lines.get(lines.size() - 1).matches(".*篇/秒） / 200 of 200, \\d+ per second"), lines.toString());
    }

    @Test
    void aSmallSiteGetsNoProgressLines() {
        assertEquals(List.of(), run(Progress.MIN_ITEMS - 1));
    }
}
