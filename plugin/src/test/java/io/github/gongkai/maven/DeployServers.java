package io.github.gongkai.maven;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The real servers the deploy tests publish to and read from, each a Debian package started by
 * the test as a foreground process on a loopback port with its own configuration: OpenSSH's
 * sshd, pure-ftpd and nginx. A test whose server is not installed is skipped, saying which
 * package brings it (.ci/run installs them all).
 */
final class DeployServers implements AutoCloseable {

    static final Path SSHD = Path.of("/usr/sbin/sshd");
    static final Path PURE_FTPD = Path.of("/usr/sbin/pure-ftpd");
    static final Path PURE_PW = Path.of("/usr/bin/pure-pw");
    static final Path NGINX = Path.of("/usr/sbin/nginx");
    static final Path SSH_KEYGEN = Path.of("/usr/bin/ssh-keygen");

    private final List<Process> processes = new ArrayList<>();
    private final Path work;

    DeployServers(Path work) {
        this.work = work;
    }

    static boolean root() {
        return "root".equals(System.getProperty("user.name"));
    }

    static void assumeInstalled(Path program, String debianPackage) {
        assumeTrue(Files.isExecutable(program), program + " 不存在，跳过此测试 / skipped: install the Debian package "
                + debianPackage + " (apt-get install " + debianPackage + "; .ci/run does)");
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** Runs a short command to its end; fails the test on a non-zero exit. */
    static String run(Path directory, String input, String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
        if (input != null) {
            process.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
        }
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new AssertionError(String.join(" ", command) + " failed:\n" + output);
        }
        return output;
    }

    /** An SSH server. */
    record Ssh(int port, Path hostKey, Path knownHosts, Path userKey, String passphrase) {
        /** The public host key files: Ed25519 (the one in known_hosts), ECDSA, RSA. */
        List<Path> hostKeys() {
            return List.of(hostKey, hostKey.resolveSibling("host_ecdsa.pub"), hostKey.resolveSibling("host_rsa.pub"));
        }
    }

