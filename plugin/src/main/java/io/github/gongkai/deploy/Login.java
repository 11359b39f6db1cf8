package io.github.gongkai.deploy;

import java.nio.file.Path;

/**
 * Who logs in: the user name and, from the {@code <server>} of settings.xml (already decrypted),
 * a password, or a private key file and its passphrase. Any of them may be null.
 *
 * @param serverId   the {@code <server>} id the values came from, named in error messages; may be null
 * @param username   the login name
 * @param password   the password (FTP, or SSH password login)
 * @param privateKey an OpenSSH or PEM private key file (SSH)
 * @param passphrase the key's passphrase
 */
public record Login(String serverId, String username, String password, Path privateKey, String passphrase) {

    @Override
    public String toString() {
        return "Login[" + serverId + ", " + username + "]"; // never the secrets
    }

    /** Where the user fixes these values, for error messages. */
    String where() {
        return serverId == null ? "settings.xml 中的 <server>（未配置 id）"
                : "settings.xml 中 <id>" + serverId + "</id> 的 <server>";
    }
}
