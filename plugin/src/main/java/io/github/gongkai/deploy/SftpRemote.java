package io.github.gongkai.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketAddress;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PublicKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.LongConsumer;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.config.hosts.HostConfigEntryResolver;
import org.apache.sshd.client.config.hosts.KnownHostEntry;
import org.apache.sshd.client.keyverifier.KnownHostsServerKeyVerifier;
import org.apache.sshd.client.keyverifier.RejectAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.NamedFactory;
import org.apache.sshd.common.NamedResource;
import org.apache.sshd.common.config.keys.FilePasswordProvider;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.keyprovider.KeyIdentityProvider;
import org.apache.sshd.common.signature.Signature;
import org.apache.sshd.common.util.security.SecurityUtils;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.SftpClientFactory;
import org.apache.sshd.sftp.client.extensions.openssh.OpenSSHPosixRenameExtension;
import org.apache.sshd.sftp.common.SftpConstants;
import org.apache.sshd.sftp.common.SftpException;

/**
 * A deploy folder reached over SFTP (Apache MINA SSHD). The server's host key must be in the
 * known_hosts file: an unknown or changed key stops the deploy and prints the key's fingerprint.
 */
final class SftpRemote implements Remote {

    private final DeployAddress address;
    private final SshClient client;
    private final ClientSession session;
    private final SftpClient sftp;
    private final String root;

    private SftpRemote(DeployAddress address, SshClient client, ClientSession session, SftpClient sftp) {
        this.address = address;
        this.client = client;
        this.session = session;
        this.sftp = sftp;
        this.root = address.path().isEmpty() ? "." : address.path();
    }

    /**
     * Connects, checks the host key and logs in.
     *
     * @throws DeployError unreachable host, unknown host key, refused login, unreadable key
     */
    static SftpRemote open(DeployAddress address, Login login, Path knownHosts, Duration timeout) {
        String user = login.username() != null ? login.username() : address.user();
        if (user == null || user.isBlank()) {
            throw new DeployError("没有登录 " + address.server() + " 的用户名 / no user name：请在 " + login.where()
                    + " 中填写 <username>，或写在地址里（sftp://用户名@" + address.host() + "/...）。");
        }
        HostKeyCheck hostKeys = new HostKeyCheck(knownHosts);
        SshClient client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier(hostKeys);
        client.setHostConfigEntryResolver(HostConfigEntryResolver.EMPTY); // ~/.ssh/config is not read
        client.setKeyIdentityProvider(KeyIdentityProvider.EMPTY_KEYS_PROVIDER); // only the keys below
        client.setSignatureFactories(knownTypesFirst(client.getSignatureFactories(), knownHosts, address));
        client.start();
        ClientSession session = null;
        try {
            try {
                session = client.connect(user, address.host(), address.port()).verify(timeout).getSession();
            } catch (IOException | RuntimeException e) {
                throw unreachable(address, e);
            }
            for (KeyPair key : keys(session, login)) {
                session.addPublicKeyIdentity(key);
            }
            if (login.password() != null) {
                session.addPasswordIdentity(login.password());
            }
            try {
                session.auth().verify(timeout);
            } catch (IOException | RuntimeException e) {
                throw hostKeys.problem(address, knownHosts, e)
                        .orElseGet(() -> refused(address, login, user, e));
            }
            SftpClient sftp;
            try {
                sftp = SftpClientFactory.instance().createSftpClient(session);
            } catch (IOException e) {
                throw new DeployError("已登录 " + address.server() + "，但服务器没有提供 SFTP 服务 / no SFTP subsystem："
                        + e.getMessage() + "。请让服务器管理员在 sshd_config 中启用 Subsystem sftp。", e);
            }
            return new SftpRemote(address, client, session, sftp);
        } catch (RuntimeException e) {
            if (session != null) {
                session.close(true);
            }
            client.stop();
            throw e;
        }
    }

