package io.github.gongkai.data;

import io.github.gongkai.diagnostic.SourceLocation;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * One labelled figure of a pre-2019 report (旧版年报统计数据), possibly broken down into parts,
 * e.g. 主动公开政府信息 11 条 = 规范性文件 3 + 公开指南 1 + ….
 *
 * @param label    the label as the report prints it
 * @param value    the figure
 * @param unit     its unit (条, 件, 起, 元), optional
 * @param parts    its breakdown, possibly empty
 * @param location where the figure is written
 */
public record StatisticItem(
        String label, BigDecimal value, Optional<String> unit, List<StatisticItem> parts, SourceLocation location) {
}
