package io.github.gongkai.incremental;

import java.util.Set;

/**
 * 测量开关: the mechanisms of incremental building that the system property
 * {@code gongkai.forget} (a comma-separated list) switches off for one build, so that the
 * benchmark can time what each saves. A mechanism switched off is not read from, but what it
 * remembers is still saved: the next build finds the same state as after a normal one.
 */
public final class Forget {

    private static final Set<String> OFF = Set.of(System.getProperty("gongkai.forget", "").split(","));

    private Forget() {
    }

    /** Whether {@code mechanism} is switched off for this JVM's builds. */
    public static boolean off(String mechanism) {
        return OFF.contains(mechanism);
    }
}
