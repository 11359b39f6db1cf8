package io.github.gongkai.archive;

import io.github.gongkai.data.AnnualReport;
import io.github.gongkai.data.BodyCategory;
import io.github.gongkai.data.PublishingBody;
import io.github.gongkai.data.SiteContent;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The 政府信息公开年报 column: years newest first, each year's reports grouped by body category
 * (县政府 / 县直部门 / 乡镇 / 街道 / 其他), within a category in bodies.yaml order. This order is
 * also the reading order of 上一篇/下一篇.
 *
 * @param years  every year that has a report, newest first
 * @param bodies every body that has a report, with its reports newest first, in bodies.yaml order
 */
public record ArchiveColumn(List<Year> years, List<BodyReports> bodies) implements Serializable {

    /**
     * One year of the column.
     *
     * @param year   the report year
     * @param groups its non-empty category groups, in category order
     */
    public record Year(int year, List<CategoryGroup> groups) implements Serializable {

        /** The year's reports in column order. */
        public List<AnnualReport> reports() {
            return groups.stream().flatMap(g -> g.reports().stream()).toList();
        }
    }

    /**
     * The reports of one category in one year.
     *
     * @param category the category
     * @param reports  its reports in bodies.yaml order
     */
    public record CategoryGroup(BodyCategory category, List<AnnualReport> reports) implements Serializable {
    }

    /**
     * One body's page: all its years.
     *
     * @param body    the body
     * @param reports its reports, newest first
     */
    public record BodyReports(PublishingBody body, List<AnnualReport> reports) implements Serializable {
    }

    /** Arranges the site's reports, which come sorted by year and bodies.yaml order. */
    public static ArchiveColumn of(SiteContent content) {
        Map<Integer, Map<BodyCategory, List<AnnualReport>>> byYear = new TreeMap<>(Comparator.reverseOrder());
        Map<String, List<AnnualReport>> byBody = new LinkedHashMap<>();
        content.bodies().forEach(body -> byBody.put(body.id(), new ArrayList<>()));
        for (AnnualReport report : content.reports()) {
            byYear.computeIfAbsent(report.year(), y -> new EnumMap<>(BodyCategory.class))
                    .computeIfAbsent(report.body().category(), c -> new ArrayList<>())
                    .add(report);
            byBody.get(report.body().id()).add(0, report);
        }
        List<Year> years = new ArrayList<>();
        byYear.forEach((year, groups) -> years.add(new Year(year, groups.entrySet().stream()
                .map(e -> new CategoryGroup(e.getKey(), List.copyOf(e.getValue())))
                .toList())));
        List<BodyReports> bodies = content.bodies().stream()
                .filter(body -> !byBody.get(body.id()).isEmpty())
                .map(body -> new BodyReports(body, List.copyOf(byBody.get(body.id()))))
                .toList();
        return new ArchiveColumn(List.copyOf(years), bodies);
    }

    /** Every report in column order: newest year first, then category, then bodies.yaml order. */
    public List<AnnualReport> reports() {
        return years.stream().flatMap(y -> y.reports().stream()).toList();
    }
}
