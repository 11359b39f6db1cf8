package io.github.gongkai.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The real {@code mvn} as a child process on a site project: the Maven that runs this build,
 * the plugin from the invoker's local repository (as every src/it project gets it), its output in
 * a log file beside the project. For tests that must kill, race or watch a whole Maven run.
 */
public final class ChildMaven {

    private ChildMaven() {
    }

    /** What a finished run gave. */
    public record Result(int exitCode, String log) {
    }

    /** Starts {@code mvn -B <arguments>} in {@code project}, its output into {@code log}. */
    public static Process start(Path project, Path log, String... arguments) throws IOException {
        Path settings = project.resolveSibling(project.getFileName() + "-settings.xml");
        String outer = Path.of(System.getProperty("gongkai.it.outerRepository")).toUri().toString();
        Files.writeString(settings, Files.readString(Path.of("src/it/settings.xml"))
                .replace("@localRepositoryUrl@", outer));
        boolean windows = System.getProperty("os.name").startsWith("Windows");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("maven.home"), "bin", windows ? "mvn.cmd" : "mvn").toString(),
                "-B", "-ntp", "-s", settings.toString(),
                "-Dmaven.repo.local=" + Path.of("target/local-repo").toAbsolutePath()));
        command.addAll(List.of(arguments));
        return new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
    }

    /** Runs {@code mvn -B <arguments>} in {@code project} to its end (bounded, so that a hang fails the test). */
    public static Result run(Path project, String... arguments) throws IOException, InterruptedException {
        Path log = project.resolveSibling(project.getFileName() + "-" + System.nanoTime() + ".log");
        Process maven = start(project, log, arguments);
        if (!maven.waitFor(10, TimeUnit.MINUTES)) {
            kill(maven);
            throw new AssertionError("mvn " + String.join(" ", arguments) + " did not end:\n" + Files.readString(log));
        }
        return new Result(maven.exitValue(), Files.readString(log));
    }

    /** kill -9 of the whole Maven run: the process and every process it started. */
    public static void kill(Process maven) throws InterruptedException {
        maven.descendants().forEach(ProcessHandle::destroyForcibly);
        maven.destroyForcibly();
        if (!maven.waitFor(60, TimeUnit.SECONDS)) {
            throw new AssertionError("the killed mvn did not end");
        }
    }

    /** Copies a project folder (but its target/) to {@code to}, which must not exist. */
    public static Path copy(Path from, Path to) throws IOException {
        try (var files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path relative = from.relativize(file);
                if (!relative.startsWith("target")) {
                    Files.createDirectories(to.resolve(relative).getParent());
                    Files.copy(file, to.resolve(relative));
                }
            }
        }
        return to;
    }
}