    /**
     * The host key algorithms with those of the keys known_hosts holds for this server first, as
     * OpenSSH orders them: a server offering Ed25519 and ECDSA keys, known by its Ed25519 key
     * (what OpenSSH records), is then checked by that key and not taken for a changed one.
     */
    static List<NamedFactory<Signature>> knownTypesFirst(List<NamedFactory<Signature>> factories, Path knownHosts,
            DeployAddress address) {
        Set<String> known = new java.util.HashSet<>();
        try {
            if (Files.isReadable(knownHosts)) {
                for (KnownHostEntry entry : KnownHostEntry.readKnownHostEntries(knownHosts)) {
                    if (entry.getKeyEntry() != null && entry.isHostMatch(address.host(), address.port())) {
                        known.add(entry.getKeyEntry().getKeyType());
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            return factories; // the verifier reads the file again and reports what is wrong with it
        }
        List<NamedFactory<Signature>> ordered = new ArrayList<>();
        List<NamedFactory<Signature>> others = new ArrayList<>();
        for (NamedFactory<Signature> factory : factories) {
            String name = factory.getName();
            String keyType = name.startsWith("rsa-sha2-") ? "ssh-rsa" : name;
            (known.contains(keyType) ? ordered : others).add(factory);
        }
        ordered.addAll(others);
        return ordered;
    }

    private static List<KeyPair> keys(ClientSession session, Login login) {
        List<Path> files = new ArrayList<>();
        if (login.privateKey() != null) {
            if (!Files.isReadable(login.privateKey())) {
                throw new DeployError("找不到或无法读取私钥文件 " + login.privateKey() + " / cannot read the private key："
                        + "请检查 " + login.where() + " 中的 <privateKey>。");
            }
            files.add(login.privateKey());
        } else if (login.password() == null) {
            Path ssh = Path.of(System.getProperty("user.home"), ".ssh");
            for (String name : List.of("id_ed25519", "id_ecdsa", "id_rsa")) {
                if (Files.isReadable(ssh.resolve(name))) {
                    files.add(ssh.resolve(name));
                }
            }
        }
        List<KeyPair> keys = new ArrayList<>();
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file)) {
                Iterable<KeyPair> loaded = SecurityUtils.loadKeyPairIdentities(session, NamedResource.ofName(file.toString()),
                        in, login.passphrase() == null ? FilePasswordProvider.EMPTY : FilePasswordProvider.of(login.passphrase()));
                if (loaded != null) {
                    loaded.forEach(keys::add);
                }
            } catch (IOException | GeneralSecurityException | RuntimeException e) {
                throw new DeployError("无法读取私钥 " + file + " / cannot load the private key：" + (login.passphrase() == null
                        ? "它可能有口令保护，请在 " + login.where() + " 中填写 <passphrase>（可用 mvn --encrypt-password 加密）。"
                        : "口令（<passphrase>）可能不对，请检查 " + login.where() + "。") + "（" + e.getMessage() + "）", e);
            }
        }
        return keys;
    }

