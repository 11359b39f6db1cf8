package io.github.gongkai.deploy;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Where the site goes: {@code sftp://host[:port]/path}, {@code ftp://host[:port]/path},
 * {@code ftps://host[:port]/path} or {@code file:///path}. The path is absolute on the server
 * (for FTP: from the folder the FTP server shows as {@code /}); percent-encoded and plain Chinese
 * both work. A user name written in the address ({@code sftp://user@host/...}) is used when the
 * {@code <server>} gives none.
 *
 * @param scheme sftp, ftp, ftps or file
 * @param host   the server's name or address; empty for file
 * @param port   the port; the scheme's default when the address gives none
 * @param user   the user name in the address, or null
 * @param path   the absolute folder on the server, without a trailing slash (empty for the root)
 */
public record DeployAddress(String scheme, String host, int port, String user, String path) {

    /**
     * Reads an address.
     *
     * @throws DeployError saying which forms are understood
     */
    public static DeployAddress parse(String url) {
        String text = url == null ? "" : url.trim();
        URI uri;
        try {
            uri = new URI(text.replace(" ", "%20"));
        } catch (URISyntaxException e) {
            throw new DeployError(unsupported(text)); // not e: its message repeats the address, password included
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (scheme.equals("scp")) {
            scheme = "sftp"; // Maven's usual scp:// site addresses: the same server, over SFTP
        }
        if (scheme.equals("file")) {
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? null : decode(uri.getRawPath());
            if (path == null) {
                throw new DeployError(unsupported(text));
            }
            return new DeployAddress("file", "", -1, null, Path.of(path).toAbsolutePath().normalize().toString());
        }
        int defaultPort = switch (scheme) {
            case "sftp" -> 22;
            case "ftp", "ftps" -> 21;
            default -> throw new DeployError(unsupported(text));
        };
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new DeployError("部署地址 " + withoutPassword(text) + " 缺少服务器名 / no host in the address。" + FORMS);
        }
        String path = uri.getRawPath() == null ? "" : decode(uri.getRawPath());
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        String user = uri.getRawUserInfo() == null ? null : decode(uri.getRawUserInfo().split(":", 2)[0]);
        return new DeployAddress(scheme, uri.getHost(), uri.getPort() > 0 ? uri.getPort() : defaultPort, user, path);
    }

    private static final String FORMS = "可用的写法 / supported: sftp://服务器[:端口]/目录、ftp://服务器[:端口]/目录、"
            + "ftps://服务器[:端口]/目录、file:///挂载的目录";

    private static String unsupported(String text) {
        return "无法识别的部署地址 / unsupported deploy address：“" + withoutPassword(text) + "”。" + FORMS;
    }

    /** The address as typed, a password written in it ({@code user:password@}) masked: messages are logged and shared. */
    static String withoutPassword(String text) {
        return text.replaceAll("(?<=//)([^/@:]*):[^@]*@", "$1:***@");
    }

    private static String decode(String raw) {
        return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /** The address as shown in messages: scheme, host, port and folder, no password. */
    public String display() {
        if (scheme.equals("file")) {
            return "file://" + path;
        }
        return scheme + "://" + host + ":" + port + (path.isEmpty() ? "/" : path);
    }

    /** The server as shown in messages: host and port. */
    String server() {
        return scheme.equals("file") ? "本机 / local" : host + ":" + port;
    }

    /** A path below the deploy folder, as shown in messages. */
    String display(String relative) {
        if (relative.startsWith("/")) { // above the deploy folder: a server path as it is
            return scheme.equals("file") ? "file://" + relative : scheme + "://" + host + ":" + port + relative;
        }
        String folder = display();
        return relative.isEmpty() ? folder : folder + (folder.endsWith("/") ? "" : "/") + relative;
    }
}
