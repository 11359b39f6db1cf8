package io.github.gongkai.incremental;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.data.AnnualReport;
import io.github.gongkai.data.PublishingBody;
import io.github.gongkai.data.ReportFormat;
import io.github.gongkai.data.SiteContent;
import io.github.gongkai.data.Statistics;
import io.github.gongkai.content.SiteLoader;
import io.github.gongkai.diagnostic.BuildLog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every report of the example site, written as bytes and read back, is the report it was. */
class ReportCodecTest {

    private static final SiteContent EXAMPLE = new SiteLoader(Path.of("../site-content"), BuildLog.silent()).load();
    private static final Map<String, PublishingBody> BODIES = EXAMPLE.bodies().stream()
            .collect(Collectors.toMap(PublishingBody::id, Function.identity()));

    @Test
    void everyReportOfTheExampleComesBackEqual() throws IOException {
        Set<ReportFormat> formats = EnumSet.noneOf(ReportFormat.class);
        for (AnnualReport report : EXAMPLE.reports()) {
            List<String> warnings = List.of("reports/" + report.year() + "/x.md: 正文文件是空的");
            Memory.Recalled decoded = ReportCodec.decode(ReportCodec.encode(report, warnings), BODIES).orElseThrow();
            assertEquals(report, decoded.report(), report.metadata().title());
            assertEquals(warnings, decoded.warnings());
            formats.add(report.format());
        }
        assertEquals(EnumSet.allOf(ReportFormat.class), formats, "the example has reports of all three formats");
        assertTrue(EXAMPLE.reports().stream().anyMatch(r -> r.statistics().isEmpty()), "and a narrative-only one");
        assertTrue(EXAMPLE.reports().stream().anyMatch(r -> r.narrative().isEmpty()), "and a data-only one");
    }

    @Test
    void aTextThatComesAgainIsWrittenOnce() throws IOException {
        AnnualReport report = EXAMPLE.reports().stream()
                .filter(r -> r.statistics().orElse(null) instanceof Statistics.National).findFirst().orElseThrow();
        byte[] file = ((Statistics.National) report.statistics().get()).source().file().toString()
                .getBytes(StandardCharsets.UTF_8);
        byte[] bytes = ReportCodec.encode(report, List.of());
        int times = 0;
        for (int i = 0; i + file.length <= bytes.length; i++) {
            if (Arrays.equals(bytes, i, i + file.length, file, 0, file.length)) {
                times++;
            }
        }
        assertEquals(1, times, "the statistics file is named in every cell's place, and written once");
        assertEquals(report, ReportCodec.decode(bytes, BODIES).orElseThrow().report());
    }

    @Test
    void emptyCellsEmptyFiguresAndOfWhichListsComeBackAsTheyWere(@org.junit.jupiter.api.io.TempDir Path dir)
            throws IOException {
        SiteContent site = io.github.gongkai.testing.SiteProject.standard(dir)
                .file("reports/2018/fgj.yaml", """
                        statistics:
                          - label: 主动公开政府信息数
                            value: null
                            ofWhich:
                              - {label: 线上信息公开, value: 15}
                        """)
                .file("reports/2020/fgj.yaml", "reviewsAndLitigation:\n  review: {upheld: 1, corrected: null}\n")
                .load();
        Map<String, PublishingBody> bodies = site.bodies().stream()
                .collect(Collectors.toMap(PublishingBody::id, Function.identity()));
        for (AnnualReport report : site.reports()) {
            assertEquals(report, ReportCodec.decode(ReportCodec.encode(report, List.of()), bodies).orElseThrow().report());
        }
    }

    @Test
    void aBodyNoLongerListedGivesNothing() throws IOException {
        byte[] bytes = ReportCodec.encode(EXAMPLE.reports().get(0), List.of());
        assertTrue(ReportCodec.decode(bytes, Map.of()).isEmpty());
    }

    @Test
    void damagedBytesAreAnErrorNotAReport() {
        byte[] bytes = ReportCodec.encode(EXAMPLE.reports().get(0), List.of());
        assertThrows(IOException.class, () -> ReportCodec.decode(Arrays.copyOf(bytes, bytes.length / 2), BODIES));
        byte[] longer = Arrays.copyOf(bytes, bytes.length + 1);
        assertThrows(IOException.class, () -> ReportCodec.decode(longer, BODIES));
    }
}
