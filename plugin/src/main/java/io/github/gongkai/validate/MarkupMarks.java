package io.github.gongkai.validate;

import io.github.gongkai.data.AnnualReport;
import io.github.gongkai.data.MarkupLanguage;
import io.github.gongkai.data.Narrative;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * M1: text an AsciiDoc narrative would not show as written. Two ~ or two ^ on a line with no space
 * between them make a subscript or a superscript: “1~3月、7~9月” would show “3月、7” lowered. Chinese
 * reports write ranges with ~ often; a warning names the line and how to keep the text as it is.
 */
final class MarkupMarks {

    /** Asciidoctor's subscript and superscript: a pair of marks around text without spaces. */
    private static final Pattern PAIR = Pattern.compile("(?<!\\\\)([~^])(\\S+?)\\1");
    /** Delimited blocks whose lines are shown verbatim (listing, literal, passthrough, comment). */
    private static final Pattern VERBATIM = Pattern.compile("^(-{4,}|\\.{4,}|\\+{4,}|/{4,})\\s*$");

    private MarkupMarks() {
    }

    static List<Finding> check(AnnualReport report) {
        return report.narrative().filter(n -> n.language() == MarkupLanguage.ASCIIDOC).map(MarkupMarks::check)
                .orElse(List.of());
    }

    private static List<Finding> check(Narrative narrative) {
        List<Finding> findings = new ArrayList<>();
        String[] lines = narrative.body().split("\n", -1);
        String verbatim = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            Matcher delimiter = VERBATIM.matcher(line);
            if (delimiter.matches()) {
                verbatim = verbatim == null ? delimiter.group(1) : verbatim.equals(delimiter.group(1)) ? null : verbatim;
                continue;
            }
            if (verbatim != null || line.startsWith("//") || line.startsWith(":") || line.indexOf('~') < 0
                    && line.indexOf('^') < 0) {
                continue;
            }
            Matcher pair = PAIR.matcher(line);
            if (pair.find()) {
                boolean sub = pair.group(1).equals("~");
                findings.add(new Finding("M1", false, narrative.source().atLine(narrative.firstLine() + i),
                        "正文“" + pair.group() + "”中两个 " + pair.group(1) + " 之间的文字会显示为" + (sub ? "下标" : "上标")
                                + "（AsciiDoc 格式）；原文如此时请把 " + pair.group(1) + " 写成 " + (sub ? "{tilde}" : "{caret}")
                                + (sub ? " 或全角“～”" : "") + " / text between two " + pair.group(1) + " shows as a "
                                + (sub ? "subscript" : "superscript") + "; write " + (sub ? "{tilde}" : "{caret}")
                                + " to keep it as written"));
            }
        }
        return findings;
    }
}
