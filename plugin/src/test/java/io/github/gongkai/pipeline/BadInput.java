package io.github.gongkai.pipeline;

import io.github.gongkai.testing.SiteProject;
import java.nio.file.Path;
import java.util.List;

/**
 * One case of the bad-input corpus: a small site project and what building it must give —
 * an error naming file and line with key parts of its Chinese message, or a site in which the
 * hostile content is neutralised.
 *
 * @param name    the case, as the test report shows it
 * @param setup   writes the site project (it starts empty)
 * @param outcome what the build must give
 */
record BadInput(String name, Setup setup, Outcome outcome) {

    /** Writes a case's files. */
    @FunctionalInterface
    interface Setup {
        void write(SiteProject project) throws Exception;
    }

    /** What building a case gives. */
    sealed interface Outcome permits Fails, Builds {
    }

    /**
     * The build stops with our error.
     *
     * @param location  {@code file:line} (or the file alone) the message starts with
     * @param fragments parts of the message that must appear in it
     */
    record Fails(String location, List<String> fragments) implements Outcome {
    }

    /**
     * The build succeeds; the check reads the generated site and the build's warnings.
     *
     * @param check asserts on the site folder and the warnings
     */
    record Builds(SiteCheck check) implements Outcome {
    }

    /** Assertions on a generated site. */
    @FunctionalInterface
    interface SiteCheck {
        void check(Path site, List<String> warnings) throws Exception;
    }

    static BadInput fails(String name, String location, List<String> fragments, Setup setup) {
        return new BadInput(name, setup, new Fails(location, fragments));
    }

    static BadInput builds(String name, Setup setup, SiteCheck check) {
        return new BadInput(name, setup, new Builds(check));
    }

    @Override
    public String toString() {
        return name;
    }
}
