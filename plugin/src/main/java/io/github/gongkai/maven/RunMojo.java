package io.github.gongkai.maven;

import org.apache.maven.plugins.annotations.Mojo;

/**
 * The same as {@code site:serve}, under the name maven-site-plugin users know: {@code mvn site:run}.
 */
@Mojo(name = "run", threadSafe = true)
public class RunMojo extends ServeMojo {
}
