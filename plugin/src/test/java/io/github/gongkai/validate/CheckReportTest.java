package io.github.gongkai.validate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 核对报告: written beside the site, every finding with file, line, page and both sides; bodies × years. */
class CheckReportTest {

    @TempDir
    Path dir;

    private final List<String> infos = new ArrayList<>();
    private final BuildLog log = new BuildLog() {
        @Override
        public void info(String message) {
            infos.add(message);
        }

        @Override
        public void warn(String message) {
        }
    };

    private SiteContent site() {
        return SiteProject.standard(dir.resolve("project"))
                .file("reports/2021/fgj.yaml", "published: 2022-01-20\n")
                .file("reports/2023/fgj.yaml", """
                        published: 2024-02-05
                        applications:
                          received: [1, 0, 0, 0, 0, 0, 1]
                        """)
                .file("reports/2023/pingshun.yaml", "published: 2024-01-10\n")
                .load();
    }

    private Document page() throws IOException {
        return Jsoup.parse(Files.readString(dir.resolve("target/site-check.html")));
    }

    @Test
    void aFailedBuildStillWritesThePageBesideTheSiteAndTheLogSaysWhere() throws IOException {
        Path json = dir.resolve("target/site-validation.json");
        assertThrows(InvalidFigures.class, () -> SiteValidator.validate(site(), json, log));
        Path html = dir.resolve("target/site-check.html");
        assertTrue(Files.isRegularFile(html));
        assertTrue(infos.contains("核对报告（供审核签发，不随网站发布）：" + html.toAbsolutePath().normalize()
                + " / check report"), infos.toString());
        assertFalse(Files.exists(dir.resolve("target/site")), "nothing is written into the website");
    }

    @Test
    void everyFindingHasItsFileLinePageAndBothSides() throws IOException {
        assertThrows(InvalidFigures.class, () -> SiteValidator.validate(site(), dir.resolve("target/site-validation.json"), log));
        List<List<String>> rows = page().select("table:has(#findings-caption) tbody tr").stream()
                .map(tr -> tr.select("td").eachText()).toList();
        assertTrue(rows.contains(List.of("2023", "庆安县发展和改革局", "B1", "错误", "reports/2023/fgj.yaml:3",
                "ndbg/2023/fgj.html", "自然人列", "本年新收(1)+上年结转(0)", "办理结果总计(0)+结转下年度(0)")), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.get(2).equals("D1") && r.get(3).equals("提示")
                && r.get(6).startsWith("公开日期 2024-02-05 晚于法定期限 2024-01-31")), rows.toString());
        Element link = page().selectFirst("a[href=site/ndbg/2023/fgj.html]");
        assertTrue(link != null, "the page links into the website beside it");
    }

    @Test
    void theMatrixSaysPublishedMissingLateAndFindingsForEachBodyAndYear() throws IOException {
        assertThrows(InvalidFigures.class, () -> SiteValidator.validate(site(), dir.resolve("target/site-validation.json"), log));
        Document page = page();
        assertEquals(List.of("发布机构", "2021年", "2022年", "2023年"), page.select("table:has(#matrix-caption) thead th")
                .eachText());
        Element fgj = page.selectFirst("table:has(#matrix-caption) tbody tr:has(th:containsOwn(庆安县发展和改革局))");
        assertEquals(List.of("已发布", "缺报", "已发布 逾期（2024-02-05） 2 处错误 1 处提示"), fgj.select("td").eachText());
        Element pingshun = page.selectFirst("table:has(#matrix-caption) tbody tr:has(th:containsOwn(平顺街道))");
        assertEquals(List.of("—", "—", "已发布"), pingshun.select("td").eachText());
    }

    @Test
    void thePageIsTheSameForTheSameInput() throws IOException {
        Path json = dir.resolve("target/site-validation.json");
        assertThrows(InvalidFigures.class, () -> SiteValidator.validate(site(), json, log));
        String first = Files.readString(dir.resolve("target/site-check.html"));
        assertThrows(InvalidFigures.class, () -> SiteValidator.validate(site(), json, log));
        assertEquals(first, Files.readString(dir.resolve("target/site-check.html")));
        assertTrue(first.startsWith("<!DOCTYPE html>\n<html lang=\"zh-CN\">"));
    }

    @Test
    void anEquationsMessageSplitsIntoWhatItIsAboutAndItsTwoSides() {
        assertArrayEquals(new String[] {"总计列（留空的单元格：结转下年度）", "本年新收(26)", "办理结果总计(30)+结转下年度(空)"},
                CheckReport.sides("总计列：本年新收(26) ≠ 办理结果总计(30)+结转下年度(空)（留空的单元格：结转下年度）"));
        assertNull(CheckReport.sides("公开日期 2024-02-05 晚于法定期限 2024-01-31"));
    }
}
