package io.github.gongkai.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.testing.FromNothing;
import io.github.gongkai.diagnostic.BuildLog;
import io.github.gongkai.testing.SiteProject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rebuild keeps the page and open data of every report whose files, neighbours and shared
 * input did not change, renders the others, and gives the same website as a build from nothing.
 */
@Tag("pipeline")
class KeptReportPagesTest {

    @TempDir
    Path dir;

    private SiteProject site;
    private Path project;

    @BeforeEach
    void sixReports() {
        project = dir.resolve("project");
        site = SiteProject.standard(project);
        for (int year = 2016; year <= 2018; year++) {
            for (String body : List.of("pingshun", "fgj")) {
                site.file("reports/" + year + "/" + body + ".md", "# " + body + year + "\n\n" + year + "年正文。\n");
            }
        }
        assertEquals(0, build().keptPages());
    }

    @Test
    void anEditedReportAndItsTwoNeighboursAreRenderedTheRestKept() throws IOException {
        // 2017 pingshun is in the middle of the column: two neighbours show its title (上一篇/下一篇).
        site.file("reports/2017/pingshun.md", "---\ntitle: 平顺2017（修订）\n---\n改过的正文。\n");
        BuildSummary rebuilt = build();
        assertEquals(3, rebuilt.keptPages());
        // The list pages that show no 2017 平顺 title: the 2016 and 2018 year pages, 发改局's page, the list of
        // bodies and 404.html. The home, column and search pages list every report's title, as do 2017's and 平顺's.
        assertEquals(5, rebuilt.keptListPages());
        assertTrue(read("ndbg/2017/index.html").contains("平顺2017（修订）"));
        assertTrue(read("ndbg/jg/pingshun.html").contains("平顺2017（修订）"));
        assertTrue(read("ndbg/index.html").contains("平顺2017（修订）"));
        List<String> showingTheTitle = new java.util.ArrayList<>();
        for (String year : List.of("2016", "2017", "2018")) {
            for (String body : List.of("pingshun", "fgj")) {
                String page = "ndbg/" + year + "/" + body + ".html";
                if (!page.equals("ndbg/2017/pingshun.html") && read(page).contains("平顺2017（修订）")) {
                    showingTheTitle.add(page);
                }
            }
        }
        assertEquals(2, showingTheTitle.size(), showingTheTitle.toString());
        assertSameAsABuildFromNothing();
        assertTrue(build().kept(), "the website updated in place is known as the last build's");
    }

    @Test
    void aChangeEveryPageSharesRendersEveryReport() throws IOException {
        site.file("bodies.yaml", SiteProject.BODIES_YAML.replace("庆安县平顺街道办事处", "庆安县平顺街道"));
        BuildSummary rebuilt = build();
        assertEquals(0, rebuilt.keptPages());
        assertEquals(0, rebuilt.keptListPages());
        assertSameAsABuildFromNothing();
    }

    @Test
    void aWebsiteEditedByHandIsNotTrusted() throws IOException {
        Files.writeString(project.resolve("target/site/ndbg/2016/fgj.html"), "改坏了");
        site.file("reports/2018/pingshun.md", "# 平顺2018\n\n新正文。\n");
        BuildSummary rebuilt = build();
        assertEquals(0, rebuilt.keptPages());
        assertEquals(0, rebuilt.keptListPages());
        assertFalse(read("ndbg/2016/fgj.html").contains("改坏了"));
        assertSameAsABuildFromNothing();
    }

    @Test
    void aYearWhoseReportsAreAllDeletedLeavesNoFolder() throws IOException {
        Files.delete(project.resolve("reports/2018/fgj.md"));
        Files.delete(project.resolve("reports/2018/pingshun.md"));
        build();
        assertFalse(Files.exists(project.resolve("target/site/ndbg/2018")));
        assertSameAsABuildFromNothing();
        assertTrue(build().kept());
    }

    @Test
    void aDeletedReportLeavesNothingAndItsNeighboursLinkPastIt() throws IOException {
        Files.delete(project.resolve("reports/2017/fgj.md"));
        assertEquals(3, build().keptPages());
        assertFalse(Files.exists(project.resolve("target/site/ndbg/2017/fgj.html")));
        assertSameAsABuildFromNothing();
        assertTrue(build().kept(), "the website updated in place is known as the last build's");
    }

    private BuildSummary build() {
        return new SiteGenerator(BuildLog.silent(), getClass().getClassLoader(), true)
                .generate(project, project.resolve("target/site"), project.resolve("target/gongkai-cache"));
    }

    private String read(String page) throws IOException {
        return Files.readString(project.resolve("target/site").resolve(page));
    }

    private void assertSameAsABuildFromNothing() throws IOException {
        FromNothing.assertSameSite(project, project.resolve("target/site"), dir.resolve("fresh"));
    }
}
