package io.github.gongkai.deploy;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.LongConsumer;
import javax.net.ssl.SSLException;
import org.apache.commons.net.ftp.FTP;
import org.apache.commons.net.ftp.FTPClient;
import org.apache.commons.net.ftp.FTPFile;
import org.apache.commons.net.ftp.FTPReply;
import org.apache.commons.net.ftp.FTPSClient;

/**
 * A deploy folder reached over FTP, or FTPS (explicit TLS: {@code AUTH TLS} on the FTP port,
 * the server's certificate checked against Java's trusted certificates), with Apache Commons Net.
 * Passive mode, binary transfers, UTF-8 file names.
 */
final class FtpRemote implements Remote {

    private final DeployAddress address;
    private final FTPClient ftp;
    private final String root;

    private FtpRemote(DeployAddress address, FTPClient ftp) {
        this.address = address;
        this.ftp = ftp;
        this.root = address.path();
    }

    /**
     * Connects and logs in.
     *
     * @throws DeployError unreachable host, refused login, TLS failure
     */
    static FtpRemote open(DeployAddress address, Login login, Duration timeout) {
        String user = login.username() != null ? login.username() : address.user();
        if (user == null || user.isBlank()) {
            throw new DeployError("没有登录 " + address.server() + " 的用户名 / no user name：请在 " + login.where()
                    + " 中填写 <username> 和 <password>。");
        }
        boolean tls = address.scheme().equals("ftps");
        FTPClient ftp;
        if (tls) {
            FTPSClient ftps = new FTPSClient("TLS", false);
            // Commons Net's default only checks the certificate's dates: use Java's trusted
            // certificates instead, and check that the certificate names this server.
            ftps.setTrustManager(null);
            ftps.setEndpointCheckingEnabled(true);
            ftp = ftps;
        } else {
            ftp = new FTPClient();
        }
        ftp.setControlEncoding("UTF-8");
        ftp.setConnectTimeout((int) timeout.toMillis());
        ftp.setDefaultTimeout((int) timeout.toMillis());
        ftp.setDataTimeout(timeout);
        try {
            try {
                ftp.connect(address.host(), address.port());
            } catch (SSLException e) {
                throw tlsFailure(address, e);
            } catch (IOException | RuntimeException e) {
                throw SftpRemote.unreachable(address, e);
            }
            if (!FTPReply.isPositiveCompletion(ftp.getReplyCode())) {
                throw new DeployError("FTP 服务器 " + address.server() + " 拒绝了连接 / connection refused："
                        + ftp.getReplyString().trim());
            }
            ftp.setSoTimeout((int) timeout.toMillis());
            if (tls) {
                ((FTPSClient) ftp).execPBSZ(0);
                ((FTPSClient) ftp).execPROT("P"); // file contents encrypted too
            }
            if (!ftp.login(user, login.password() == null ? "" : login.password())) {
                throw new DeployError("FTP 服务器 " + address.server() + " 拒绝了用户 " + user + " 的登录 / login refused（"
                        + ftp.getReplyString().trim() + "）：用户名或密码不对。请检查 " + login.where()
                        + " 中的 <username> 和 <password>；加密的密码需要 ~/.m2/settings-security.xml 中的主密码。");
            }
            ftp.sendCommand("OPTS", "UTF8 ON"); // servers that need it to take UTF-8 names; others ignore it
            ftp.setFileType(FTP.BINARY_FILE_TYPE);
            ftp.enterLocalPassiveMode();
            return new FtpRemote(address, ftp);
        } catch (SSLException e) {
            disconnect(ftp);
            throw tlsFailure(address, e);
        } catch (IOException e) {
            disconnect(ftp);
            throw lost(address, "登录", "", e);
        } catch (RuntimeException e) {
            disconnect(ftp);
            throw e;
        }
    }

    private static DeployError tlsFailure(DeployAddress address, SSLException e) {
        String message = String.valueOf(e.getMessage());
        String reason;
        if (message.contains("PKIX") || message.contains("certification path")) {
            reason = "服务器的证书不受本机 Java 信任（自签名证书，或签发机构不在信任库中）";
        } else if (message.contains("subject alternative") || message.contains("hostname") || message.contains("No name matching")) {
            reason = "服务器证书上的名字与部署地址中的服务器名 " + address.host() + " 不符";
        } else {
            reason = "服务器的证书可能不受信任，或服务器不支持 AUTH TLS（" + message + "）";
        }
        return new DeployError("与 FTPS 服务器 " + address.server() + " 建立加密连接失败 / TLS failed：" + reason
                + "。自签名证书需先导入一个信任库，再用 MAVEN_OPTS=\"-Djavax.net.ssl.trustStore=信任库路径\" 运行，"
                + "详见 docs/zh/deploy.md。", e);
    }

    private static DeployError lost(DeployAddress address, String action, String path, IOException e) {
        return new DeployError("与 FTP 服务器 " + address.server() + " 的连接中断，未能" + action + " " + address.display(path)
                + " / connection lost（" + e.getMessage() + "）：已在线的页面仍是完整的，网络恢复后再部署一次即可补完。", e);
    }

    private String at(String path) {
        if (path.isEmpty()) {
            return root.isEmpty() ? "/" : root;
        }
        return root + "/" + path;
    }

    @Override
    public byte[] readIfExists(String path) {
        try {
            ByteArrayOutputStream content = new ByteArrayOutputStream();
            if (ftp.retrieveFile(at(path), content)) {
                return content.toByteArray();
            }
            if (ftp.getReplyCode() == FTPReply.FILE_UNAVAILABLE) {
                return null; // 550: no such file (a folder the first deploy will make)
            }
            throw failure("读取", path);
        } catch (IOException e) {
            throw lost(address, "读取", path, e);
        }
    }

