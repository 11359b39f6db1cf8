package io.github.gongkai.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.gongkai.testing.FolderHashes;
import io.github.gongkai.maven.DeployServers.Ftp;
import io.github.gongkai.maven.DeployServers.Ssh;
import io.github.gongkai.testing.Browser;
import io.github.gongkai.testing.NeedsBrowser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * {@code mvn site:deploy} as real child Maven processes (the plugin from the invoker's local
 * repository) publishing a copy of src/it/basic-site to a real OpenSSH server, a real pure-ftpd
 * and a folder ({@code file://}), with nginx serving the published folders over HTTP: pages
 * (Chinese paths included) are fetched and hashed; a second deploy after one report changed sends
 * exactly the files that changed; a deploy killed half-way (kill -9) leaves every file a reader
 * can fetch whole and the next deploy finishes it; a file someone else put beside the site
 * survives every deploy; wrong password, unknown host key, unreachable host and a read-only target
 * each fail with their Chinese message and no stack trace.
 */
class DeployMojoIT {

    private static final Path WORK = Path.of("target/deploy-it").toAbsolutePath();
    private static final Path SERVED = WORK.resolve("served");
    private static final Pattern SENT = Pattern.compile("已上传 / sent: (.+)$");
    private static final String CHINESE_PAGE = "附件/2018年/说明.html";
    private static final String REMOVED_PAGE = "附件/撤下的栏目/2017年/旧说明.html";
    private static final String FOREIGN = "别人的栏目/通知.html";
    private static final int BIG = 8 * 1024 * 1024;
    private static final int DOWNLOADS = 24;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private static DeployServers servers;
    private static Path project;
    private static Path settings;
    private static Path security;
    private static Path siteV1;
    private static Path siteV2;
    /** siteV2 with one more folder of pages, which the next deploy of siteV2 removes. */
    private static Path siteV2Plus;
    private static Ssh ssh;
    private static int http;

    @BeforeAll
    static void twoVersionsOfTheSiteAndTheServers() throws Exception {
        DeployServers.assumeInstalled(DeployServers.SSHD, "openssh-server");
        DeployServers.assumeInstalled(DeployServers.NGINX, "nginx");
        DeployServers.assumeInstalled(DeployServers.SSH_KEYGEN, "openssh-client");
        FolderHashes.deleteTree(WORK);
        Files.createDirectories(SERVED);
        servers = new DeployServers(WORK);
        ssh = servers.startSshd("sshd", false);
        http = servers.startNginx(SERVED);

        project = copyOfBasicSite();
        security = WORK.resolve("settings-security.xml");
        String master = lastLine(mvn(null, "--encrypt-master-password", "主密码-master").output());
        Files.writeString(security, "<settingsSecurity><master>" + master + "</master></settingsSecurity>\n");
        String passphrase = lastLine(mvn(null, "--encrypt-password", ssh.passphrase()).output());
        assertTrue(passphrase.startsWith("{") && passphrase.endsWith("}"), passphrase);
        writeSettings("""
                <server><id>portal</id><username>%s</username><privateKey>%s</privateKey><passphrase>%s</passphrase></server>
                <server><id>wrong-password</id><username>%s</username><password>不对的密码</password></server>
                """.formatted(System.getProperty("user.name"), ssh.userKey(), passphrase, System.getProperty("user.name")));
        // The site's own address, the Maven way: <distributionManagement><site>.
        Path pom = project.resolve("pom.xml");
        Files.writeString(pom, Files.readString(pom).replace("</build>", "</build>\n  <distributionManagement><site>"
                + "<id>portal</id><url>sftp://127.0.0.1:" + ssh.port() + SERVED.resolve("sftp").toUri().getRawPath()
                + "</url></site></distributionManagement>"));

        Result generate = mvn(project, "site:generate");
        assertTrue(generate.ok(), generate.output());
        siteV1 = snapshot("site-v1");
        Path narrative = project.resolve("reports/2018/pingshun.adoc");
        Files.writeString(narrative, Files.readString(narrative) + "\n部署测试：本段是第二版新增的。\n");
        generate = mvn(project, "site:generate");
        assertTrue(generate.ok(), generate.output());
        siteV2 = snapshot("site-v2");
        siteV2Plus = WORK.resolve("site-v2-plus");
        copy(siteV2, siteV2Plus);
        write(siteV2Plus.resolve(REMOVED_PAGE), "<!DOCTYPE html><html lang=\"zh-CN\"><title>旧</title><p>将被撤下</p></html>");
    }

    /**
     * Deploys siteV2Plus, then siteV2 again: the page siteV2 no longer has is deleted, and so are
     * the folders it leaves empty.
     */
    private static void aRemovedFolderGoesFromTheServer(Path server, String... deploy) throws Exception {
        Result plus = mvn(project, concat(deploy, "-Dgongkai.outputDirectory=" + siteV2Plus));
        assertTrue(plus.ok(), plus.output());
        assertEquals(Set.of(REMOVED_PAGE), plus.sent(), plus.output());
        assertTrue(Files.isRegularFile(server.resolve(REMOVED_PAGE)));
        Result back = mvn(project, concat(deploy, "-Dgongkai.outputDirectory=" + siteV2));
        assertTrue(back.ok(), back.output());
        assertFalse(Files.exists(server.resolve("附件/撤下的栏目")), back.output());
        assertTrue(back.output().contains("已删除空目录 / removed empty folder: 附件/撤下的栏目/"), back.output());
        assertTrue(Files.isDirectory(server.resolve("附件/2018年")), "the folder the site still uses stays");
    }

    private static String[] concat(String[] first, String last) {
        String[] all = java.util.Arrays.copyOf(first, first.length + 1);
        all[first.length] = last;
        return all;
    }

    @AfterAll
    static void stopServers() throws Exception {
        if (servers != null) {
            servers.close();
        }
    }

    @Test
    void sftpSendsOnlyWhatChangedAndLeavesOtherFilesAlone() throws Exception {
        Path server = SERVED.resolve("sftp");
        write(server.resolve(FOREIGN), "门户其它栏目的页面，不归本插件管。");
        byte[] foreign = Files.readAllBytes(server.resolve(FOREIGN));

        Result first = mvn(project, "site:deploy", "-Dgongkai.outputDirectory=" + siteV1,
                "-Dgongkai.knownHosts=" + ssh.knownHosts());
        assertTrue(first.ok(), first.output());
        assertEquals(sums(siteV1).keySet(), first.sent());
        assertServed("sftp", siteV1);
        assertTrue(get("sftp/" + CHINESE_PAGE).body().contains("中文路径的页面"));

        Result dryRun = mvn(project, "site:deploy", "-Dgongkai.outputDirectory=" + siteV2,
                "-Dgongkai.knownHosts=" + ssh.knownHosts(), "-Dgongkai.dryRun=true");
        assertTrue(dryRun.ok(), dryRun.output());
        assertTrue(dryRun.output().contains("将上传 / would send: ndbg/2018/pingshun.html（已修改）"), dryRun.output());
        assertServed("sftp", siteV1);

        Result second = mvn(project, "site:deploy", "-Dgongkai.outputDirectory=" + siteV2,
                "-Dgongkai.knownHosts=" + ssh.knownHosts());
        assertTrue(second.ok(), second.output());
        Set<String> changed = changed(siteV1, siteV2);
        assertTrue(changed.contains("ndbg/2018/pingshun.html"), changed.toString());
        assertFalse(changed.contains("ndbg/2017/fgj.html"), changed.toString());
        assertTrue(changed.size() < sums(siteV2).size() / 2, changed.toString());
        assertEquals(changed, second.sent(), second.output());
        assertTrue(second.output().contains("部署完成 / deployed：上传 " + changed.size() + " 个文件"), second.output());
        assertServed("sftp", siteV2);
        assertTrue(get("sftp/ndbg/2018/pingshun.html").body().contains("部署测试：本段是第二版新增的。"));
        assertEquals(HexFormat.of().formatHex(foreign), HexFormat.of().formatHex(Files.readAllBytes(server.resolve(FOREIGN))));

        Result again = mvn(project, "site:deploy", "-Dgongkai.outputDirectory=" + siteV2,
                "-Dgongkai.knownHosts=" + ssh.knownHosts());
        assertTrue(again.ok(), again.output());
        assertEquals(Set.of(), again.sent());
        assertTrue(again.output().contains("已是最新"), again.output());

        aRemovedFolderGoesFromTheServer(server, "site:deploy", "-Dgongkai.knownHosts=" + ssh.knownHosts());
        assertServed("sftp", siteV2);
    }

    @Test
    @NeedsBrowser
    void pagesDeployedToAChineseFolderWorkInABrowserFromTheWebServer() throws Exception {
        String folder = "浏览器/年报";
        Path server = SERVED.resolve(folder);
        Result deploy = mvn(project, "site:deploy", "-Dgongkai.outputDirectory=" + siteV2,
                "-Dgongkai.deployUrl=sftp://127.0.0.1:" + ssh.port() + server.toUri().getRawPath(),
                "-Dgongkai.knownHosts=" + ssh.knownHosts());
        assertTrue(deploy.ok(), deploy.output());
        try (Browser browser = Browser.open(1280, 900)) {
            WebDriver page = browser.driver();
            page.get(url(folder + "/index.html"));
            assertEquals(Boolean.TRUE, browser.script("return [...document.styleSheets].length > 0"
                    + " && [...document.styleSheets].every(s => s.cssRules.length > 0)"), "the theme's CSS is served");
            // From the home page to the report through the site's own search, as a reader would.
            page.get(url(folder + "/search.html"));
            WebElement box = page.findElement(By.id("search-q"));
            box.sendKeys("明显的效果");
            box.sendKeys(Keys.ENTER);
            new WebDriverWait(page, Duration.ofSeconds(30)).until(d -> !d.findElements(By.cssSelector("#search-results li > a")).isEmpty());
            page.findElement(By.cssSelector("#search-results li > a")).click();
            assertEquals("平顺街道办事处2018年政府信息公开工作年度报告", page.findElement(By.tagName("h1")).getText());
            assertTrue(page.findElement(By.tagName("body")).getText().contains("部署测试：本段是第二版新增的。"));
            assertEquals(url(folder + "/ndbg/2018/pingshun.html"), page.getCurrentUrl());
            assertEquals(List.of(), browser.consoleErrors());
            // The test's own page at a Chinese path (it has no favicon link: the browser's 404 for
            // /favicon.ico is not the site's).
            page.get(url(folder + "/" + CHINESE_PAGE));
            assertEquals("中文路径的页面", page.findElement(By.tagName("p")).getText());
        }
    }

    @Test
    void aDeployKilledHalfWayLeavesWholeFilesAndTheNextOneFinishesIt() throws Exception {
        Path server = SERVED.resolve("killed");
        String url = "-Dgongkai.deployUrl=sftp://127.0.0.1:" + ssh.port() + server.toUri().getRawPath();
        String known = "-Dgongkai.knownHosts=" + ssh.knownHosts();
        write(server.resolve(FOREIGN), "别人的文件");
        Result first = mvn(project, "site:deploy", url, known, "-Dgongkai.outputDirectory=" + siteV1);
        assertTrue(first.ok(), first.output());

        // The new version brings large downloads, sent before the pages: the deploy is killed
        // while one of them is a quarter written (8 MiB files, more than the SSH window in flight).
        Path siteV3 = WORK.resolve("site-v3");
        copy(siteV2, siteV3);
        Random random = new Random(21);
        byte[] data = new byte[BIG];
        for (int i = 0; i < DOWNLOADS; i++) {
            random.nextBytes(data);
            write(siteV3.resolve(String.format("下载/表格-%03d.bin", i)), data);
        }
        // ... and a page listing them, linked from the home page: pages must arrive after what they link to.
        StringBuilder list = new StringBuilder("<!DOCTYPE html><html lang=\"zh-CN\"><title>下载</title><ul>");
        for (int i = 0; i < DOWNLOADS; i++) {
            list.append(String.format("<li><a href=\"表格-%03d.bin\">表格 %d</a>", i, i));
        }
        write(siteV3.resolve("下载/index.html"), list.append("</ul></html>").toString());
        Path home = siteV3.resolve("index.html");
        Files.writeString(home, Files.readString(home).replace("</body>", "<a href=\"下载/index.html\">下载</a></body>"));
        assertTrue(Files.readString(home).contains("下载/index.html"));
        Map<String, String> v1 = sums(siteV1);
        Map<String, String> v3 = sums(siteV3);

        Process deploy = start(project, "site:deploy", url, known, "-Dgongkai.outputDirectory=" + siteV3);
        Thread drain = new Thread(() -> { // its output, so that it never waits on a full pipe
            try {
                deploy.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
            } catch (IOException e) {
                // killed
            }
        });
        drain.setDaemon(true);
        drain.start();
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (!halfWritten(server.resolve("下载")) && deploy.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
        assertTrue(deploy.isAlive(), "the deploy ended before it could be killed: give the test site more bytes");
        deploy.descendants().forEach(ProcessHandle::destroyForcibly);
        deploy.destroyForcibly(); // kill -9
        assertTrue(deploy.waitFor(30, TimeUnit.SECONDS));
        Thread.sleep(1000); // what the server had received is written
        int uploaded = count(server.resolve("下载"));
        assertTrue(uploaded < DOWNLOADS, "killed half-way: " + uploaded + " of " + DOWNLOADS + " downloads are there");

        // Every file a reader can fetch is whole: the old or the new version, never a part.
        Map<String, String> onServer = sums(server);
        for (Map.Entry<String, String> file : onServer.entrySet()) {
            String path = file.getKey();
            if (isOurs(path)) {
                HttpResponse<byte[]> response = getBytes("killed/" + path);
                assertEquals(200, response.statusCode(), path);
                String hash = FolderHashes.sha256(response.body());
                assertTrue(hash.equals(v1.get(path)) || hash.equals(v3.get(path)), "a part of a file is served: " + path);
            }
        }
        assertLinksResolve("killed", onServer.keySet());

        Result finish = mvn(project, "site:deploy", url, known, "-Dgongkai.outputDirectory=" + siteV3);
        assertTrue(finish.ok(), finish.output());
        assertTrue(finish.output().contains("上次部署没有完成"), finish.output());
        assertServed("killed", siteV3);
        assertEquals("别人的文件", Files.readString(server.resolve(FOREIGN)));
        assertTrue(sums(server).keySet().stream().noneMatch(p -> p.endsWith(".gongkai-upload")),
                sums(server).keySet().toString());

        // Back to the version without the downloads: ours are deleted, the other file stays.
        Result back = mvn(project, "site:deploy", url, known, "-Dgongkai.outputDirectory=" + siteV2);
        assertTrue(back.ok(), back.output());
        assertEquals(0, count(server.resolve("下载")));
        assertTrue(back.output().contains("删除 " + (DOWNLOADS + 1) + " 个"), back.output());
        assertServed("killed", siteV2);
        assertEquals("别人的文件", Files.readString(server.resolve(FOREIGN)));
        FolderHashes.deleteTree(siteV3);
    }

    @Test
    void errorsSayWhatIsWrongInChinese() throws Exception {
        String site = "-Dgongkai.outputDirectory=" + siteV1;
        String url = "-Dgongkai.deployUrl=sftp://127.0.0.1:" + ssh.port() + SERVED.resolve("errors").toUri().getRawPath();

        Path empty = Files.writeString(WORK.resolve("empty_known_hosts"), "");
        Result unknownKey = mvn(project, "site:deploy", site, url, "-Dgongkai.knownHosts=" + empty);
        List<String> fingerprints = new ArrayList<>();
        for (Path key : ssh.hostKeys()) {
            fingerprints.add(DeployServers.run(WORK, null, DeployServers.SSH_KEYGEN.toString(), "-l", "-f",
                    key.toString()).split(" ")[1]);
        }
        String fingerprint = fingerprints.get(0); // Ed25519's
        assertFailed(unknownKey, "服务器 127.0.0.1:" + ssh.port() + " 的主机密钥不在 " + empty + " 中");
        assertTrue(fingerprints.stream().anyMatch(f -> unknownKey.output().contains("它的指纹是 " + f)),
                fingerprints + "\n" + unknownKey.output());
        assertEquals("", Files.readString(empty), "no silent trust: known_hosts is not written");

        Path otherKey = WORK.resolve("other_host_key");
        Files.deleteIfExists(otherKey);
        DeployServers.run(WORK, null, DeployServers.SSH_KEYGEN.toString(), "-q", "-t", "ed25519", "-N", "", "-f",
                otherKey.toString());
        String[] other = Files.readString(WORK.resolve("other_host_key.pub")).split(" ");
        Path changedHosts = Files.writeString(WORK.resolve("changed_known_hosts"),
                "[127.0.0.1]:" + ssh.port() + " " + other[0] + " " + other[1] + "\n");
        Result changed = mvn(project, "site:deploy", site, url, "-Dgongkai.knownHosts=" + changedHosts);
        assertFailed(changed, "警告：服务器 127.0.0.1:" + ssh.port() + " 的主机密钥与 " + changedHosts
                + " 中记录的不同 / HOST KEY CHANGED，部署已停止。它现在的指纹是 " + fingerprint);

        Result password = mvn(project, "site:deploy", site, url, "-Dgongkai.knownHosts=" + ssh.knownHosts(),
                "-Dgongkai.serverId=wrong-password");
        assertFailed(password, "服务器 127.0.0.1:" + ssh.port() + " 拒绝了用户 " + System.getProperty("user.name")
                + " 的登录 / login refused：用户名、密码或密钥不对");

        writeSettings("<server><id>wrong-passphrase</id><username>" + System.getProperty("user.name") + "</username>"
                + "<privateKey>" + ssh.userKey() + "</privateKey><passphrase>不对的口令</passphrase></server>\n");
        Result passphrase = mvn(project, "site:deploy", site, url, "-Dgongkai.knownHosts=" + ssh.knownHosts(),
                "-Dgongkai.serverId=wrong-passphrase");
        assertFailed(passphrase, "无法读取私钥 " + ssh.userKey() + " / cannot load the private key：口令（<passphrase>）可能不对");

        int closed = DeployServers.freePort();
        Result unreachable = mvn(project, "site:deploy", site, "-Dgongkai.deployUrl=sftp://127.0.0.1:" + closed + "/srv",
                "-Dgongkai.knownHosts=" + ssh.knownHosts());
        assertFailed(unreachable, "无法连接服务器 127.0.0.1:" + closed + " / cannot connect");

        Ssh readOnly = servers.startSshd("sshd-read-only", true);
        Path target = SERVED.resolve("read-only");
        Files.createDirectories(target);
        writeSettings("<server><id>read-only</id><username>" + System.getProperty("user.name") + "</username><privateKey>"
                + readOnly.userKey() + "</privateKey><passphrase>" + readOnly.passphrase() + "</passphrase></server>\n");
        Result denied = mvn(project, "site:deploy", site, "-Dgongkai.serverId=read-only",
                "-Dgongkai.deployUrl=sftp://127.0.0.1:" + readOnly.port() + target.toUri().getRawPath(),
                "-Dgongkai.knownHosts=" + readOnly.knownHosts());
        assertFailed(denied, "没有权限写入 sftp://127.0.0.1:" + readOnly.port() + target + "/.SHA256SUMS.pending");
        try (Stream<Path> files = Files.list(target)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void ftpWithAnEncryptedPasswordSendsOnlyWhatChanged() throws Exception {
        DeployServers.assumeInstalled(DeployServers.PURE_FTPD, "pure-ftpd");
        assumeTrue(DeployServers.root(), "pure-ftpd 需要以 root 运行，跳过 / skipped: pure-ftpd needs root");
        Path home = SERVED.resolve("ftp");
        Ftp ftp = servers.startPureFtpd("pure-ftpd", home);
        Path foreign = home.resolve("ndbg/" + FOREIGN);
        write(foreign, "别人的文件");
        DeployServers.run(WORK, null, "chown", "-R", "nobody:nogroup", home.toString());
        String password = lastLine(mvn(null, "--encrypt-password", ftp.password()).output());
        writeSettings("<server><id>ftp</id><username>" + ftp.user() + "</username><password>" + password
                + "</password></server>\n<server><id>ftp-wrong</id><username>" + ftp.user()
                + "</username><password>不对的密码</password></server>\n");
        String url = "-Dgongkai.deployUrl=ftp://127.0.0.1:" + ftp.port() + "/ndbg";

        Result first = mvn(project, "site:deploy", url, "-Dgongkai.serverId=ftp", "-Dgongkai.outputDirectory=" + siteV1);
        assertTrue(first.ok(), first.output());
        assertEquals(sums(siteV1).keySet(), first.sent());
        assertServed("ftp/ndbg", siteV1);
        Result second = mvn(project, "site:deploy", url, "-Dgongkai.serverId=ftp", "-Dgongkai.outputDirectory=" + siteV2);
        assertTrue(second.ok(), second.output());
        assertEquals(changed(siteV1, siteV2), second.sent());
        assertServed("ftp/ndbg", siteV2);
        assertEquals("别人的文件", Files.readString(foreign));
        aRemovedFolderGoesFromTheServer(home.resolve("ndbg"), "site:deploy", url, "-Dgongkai.serverId=ftp");

        Result wrong = mvn(project, "site:deploy", url, "-Dgongkai.serverId=ftp-wrong", "-Dgongkai.outputDirectory=" + siteV1);
        assertFailed(wrong, "FTP 服务器 127.0.0.1:" + ftp.port() + " 拒绝了用户 gongkai 的登录 / login refused");

        Files.createDirectories(home.resolve("只读"));
        DeployServers.run(WORK, null, "chown", "root:root", home.resolve("只读").toString());
        DeployServers.run(WORK, null, "chmod", "555", home.resolve("只读").toString());
        Result denied = mvn(project, "site:deploy", "-Dgongkai.deployUrl=ftp://127.0.0.1:" + ftp.port() + "/只读",
                "-Dgongkai.serverId=ftp", "-Dgongkai.outputDirectory=" + siteV1);
        assertFailed(denied, "没有权限写入 ftp://127.0.0.1:" + ftp.port() + "/只读/.SHA256SUMS.pending");

        // FTPS: the same user on a server that requires TLS; its self-signed certificate is trusted
        // only through the trust store named in MAVEN_OPTS, as docs/zh/deploy.md tells.
        DeployServers.Certificate certificate = servers.certificate("ftps-certificate");
        Ftp ftps = servers.startPureFtpd("pure-ftpd-tls", home, certificate);
        String tlsUrl = "-Dgongkai.deployUrl=ftps://127.0.0.1:" + ftps.port() + "/加密";
        Result untrusted = mvn(project, "site:deploy", tlsUrl, "-Dgongkai.serverId=ftp", "-Dgongkai.outputDirectory=" + siteV1);
        assertFailed(untrusted, "与 FTPS 服务器 127.0.0.1:" + ftps.port() + " 建立加密连接失败");
        Result trusted = mvnWith(Map.of("MAVEN_OPTS", "-Djavax.net.ssl.trustStore=" + certificate.trustStore()
                + " -Djavax.net.ssl.trustStorePassword=changeit"), project, "site:deploy", tlsUrl, "-Dgongkai.serverId=ftp",
                "-Dgongkai.outputDirectory=" + siteV1);
        assertTrue(trusted.ok(), trusted.output());
        assertServed("ftp/加密", siteV1);
    }

    /** Addresses a user may mistype: refused before anything is written, and a typed password never repeated. */
    @Test
    void aLocalDeployToTheRootOrTheProjectIsRefusedAndATypedPasswordNeverShown() throws Exception {
        Result root = mvn(project, "site:deploy", "-Dgongkai.deployUrl=file:///", "-Dgongkai.outputDirectory=" + siteV1);
        assertFailed(root, "部署目录 deployUrl（/）是文件系统的根目录");
        assertFalse(Files.exists(Path.of("/SHA256SUMS")) || Files.exists(Path.of("/.SHA256SUMS.pending")));
        Result self = mvn(project, "site:deploy", "-Dgongkai.deployUrl=" + project.toUri(), "-Dgongkai.outputDirectory=" + siteV1);
        assertFailed(self, "是站点项目本身或其上级目录");
        assertFalse(Files.exists(project.resolve(".SHA256SUMS.pending")) || Files.exists(project.resolve("index.html")));
        Result typed = mvn(project, "site:deploy", "-Dgongkai.deployUrl=sftp://deploy:Pa55-word@/srv/www");
        assertFailed(typed, "部署地址 sftp://deploy:***@/srv/www 缺少服务器名");
        assertFalse(typed.output().contains("Pa55-word"), typed.output());
    }

    /** A manifest on the server that lists a file outside the deploy folder (edited by hand, or planted). */
    @Test
    void aManifestLeadingOutOfTheDeployFolderStopsTheDeployAndDeletesNothing() throws Exception {
        Path share = SERVED.resolve("被改过的清单");
        Path victim = SERVED.resolve("清单之外.txt");
        write(victim, "别人的文件");
        write(share.resolve("SHA256SUMS"), "a".repeat(64) + "  ../清单之外.txt\n");
        Result deploy = mvn(project, "site:deploy", "-Dgongkai.deployUrl=" + share.toUri(),
                "-Dgongkai.outputDirectory=" + siteV1);
        assertFailed(deploy, "第 1 行的路径“../清单之外.txt”指向部署目录之外");
        assertEquals("别人的文件", Files.readString(victim));
        try (Stream<Path> files = Files.list(share)) {
            assertEquals(List.of(share.resolve("SHA256SUMS")), files.toList(), "nothing sent");
        }
    }

    @Test
    void fileUrlToAMountedShare() throws Exception {
        Path share = SERVED.resolve("共享目录");
        write(share.resolve(FOREIGN), "别人的文件");
        String url = "-Dgongkai.deployUrl=" + share.toUri();
        Result first = mvn(project, "site:deploy", url, "-Dgongkai.outputDirectory=" + siteV1);
        assertTrue(first.ok(), first.output());
        assertServed("共享目录", siteV1);
        Result second = mvn(project, "site:deploy", url, "-Dgongkai.outputDirectory=" + siteV2);
        assertTrue(second.ok(), second.output());
        assertEquals(changed(siteV1, siteV2), second.sent());
        assertServed("共享目录", siteV2);
        assertEquals("别人的文件", Files.readString(share.resolve(FOREIGN)));
        if (!DeployServers.root()) { // root writes through any permission
            Path readOnly = Files.createDirectories(SERVED.resolve("file-read-only"));
            assertTrue(readOnly.toFile().setWritable(false, false));
            Result denied = mvn(project, "site:deploy", "-Dgongkai.deployUrl=" + readOnly.toUri(),
                    "-Dgongkai.outputDirectory=" + siteV1);
            assertFailed(denied, "没有权限写入 file://" + readOnly);
        }
    }

    @Test
    void aFullDiskAndAReadOnlyMountAreNamed() throws Exception {
        assumeTrue(DeployServers.root(), "挂载测试用的 tmpfs 需要 root，跳过 / skipped: mounting a tmpfs needs root");
        Path full = Files.createDirectories(SERVED.resolve("满了"));
        assumeTrue(mount(full, "size=48k"), "无法挂载 tmpfs，跳过 / skipped: this machine cannot mount a tmpfs");
        try {
            Result file = mvn(project, "site:deploy", "-Dgongkai.deployUrl=" + full.toUri(),
                    "-Dgongkai.outputDirectory=" + siteV1);
            assertFailed(file, "磁盘空间不足，无法写入 file://" + full + "/");
            Result sftp = mvn(project, "site:deploy", "-Dgongkai.outputDirectory=" + siteV1,
                    "-Dgongkai.deployUrl=sftp://127.0.0.1:" + ssh.port() + full.toUri().getRawPath(),
                    "-Dgongkai.knownHosts=" + ssh.knownHosts());
            // OpenSSH's SFTP 3 says only "Failure" for a full disk: the message names the likely cause.
            assertFailed(sftp, "服务器拒绝写入 sftp://127.0.0.1:" + ssh.port() + full + "/");
            assertTrue(sftp.output().contains("常见原因是服务器磁盘已满"), sftp.output());
            // What did arrive is whole.
            Map<String, String> v1 = sums(siteV1);
            sums(full).forEach((path, hash) -> {
                if (isOurs(path)) {
                    assertEquals(v1.get(path), hash, path);
                }
            });
        } finally {
            DeployServers.run(WORK, null, "umount", full.toString());
        }

        if (Files.isExecutable(DeployServers.PURE_FTPD)) {
            Path ftpFull = Files.createDirectories(SERVED.resolve("ftp-满了"));
            assumeTrue(mount(ftpFull, "size=48k"), "无法挂载 tmpfs，跳过 / skipped: this machine cannot mount a tmpfs");
            try {
                Ftp ftp = servers.startPureFtpd("pure-ftpd-full", ftpFull);
                writeSettings("<server><id>ftp-full</id><username>" + ftp.user() + "</username><password>"
                        + ftp.password() + "</password></server>\n");
                Result result = mvn(project, "site:deploy", "-Dgongkai.outputDirectory=" + siteV1,
                        "-Dgongkai.deployUrl=ftp://127.0.0.1:" + ftp.port() + "/", "-Dgongkai.serverId=ftp-full");
                // pure-ftpd answers a full disk with "451 Error during write to file".
                assertFailed(result, "FTP 服务器写入出错，无法写入 ftp://127.0.0.1:" + ftp.port() + "/");
                assertFalse(result.output().contains(ftp.port() + "//"), result.output());
                assertTrue(result.output().contains("常见原因是服务器磁盘已满"), result.output());
            } finally {
                DeployServers.run(WORK, null, "umount", "-l", ftpFull.toString());
            }
        }

        Path readOnly = Files.createDirectories(SERVED.resolve("只读挂载"));
        assumeTrue(mount(readOnly, "ro,size=64k"), "无法挂载 tmpfs，跳过 / skipped: this machine cannot mount a tmpfs");
        try {
            Result file = mvn(project, "site:deploy", "-Dgongkai.deployUrl=" + readOnly.toUri(),
                    "-Dgongkai.outputDirectory=" + siteV1);
            assertFailed(file, "没有权限写入 file://" + readOnly + "/.SHA256SUMS.pending.gongkai-upload / permission denied："
                    + "部署目录不可写（文件系统是只读的）");
        } finally {
            DeployServers.run(WORK, null, "umount", readOnly.toString());
        }
    }

    private static boolean mount(Path folder, String options) throws InterruptedException {
        try {
            DeployServers.run(WORK, null, "mount", "-t", "tmpfs", "-o", options, "tmpfs", folder.toString());
            return true;
        } catch (IOException | AssertionError e) {
            return false;
        }
    }

    // --- the served site -------------------------------------------------------------------

    /** nginx serves every file of {@code site} under {@code folder}, byte for byte, and the manifest lists them. */
    private static void assertServed(String folder, Path site) throws Exception {
        Map<String, String> expected = sums(site);
        for (Map.Entry<String, String> file : expected.entrySet()) {
            HttpResponse<byte[]> response = getBytes(folder + "/" + file.getKey());
            assertEquals(200, response.statusCode(), folder + "/" + file.getKey());
            assertEquals(file.getValue(), FolderHashes.sha256(response.body()), folder + "/" + file.getKey());
        }
        String manifest = new String(getBytes(folder + "/SHA256SUMS").body(), StandardCharsets.UTF_8);
        String lines = expected.entrySet().stream().map(e -> e.getValue() + "  " + e.getKey() + "\n")
                .collect(Collectors.joining());
        assertEquals(lines, manifest);
    }

    /** Every local link of every served page leads to a file that is served. */
    private static void assertLinksResolve(String folder, Set<String> files) throws Exception {
        for (String path : files) {
            if (!path.endsWith(".html") || !isOurs(path)) {
                continue;
            }
            String page = url(folder + "/" + path);
            Document document = Jsoup.parse(new String(getBytes(folder + "/" + path).body(), StandardCharsets.UTF_8), page);
            for (Element link : document.select("a[href], link[href], script[src], img[src]")) {
                String target = link.hasAttr("href") ? link.attr("abs:href") : link.attr("abs:src");
                if (!target.startsWith("http://127.0.0.1:" + http + "/")) {
                    continue;
                }
                target = target.replaceAll("#.*$", "").replaceAll("\\?.*$", "");
                HttpResponse<byte[]> response = HTTP.send(HttpRequest.newBuilder(URI.create(target)).build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                assertEquals(200, response.statusCode(), path + " links to " + target);
            }
        }
    }

    private static boolean isOurs(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return !name.startsWith(".") && !path.startsWith("SHA256SUMS") && !path.startsWith("别人的栏目/");
    }

    private static String url(String path) throws Exception {
        return new URI("http", null, "127.0.0.1", http, "/" + path, null, null).toASCIIString();
    }

    private static HttpResponse<byte[]> getBytes(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    // --- Maven runs ------------------------------------------------------------------------

    private record Result(int exit, String output) {
        boolean ok() {
            return exit == 0;
        }

        /** The files the deploy listed as sent. */
        Set<String> sent() {
            Set<String> sent = new TreeSet<>();
            for (String line : output.split("\n")) {
                Matcher matcher = SENT.matcher(line.strip());
                if (matcher.find()) {
                    sent.add(matcher.group(1).strip());
                }
            }
            return sent;
        }
    }

    private static void assertFailed(Result result, String message) {
        assertFalse(result.ok(), result.output());
        assertTrue(result.output().contains(message), "expected: " + message + "\n" + result.output());
        assertFalse(result.output().contains("\tat ") || result.output().contains("Exception:"),
                "no stack trace for a user error:\n" + result.output());
    }

    private static Result mvn(Path directory, String... arguments) throws Exception {
        return mvnWith(Map.of(), directory, arguments);
    }

    private static Result mvnWith(Map<String, String> environment, Path directory, String... arguments) throws Exception {
        Process process = start(environment, directory, arguments);
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            reader.lines().forEach(lines::add);
        }
        assertTrue(process.waitFor(300, TimeUnit.SECONDS), "mvn did not end");
        String output = String.join("\n", lines);
        Files.writeString(WORK.resolve("last-mvn.log"), String.join(" ", arguments) + "\n" + output); // for a failing run
        return new Result(process.exitValue(), output);
    }

    private static Process start(Path directory, String... arguments) throws IOException {
        return start(Map.of(), directory, arguments);
    }

    private static Process start(Map<String, String> environment, Path directory, String... arguments) throws IOException {
        boolean windows = System.getProperty("os.name").startsWith("Windows");
        Path mvn = Path.of(System.getProperty("maven.home"), "bin", windows ? "mvn.cmd" : "mvn");
        List<String> command = new ArrayList<>(List.of(mvn.toString(), "-B", "-ntp", "-Dstyle.color=never",
                "-Dmaven.repo.local=" + Path.of("target/local-repo").toAbsolutePath()));
        if (settings != null) {
            command.addAll(List.of("-s", settings.toString()));
        }
        if (security != null && Files.exists(security)) {
            command.add("-Dsettings.security=" + security);
        }
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .directory((directory == null ? WORK : directory).toFile());
        builder.environment().remove("MAVEN_OPTS");
        builder.environment().putAll(environment);
        return builder.start();
    }

    /** The encrypted value {@code mvn --encrypt-password} printed. */
    private static String lastLine(String output) {
        Matcher encrypted = Pattern.compile("\\{[A-Za-z0-9+/=]+\\}").matcher(output);
        assertTrue(encrypted.find(), output);
        return encrypted.group();
    }

    private static void writeSettings(String servers) throws IOException {
        Path file = WORK.resolve("settings.xml");
        String outer = Path.of(System.getProperty("gongkai.it.outerRepository")).toUri().toString();
        String base = Files.exists(file) ? Files.readString(file)
                : Files.readString(Path.of("src/it/settings.xml")).replace("@localRepositoryUrl@", outer)
                        .replace("<profiles>", "<servers>\n</servers>\n  <profiles>");
        Files.writeString(file, base.replace("</servers>", servers + "</servers>"));
        settings = file;
    }

    // --- files -----------------------------------------------------------------------------

    private static Path copyOfBasicSite() throws IOException {
        Path from = Path.of(System.getProperty("gongkai.it.dir", "target/it")).resolve("basic-site");
        Path to = WORK.resolve("basic-site");
        for (String file : List.of("pom.xml", "site.yaml", "bodies.yaml", "reports/2018/pingshun.adoc",
                "reports/2018/pingshun.yaml", "reports/2017/fgj.md")) {
            Files.createDirectories(to.resolve(file).getParent());
            Files.copy(from.resolve(file), to.resolve(file));
        }
        return to;
    }

    /** The generated site as it is now, plus a page under a Chinese path (an attachment a county adds). */
    private static Path snapshot(String name) throws IOException {
        Path to = WORK.resolve(name);
        copy(project.resolve("target/site"), to);
        write(to.resolve(CHINESE_PAGE), "<!DOCTYPE html><html lang=\"zh-CN\"><title>说明</title><p>中文路径的页面</p></html>");
        return to;
    }

    private static Set<String> changed(Path before, Path after) throws Exception {
        Map<String, String> old = sums(before);
        Set<String> changed = new TreeSet<>();
        sums(after).forEach((path, hash) -> {
            if (!hash.equals(old.get(path))) {
                changed.add(path);
            }
        });
        return changed;
    }

    /** Path → SHA-256 of every file under {@code root}, in UTF-8 byte order (as the manifest). */
    private static Map<String, String> sums(Path root) throws Exception {
        Map<String, String> sums = new TreeMap<>((a, b) -> java.util.Arrays.compareUnsigned(
                a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8)));
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                sums.put(root.relativize(file).toString().replace('\\', '/'), FolderHashes.sha256(Files.readAllBytes(file)));
            }
        }
        return sums;
    }


    /** A file in the folder (under any name) that has a part of its bytes: the moment to kill the deploy. */
    private static boolean halfWritten(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.anyMatch(file -> {
                long size = file.toFile().length();
                return size > 0 && size < BIG / 4;
            });
        }
    }

    private static int count(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return (int) files.filter(f -> !f.getFileName().toString().startsWith(".")).count();
        }
    }

    private static void write(Path file, String content) throws IOException {
        write(file, content.getBytes(StandardCharsets.UTF_8));
    }

    private static void write(Path file, byte[] content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, content);
    }

    private static void copy(Path from, Path to) throws IOException {
        FolderHashes.deleteTree(to);
        try (Stream<Path> files = Files.walk(from)) {
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
}
