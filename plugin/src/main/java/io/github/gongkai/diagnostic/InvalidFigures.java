package io.github.gongkai.diagnostic;

import java.util.List;

/**
 * Reports whose figures break a hard invariant (B1, B2, B3, C1, P1): the build stops before
 * anything is published, listing every violation, one per line with file and line.
 */
public final class InvalidFigures extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * @param violations one line per violation, {@code file:line: id message}
     */
    public InvalidFigures(List<String> violations) {
        super("统计数据有 " + violations.size() + " 处勾稽关系不成立，站点未生成（若原文如此，可在该报告的 acknowledged 中"
                + "列出编号） / " + violations.size() + " invariant violation(s), nothing was published:\n  "
                + String.join("\n  ", violations));
    }
}
