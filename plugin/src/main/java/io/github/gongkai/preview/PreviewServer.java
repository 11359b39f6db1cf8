package io.github.gongkai.preview;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.gongkai.output.SiteSnapshot;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Supplier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Serves the website held in memory over HTTP with the JDK's server: only the site's own files
 * (no ".."), the right Content-Type, and into every HTML page the reload script, added on the way
 * out so the pages stay as generated. Only requests naming this
 * server in their Host header are answered (a web page elsewhere cannot read drafts through DNS
 * rebinding), and a connection that does not finish its request in time is closed, so that slow
 * clients cannot hold every worker.
 */
final class PreviewServer implements AutoCloseable {

    static final String STATE_PATH = "/__gongkai/state";
    static final String SCRIPT_PATH = "/__gongkai/reload.js";
    private static final String SCRIPT_TAG = "<script src=\"" + SCRIPT_PATH + "\" defer></script>";

    private final Supplier<SiteSnapshot> site;
    private final BuildState state;
    private final byte[] script;
    private final HttpServer server;
    private final ExecutorService workers;
    /** The Host names answered, lower case, without port; empty: any (the preview listens on every address). */
    private final Set<String> hosts;

    /** Seconds a client may take to send its request line and headers (the JDK server's own setting). */
    private static final String REQUEST_SECONDS = "sun.net.httpserver.maxReqTime";
    /**
     * The JDK server reads a request's headers on the worker that then answers it: a thread per
     * connection (up to this many), so that a slow client holds only its own until it is timed out.
     */
    private static final int WORKERS = 256;

