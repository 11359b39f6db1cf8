package io.github.gongkai.deploy;

import java.nio.file.Path;
import java.time.Duration;

/** Opens the deploy folder an address names. */
public final class Remotes {

    private Remotes() {
    }

    /**
     * Connects and logs in.
     *
     * @param knownHosts the OpenSSH known_hosts file the server's host key must be in (SFTP)
     * @throws DeployError what stopped the connection, in Chinese
     */
    public static Remote open(DeployAddress address, Login login, Path knownHosts, Duration timeout) {
        return switch (address.scheme()) {
            case "sftp" -> SftpRemote.open(address, login, knownHosts, timeout);
            case "ftp", "ftps" -> FtpRemote.open(address, login, timeout);
            case "file" -> new FileRemote(address);
            default -> throw new DeployError("不支持的部署地址 / unsupported: " + address.display());
        };
    }
}
