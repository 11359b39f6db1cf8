package io.github.gongkai.output;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.diagnostic.OutputRefused;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which site and cache folders a build may replace, and which archive files it may write. */
class OutputFoldersTest {

    @TempDir
    Path dir;

    private Path project() throws IOException {
        Path project = Files.createDirectories(dir.resolve("home/user/qingan"));
        Files.writeString(project.resolve("pom.xml"), "<project/>");
        Files.writeString(project.resolve("site.yaml"), "siteName: 测试\n");
        Files.createDirectories(project.resolve("reports/2024"));
        Files.writeString(dir.resolve("home/user/notes.txt"), "私人文件");
        return project;
    }

    private static String refused(Path project, Path site, Path cache) {
        return assertThrows(OutputRefused.class, () -> OutputFolders.checkBuild(project, site, cache)).getMessage();
    }

    @Test
    void theProjectAFolderAboveItAndTheRootAreNeverASiteFolder() throws IOException {
        Path project = project();
        Path cache = project.resolve("target/gongkai-cache");
        assertTrue(refused(project, project, cache).contains("站点项目本身或其上级目录"));
        assertTrue(refused(project, project.getParent(), cache).contains("outputDirectory"));
        assertTrue(refused(project, dir, cache).contains("上级目录"));
        assertTrue(refused(project, project.getRoot(), cache).contains("根目录"));
        assertTrue(refused(project, project.resolve("."), cache).contains("上级目录"), "a path spelled otherwise");
    }

    @Test
    void aTildeOrABlankFolderNameIsAMistypedPath() throws IOException {
        Path project = project();
        Path cache = project.resolve("target/gongkai-cache");
        assertTrue(refused(project, project.resolve("~/site"), cache).contains("不会把 ~ 展开"));
        assertTrue(refused(project, project.resolve(" "), cache).contains("outputDirectory"));
        assertTrue(refused(project, project.resolve("target/site"), project.resolve("~")).contains("cacheDirectory"));
        assertFalse(Files.exists(project.resolve("~")), "nothing made");
        assertDoesNotThrow(() -> OutputFolders.checkBuild(project, project.resolve("target/站点 2024"), cache));
    }

    @Test
    void noFolderInsideTheInputs() throws IOException {
        Path project = project();
        Path cache = project.resolve("target/gongkai-cache");
        assertTrue(refused(project, project.resolve("reports"), cache).contains("reports"));
        assertTrue(refused(project, project.resolve("reports/2030/site"), cache).contains("输入 reports"));
        assertTrue(refused(project, project.resolve("assets/site"), cache).contains("输入 assets"));
        assertTrue(refused(project, project.resolve("target/site"), project.resolve("theme/cache"))
                .contains("cacheDirectory"));
    }

    @Test
    void aFolderThatHoldsFilesOfSomeoneElseIsRefusedAndLeftAsItWas() throws IOException {
        Path project = project();
        Path documents = Files.createDirectories(dir.resolve("home/user/documents"));
        Files.writeString(documents.resolve("合同.docx"), "x");
        String message = refused(project, documents, project.resolve("target/gongkai-cache"));
        assertTrue(message.contains("合同.docx") && message.contains("不是空目录"), message);
        assertTrue(Files.exists(documents.resolve("合同.docx")));
        Files.writeString(dir.resolve("home/user/a-file"), "x");
        assertTrue(refused(project, dir.resolve("home/user/a-file"), null).contains("不是目录"));
    }

    @Test
    void aNewAnEmptyOrAMarkedFolderMayBeReplaced() throws IOException {
        Path project = project();
        Path cache = project.resolve("target/gongkai-cache");
        assertDoesNotThrow(() -> OutputFolders.checkBuild(project, project.resolve("target/site"), cache));
        Path empty = Files.createDirectories(dir.resolve("www/empty"));
        assertDoesNotThrow(() -> OutputFolders.checkBuild(project, empty, cache));
        Path ours = Files.createDirectories(dir.resolve("www/ndbg"));
        Files.writeString(ours.resolve("index.html"), "旧站");
        Files.writeString(ours.resolve(OutputFolders.SITE_MARKER), "");
        assertDoesNotThrow(() -> OutputFolders.checkBuild(project, ours, cache));
    }

