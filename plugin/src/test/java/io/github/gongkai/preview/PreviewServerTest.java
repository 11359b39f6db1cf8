package io.github.gongkai.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import io.github.gongkai.output.SiteSnapshot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview server on loopback: files, types, the injected script, and nothing outside the site. */
class PreviewServerTest {

    @TempDir
    Path dir;
    private PreviewServer server;
    private final BuildState state = new BuildState();

    /** The website served: swapped whole, as the preview does after each build. */
    private volatile SiteSnapshot site;

    @BeforeEach
    void start() throws IOException {
        Files.writeString(dir.resolve("logo.png"), "PNG");
        Files.writeString(dir.resolve("secret.txt"), "secret");
        SiteSnapshot.Builder next = SiteSnapshot.EMPTY.next();
        next.write("index.html", utf8("<!DOCTYPE html><html><body><p>首页</p></body></html>"));
        next.write("ndbg/index.html", utf8("<html><body>年报</body></html>"));
        next.write("ndbg/2018/pingshun.csv", utf8("表,项目\r\n"));
        next.write("ndbg/2018/pingshun.json", utf8("{}"));
        next.write("a.svg", utf8("<svg/>"));
        next.write("附件 一/说明.txt", utf8("附件"));
        next.copy("assets/logo.png", dir.resolve("logo.png"));
        site = next.build();
        server = new PreviewServer(() -> site, state, "127.0.0.1", 0);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpURLConnection get(String path) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) URI.create("http://127.0.0.1:" + server.port() + path)
                .toURL().openConnection();
        connection.setInstanceFollowRedirects(false);
        return connection;
    }

    private static String body(HttpURLConnection connection) throws IOException {
        try (InputStream in = connection.getResponseCode() < 400 ? connection.getInputStream()
                : connection.getErrorStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void pagesGetTheReloadScriptAsAFileOnlyWhenServed() throws IOException {
        HttpURLConnection home = get("/");
        assertEquals("text/html; charset=utf-8", home.getContentType());
        assertEquals("<!DOCTYPE html><html><body><p>首页</p><script src=\"/__gongkai/reload.js\" defer></script>"
                + "</body></html>", body(home));
        assertFalse(new String(((SiteSnapshot.Bytes) site.file("index.html").orElseThrow()).content(),
                StandardCharsets.UTF_8).contains("reload.js"));
        HttpURLConnection script = get("/__gongkai/reload.js");
        assertEquals("text/javascript; charset=utf-8", script.getContentType());
        assertTrue(body(script).contains("/__gongkai/state"));
    }

    @Test
    void everyTypeHasItsContentType() throws IOException {
        assertEquals("text/csv; charset=utf-8", get("/ndbg/2018/pingshun.csv").getContentType());
        assertEquals("application/json; charset=utf-8", get("/ndbg/2018/pingshun.json").getContentType());
        assertEquals("image/svg+xml; charset=utf-8", get("/a.svg").getContentType());
    }

    @Test
    void aFolderWithoutItsSlashIsRedirectedSoRelativeLinksWork() throws IOException {
        HttpURLConnection folder = get("/ndbg");
        assertEquals(301, folder.getResponseCode());
        assertEquals("/ndbg/", folder.getHeaderField("Location"));
        assertEquals(200, get("/ndbg/").getResponseCode());
    }

    @Test
    void nothingOutsideTheSiteFolderIsServed() throws IOException {
        assertEquals(404, get("/../secret.txt").getResponseCode());
        assertEquals(404, get("/ndbg/%2e%2e/%2e%2e/secret.txt").getResponseCode());
        assertEquals(404, get("/ndbg/..%2f..%2fsecret.txt").getResponseCode());
        // A raw request line, which URL classes would normalise away.
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.getOutputStream().write("GET /../secret.txt HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertFalse(response.contains("secret\n") || response.endsWith("secret"), response);
        }
    }

    @Test
    void anAssetIsServedFromItsFileAndNothingElseOfTheProjectIs() throws IOException {
        assertEquals("PNG", body(get("/assets/logo.png")));
        assertEquals("image/png", get("/assets/logo.png").getContentType());
        assertEquals(404, get("/secret.txt").getResponseCode());
        assertEquals(404, get("/assets/../../secret.txt").getResponseCode());
    }

    @Test
    void eachRequestSeesTheWholeSiteOfOneBuild() throws IOException {
        SiteSnapshot.Builder next = site.next();
        next.keep("index.html");
        next.write("ndbg/index.html", utf8("<html><body>第二版</body></html>"));
        SiteSnapshot second = next.build();
        assertTrue(body(get("/ndbg/")).contains("年报"), "the first site until the second is swapped in");
        site = second;
        assertTrue(body(get("/ndbg/")).contains("第二版"));
        assertTrue(body(get("/")).contains("首页"), "a kept page");
        assertEquals(404, get("/a.svg").getResponseCode(), "a file the second build did not make is gone");
    }

    /** A raw request: URL classes would normalise the path and refuse to set Host. */
    private String raw(String requestLineAndHeaders) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write((requestLineAndHeaders + "Connection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** DNS rebinding: a page of evil.example whose name now points at 127.0.0.1 must not read the drafts. */
    @Test
    void onlyRequestsNamingThisMachineAreAnswered() throws IOException {
        String port = ":" + server.port();
        assertTrue(raw("GET / HTTP/1.1\r\nHost: evil.example" + port + "\r\n").startsWith("HTTP/1.1 421"));
        assertTrue(raw("GET / HTTP/1.1\r\nHost: evil.example\r\n").startsWith("HTTP/1.1 421"));
        assertTrue(raw("GET / HTTP/1.1\r\n").startsWith("HTTP/1.1 421"), "no Host at all");
        for (String host : new String[] {"localhost", "127.0.0.1", "LOCALHOST", "[::1]"}) {
            String response = raw("GET / HTTP/1.1\r\nHost: " + host + port + "\r\n");
            assertTrue(response.startsWith("HTTP/1.1 200") && response.contains("首页"), host + ": " + response);
        }
        assertEquals(Set.of(), PreviewServer.hostsAnswered("0.0.0.0"), "every address: the user chose to expose it");
        assertEquals(Set.of("192.168.1.5"), PreviewServer.hostsAnswered("192.168.1.5"));
    }

    @Test
    void aRedirectNeverLeavesThisSite() throws IOException {
        String response = raw("GET /%2F%2Fndbg HTTP/1.1\r\nHost: localhost\r\n");
        assertTrue(response.startsWith("HTTP/1.1 301"), response);
        assertTrue(response.contains("\r\nLocation: /ndbg/\r\n"), response);
        assertTrue(raw("GET /%E9%99%84%E4%BB%B6%20%E4%B8%80 HTTP/1.1\r\nHost: localhost\r\n")
                .contains("\r\nLocation: /%E9%99%84%E4%BB%B6%20%E4%B8%80/\r\n"));
    }

    /** Slowloris: connections that never finish their headers, more than there are workers. */
    @Test
    void clientsThatNeverFinishTheirHeadersDoNotBlockOthers() throws IOException {
        List<Socket> stalled = new ArrayList<>();
        try {
            for (int i = 0; i < 40; i++) {
                Socket socket = new Socket("127.0.0.1", server.port());
                socket.getOutputStream().write("GET / HTTP/1.1\r\nHost: localhost\r\nX-Slow: "
                        .getBytes(StandardCharsets.US_ASCII));
                stalled.add(socket);
            }
            // Answered within the socket's bound (30 s) only if the stalled ones are timed out or left aside.
            String response = raw("GET / HTTP/1.1\r\nHost: localhost\r\n");
            assertTrue(response.startsWith("HTTP/1.1 200"), response);
        } finally {
            for (Socket socket : stalled) {
                socket.close();
            }
        }
    }

    @Test
    void theStateTellsTheVersionAndTheError() throws IOException {
        assertEquals("{\"version\":0,\"error\":null}", body(get("/__gongkai/state")));
        state.failed("reports/2018/x.yaml:3: <错误>");
        assertEquals("{\"version\":1,\"error\":\"reports/2018/x.yaml:3: \\u003c错误\\u003e\"}", body(get("/__gongkai/state")));
    }
}
