package io.github.gongkai.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Checks a generated site as a browser opening it from disk would: every internal link,
 * stylesheet, script and image resolves to a file (and a #fragment to an id on its page), no
 * link is root-absolute, and no resource is fetched from another host.
 */
public final class SiteLinks {

    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    private SiteLinks() {
    }

    /** Every broken reference in the site, as "page: reference (reason)"; empty when all is well. */
    public static List<String> problems(Path site) {
        List<String> problems = new ArrayList<>();
        for (Path page : pages(site)) {
            Document html = parse(page);
            String name = site.relativize(page).toString();
            if (name.equals("404.html") && html.selectFirst("link[href^=/]") != null) {
                continue; // served at any depth, so its links are root-relative under baseUrl's path (ArchiveColumnIT)
            }
            for (Element element : html.select("a[href], link[href], script[src], img[src]")) {
                boolean resource = !element.tagName().equals("a");
                String target = element.hasAttr("href") ? element.attr("href") : element.attr("src");
                if (target.startsWith("/")) {
                    problems.add(name + ": " + target + " (root-absolute link breaks file:// and sub-paths)");
                } else if (SCHEME.matcher(target).find()) {
                    if (resource) {
                        problems.add(name + ": " + target + " (resource from the internet)");
                    }
                } else {
                    check(page, html, target).ifPresent(reason -> problems.add(name + ": " + target + " (" + reason
                            + ")"));
                }
            }
        }
        return problems;
    }

    /** Follows the first link whose text is {@code text} on {@code page}, as a click would. */
    public static Path click(Path page, String text) {
        Element link = parse(page).select("a[href]").stream()
                .filter(a -> a.text().equals(text))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no link \"" + text + "\" on " + page));
        return page.resolveSibling(link.attr("href").replaceFirst("#.*$", "")).normalize();
    }

    /** The pages of the site that {@code page} links to (internal links only, without #fragments). */
    public static List<Path> links(Path page) {
        List<Path> targets = new ArrayList<>();
        for (Element link : parse(page).select("a[href]")) {
            String target = link.attr("href").replaceFirst("#.*$", "");
            if (!target.isEmpty() && !SCHEME.matcher(target).find() && target.endsWith(".html")) {
                targets.add(page.resolveSibling(target).normalize());
            }
        }
        return targets;
    }

    /** Parses a page of the site. */
    public static Document parse(Path page) {
        try {
            return Jsoup.parse(page.toFile(), "UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<String> check(Path page, Document html, String target) {
        int hash = target.indexOf('#');
        String path = hash < 0 ? target : target.substring(0, hash);
        String fragment = hash < 0 ? "" : target.substring(hash + 1);
        Path file = path.isEmpty() ? page : page.resolveSibling(path).normalize();
        if (!Files.isRegularFile(file)) {
            return Optional.of("no such file");
        }
        if (!fragment.isEmpty()) {
            Document targetPage = file.equals(page) ? html : parse(file);
            if (targetPage.getElementById(fragment) == null) {
                return Optional.of("no element with that id");
            }
        }
        return Optional.empty();
    }

    private static List<Path> pages(Path site) {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
