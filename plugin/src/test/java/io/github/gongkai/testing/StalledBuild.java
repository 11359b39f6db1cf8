package io.github.gongkai.testing;

import io.github.gongkai.pipeline.SiteGenerator;
import io.github.gongkai.diagnostic.BuildLog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A child JVM running the real build that stops for good in the middle of writing the site: a
 * template rendered after the report pages (404.ftlh, search.ftlh) is never delivered. The pages
 * rendered before it are then in the staging folder and nothing has been committed, so a test can
 * kill -9 it at a known point instead of racing a timer. Arguments: project folder, output
 * folder, marker file to create once stalled, the template, and optionally the cache folder (a
 * build with one updates a website in place).
 */
public final class StalledBuild {

    private StalledBuild() {
    }

    public static void main(String[] args) {
        Path project = Path.of(args[0]);
        Path output = Path.of(args[1]);
        Path stalled = Path.of(args[2]);
        String template = "/" + args[3];
        ClassLoader themes = new ClassLoader(StalledBuild.class.getClassLoader()) {
            @Override
            public URL getResource(String name) {
                if (name.endsWith(template)) {
                    try {
                        Files.writeString(stalled, "stalled");
                        Thread.sleep(Long.MAX_VALUE);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                return super.getResource(name);
            }
        };
        new SiteGenerator(BuildLog.silent(), themes).generate(project, output, args.length > 4 ? Path.of(args[4]) : null);
    }
}
