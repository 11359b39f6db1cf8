package io.github.gongkai.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class or method that needs Chromium, chromedriver and axe-core: without them it is
 * skipped and listed at the end of the build, or fails under {@code -Dgongkai.requireBrowser=true}
 * ({@link BrowserRequirement}). On a method, the class's other tests still run.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(BrowserRequirement.class)
public @interface NeedsBrowser {
}