    /**
     * Binds {@code host:port} (port 0: any free port) and starts serving the website {@code site}
     * gives at each request (the preview swaps in each new one whole).
     *
     * @throws IOException when the address cannot be bound (port in use)
     */
    PreviewServer(Supplier<SiteSnapshot> site, BuildState state, String host, int port) throws IOException {
        this.site = site;
        this.state = state;
        try (InputStream in = PreviewServer.class.getResourceAsStream("reload.js")) {
            this.script = in.readAllBytes();
        }
        this.hosts = hostsAnswered(host);
        // Read once, when the JDK server's configuration class loads; a user's own setting is kept.
        if (System.getProperty(REQUEST_SECONDS) == null) {
            System.setProperty(REQUEST_SECONDS, "10");
        }
        this.server = HttpServer.create(new InetSocketAddress(host, port), 0);
        this.workers = new ThreadPoolExecutor(0, WORKERS, 30, TimeUnit.SECONDS, new SynchronousQueue<>(), runnable -> {
            Thread thread = new Thread(runnable, "gongkai-preview-http");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(workers);
        server.createContext("/", this::handle);
        server.start();
    }

    /**
     * The names a browser may use for this server: the configured host, and for loopback every
     * name of this machine's loopback; nothing is checked for a wildcard address, which the user
     * chose to expose (the Mojo warns).
     */
    static Set<String> hostsAnswered(String host) {
        String configured = host.toLowerCase(Locale.ROOT);
        if (configured.startsWith("[") && configured.endsWith("]")) {
            configured = configured.substring(1, configured.length() - 1);
        }
        if (configured.equals("0.0.0.0") || configured.equals("::") || configured.isEmpty()) {
            return Set.of();
        }
        Set<String> names = new HashSet<>(Set.of(configured));
        if (LivePreview.isLoopback(host)) {
            names.addAll(Set.of("localhost", "127.0.0.1", "::1"));
        }
        return Set.copyOf(names);
    }

    /** Whether the request's Host header names this server. */
    private boolean forUs(HttpExchange exchange) {
        if (hosts.isEmpty()) {
            return true;
        }
        String header = exchange.getRequestHeaders().getFirst("Host");
        if (header == null) {
            return false;
        }
        String name = header.trim().toLowerCase(Locale.ROOT);
        if (name.startsWith("[")) {
            int end = name.indexOf(']');
            name = end < 0 ? name : name.substring(1, end);
        } else if (name.indexOf(':') >= 0) {
            name = name.substring(0, name.indexOf(':'));
        }
        return hosts.contains(name);
    }

    /** The port actually bound. */
    int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!forUs(exchange)) {
                send(exchange, 421, "text/plain; charset=utf-8",
                        "421 预览服务只回应发给本机地址的请求 / misdirected request".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                send(exchange, 405, "text/plain; charset=utf-8", "405 method not allowed".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String path = exchange.getRequestURI().getPath();
            if (path.equals(STATE_PATH)) {
                send(exchange, 200, "application/json; charset=utf-8", state.json().getBytes(StandardCharsets.UTF_8));
            } else if (path.equals(SCRIPT_PATH)) {
                send(exchange, 200, ContentTypes.of(SCRIPT_PATH), script);
            } else {
                file(exchange, path);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private void file(HttpExchange exchange, String path) throws IOException {
        SiteSnapshot site = this.site.get();
        String file = sitePath(path);
        if (file != null && (file.isEmpty() || site.isFolder(file))) {
            if (!path.endsWith("/")) {
                // Relative links in the page need the folder's trailing slash; the location is
                // rebuilt from the site path so that //host cannot make it point to another site.
                exchange.getResponseHeaders().set("Location", "/" + encode(file) + "/");
                send(exchange, 301, "text/plain; charset=utf-8", new byte[0]);
                return;
            }
            file = file.isEmpty() ? "index.html" : file + "/index.html";
        }
        Optional<SiteSnapshot.File> found = file == null ? Optional.empty() : site.file(file);
        if (found.isEmpty()) {
            send(exchange, 404, "text/html; charset=utf-8", withScript(
                    "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>404</title></head>"
                            + "<body><p>页面不存在 / not found</p></body></html>").getBytes(StandardCharsets.UTF_8));
            return;
        }
        String type = ContentTypes.of(file.substring(file.lastIndexOf('/') + 1));
        if (found.get() instanceof SiteSnapshot.Copied asset) {
            stream(exchange, type, asset.source());
            return;
        }
        byte[] content;
        try (InputStream in = found.get().open()) {
            content = in.readAllBytes();
        }
        if (type.startsWith("text/html")) {
            content = withScript(new String(content, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        }
        send(exchange, 200, type, content);
    }

    /** The site path for a URL path ("" for the root), or null when the path tries to leave the site. */
    static String sitePath(String path) {
        if (path.indexOf('\0') >= 0 || path.indexOf('\\') >= 0 || !path.startsWith("/")) {
            return null;
        }
        StringJoiner file = new StringJoiner("/");
        for (String segment : path.split("/")) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..") || segment.contains(":")) {
                return null;
            }
            file.add(segment);
        }
        return file.toString();
    }

    /** A site path as a URL path, each segment percent-encoded (UTF-8). */
    private static String encode(String sitePath) {
        StringJoiner url = new StringJoiner("/");
        for (String segment : sitePath.split("/")) {
            url.add(URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return url.toString();
    }

    private static String withScript(String html) {
        int body = html.toLowerCase(Locale.ROOT).lastIndexOf("</body>");
        return body < 0 ? html + SCRIPT_TAG : html.substring(0, body) + SCRIPT_TAG + html.substring(body);
    }

    /** An asset of the project (a PDF may be hundreds of MB), streamed from its file. */
    private static void stream(HttpExchange exchange, String type, Path source) throws IOException {
        long size = Files.size(source);
        boolean head = headers(exchange, type);
        exchange.sendResponseHeaders(200, head || size == 0 ? -1 : size);
        if (!head && size > 0) {
            try (InputStream in = Files.newInputStream(source); OutputStream out = exchange.getResponseBody()) {
                in.transferTo(out);
            }
        }
    }

    /** Sets the response's headers; whether the request is a HEAD. */
    private static boolean headers(HttpExchange exchange, String type) {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        return exchange.getRequestMethod().equals("HEAD");
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] content) throws IOException {
        boolean head = headers(exchange, type);
        exchange.sendResponseHeaders(status, head || content.length == 0 ? -1 : content.length);
        if (!head && content.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(content);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }
}
