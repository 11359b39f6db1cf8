package io.github.gongkai.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.data.SiteContent;
import io.github.gongkai.diagnostic.BuildLog;
import io.github.gongkai.diagnostic.InvalidFigures;
import io.github.gongkai.testing.SiteProject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteValidatorTest {

    @TempDir
    Path dir;

    private final List<String> warnings = new ArrayList<>();
    private final List<String> infos = new ArrayList<>();
    private final BuildLog log = new BuildLog() {
        @Override
        public void info(String message) {
            infos.add(message);
        }

        @Override
        public void warn(String message) {
            warnings.add(message);
        }
    };

    private SiteContent site(String carriedOut2022, String carriedIn2023) {
        return SiteProject.standard(dir)
                .file("reports/2022/fgj.yaml", "applications:\n  received: " + carriedOut2022 + "\n  total: [0, 0, 0, 0, 0, 0, 0]\n"
                        + "  carriedOut: " + carriedOut2022 + "\n")
                .file("reports/2023/fgj.yaml", "applications:\n  carriedIn: " + carriedIn2023 + "\n  granted: "
                        + carriedIn2023 + "\n  total: " + carriedIn2023 + "\n")
                .load();
    }

    @Test
    void b5HoldsWhenThisYearsCarriedInIsLastYearsCarriedOut() {
        SiteValidator.validate(site("[2, 0, 0, 0, 0, 0, 2]", "[2, 0, 0, 0, 0, 0, 2]"), dir.resolve("v.json"), log);
        assertEquals(List.of(), warnings);
        assertEquals(List.of("数据核对：2 篇报告，0 处错误，0 处提示（详见 v.json） / checked 2 reports: 0 errors, 0 warnings",
                "核对报告（供审核签发，不随网站发布）：" + dir.resolve("v-check.html").toAbsolutePath().normalize()
                        + " / check report"), infos);
    }

    @Test
    void b5WarnsOfACrossYearDiscontinuity() {
        SiteValidator.validate(site("[2, 0, 0, 0, 0, 0, 2]", "[1, 0, 0, 0, 0, 0, 1]"), dir.resolve("v.json"), log);
        assertEquals(List.of(
                "reports/2023/fgj.yaml:2: B5 自然人列：上年结转(1) ≠ 2022年结转下年度继续办理(2)，见 reports/2022/fgj.yaml:4",
                "reports/2023/fgj.yaml:2: B5 总计列：上年结转(1) ≠ 2022年结转下年度继续办理(2)，见 reports/2022/fgj.yaml:4"),
                warnings);
    }

    @Test
    void aHardViolationStopsTheBuildButTheReportIsWrittenFirst() throws IOException {
        SiteContent content = SiteProject.standard(dir).file("reports/2023/fgj.yaml",
                "applications:\n  received: [1, 0, 0, 0, 0, 0, 1]\n").load();
        InvalidFigures failure = assertThrows(InvalidFigures.class,
                () -> SiteValidator.validate(content, dir.resolve("v.json"), log));
        assertTrue(failure.getMessage().contains("reports/2023/fgj.yaml:2: B1 自然人列：本年新收(1)+上年结转(0) ≠ "
                + "办理结果总计(0)+结转下年度(0)"), failure.getMessage());
        String json = Files.readString(dir.resolve("v.json"));
        assertTrue(json.startsWith("{\n  \"reports\": 1,\n  \"findings\": [\n    {\n      \"year\": 2023,"), json);
        assertTrue(json.contains("\"severity\": \"error\""), json);
    }
}
