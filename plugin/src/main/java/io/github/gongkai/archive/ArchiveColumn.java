package io.github.gongkai.archive;

import io.github.gongkai.data.AnnualReport;
import io.github.gongkai.data.BodyCategory;
import io.github.gongkai.data.SiteContent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The 政府信息公开年报 column: years newest first, each year's reports grouped by body category
 * (县政府 / 县直部门 / 乡镇 / 街道 / 其他), within a category in bodies.yaml order.
 *
 * @param years every year that has a report, newest first
 */
public record ArchiveColumn(List<Year> years) {

    /**
     * One year of the column.
     *
     * @param year   the report year
     * @param groups its non-empty category groups, in category order
     */
    public record Year(int year, List<CategoryGroup> groups) {
    }

    /**
     * The reports of one category in one year.
     *
     * @param category the category
     * @param reports  its reports in bodies.yaml order
     */
    public record CategoryGroup(BodyCategory category, List<AnnualReport> reports) {
    }

    /** Arranges the site's reports, which come sorted by year and bodies.yaml order. */
    public static ArchiveColumn of(SiteContent content) {
        Map<Integer, Map<BodyCategory, List<AnnualReport>>> byYear = new TreeMap<>(Comparator.reverseOrder());
        for (AnnualReport report : content.reports()) {
            byYear.computeIfAbsent(report.year(), y -> new EnumMap<>(BodyCategory.class))
                    .computeIfAbsent(report.body().category(), c -> new ArrayList<>())
                    .add(report);
        }
        List<Year> years = new ArrayList<>();
        byYear.forEach((year, groups) -> years.add(new Year(year, groups.entrySet().stream()
                .map(e -> new CategoryGroup(e.getKey(), List.copyOf(e.getValue())))
                .toList())));
        return new ArchiveColumn(List.copyOf(years));
    }
}
