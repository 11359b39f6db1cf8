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
        super("统计数据有 " + violations.size() + " 处勾稽关系不成立，站点未生成。请先对照已公开的原件核对数据并改正录入错误；"
                + "只有原件本身就不成立时（经核对原件确实如此），才可在该报告的 acknowledged 中列出编号，照录原件 / "
                + violations.size() + " invariant violation(s), nothing was published; fix the figures, or, only if the "
                + "published original itself breaks the rule, list the id under acknowledged:\n  "
                + String.join("\n  ", violations));
    }
}
