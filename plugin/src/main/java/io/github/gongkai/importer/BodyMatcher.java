package io.github.gongkai.importer;

import io.github.gongkai.data.PublishingBody;
import io.github.gongkai.data.PublishingBody.FormerName;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which body a report file is from, and which year: by a name of the body in bodies.yaml (全称,
 * 简称 or 曾用名) in the file's name or in its title, the longest name found deciding ("沭阳县发展和
 * 改革局" before "发改局"); the year is the "2023年" in the same text.
 */
final class BodyMatcher {

    private static final Pattern YEAR = Pattern.compile("(20\\d{2}|19\\d{2})\\s*年");

    /**
     * The outcome.
     *
     * @param body      the body, if exactly one has the longest name found
     * @param ambiguous the bodies that share that longest name, when more than one does
     */
    record Match(Optional<PublishingBody> body, List<PublishingBody> ambiguous) {
    }

    private BodyMatcher() {
    }

    /** The body whose name {@code text} holds. */
    static Match match(List<PublishingBody> bodies, String text) {
        String t = LabelText.fold(text);
        int longest = 0;
        List<PublishingBody> found = new ArrayList<>();
        for (PublishingBody body : bodies) {
            int length = 0;
            for (String name : names(body)) {
                if (t.contains(LabelText.fold(name))) {
                    length = Math.max(length, LabelText.fold(name).length());
                }
            }
            if (length > longest) {
                longest = length;
                found.clear();
            }
            if (length > 0 && length == longest) {
                found.add(body);
            }
        }
        if (found.size() == 1) {
            return new Match(Optional.of(found.get(0)), List.of());
        }
        return new Match(Optional.empty(), List.copyOf(found));
    }

    /** The report year written in {@code text} ("2023年"), if any. */
    static Optional<Integer> year(String text) {
        Matcher year = YEAR.matcher(text);
        return year.find() ? Optional.of(Integer.parseInt(year.group(1))) : Optional.empty();
    }

    private static List<String> names(PublishingBody body) {
        List<String> names = new ArrayList<>();
        names.add(body.name());
        body.shortName().ifPresent(names::add);
        body.names().stream().map(FormerName::name).forEach(names::add);
        return names;
    }
}
