package io.github.gongkai.render;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Keeps only harmless HTML in a converted narrative, whatever its author wrote: no script, no
 * event handler, no {@code javascript:} link, no iframe, no form. The allow-list is jsoup's
 * "relaxed" list (text, headings, lists, tables, links, images) plus the attributes the
 * official-table markup and Asciidoctor's sections use (id, class, title, spans, headers,
 * scope). Style attributes are dropped.
 */
final class NarrativeSanitizer {

    private static final Cleaner CLEANER = new Cleaner(Safelist.relaxed()
            .addTags("section", "figure", "figcaption", "hr", "abbr", "mark")
            .addAttributes(":all", "id", "class", "title", "lang")
            .addAttributes("th", "scope", "headers")
            .addAttributes("td", "headers")
            .addProtocols("a", "href", "#")
            .preserveRelativeLinks(true));

    /** Relative links are checked by resolving them against a base; they stay relative. */
    private static final String BASE = "https://gongkai.invalid/site/";

    private NarrativeSanitizer() {
    }

    /** The fragment with everything outside the allow-list removed. */
    static String clean(String html) {
        Document dirty = Jsoup.parseBodyFragment(html, BASE);
        Document clean = CLEANER.clean(dirty);
        // An image without alt is invalid HTML and unreadable to a screen reader; say it is decorative.
        clean.select("img:not([alt])").attr("alt", "");
        clean.outputSettings().prettyPrint(false);
        return clean.body().html();
    }
}
