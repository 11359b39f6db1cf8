package io.github.gongkai.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.diagnostic.BuildLog;
import io.github.gongkai.testing.FolderHashes;
import io.github.gongkai.testing.SiteProject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build that finds nothing changed since the last one keeps its website untouched; any change
 * to the input, the settings or the website itself makes it build again.
 */
@Tag("pipeline")
class UnchangedSiteTest {

    @TempDir
    Path dir;

    private Path project;
    private SiteProject site;
    private Path output;
    private Path cache;
    private final List<String> warnings = new ArrayList<>();

    @BeforeEach
    void firstBuild() {
        project = dir.resolve("project");
        site = SiteProject.standard(project).file("reports/2018/pingshun.md", "# 正文\n\n第一版正文。\n");
        output = project.resolve("target/site");
        cache = project.resolve("target/gongkai-cache");
        assertFalse(build(true).kept());
    }

    @Test
    void aSecondBuildKeepsEveryFileAsItWas() throws IOException {
        Map<String, String> before = untouched(output);
        Map<String, String> bytes = FolderHashes.of(output);
        BuildSummary second = build(true);
        assertTrue(second.kept());
        assertEquals(before, untouched(output), "no file was written, replaced or touched again");
        assertEquals(bytes, FolderHashes.of(output), "every file has the bytes it had");
        assertEquals(before.size() - 1, second.files(), "every file but the folder's marker is counted");
        assertTrue(before.containsKey(io.github.gongkai.output.OutputFolders.SITE_MARKER), before.keySet().toString());
        assertEquals(1, second.reports());
    }

    @Test
    void aKeptBuildRepeatsTheLastBuildsWarnings() {
        warnings.clear();
        assertFalse(build(false).kept(), "another sanitize setting is another website");
        List<String> first = List.copyOf(warnings);
        assertTrue(first.stream().anyMatch(w -> w.contains("gongkai.sanitize=false")), first.toString());
        warnings.clear();
        assertTrue(build(false).kept());
        assertEquals(first, warnings);
    }

    @Test
    void anEditOfTheSameSizeAndTimeRightAfterABuildIsSeen() throws IOException {
        Path file = project.resolve("reports/2018/pingshun.md");
        FileTime time = Files.getLastModifiedTime(file);
        // Same length in bytes, same modification time: only the content tells.
        Files.writeString(file, "# 正文\n\n第二版正文。\n");
        Files.setLastModifiedTime(file, time);
        assertFalse(build(true).kept());
        assertTrue(Files.readString(output.resolve("ndbg/2018/pingshun.html")).contains("第二版正文。"));
    }

    @Test
    void anEditOfAnOldFileIsSeen() throws IOException {
        Path file = project.resolve("reports/2018/pingshun.md");
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));
        assertTrue(build(true).kept(), "only the modification time changed: the content decides");
        assertTrue(build(true).kept(), "trusted now by its size and old time");
        site.file("reports/2018/pingshun.md", "# 正文\n\n第三版正文，长一些。\n");
        assertFalse(build(true).kept());
        assertTrue(Files.readString(output.resolve("ndbg/2018/pingshun.html")).contains("第三版正文，长一些。"));
    }

    @Test
    void aPageDeletedOrTouchedInTheWebsiteIsWrittenAgain() throws IOException {
        byte[] page = Files.readAllBytes(output.resolve("ndbg/index.html"));
        Files.delete(output.resolve("ndbg/index.html"));
        assertFalse(build(true).kept());
        assertEquals(new String(page), Files.readString(output.resolve("ndbg/index.html")));
        Files.writeString(output.resolve("index.html"), "改坏了");
        assertFalse(build(true).kept());
        assertFalse(Files.readString(output.resolve("index.html")).contains("改坏了"));
        Files.delete(project.resolve("target/site-validation.json"));
        assertFalse(build(true).kept(), "the validation report is part of what a build writes");
    }

    @Test
    void filesTheSiteIsNotMadeOfAreNotInput() throws IOException {
        Files.writeString(project.resolve("target/qingan-site.zip"), "离线归档");
        Files.writeString(project.resolve("build.log"), "日志");
        Files.writeString(project.resolve("pom.xml"), "<project/>");
        site.file(".git/HEAD", "ref: refs/heads/main\n").file("reports/.DS_Store", "隐藏文件");
        assertTrue(build(true).kept());
        site.file("assets/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        assertFalse(build(true).kept(), "assets/ is published");
    }

    @Test
    void aSiteWhoseNarrativeIncludesAFileIsAlwaysBuilt() throws IOException {
        site.file("notes/表格说明.adoc", "附注第一版。\n")
                .file("reports/2018/fgj.adoc", "= 发改局2018年报告\n\n正文。\n\ninclude::notes/表格说明.adoc[]\n");
        assertFalse(build(true).kept());
        assertFalse(build(true).kept(), "the included file could have changed unseen");
        site.file("notes/表格说明.adoc", "附注第二版。\n");
        assertFalse(build(true).kept());
        assertTrue(Files.readString(output.resolve("ndbg/2018/fgj.html")).contains("附注第二版。"));
    }

    @Test
    void aSiteYamlChangeIsSeen() {
        site.file("site.yaml", SiteProject.SITE_YAML.replace("测试站", "新站名"));
        assertFalse(build(true).kept());
    }

    private BuildSummary build(boolean sanitize) {
        return new SiteGenerator(BuildLog.withWarningsTo(BuildLog.silent(), warnings::add), getClass().getClassLoader(),
                sanitize).generate(project, output, cache);
    }

    /** Each file's identity (its inode) and modification time: a file written or replaced anew changes one of them. */
    private static Map<String, String> untouched(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                files.put(root.relativize(file).toString(), attributes.fileKey() + " " + attributes.lastModifiedTime());
            }
        }
        return files;
    }
}