    @Override
    public Set<String> list(String folder) {
        Set<String> names = new TreeSet<>();
        try {
            FTPFile[] files;
            if (ftp.hasFeature("MLST")) {
                files = ftp.mlistDir(at(folder));
                if (files != null) {
                    for (FTPFile file : files) {
                        if (file != null && !file.getName().equals(".") && !file.getName().equals("..")) {
                            names.add(file.getName().substring(file.getName().lastIndexOf('/') + 1));
                        }
                    }
                }
                return names;
            }
            String[] listed = ftp.listNames(at(folder));
            if (listed != null) {
                for (String name : listed) {
                    names.add(name.substring(name.lastIndexOf('/') + 1));
                }
            }
            return names;
        } catch (IOException e) {
            throw lost(address, "列出", folder, e);
        }
    }

    @Override
    public boolean removeIfEmpty(String folder) {
        if (!list(folder).isEmpty()) {
            return false;
        }
        try {
            // Refused (not empty after all, no right to remove it, already gone): the folder stays.
            return ftp.removeDirectory(at(folder));
        } catch (IOException e) {
            throw lost(address, "删除空目录", folder, e);
        }
    }

    @Override
    public void makeFolders(String folder) {
        try {
            String full = at(folder);
            StringBuilder made = new StringBuilder(full.startsWith("/") ? "/" : "");
            for (String part : full.split("/")) {
                if (part.isEmpty()) {
                    continue;
                }
                if (made.length() > 0 && made.charAt(made.length() - 1) != '/') {
                    made.append('/');
                }
                made.append(part);
                String path = made.toString();
                if (!ftp.changeWorkingDirectory(path) && !ftp.makeDirectory(path)) {
                    throw failure("创建目录", path.startsWith(root + "/") ? path.substring(root.length() + 1) : path);
                }
            }
        } catch (IOException e) {
            throw lost(address, "创建目录", folder, e);
        }
    }

    @Override
    public void upload(Path local, String path, LongConsumer sent) {
        try (InputStream in = Files.newInputStream(local)) {
            InputStream counting = new FilterInputStream(in) {
                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    int n = super.read(b, off, len);
                    if (n > 0) {
                        sent.accept(n);
                    }
                    return n;
                }
            };
            boolean stored;
            try {
                stored = ftp.storeFile(at(path), counting);
            } catch (IOException e) {
                throw lost(address, "写入", path, e);
            }
            if (!stored) {
                throw failure("写入", path);
            }
        } catch (IOException e) {
            throw new DeployError("无法读取本机文件 " + local + " / cannot read the file：" + e.getMessage(), e);
        }
    }

    @Override
    public void replace(String from, String to) {
        try {
            if (ftp.rename(at(from), at(to))) {
                return;
            }
            // Servers whose rename does not replace: delete, then rename (a short gap).
            String reply = ftp.getReplyString();
            if (ftp.deleteFile(at(to)) && ftp.rename(at(from), at(to))) {
                return;
            }
            throw failure("替换", to, reply);
        } catch (IOException e) {
            throw lost(address, "替换", to, e);
        }
    }

    @Override
    public void delete(String path) {
        try {
            if (ftp.deleteFile(at(path))) {
                return;
            }
            String reply = ftp.getReplyString();
            int code = ftp.getReplyCode();
            if (code == FTPReply.FILE_UNAVAILABLE && !list(Deployer.parent(path)).contains(Deployer.name(path))) {
                return; // already gone
            }
            throw failure("删除", path, reply);
        } catch (IOException e) {
            throw lost(address, "删除", path, e);
        }
    }

    @Override
    public void close() {
        try {
            ftp.logout();
        } catch (IOException e) {
            // logging out of a broken connection
        }
        disconnect(ftp);
    }

    private static void disconnect(FTPClient ftp) {
        try {
            if (ftp.isConnected()) {
                ftp.disconnect();
            }
        } catch (IOException e) {
            // already closed
        }
    }

    private DeployError failure(String action, String path) {
        return failure(action, path, ftp.getReplyString());
    }

    private DeployError failure(String action, String path, String reply) {
        String where = address.display(path);
        String answer = reply == null ? "" : reply.trim();
        int code = answer.length() >= 3 && Character.isDigit(answer.charAt(0)) ? Integer.parseInt(answer.substring(0, 3)) : 0;
        String lower = answer.toLowerCase(java.util.Locale.ROOT);
        if (code == 452 || code == 552 || lower.contains("space") || lower.contains("quota") || lower.contains("disk full")) {
            return new DeployError("FTP 服务器磁盘空间不足，无法" + action + " " + where + " / disk full（" + answer
                    + "）：请清理服务器磁盘（或提高配额）后再部署；已在线的页面仍是完整的，下次部署会补完本次未完成的部分。");
        }
        if (code == 451 && lower.contains("write")) {
            // pure-ftpd and vsftpd say only "Error during write" when the disk is full.
            return new DeployError("FTP 服务器写入出错，无法" + action + " " + where + " / write failed（" + answer
                    + "）：常见原因是服务器磁盘已满或超出配额，请让服务器管理员检查并清理磁盘；已在线的页面仍是完整的，"
                    + "下次部署会补完本次未完成的部分。");
        }
        if (code == 550 || code == 553 || code == 532 || lower.contains("permission") || lower.contains("denied")) {
            return new DeployError("没有权限" + action + " " + where + " / permission denied（" + answer
                    + "）：请让 FTP 服务器管理员给登录用户开放该目录的写入、改名和删除权限，或检查部署地址中的目录是否写对。");
        }
        return new DeployError("FTP 服务器拒绝" + action + " " + where + "（" + answer + "）：已在线的页面仍是完整的，"
                + "排除问题后再部署一次即可补完。");
    }
}
