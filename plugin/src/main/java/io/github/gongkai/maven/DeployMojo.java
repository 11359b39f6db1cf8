package io.github.gongkai.maven;

import io.github.gongkai.deploy.DeployAddress;
import io.github.gongkai.deploy.DeployError;
import io.github.gongkai.deploy.Deployer;
import io.github.gongkai.deploy.Login;
import io.github.gongkai.deploy.Remote;
import io.github.gongkai.deploy.Remotes;
import io.github.gongkai.diagnostic.OutputRefused;
import io.github.gongkai.output.OutputFolders;
import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

/**
 * Publishes the generated website to the portal's server: {@code sftp://}, {@code ftp://},
 * {@code ftps://} or {@code file://}, the address in {@code <distributionManagement><site><url>}
 * or {@code -Dgongkai.deployUrl}. The login is the settings.xml {@code <server>} whose id is the
 * site's id (passwords may be encrypted with {@code mvn --encrypt-password}). Only new and changed
 * files are sent; files the previous deploy put there that the site no longer has are deleted;
 * other files in the folder are never touched. See docs/zh/deploy.md.
 */
@Mojo(name = "deploy", threadSafe = true)
public class DeployMojo extends AbstractMojo {

    /** The generated website to publish (where {@code site:generate} wrote it). */
    @Parameter(property = "gongkai.outputDirectory", defaultValue = "${project.build.directory}/site",
            required = true)
    private File outputDirectory;

    /**
     * Where to publish, e.g. {@code sftp://www.example.gov.cn/var/www/ndbg}; when absent, the
     * {@code <url>} of {@code <distributionManagement><site>}.
     */
    @Parameter(property = "gongkai.deployUrl")
    private String deployUrl;

    /** The settings.xml {@code <server>} id holding the login; when absent, the {@code <site>}'s {@code <id>}. */
    @Parameter(property = "gongkai.serverId")
    private String serverId;

    /** The OpenSSH known_hosts file that must hold the SFTP server's host key. */
    @Parameter(property = "gongkai.knownHosts", defaultValue = "${user.home}/.ssh/known_hosts", required = true)
    private File knownHosts;

    /** Only list what would be sent and deleted; change nothing on the server. */
    @Parameter(property = "gongkai.dryRun", defaultValue = "false")
    private boolean dryRun;

    /** Seconds to wait for the server to connect, log in or answer. */
    @Parameter(property = "gongkai.timeout", defaultValue = "30")
    private int timeout;

    /** Skips the goal. */
    @Parameter(property = "gongkai.skip", defaultValue = "false")
    private boolean skip;

    /** The project's {@code <distributionManagement><site><url>}. */
    @Parameter(defaultValue = "${project.distributionManagement.site.url}", readonly = true)
    private String siteUrl;

    /** The project's {@code <distributionManagement><site><id>}. */
    @Parameter(defaultValue = "${project.distributionManagement.site.id}", readonly = true)
    private String siteId;

    /** The Maven project folder: a deploy folder on this machine may not be it, above it or inside its inputs. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    private File basedir;

    @Parameter(defaultValue = "${settings}", readonly = true, required = true)
    private Settings settings;

    @Component
    private SettingsDecrypter decrypter;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("已跳过 / skipped (gongkai.skip)");
            return;
        }
        if (!getLog().isDebugEnabled()) {
            // MINA SSHD's own log lines are English and repeat what our messages say in Chinese.
            System.setProperty("org.slf4j.simpleLogger.log.org.apache.sshd", "off");
        }
        try {
            String url = deployUrl != null && !deployUrl.isBlank() ? deployUrl : siteUrl;
            if (url == null || url.isBlank()) {
                throw new MojoFailureException("没有部署地址 / no deploy address：请在 pom.xml 中写上\n"
                        + "  <distributionManagement><site><id>服务器id</id><url>sftp://服务器/目录</url></site></distributionManagement>\n"
                        + "或运行时加 -Dgongkai.deployUrl=sftp://服务器/目录。详见 docs/zh/deploy.md。");
            }
            if (timeout < 1) {
                throw new MojoFailureException("gongkai.timeout（" + timeout + "）应为正整数，单位是秒，例如 30 / the timeout must be"
                        + " a positive number of seconds");
            }
            String id = serverId != null && !serverId.isBlank() ? serverId : siteId;
            DeployAddress address = DeployAddress.parse(url);
            if (address.scheme().equals("file")) {
                OutputFolders.checkDeployFolder(basedir.toPath(), outputDirectory.toPath(), Path.of(address.path()));
            }
            Login login = login(id, address);
            getLog().info((dryRun ? "试运行，检查" : "部署站点到") + " / " + (dryRun ? "dry run for " : "deploying to ")
                    + address.display());
            try (Remote remote = Remotes.open(address, login, knownHosts.toPath(), Duration.ofSeconds(timeout))) {
                new Deployer(MavenBuildLog.of(getLog())).deploy(outputDirectory.toPath(), remote, address, dryRun);
            }
        } catch (DeployError | OutputRefused e) {
            throw new MojoFailureException(e.getMessage());
        } catch (RuntimeException e) {
            throw new MojoExecutionException("部署时出现内部错误（请用 mvn -e 查看详情并报告）：" + e + " / internal error", e);
        }
    }

    /** The decrypted {@code <server>} login, or an empty one when there is none and the address needs none. */
    private Login login(String id, DeployAddress address) throws MojoFailureException {
        Server server = id == null ? null : settings.getServer(id);
        if (server == null) {
            if (!address.scheme().equals("file") && id != null) {
                getLog().warn("settings.xml 中没有 id 为 " + id + " 的 <server>，将不带密码登录 / no <server> with this id");
            }
            return new Login(id, null, null, null, null);
        }
        SettingsDecryptionResult result = decrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
        for (SettingsProblem problem : result.getProblems()) {
            if (problem.getSeverity() != SettingsProblem.Severity.WARNING) {
                throw new MojoFailureException("无法解密 settings.xml 中 <id>" + id + "</id> 的 <server> 的密码 / cannot decrypt："
                        + problem.getMessage() + "。请检查 ~/.m2/settings-security.xml 中的主密码（mvn --encrypt-master-password），"
                        + "并用 mvn --encrypt-password 重新加密密码。");
            }
        }
        Server plain = result.getServer();
        Path key = plain.getPrivateKey() == null || plain.getPrivateKey().isBlank() ? null
                : Path.of(plain.getPrivateKey().replaceFirst("^~", System.getProperty("user.home").replace("\\", "\\\\")));
        return new Login(id, blankToNull(plain.getUsername()), blankToNull(plain.getPassword()), key,
                blankToNull(plain.getPassphrase()));
    }

    private static String blankToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