    static DeployError unreachable(DeployAddress address, Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof UnknownHostException || cause instanceof UnresolvedAddressException) {
                return new DeployError("找不到服务器 " + address.host() + " / unknown host：这个名字无法解析，"
                        + "请检查部署地址 " + address.display() + " 中的服务器名，以及本机的网络和 DNS 设置。", e);
            }
            if (cause instanceof ConnectException || cause instanceof NoRouteToHostException) {
                return new DeployError("无法连接服务器 " + address.server() + " / cannot connect（" + cause.getMessage()
                        + "）：请检查服务器地址和端口是否正确、服务器上的 " + (address.scheme().equals("sftp") ? "SSH" : "FTP")
                        + " 服务是否在运行、防火墙是否放行。", e);
            }
            if (cause instanceof SocketTimeoutException || String.valueOf(cause.getMessage()).contains("timeout")) {
                return new DeployError("连接服务器 " + address.server() + " 超时 / connection timed out：请检查服务器地址、"
                        + "端口和网络（是否需要 VPN 或防火墙放行）。", e);
            }
        }
        return new DeployError("无法连接服务器 " + address.server() + " / cannot connect：" + e.getMessage(), e);
    }

    private static DeployError refused(DeployAddress address, Login login, String user, Throwable e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("Session is being closed") || message.contains("Connection reset")
                || message.contains("closed")) {
            if (!message.contains("authentication") && !message.contains("auth")) {
                return new DeployError("服务器 " + address.server() + " 在登录前断开了连接 / the server closed the connection："
                        + message + "。请检查端口是否确是 SSH 服务，以及服务器是否限制了来源地址。", e);
            }
        }
        return new DeployError("服务器 " + address.server() + " 拒绝了用户 " + user + " 的登录 / login refused："
                + "用户名、密码或密钥不对。请检查 " + login.where()
                + " 中的 <username>、<password>（或 <privateKey> 与 <passphrase>）；加密的密码需要 ~/.m2/settings-security.xml"
                + " 中的主密码。", e);
    }

    private String at(String path) {
        return path.isEmpty() ? root : root + "/" + path;
    }

    @Override
    public byte[] readIfExists(String path) {
        try (InputStream in = sftp.read(at(path))) {
            return in.readAllBytes();
        } catch (IOException e) {
            if (status(e) == SftpConstants.SSH_FX_NO_SUCH_FILE) {
                return null;
            }
            throw failure("读取", path, e);
        }
    }

    @Override
    public Set<String> list(String folder) {
        Set<String> names = new TreeSet<>();
        try {
            try {
                for (SftpClient.DirEntry entry : sftp.readDir(at(folder))) {
                    names.add(entry.getFilename());
                }
            } catch (java.io.UncheckedIOException e) {
                throw e.getCause();
            }
        } catch (IOException e) {
            if (status(e) == SftpConstants.SSH_FX_NO_SUCH_FILE) {
                return names;
            }
            throw failure("列出", folder, e);
        }
        return names;
    }

    @Override
    public boolean removeIfEmpty(String folder) {
        Set<String> names = list(folder);
        names.removeAll(Set.of(".", ".."));
        if (!names.isEmpty()) {
            return false;
        }
        try {
            sftp.rmdir(at(folder));
            return true;
        } catch (SftpException e) {
            return false; // refused (not empty after all, no right to remove it, already gone): the folder stays
        } catch (IOException e) {
            throw failure("删除空目录", folder, e);
        }
    }

    @Override
    public void makeFolders(String folder) {
        String full = at(folder);
        StringBuilder made = new StringBuilder(full.startsWith("/") ? "/" : "");
        for (String part : full.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (made.length() > 0 && made.charAt(made.length() - 1) != '/') {
                made.append('/');
            }
            made.append(part);
            String shown = shown(made.toString());
            try {
                SftpClient.Attributes attributes = sftp.stat(made.toString());
                if (!attributes.isDirectory()) {
                    throw new DeployError("无法创建目录 " + address.display(shown) + "：服务器上已有同名的文件 / a file is in the way。");
                }
            } catch (IOException e) {
                if (status(e) != SftpConstants.SSH_FX_NO_SUCH_FILE) {
                    throw failure("创建目录", shown, e);
                }
                try {
                    sftp.mkdir(made.toString());
                } catch (IOException again) {
                    throw failure("创建目录", shown, again);
                }
            }
        }
    }

    /** A server path as a path below the deploy folder for messages (or as it is when above it). */
    private String shown(String full) {
        return full.startsWith(root + "/") ? full.substring(root.length() + 1) : full.equals(root) ? "" : full;
    }

    @Override
    public void upload(Path local, String path, LongConsumer sent) {
        try (InputStream in = Files.newInputStream(local)) {
            try (OutputStream out = sftp.write(at(path), SftpClient.OpenMode.Write, SftpClient.OpenMode.Create,
                    SftpClient.OpenMode.Truncate)) {
                byte[] buffer = new byte[32 * 1024];
                for (int n; (n = in.read(buffer)) > 0; ) {
                    out.write(buffer, 0, n);
                    sent.accept(n);
                }
            } catch (IOException e) {
                throw failure("写入", path, e);
            }
        } catch (IOException e) {
            throw new DeployError("无法读取本机文件 " + local + " / cannot read the file：" + e.getMessage(), e);
        }
    }

    @Override
    public void replace(String from, String to) {
        try {
            OpenSSHPosixRenameExtension posix = sftp.getExtension(OpenSSHPosixRenameExtension.class);
            if (posix != null && posix.isSupported()) {
                posix.posixRename(at(from), at(to)); // rename(2): replaces in one step
                return;
            }
            if (sftp.getVersion() >= SftpConstants.SFTP_V5) {
                sftp.rename(at(from), at(to), SftpClient.CopyMode.Overwrite, SftpClient.CopyMode.Atomic);
                return;
            }
            // SFTP 3 without the OpenSSH extension cannot replace: delete, then rename (a short gap).
            delete(to);
            sftp.rename(at(from), at(to));
        } catch (IOException e) {
            throw failure("替换", to, e);
        }
    }

    @Override
    public void delete(String path) {
        try {
            sftp.remove(at(path));
        } catch (IOException e) {
            if (status(e) != SftpConstants.SSH_FX_NO_SUCH_FILE) {
                throw failure("删除", path, e);
            }
        }
    }

    @Override
    public void close() {
        try {
            sftp.close();
        } catch (IOException | RuntimeException e) {
            // logging out of a broken connection
        }
        session.close(true);
        client.stop();
    }

    private static int status(IOException e) {
        return e instanceof SftpException s ? s.getStatus() : -1;
    }

    private DeployError failure(String action, String path, IOException e) {
        String where = address.display(path);
        switch (status(e)) {
            case SftpConstants.SSH_FX_PERMISSION_DENIED, SftpConstants.SSH_FX_WRITE_PROTECT:
                return new DeployError("没有权限" + action + " " + where + " / permission denied：服务器拒绝写入。"
                        + "请让服务器管理员给登录用户开放该目录的写权限，或检查部署地址中的目录是否写对。", e);
            case SftpConstants.SSH_FX_NO_SPACE_ON_FILESYSTEM, SftpConstants.SSH_FX_QUOTA_EXCEEDED:
                return new DeployError("服务器磁盘空间不足，无法" + action + " " + where + " / disk full：请清理服务器磁盘"
                        + "（或提高配额）后再部署；已在线的页面仍是完整的，下次部署会补完本次未完成的部分。", e);
            case SftpConstants.SSH_FX_NO_SUCH_FILE:
                return new DeployError("无法" + action + " " + where + "：服务器上没有这个路径 / no such path。"
                        + "请检查部署地址中的目录。", e);
            case SftpConstants.SSH_FX_FAILURE:
                return new DeployError("服务器拒绝" + action + " " + where + " / the server failed（" + e.getMessage()
                        + "）：常见原因是服务器磁盘已满或文件系统只读，请让服务器管理员检查；已在线的页面仍是完整的，"
                        + "排除问题后再部署一次即可补完。", e);
            default:
                if (!(e instanceof SftpException)) {
                    return new DeployError("与服务器 " + address.server() + " 的连接中断，未能" + action + " " + where
                            + " / connection lost（" + e.getMessage() + "）：已在线的页面仍是完整的，网络恢复后再部署一次即可补完。", e);
                }
                return new DeployError("无法" + action + " " + where + "：" + e.getMessage(), e);
        }
    }

    /** known_hosts checking that never trusts a key it does not already know, and remembers what it saw. */
    static final class HostKeyCheck extends KnownHostsServerKeyVerifier {
        private volatile PublicKey unknown;
        private volatile PublicKey changed;

        HostKeyCheck(Path knownHosts) {
            super(RejectAllServerKeyVerifier.INSTANCE, knownHosts);
        }

        @Override
        protected boolean acceptUnknownHostKey(ClientSession session, SocketAddress remote, PublicKey key) {
            unknown = key;
            return false;
        }

        @Override
        public boolean acceptModifiedServerKey(ClientSession session, SocketAddress remote, KnownHostEntry entry,
                PublicKey expected, PublicKey actual) {
            changed = actual;
            return false;
        }

        @Override
        protected boolean acceptIncompleteHostKeys(ClientSession session, SocketAddress remote, PublicKey key,
                Throwable reason) {
            unknown = key;
            return false;
        }

        java.util.Optional<DeployError> problem(DeployAddress address, Path knownHosts, Throwable e) {
            String hostName = address.port() == 22 ? address.host() : "[" + address.host() + "]:" + address.port();
            if (changed != null) {
                return java.util.Optional.of(new DeployError("警告：服务器 " + address.server() + " 的主机密钥与 " + knownHosts
                        + " 中记录的不同 / HOST KEY CHANGED，部署已停止。它现在的指纹是 " + KeyUtils.getFingerPrint(changed)
                        + "。这可能是服务器重装后换了密钥，也可能有人在冒充服务器：请先向服务器管理员核对这个指纹，"
                        + "确认无误后再删除 known_hosts 中 " + hostName + " 的旧记录，加入新记录：\n  " + line(hostName, changed), e));
            }
            if (unknown != null) {
                return java.util.Optional.of(new DeployError("服务器 " + address.server() + " 的主机密钥不在 " + knownHosts
                        + " 中 / unknown host key，部署已停止（不会自动信任陌生的服务器）。它的指纹是 "
                        + KeyUtils.getFingerPrint(unknown) + "。请向服务器管理员核对这个指纹（在服务器上运行 "
                        + "ssh-keygen -lf /etc/ssh/ssh_host_" + keyFileName(unknown) + "_key.pub），确认一致后，把下面一行加入 "
                        + knownHosts + "（或先用 ssh -p " + address.port() + " 用户名@" + address.host() + " 登录一次并回答 yes）：\n  "
                        + line(hostName, unknown), e));
            }
            return java.util.Optional.empty();
        }

        private static String keyFileName(PublicKey key) {
            String type = KeyUtils.getKeyType(key);
            if (type.contains("ed25519")) {
                return "ed25519";
            }
            return type.startsWith("ecdsa") ? "ecdsa" : "rsa";
        }

        private static String line(String hostName, PublicKey key) {
            try {
                return hostName + " " + PublicKeyEntry.toString(key);
            } catch (RuntimeException e) {
                return hostName + " " + KeyUtils.getKeyType(key);
            }
        }
    }
}