    @Test
    void aLinkDoesNotHideTheProject() throws IOException {
        Path project = project();
        Path link = Files.createSymbolicLink(dir.resolve("link-to-project"), project);
        assertTrue(refused(project, link, null).contains("上级目录"));
        Path reports = Files.createSymbolicLink(dir.resolve("link-to-reports"), project.resolve("reports"));
        assertTrue(refused(project, reports.resolve("site"), null).contains("输入 reports"));
    }

    @Test
    void theCacheIsNeverInsideTheSiteNorTheSiteInsideTheCache() throws IOException {
        Path project = project();
        Path site = project.resolve("target/site");
        assertTrue(refused(project, site, site.resolve("cache")).contains("会随网站一起发布"));
        assertTrue(refused(project, site, project.resolve("target")).contains("位于缓存目录"));
    }

    @Test
    void aCacheOfAnEarlierVersionIsOursAnyOtherFolderIsNot() throws IOException {
        Path project = project();
        Path cache = Files.createDirectories(project.resolve("target/gongkai-cache"));
        Files.writeString(cache.resolve("build-record"), "x");
        Files.writeString(cache.resolve("narratives.index"), "x");
        Files.writeString(cache.resolve("narratives-123.pack"), "x");
        assertDoesNotThrow(() -> OutputFolders.checkBuild(project, project.resolve("target/site"), cache));
        Files.writeString(cache.resolve("论文.docx"), "x");
        assertTrue(refused(project, project.resolve("target/site"), cache).contains("cacheDirectory"));
        OutputFolders.markCache(cache);
        assertDoesNotThrow(() -> OutputFolders.checkBuild(project, project.resolve("target/site"), cache));
    }

    @Test
    void anArchiveIsNeverWrittenIntoTheSiteNorOverAFileThatIsNotOurs() throws IOException {
        Path project = project();
        Path site = project.resolve("target/site");
        assertThrows(OutputRefused.class, () -> OutputFolders.checkArchive(project, site, site.resolve("a.zip"), f -> true));
        assertThrows(OutputRefused.class, () -> OutputFolders.checkArchive(project, site, project.resolve("pom.xml"),
                f -> false));
        assertThrows(OutputRefused.class, () -> OutputFolders.checkArchive(project, site, project.resolve("reports/a.zip"),
                f -> false));
        assertThrows(OutputRefused.class, () -> OutputFolders.checkArchive(project, site, project, f -> true));
        assertDoesNotThrow(() -> OutputFolders.checkArchive(project, site, project.resolve("target/a.zip"), f -> false));
        Path earlier = Files.writeString(Files.createDirectories(project.resolve("target")).resolve("b.zip"), "zip");
        assertDoesNotThrow(() -> OutputFolders.checkArchive(project, site, earlier, f -> true));
        assertThrows(OutputRefused.class, () -> OutputFolders.checkArchive(project, site, earlier, f -> false));
    }

    /** site:deploy to a folder of this machine writes beside what is there: never the root, home, project or site. */
    @Test
    void aLocalDeployFolderIsNeverTheRootHomeProjectItsInputsOrTheSite() throws IOException {
        Path project = project();
        Path site = project.resolve("target/site");
        for (Path folder : new Path[] {project.getRoot(), Path.of(System.getProperty("user.home")), project,
                project.getParent(), project.resolve("reports"), project.resolve("site.yaml"), site,
                site.resolve("ndbg"), project.resolve("target")}) {
            assertThrows(OutputRefused.class, () -> OutputFolders.checkDeployFolder(project, site, folder), folder.toString());
        }
        assertDoesNotThrow(() -> OutputFolders.checkDeployFolder(project, site, dir.resolve("srv/www/ndbg")));
        assertDoesNotThrow(() -> OutputFolders.checkDeployFolder(project, site, project.resolve("target/deployed")));
    }
}
