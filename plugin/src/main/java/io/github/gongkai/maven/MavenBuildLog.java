package io.github.gongkai.maven;

import io.github.gongkai.diagnostic.BuildLog;
import org.apache.maven.plugin.logging.Log;

/** The core's {@link BuildLog} written to Maven's log. */
final class MavenBuildLog {

    private MavenBuildLog() {
    }

    /** A build log that writes to {@code log}. */
    static BuildLog of(Log log) {
        return new BuildLog() {
            @Override
            public void info(String message) {
                log.info(message);
            }

            @Override
            public void warn(String message) {
                log.warn(message);
            }
        };
    }
}
