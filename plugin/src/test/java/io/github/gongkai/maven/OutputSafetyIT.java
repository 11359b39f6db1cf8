package io.github.gongkai.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.testing.ChildMaven;
import io.github.gongkai.testing.FolderHashes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Hostile or mistaken folder parameters given to the real {@code mvn site:generate} and
 * {@code site:archive}: the site project, its reports, a home folder full of documents, the
 * root, a cache inside the site, an archive inside the site or over the pom, a zip-slip archive
 * folder. Each is refused with a Chinese message naming the parameter, no stack trace, and every
 * file that was there is still there, byte for byte.
 */
class OutputSafetyIT {

    private static final Path WORK = Path.of("target/output-safety-it").toAbsolutePath();

    private Path project;
    private Path home;

    @BeforeEach
    void freshCopy() throws IOException {
        FolderHashes.deleteTree(WORK);
        project = ChildMaven.copy(Path.of(System.getProperty("gongkai.it.dir", "target/it")).resolve("basic-site"),
                WORK.resolve("home/user/qingan"));
        home = project.getParent();
        Files.createDirectories(home.resolve(".ssh"));
        Files.writeString(home.resolve(".ssh/id_ed25519"), "-----BEGIN OPENSSH PRIVATE KEY-----\n");
        Files.writeString(home.resolve("工作总结.docx"), "文档");
    }

    private static String refused(ChildMaven.Result result, String... fragments) {
        assertNotEquals(0, result.exitCode(), result.log());
        assertTrue(result.log().contains("BUILD FAILURE"), result.log());
        assertFalse(result.log().lines().anyMatch(l -> l.matches("\\s+at \\S+\\(.*\\)")), "no stack trace:\n" + result.log());
        String error = result.log().lines().filter(l -> l.contains("Failed to execute goal")).findFirst().orElseThrow();
        for (String fragment : fragments) {
            assertTrue(error.contains(fragment), "\"" + fragment + "\" in:\n" + error);
        }
        return error;
    }

    @Test
    void theProjectItsReportsAHomeFolderAndTheRootAreNeverReplaced() throws Exception {
        Map<String, String> before = FolderHashes.of(WORK);
        refused(ChildMaven.run(project, "site:generate", "-Dgongkai.outputDirectory=" + project),
                "outputDirectory", "站点项目本身或其上级目录");
        refused(ChildMaven.run(project, "site:generate", "-Dgongkai.outputDirectory=" + project.resolve("reports")),
                "输入 reports");
        refused(ChildMaven.run(project, "site:generate", "-Dgongkai.outputDirectory=" + home), "上级目录");
        Path documents = Files.createDirectories(WORK.resolve("documents"));
        Files.writeString(documents.resolve("通知.pdf"), "%PDF");
        refused(ChildMaven.run(project, "site:generate", "-Dgongkai.outputDirectory=" + documents),
                "不是空目录", "通知.pdf");
        refused(ChildMaven.run(project, "site:generate", "-Dgongkai.outputDirectory=/"), "根目录");
        refused(ChildMaven.run(project, "site:serve", "-Dgongkai.outputDirectory=" + project), "上级目录");
        Map<String, String> after = FolderHashes.of(WORK);
        // The test's own files: the runs' logs and settings, and the documents folder it made meanwhile.
        after.keySet().removeIf(path -> path.endsWith(".log") || path.startsWith("documents/")
                || path.endsWith("-settings.xml"));
        before.keySet().removeIf(path -> path.endsWith(".log") || path.endsWith("-settings.xml"));
        assertEquals(before, after, "every file is as it was, and nothing was written beside them");
        assertFalse(Files.exists(project.resolve("null-validation.json")));
    }

    @Test
    void theCacheIsNeverPublished() throws Exception {
        refused(ChildMaven.run(project, "site:generate", "-Dgongkai.cacheDirectory=" + project.resolve("target/site/cache")),
                "cacheDirectory", "会随网站一起发布");
        assertFalse(Files.exists(project.resolve("target/site")));
    }

    @Test
    void theArchiveIsNeverWrittenOverThePomIntoTheSiteOrOutsideItsFolder() throws Exception {
        assertEquals(0, ChildMaven.run(project, "site:generate").exitCode());
        Map<String, String> site = FolderHashes.of(project.resolve("target/site"));
        String pom = Files.readString(project.resolve("pom.xml"));
        refused(ChildMaven.run(project, "site:archive", "-Dgongkai.archiveFile=" + project.resolve("pom.xml")),
                "archiveFile", "不是本插件生成的离线存档");
        refused(ChildMaven.run(project, "site:archive", "-Dgongkai.archiveFile=" + project.resolve("target/site/a.zip")),
                "archiveFile", "网站目录");
        refused(ChildMaven.run(project, "site:archive", "-Dgongkai.archiveFolder=../../x"), "archiveFolder");
        refused(ChildMaven.run(project, "site:archive", "-Dgongkai.archiveFolder=" + WORK.resolve("x")), "archiveFolder");
        assertEquals(pom, Files.readString(project.resolve("pom.xml")));
        assertEquals(site, FolderHashes.of(project.resolve("target/site")));
        assertFalse(Files.exists(WORK.resolve("x")));
        ChildMaven.Result archived = ChildMaven.run(project, "site:archive");
        assertEquals(0, archived.exitCode(), archived.log());
    }
}
