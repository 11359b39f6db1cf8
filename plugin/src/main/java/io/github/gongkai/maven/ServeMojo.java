package io.github.gongkai.maven;

import io.github.gongkai.pipeline.LiveSite;
import io.github.gongkai.pipeline.SiteGenerator;
import io.github.gongkai.diagnostic.BuildLog;
import io.github.gongkai.diagnostic.OutputRefused;
import io.github.gongkai.output.OutputFolders;
import io.github.gongkai.preview.LivePreview;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.util.concurrent.CountDownLatch;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Live preview: builds the site in memory, serves it on http://127.0.0.1:8080/, rebuilds what an
 * edit touches when site.yaml, bodies.yaml, reports/, assets/ or theme/ change, and reloads the open
 * page. Runs until Ctrl-C. Writes no website to disk (site:generate does); only this machine can
 * connect unless {@code gongkai.host} says otherwise.
 */
@Mojo(name = "serve", threadSafe = true)
public class ServeMojo extends AbstractMojo {

    /** The site project folder: where site.yaml, bodies.yaml and reports/ are. */
    @Parameter(property = "gongkai.siteDirectory", defaultValue = "${project.basedir}", required = true)
    private File siteDirectory;

    /**
     * site:generate's website folder: the preview writes nothing into it (it serves the website from
     * memory), but writes the check report beside it as site:generate does, and takes its build lock.
     */
    @Parameter(property = "gongkai.outputDirectory", defaultValue = "${project.build.directory}/site",
            required = true)
    private File outputDirectory;

    /**
     * site:generate's cache folder: the preview reads what it holds and never writes it, so that its
     * first build after a generate converts no narrative again (later builds keep what they need in memory).
     */
    @Parameter(property = "gongkai.cacheDirectory", defaultValue = "${project.build.directory}/gongkai-cache",
            required = true)
    private File cacheDirectory;

    /**
     * Passes every converted narrative through the HTML sanitizer, as site:generate does; the
     * preview must show what site:generate would publish.
     */
    @Parameter(property = "gongkai.sanitize", defaultValue = "true")
    private boolean sanitize;

    /** The address to listen on; the default, loopback, lets only this machine connect. */
    @Parameter(property = "gongkai.host", defaultValue = "127.0.0.1")
    private String host;

    /** The port to listen on, 0 to 65535; 0 picks a free one. Text, so that a mistyped one gets our message, not Maven's. */
    @Parameter(property = "gongkai.port", defaultValue = "8080")
    private String port;

    /** Skips the goal. */
    @Parameter(property = "gongkai.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public void execute() throws MojoFailureException {
        if (skip) {
            getLog().info("已跳过 / skipped (gongkai.skip)");
            return;
        }
        int listen = port(port);
        if (new java.net.InetSocketAddress(host, 0).isUnresolved()) {
            throw new MojoFailureException("gongkai.host（" + host + "）无法解析为本机的地址：请用 127.0.0.1（只允许本机访问）"
                    + "或本机的 IP 地址 / the host cannot be resolved");
        }
        try {
            OutputFolders.checkBuild(siteDirectory.toPath(), outputDirectory.toPath(), cacheDirectory.toPath());
        } catch (OutputRefused e) {
            throw new MojoFailureException(e.getMessage());
        }
        BuildLog log = MavenBuildLog.of(getLog());
        SiteGenerator generator = new SiteGenerator(log, getClass().getClassLoader(), sanitize);
        LiveSite site = generator.live(siteDirectory.toPath(), outputDirectory.toPath(), cacheDirectory.toPath());
        LivePreview preview = new LivePreview(siteDirectory.toPath(), site::build, log);
        if (!LivePreview.isLoopback(host)) {
            getLog().warn("预览服务监听 " + host + "，其他计算机也能访问 / the preview is reachable from other machines");
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            preview.close();
            site.close();
            stopped.countDown();
        }, "gongkai-preview-stop");
        URI address;
        try {
            address = preview.start(host, listen);
        } catch (IOException e) {
            preview.close();
            site.close();
            throw new MojoFailureException("无法在 " + host + ":" + listen + " 上提供预览（" + e.getMessage()
                    + "），端口可能已被占用，可用 -Dgongkai.port=… 换一个 / cannot listen there, try another port");
        }
        Runtime.getRuntime().addShutdownHook(hook);
        getLog().info("预览地址 / serving at " + address + " （修改报告后页面自动刷新；按 Ctrl-C 停止 / Ctrl-C stops）");
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            Runtime.getRuntime().removeShutdownHook(hook);
            preview.close();
            site.close();
        }
    }

    /** The port as a number; a mistyped one (text, 1e3, 70000, -1) is refused in words. */
    private static int port(String text) throws MojoFailureException {
        String digits = text == null ? "" : text.strip();
        if (digits.matches("\\d{1,5}") && Integer.parseInt(digits) <= 65535) {
            return Integer.parseInt(digits);
        }
        throw new MojoFailureException("gongkai.port（" + text + "）应为 0 到 65535 之间的整数，例如 8080；0 表示自动选一个空闲端口"
                + " / the port must be a whole number from 0 to 65535");
    }
}