    /**
     * Starts {@code sshd -D} on a loopback port with its own Ed25519 host key, accepting the
     * test's key (with a passphrase) for the current user, and passwords (none is right).
     *
     * @param readOnly the SFTP server refuses every write ({@code internal-sftp -R})
     */
    Ssh startSshd(String name, boolean readOnly) throws Exception {
        Path dir = Files.createDirectories(work.resolve(name));
        Path hostKey = dir.resolve("host_ed25519");
        Path userKey = dir.resolve("user_ed25519");
        String passphrase = "口令-passphrase-" + name;
        for (Path key : List.of(hostKey, userKey)) {
            Files.deleteIfExists(key);
            Files.deleteIfExists(Path.of(key + ".pub"));
        }
        run(dir, null, SSH_KEYGEN.toString(), "-q", "-t", "ed25519", "-N", "", "-f", hostKey.toString());
        // Also ECDSA and RSA host keys, as a Debian server has; known_hosts gets only the Ed25519
        // one, as OpenSSH's ssh records it: the client must then check that one.
        for (String type : List.of("ecdsa", "rsa")) {
            Files.deleteIfExists(dir.resolve("host_" + type));
            Files.deleteIfExists(dir.resolve("host_" + type + ".pub"));
            run(dir, null, SSH_KEYGEN.toString(), "-q", "-t", type, "-N", "", "-f", dir.resolve("host_" + type).toString());
        }
        run(dir, null, SSH_KEYGEN.toString(), "-q", "-t", "ed25519", "-N", passphrase, "-f", userKey.toString());
        Path authorized = dir.resolve("authorized_keys");
        Files.copy(dir.resolve("user_ed25519.pub"), authorized, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        int port = freePort();
        Path config = dir.resolve("sshd_config");
        Files.writeString(config, String.join("\n",
                "Port " + port,
                "ListenAddress 127.0.0.1",
                "HostKey " + hostKey,
                "HostKey " + dir.resolve("host_ecdsa"),
                "HostKey " + dir.resolve("host_rsa"),
                "PidFile none",
                "AuthorizedKeysFile " + authorized,
                "StrictModes no",
                "UsePAM no",
                "PermitRootLogin yes",
                "PasswordAuthentication yes",
                "KbdInteractiveAuthentication no",
                "Subsystem sftp internal-sftp" + (readOnly ? " -R" : ""),
                "LogLevel VERBOSE", ""));
        if (root()) {
            Files.createDirectories(Path.of("/run/sshd")); // sshd's privilege separation folder
        }
        start(dir.resolve("sshd.log"), SSHD.toString(), "-D", "-e", "-f", config.toString());
        waitForPort(port);
        Path knownHosts = dir.resolve("known_hosts");
        String hostPublic = Files.readString(dir.resolve("host_ed25519.pub")).trim().split(" ")[0] + " "
                + Files.readString(dir.resolve("host_ed25519.pub")).trim().split(" ")[1];
        Files.writeString(knownHosts, "[127.0.0.1]:" + port + " " + hostPublic + "\n");
        return new Ssh(port, dir.resolve("host_ed25519.pub"), knownHosts, userKey, passphrase);
    }

    /** An FTP server and its one virtual user, whose home is {@code home}. */
    record Ftp(int port, String user, String password) {
    }

    /**
     * Starts pure-ftpd in the foreground on a loopback port with one virtual user (uid nobody,
     * chrooted to {@code home}), no anonymous login.
     */
    Ftp startPureFtpd(String name, Path home) throws Exception {
        return startPureFtpd(name, home, null);
    }

    /** A self-signed certificate for 127.0.0.1 as PEM files for the server and a PKCS12 trust store for Java. */
    record Certificate(Path certificate, Path key, Path trustStore) {
    }

    /** Makes the certificate with the JDK's keytool; the private key is written as PKCS#8 PEM by Java. */
    Certificate certificate(String name) throws Exception {
        Path dir = Files.createDirectories(work.resolve(name));
        Path keyStore = dir.resolve("server.p12");
        Path trustStore = dir.resolve("trust.p12");
        Files.deleteIfExists(keyStore);
        Files.deleteIfExists(trustStore);
        String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        run(dir, null, keytool, "-genkeypair", "-alias", "ftp", "-keyalg", "RSA", "-keysize", "2048", "-dname",
                "CN=127.0.0.1", "-ext", "SAN=ip:127.0.0.1", "-validity", "30", "-storetype", "PKCS12", "-keystore",
                keyStore.toString(), "-storepass", "changeit");
        java.security.KeyStore store = java.security.KeyStore.getInstance("PKCS12");
        try (java.io.InputStream in = Files.newInputStream(keyStore)) {
            store.load(in, "changeit".toCharArray());
        }
        java.util.Base64.Encoder pem = java.util.Base64.getMimeEncoder(64, new byte[] {'\n'});
        Path certificate = dir.resolve("cert.pem");
        Path key = dir.resolve("key.pem");
        Files.writeString(certificate, "-----BEGIN CERTIFICATE-----\n"
                + pem.encodeToString(store.getCertificate("ftp").getEncoded()) + "\n-----END CERTIFICATE-----\n");
        Files.writeString(key, "-----BEGIN PRIVATE KEY-----\n"
                + pem.encodeToString(store.getKey("ftp", "changeit".toCharArray()).getEncoded()) + "\n-----END PRIVATE KEY-----\n");
        run(dir, null, keytool, "-importcert", "-noprompt", "-alias", "ftp", "-file", certificate.toString(),
                "-storetype", "PKCS12", "-keystore", trustStore.toString(), "-storepass", "changeit");
        return new Certificate(certificate, key, trustStore);
    }

    /** Same, with TLS required ({@code -Y 2}) when a certificate is given: an FTPS server. */
    Ftp startPureFtpd(String name, Path home, Certificate tls) throws Exception {
        Path dir = Files.createDirectories(work.resolve(name));
        Files.createDirectories(home);
        run(dir, null, "chown", "nobody:nogroup", home.toString());
        String password = "密码-ftp-gongkai"; // the same user and password on every test FTP server
        Path passwd = dir.resolve("pureftpd.passwd");
        Path db = dir.resolve("pureftpd.pdb");
        Files.deleteIfExists(passwd);
        Files.deleteIfExists(db);
        run(dir, password + "\n" + password + "\n", PURE_PW.toString(), "useradd", "gongkai", "-u", "nobody",
                "-g", "nogroup", "-d", home.toString(), "-f", passwd.toString(), "-m", "-F", db.toString());
        int port = freePort();
        int passive = 30000 + (port % 20000);
        List<String> command = new ArrayList<>(List.of(PURE_FTPD.toString(), "-S", "127.0.0.1," + port, "-l",
                "puredb:" + db, "-E", "-j", "-H", "-A", "-p", passive + ":" + (passive + 40), "-P", "127.0.0.1"));
        if (tls != null) {
            command.addAll(List.of("-Y", "2", "-2", tls.certificate() + "," + tls.key()));
        }
        start(dir.resolve("pure-ftpd.log"), command.toArray(String[]::new));
        waitForPort(port);
        return new Ftp(port, "gongkai", password);
    }

    /** Starts nginx in the foreground serving {@code root} on a loopback port; returns the port. */
    int startNginx(Path root) throws Exception {
        Path dir = Files.createDirectories(work.resolve("nginx"));
        int port = freePort();
        Path config = dir.resolve("nginx.conf");
        String mime = Files.exists(Path.of("/etc/nginx/mime.types")) ? "  include /etc/nginx/mime.types;\n" : "";
        Files.writeString(config, "daemon off;\nmaster_process off;\nerror_log " + dir.resolve("error.log") + ";\n"
                + "pid " + dir.resolve("nginx.pid") + ";\nevents { worker_connections 64; }\nhttp {\n" + mime
                + "  access_log off;\n  charset utf-8;\n"
                + "  client_body_temp_path " + dir.resolve("body") + ";\n  proxy_temp_path " + dir.resolve("proxy") + ";\n"
                + "  fastcgi_temp_path " + dir.resolve("fastcgi") + ";\n  uwsgi_temp_path " + dir.resolve("uwsgi") + ";\n"
                + "  scgi_temp_path " + dir.resolve("scgi") + ";\n"
                + "  server {\n    listen 127.0.0.1:" + port + ";\n    root " + root + ";\n  }\n}\n");
        start(dir.resolve("nginx.log"), NGINX.toString(), "-e", dir.resolve("error.log").toString(), "-p",
                dir.toString(), "-c", config.toString());
        waitForPort(port);
        return port;
    }

    private void start(Path log, String... command) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        processes.add(process);
    }

    private void waitForPort(int port) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            try (Socket socket = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException e) {
                for (Process process : processes) {
                    if (!process.isAlive()) {
                        throw new AssertionError("a test server ended at once (exit " + process.exitValue()
                                + "); see the logs in " + work);
                    }
                }
                Thread.sleep(50);
            }
        }
        throw new AssertionError("nothing listens on 127.0.0.1:" + port + " after 30 s; see the logs in " + work);
    }

    @Override
    public void close() throws InterruptedException {
        for (Process process : processes) {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }
}
