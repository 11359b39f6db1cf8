package io.github.gongkai.data;

import io.github.gongkai.diagnostic.SourceLocation;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * One labelled figure of a pre-2019 report (旧版年报统计数据), possibly broken down into parts,
 * e.g. 主动公开政府信息 11 条 = 规范性文件 3 + 公开指南 1 + ….
 *
 * <p>A report breaks a figure down in two ways that must not be confused: an exhaustive
 * breakdown (分别为, 包括, 按…分: the parts add up to the figure) and a subset (其中, "of which":
 * the parts are some of it and never add up to more). The statistics file writes the first as
 * {@code parts} and the second as {@code ofWhich}; P1 checks {@code =} and {@code ≤}.
 *
 * @param label    the label as the report prints it
 * @param value    the figure, or null when the original left it empty
 * @param unit     its unit (条, 件, 起, 元), optional
 * @param parts    its exhaustive breakdown, possibly empty
 * @param ofWhich  figures that are part of it (其中), possibly empty
 * @param location where the figure is written
 */
public record StatisticItem(String label, BigDecimal value, Optional<String> unit, List<StatisticItem> parts,
        List<StatisticItem> ofWhich, SourceLocation location) implements Serializable {

    /** The figure as the page prints it: nothing for an empty one. */
    public String printed() {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }
}
