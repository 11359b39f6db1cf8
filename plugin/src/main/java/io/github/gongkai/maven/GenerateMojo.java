package io.github.gongkai.maven;

import io.github.gongkai.pipeline.SiteGenerator;
import io.github.gongkai.diagnostic.InputError;
import io.github.gongkai.diagnostic.InvalidFigures;
import io.github.gongkai.diagnostic.OutputRefused;
import java.io.File;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Generates the static website of a site project: home page, the 政府信息公开年报 column, one
 * page per year and per report. Run it as {@code mvn site:generate} in the folder that holds
 * site.yaml.
 */
@Mojo(name = "generate", threadSafe = true)
public class GenerateMojo extends AbstractMojo {

    /** The site project folder: where site.yaml, bodies.yaml and reports/ are. */
    @Parameter(property = "gongkai.siteDirectory", defaultValue = "${project.basedir}", required = true)
    private File siteDirectory;

    /**
     * Where the website is written; the previous content is replaced only by a successful build.
     * The folder must be new, empty or written by this plugin (it holds {@code .gongkai-site}),
     * and may not be the site project, a folder above it or inside its inputs.
     */
    @Parameter(property = "gongkai.outputDirectory", defaultValue = "${project.build.directory}/site",
            required = true)
    private File outputDirectory;

    /**
     * Where a build leaves what lets the next one skip work: converted narratives (a rebuild
     * converts only those that changed, and starts no AsciiDoc engine when no AsciiDoc changed),
     * what was read from each report's files and found in its figures (a rebuild parses and checks
     * only the reports whose files changed), each report's entry (a report whose files and
     * neighbours did not change keeps its page), and
     * the build record (a build with nothing changed keeps the whole website). Deleted by
     * {@code mvn clean}; never published.
     */
    @Parameter(property = "gongkai.cacheDirectory", defaultValue = "${project.build.directory}/gongkai-cache",
            required = true)
    private File cacheDirectory;

    /** The Maven project folder, against which a non-default site folder is named in errors. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    private File basedir;

    /**
     * Passes every converted narrative through the HTML sanitizer (see docs/design.md, "Bad input and
     * security"). Set to false only for a site whose every author is trusted: scripts, iframes
     * and event handlers written into a report are then published as written.
     */
    @Parameter(property = "gongkai.sanitize", defaultValue = "true")
    private boolean sanitize;

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
            new SiteGenerator(MavenBuildLog.of(getLog()), getClass().getClassLoader(), sanitize)
                    .generate(siteDirectory.toPath(), outputDirectory.toPath(), cacheDirectory.toPath());
        } catch (InputError e) {
            // Locations are relative to the site folder; say which one when it is not the project's.
            String site = basedir.toPath().toAbsolutePath().normalize()
                    .relativize(siteDirectory.toPath().toAbsolutePath().normalize()).toString();
            throw new MojoFailureException(site.isEmpty() ? e.getMessage() : "站点目录 " + site + "：" + e.getMessage());
        } catch (InvalidFigures | OutputRefused e) {
            throw new MojoFailureException(e.getMessage());
        } catch (OutOfMemoryError e) {
            // Every input is bounded; what is left is a site larger than the memory given to Maven.
            throw new MojoFailureException("生成站点时内存不足（" + e.getMessage() + "）：站点目录 " + siteDirectory
                    + " 中可能有异常巨大的文件（正文、统计数据或 assets/ 中的附件），请先检查；若站点确实很大，可在 .mvn/jvm.config "
                    + "或 MAVEN_OPTS 中增加内存，如 -Xmx2g / out of memory");
        } catch (RuntimeException e) {
            throw new MojoExecutionException("生成站点时出现内部错误（请用 mvn -e 查看详情并报告）：" + e
                    + " / internal error", e);
        }
    }
}
