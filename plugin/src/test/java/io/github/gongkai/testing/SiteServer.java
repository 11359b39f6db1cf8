package io.github.gongkai.testing;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A generated site served over HTTP on 127.0.0.1, as a web server (nginx {@code error_page 404})
 * serves it: a missing address at any depth gets 404.html with status 404. A host that is not the
 * site's baseUrl: a staging host or a mirror.
 */
public final class SiteServer implements AutoCloseable {

    private final HttpServer server;

    private SiteServer(HttpServer server) {
        this.server = server;
    }

    /** Starts serving the site folder on a free port. */
    public static SiteServer start(Path site) {
        Path root = site.toAbsolutePath().normalize();
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            Path file = root.resolve(exchange.getRequestURI().getPath().substring(1)).normalize();
            boolean found = file.startsWith(root) && Files.isRegularFile(file);
            Path served = found ? file : root.resolve("404.html");
            String name = served.getFileName().toString();
            byte[] body = Files.readAllBytes(served);
            exchange.getResponseHeaders().set("Content-Type", name.endsWith(".css") ? "text/css"
                    : name.endsWith(".js") ? "text/javascript" : name.endsWith(".svg") ? "image/svg+xml"
                    : name.endsWith(".html") ? "text/html; charset=utf-8" : "application/octet-stream");
            exchange.sendResponseHeaders(found ? 200 : 404, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        return new SiteServer(server);
    }

    /** The address of a path of the site, e.g. {@code ndbg/index.html}. */
    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + path;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
