package io.github.gongkai.maven;

import io.github.gongkai.diagnostic.OutputRefused;
import io.github.gongkai.offline.ArchiveVerifier;
import io.github.gongkai.offline.BuildTime;
import io.github.gongkai.offline.OfflineArchiveError;
import io.github.gongkai.offline.OfflineArchiver;
import io.github.gongkai.offline.Verification;
import java.io.File;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Packs the generated website as an offline archive (离线存档): a zip holding the site, a 说明
 * page ({@code readme.html}) and {@code SHA256SUMS}, the SHA-256 of every file in
 * {@code sha256sum} format. The same site gives the same bytes on every build; the time in it
 * is {@code project.build.outputTimestamp}. The site must have been generated first:
 * {@code mvn site:generate site:archive}.
 *
 * <p>With {@code -Dgongkai.verify=}<i>folder</i> the goal instead re-checks an unpacked archive
 * against its SHA256SUMS and fails naming every missing, changed or extra file.
 */
@Mojo(name = "archive", threadSafe = true)
public class ArchiveMojo extends AbstractMojo {

    /** The generated website to pack (where {@code site:generate} wrote it). */
    @Parameter(property = "gongkai.outputDirectory", defaultValue = "${project.build.directory}/site",
            required = true)
    private File outputDirectory;

    /**
     * The zip file to write; an earlier one is replaced only by a complete new archive. It may
     * not lie inside the site it packs, nor replace a file that is not an archive of ours.
     */
    @Parameter(property = "gongkai.archiveFile",
            defaultValue = "${project.build.directory}/${project.artifactId}-${project.version}-site.zip",
            required = true)
    private File archiveFile;

    /**
     * The one top folder inside the zip, which unpacks beside other archives without mixing: one
     * plain name, without {@code /}, {@code ..} or control characters.
     */
    @Parameter(property = "gongkai.archiveFolder", defaultValue = "${project.artifactId}-${project.version}-site",
            required = true)
    private String archiveFolder;

    /** The site's name, shown on the archive's 说明 page. */
    @Parameter(property = "gongkai.siteTitle", defaultValue = "${project.name}", required = true)
    private String siteTitle;

    /**
     * The build time written on the 说明 page and on every zip entry: an ISO-8601 date-time
     * such as {@code 2026-01-01T00:00:00Z} or seconds since 1970. Without it the entries are
     * dated 1980-01-01 and the page says no time was set. Never the clock, so that two builds
     * give the same bytes.
     */
    @Parameter(defaultValue = "${project.build.outputTimestamp}")
    private String outputTimestamp;

    /**
     * An unpacked archive to check instead of packing: its top folder (holding SHA256SUMS) or
     * the folder it was unzipped into. The build fails naming every missing, changed or extra file.
     */
    @Parameter(property = "gongkai.verify")
    private File verify;

    /** The Maven project folder: the archive is never written over it or its inputs. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    private File basedir;

    /** Skips the goal. */
    @Parameter(property = "gongkai.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("已跳过 / skipped (gongkai.skip)");
            return;
        }
        try {
            if (verify != null) {
                Verification result = ArchiveVerifier.verify(verify.toPath());
                if (!result.passed()) {
                    throw new MojoFailureException(result.failure());
                }
                getLog().info(result.summary());
                return;
            }
            OfflineArchiver.Result result = new OfflineArchiver(siteTitle, BuildTime.parse(outputTimestamp))
                    .pack(basedir.toPath(), outputDirectory.toPath(), archiveFile.toPath(), archiveFolder);
            getLog().info("已生成离线存档 / archive written: " + result.archive() + "（" + result.siteFiles()
                    + " 个站点文件，另有 readme.html 与 SHA256SUMS）");
        } catch (OfflineArchiveError | OutputRefused e) {
            throw new MojoFailureException(e.getMessage());
        } catch (RuntimeException e) {
            throw new MojoExecutionException("生成离线存档时出现内部错误（请用 mvn -e 查看详情并报告）：" + e
                    + " / internal error", e);
        }
    }
}
