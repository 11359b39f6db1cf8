package io.github.gongkai.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.diagnostic.BuildLog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeployerTest {

    @TempDir
    Path temp;

    private final List<String> lines = new ArrayList<>();
    private final BuildLog log = new BuildLog() {
        @Override
        public void info(String message) {
            lines.add(message);
        }

        @Override
        public void warn(String message) {
            lines.add(message);
        }
    };

    private Path site() throws IOException {
        Path site = temp.resolve("site");
        write(site, "index.html", "<a href=\"ndbg/index.html\">年报</a>");
        write(site, "ndbg/index.html", "<a href=\"2018/pingshun.html\">平顺</a>");
        write(site, "ndbg/2018/pingshun.html", "平顺 2018");
        write(site, "ndbg/2017/fgj.html", "发改局 2017");
        write(site, "assets/site.css", "body{}");
        write(site, "search-index.js", "[]");
        write(site, "附件/说明.html", "中文路径");
        return site;
    }

    private static void write(Path root, String path, String content) throws IOException {
        Files.createDirectories(root.resolve(path).getParent());
        Files.writeString(root.resolve(path), content);
    }

    private DeployAddress address() {
        return DeployAddress.parse(temp.resolve("server").toUri().toString());
    }

    private Deployer.Result deploy(Path site, Remote remote) {
        return new Deployer(log).deploy(site, remote, address(), false);
    }

    @Test
    void firstDeploySendsEverythingAndWritesTheManifestBesideOtherFiles() throws IOException {
        Path site = site();
        Path server = temp.resolve("server");
        write(server, "other/column.html", "别人的栏目");
        Deployer.Result result = deploy(site, new FileRemote(address()));
        assertEquals(7, result.sent().size());
        assertEquals("别人的栏目", Files.readString(server.resolve("other/column.html")));
        assertEquals("中文路径", Files.readString(server.resolve("附件/说明.html")));
        Map<String, String> manifest = Sums.parse(Files.readAllBytes(server.resolve(Deployer.MANIFEST)), "m");
        assertEquals(Sums.ofFolder(site), manifest);
        assertFalse(Files.exists(server.resolve(Deployer.PENDING)));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("部署完成")), lines.toString());
    }

    @Test
    void secondDeploySendsOnlyChangesAndDeletesOnlyOurRemovedFiles() throws IOException {
        Path site = site();
        Path server = temp.resolve("server");
        deploy(site, new FileRemote(address()));
        write(server, "ndbg/other.html", "别人放的");
        write(site, "ndbg/2018/pingshun.html", "平顺 2018 修订");
        Files.delete(site.resolve("ndbg/2017/fgj.html"));
        Deployer.Result result = deploy(site, new FileRemote(address()));
        assertEquals(List.of("ndbg/2018/pingshun.html"), result.sent());
        assertEquals(List.of("ndbg/2017/fgj.html"), result.removed());
        assertFalse(Files.exists(server.resolve("ndbg/2017/fgj.html")));
        assertEquals("别人放的", Files.readString(server.resolve("ndbg/other.html")));
        assertEquals("平顺 2018 修订", Files.readString(server.resolve("ndbg/2018/pingshun.html")));

        Deployer.Result again = deploy(site, new FileRemote(address()));
        assertEquals(List.of(), again.sent());
        assertEquals(List.of(), again.removed());
    }

    @Test
    void foldersLeftEmptyByRemovedFilesGoUnlessSomeoneElseHasAFileThere() throws IOException {
        Path site = site();
        write(site, "ndbg/2016/a/old.html", "2016");
        write(site, "ndbg/2015/old.html", "2015");
        Path server = temp.resolve("server");
        deploy(site, new FileRemote(address()));
        write(server, "ndbg/2015/别人的.txt", "别人放的");
        Files.createDirectories(server.resolve("ndbg/空的"));
        deleteTree(site.resolve("ndbg/2016"));
        deleteTree(site.resolve("ndbg/2015"));

        Deployer.Result result = deploy(site, new FileRemote(address()));
        assertEquals(List.of("ndbg/2015/old.html", "ndbg/2016/a/old.html"), result.removed());
        assertFalse(Files.exists(server.resolve("ndbg/2016")), "ndbg/2016/a/ and ndbg/2016/ held only our removed file");
        assertEquals("别人放的", Files.readString(server.resolve("ndbg/2015/别人的.txt")));
        assertTrue(Files.isDirectory(server.resolve("ndbg/空的")), "an empty folder we never used is not ours to remove");
        assertTrue(Files.isDirectory(server.resolve("ndbg/2018")));
        assertTrue(lines.contains("  已删除空目录 / removed empty folder: ndbg/2016/a/"), lines.toString());
        assertTrue(lines.contains("  已删除空目录 / removed empty folder: ndbg/2016/"), lines.toString());
    }

    private static void deleteTree(Path folder) throws IOException {
        try (var paths = Files.walk(folder)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    @Test
    void aFileOfSomeoneElseInTheWayStopsTheDeployBeforeAnyChange() throws IOException {
        Path site = site();
        Path server = temp.resolve("server");
        write(server, "index.html", "门户首页");
        DeployError error = assertThrows(DeployError.class, () -> deploy(site, new FileRemote(address())));
        assertTrue(error.getMessage().contains("不是 site:deploy 上传的"), error.getMessage());
        assertTrue(error.getMessage().contains("\n  index.html"), error.getMessage());
        assertEquals("门户首页", Files.readString(server.resolve("index.html")));
        try (var files = Files.walk(server)) {
            assertEquals(1, files.filter(Files::isRegularFile).count());
        }
    }

    @Test
    void aManifestListingAPathOutsideTheDeployFolderStopsTheDeployAndDeletesNothing() throws IOException {
        Path site = site();
        Path server = temp.resolve("server");
        write(temp, "victim.txt", "别人的文件");
        write(temp, "etc/victim.txt", "别人的文件");
        String sum = "a".repeat(64);
        for (String hostile : List.of("../victim.txt", "ndbg/../../victim.txt", temp.resolve("etc/victim.txt").toString(),
                "./index.html", "ndbg//x.html")) {
            write(server, Deployer.MANIFEST, sum + "  index.html\n" + sum + "  " + hostile + "\n");
            DeployError error = assertThrows(DeployError.class, () -> deploy(site, new FileRemote(address())), hostile);
            assertTrue(error.getMessage().contains("第 2 行的路径“" + hostile + "”指向部署目录之外"), error.getMessage());
            assertEquals("别人的文件", Files.readString(temp.resolve("victim.txt")));
            assertEquals("别人的文件", Files.readString(temp.resolve("etc/victim.txt")));
            try (var files = Files.walk(server)) {
                assertEquals(1, files.filter(Files::isRegularFile).count(), "nothing sent before the manifest is read");
            }
        }
    }

    @Test
    void dryRunChangesNothing() throws IOException {
        Path site = site();
        Deployer.Result result = new Deployer(log).deploy(site, new FileRemote(address()), address(), true);
        assertEquals(7, result.sent().size());
        assertFalse(Files.exists(temp.resolve("server")));
        assertTrue(lines.stream().anyMatch(l -> l.contains("将上传 / would send: 附件/说明.html（新增）")), lines.toString());
    }

    @Test
    void assetsGoFirstThenDeeperPagesThenTheFilesThatListPages() throws IOException {
        Deployer.Result result = new Deployer(log).deploy(site(), new FileRemote(address()), address(), true);
        assertEquals(List.of("assets/site.css", "ndbg/2017/fgj.html", "ndbg/2018/pingshun.html", "附件/说明.html",
                "ndbg/index.html", "index.html", "search-index.js"), result.sent());
    }

    @Test
    void anInterruptedDeployLeavesWholeFilesAndTheNextOneFinishes() throws IOException {
        Path site = site();
        Path server = temp.resolve("server");
        deploy(site, new FileRemote(address()));
        Map<String, String> before = Sums.ofFolder(server);
        write(site, "ndbg/2018/pingshun.html", "平顺 2018 修订");
        write(site, "assets/new.js", "new");
        write(site, "index.html", "<a href=\"ndbg/index.html\">年报</a> 新版");
        Files.delete(site.resolve("ndbg/2017/fgj.html"));
        Map<String, String> after = Sums.ofFolder(site);
        for (int cut = 0; cut < 12; cut++) {
            Path copy = temp.resolve("cut" + cut);
            copyTree(server, copy);
            DeployAddress there = DeployAddress.parse(copy.toUri().toString());
            Remote failing = new CutRemote(new FileRemote(there), cut);
            assertThrows(DeployError.class, () -> new Deployer(log).deploy(site, failing, there, false));
            // Every file a reader can fetch (not a hidden temporary one) is a whole old or new file.
            Sums.ofFolder(copy).forEach((path, hash) -> {
                if (!Deployer.name(path).startsWith(".") && !path.startsWith("SHA256SUMS")) {
                    assertTrue(hash.equals(before.get(path)) || hash.equals(after.get(path)), path);
                }
            });
            new Deployer(log).deploy(site, new FileRemote(there), there, false);
            Map<String, String> finished = Sums.ofFolder(copy);
            finished.keySet().removeIf(path -> Deployer.name(path).startsWith(".") || path.equals(Deployer.MANIFEST));
            assertEquals(after, finished, "cut after " + cut + " steps");
            assertEquals(after, Sums.parse(Files.readAllBytes(copy.resolve(Deployer.MANIFEST)), "m"));
        }
    }

    @Test
    void aLongDeployPrintsProgressLinesAndASummary() throws IOException {
        long[] now = {0};
        Deployer slow = new Deployer(log, () -> now[0] += 1_000_000_000L); // each look at the clock: a second later
        slow.deploy(site(), new FileRemote(address()), address(), false);
        List<String> progress = lines.stream().filter(l -> l.startsWith("已上传 / sent ")).toList();
        assertTrue(progress.size() >= 3, lines.toString());
        assertTrue(progress.get(progress.size() - 1).matches("已上传 / sent \\d/7 个文件，[0-9.]+ (B|KB)/[0-9.]+ B（\\d+%），"
                + "[0-9.]+ B/秒"), progress.toString());
        assertTrue(lines.get(lines.size() - 1).matches("部署完成 / deployed：上传 7 个文件（[0-9.]+ B），删除 0 个，0 个未变，"
                + "用时 [0-9.]+ 秒（[0-9.]+ B/秒） → file://.*"), lines.get(lines.size() - 1));
    }

    @Test
    void aFileCutHalfWayAndDroppedFromTheSiteLeavesNoTemporaryFileBehind() throws IOException {
        Path site = site();
        Path server = temp.resolve("server");
        deploy(site, new FileRemote(address()));
        write(site, "assets/big.js", "x".repeat(10_000));
        // the deploy folder, the pending manifest (upload, rename), assets/, then the upload of
        // assets/big.js is cut half-way: a part of it under its temporary name
        assertThrows(DeployError.class, () -> new Deployer(log).deploy(site, new CutRemote(new FileRemote(address()), 4),
                address(), false));
        assertTrue(Files.exists(server.resolve("assets/.big.js.gongkai-upload")));
        Files.delete(site.resolve("assets/big.js"));
        deploy(site, new FileRemote(address()));
        assertFalse(Files.exists(server.resolve("assets/.big.js.gongkai-upload")));
        assertFalse(Files.exists(server.resolve("assets/big.js")));
        assertFalse(Files.exists(server.resolve(Deployer.PENDING)));
    }

    @Test
    void addressesAreParsed() {
        DeployAddress sftp = DeployAddress.parse("sftp://deploy@www.example.gov.cn:2222/var/www/%E5%B9%B4%E6%8A%A5/");
        assertEquals("sftp", sftp.scheme());
        assertEquals(2222, sftp.port());
        assertEquals("deploy", sftp.user());
        assertEquals("/var/www/年报", sftp.path());
        assertEquals(21, DeployAddress.parse("ftp://example.gov.cn/年报").port());
        assertEquals("/年报", DeployAddress.parse("ftp://example.gov.cn/年报").path());
        assertEquals("ftp://example.gov.cn:21/a/b.html", DeployAddress.parse("ftp://example.gov.cn/").display("a/b.html"));
        assertEquals("ftp://example.gov.cn:21/年报/a.html", DeployAddress.parse("ftp://example.gov.cn/年报/").display("a.html"));
        DeployError error = assertThrows(DeployError.class, () -> DeployAddress.parse("http://example.gov.cn/"));
        assertTrue(error.getMessage().startsWith("无法识别的部署地址"), error.getMessage());
        // A password typed into the address is never repeated in a message (messages are logged and shared).
        for (String typed : new String[] {"ftpx://user:S3cret@host/x", "sftp://user:S3cret@host:port/x", "sftp://user:S3cret@/x",
                "sftp://user:S3 cr/et@h^st/x"}) {
            String message = assertThrows(DeployError.class, () -> DeployAddress.parse(typed), typed).getMessage();
            assertFalse(message.contains("S3"), message);
            assertTrue(message.contains("user:***@"), message);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (var files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }

    /** A remote that fails at its n-th changing step, as a cut network would; uploads stop half-way. */
    private static final class CutRemote implements Remote {
        private final Remote next;
        private int steps;

        CutRemote(Remote next, int steps) {
            this.next = next;
            this.steps = steps;
        }

        private void step() {
            if (steps-- <= 0) {
                throw new DeployError("连接中断（测试）");
            }
        }

        @Override
        public byte[] readIfExists(String path) {
            return next.readIfExists(path);
        }

        @Override
        public Set<String> list(String folder) {
            return next.list(folder);
        }

        @Override
        public void makeFolders(String folder) {
            step();
            next.makeFolders(folder);
        }

        @Override
        public void upload(Path local, String path, LongConsumer sent) {
            if (steps <= 0) {
                // half a file under its temporary name, then the cut
                try {
                    byte[] content = Files.readAllBytes(local);
                    Path half = Files.createTempFile("half", ".tmp");
                    Files.write(half, java.util.Arrays.copyOf(content, content.length / 2));
                    next.upload(half, path, sent);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }
            step();
            next.upload(local, path, sent);
        }

        @Override
        public void replace(String from, String to) {
            step();
            next.replace(from, to);
        }

        @Override
        public void delete(String path) {
            step();
            next.delete(path);
        }

        @Override
        public boolean removeIfEmpty(String folder) {
            step();
            return next.removeIfEmpty(folder);
        }

        @Override
        public void close() {
        }
    }

    @SuppressWarnings("unused")
    private static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
