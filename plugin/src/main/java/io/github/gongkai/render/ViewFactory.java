package io.github.gongkai.render;

import io.github.gongkai.archive.Pagination;
import io.github.gongkai.archive.SitePaths;
import io.github.gongkai.data.AnnualReport;
import io.github.gongkai.data.BodyCategory;
import io.github.gongkai.data.SiteConfig;
import io.github.gongkai.data.StatisticItem;
import io.github.gongkai.data.Statistics;
import io.github.gongkai.render.PageViews.Group;
import io.github.gongkai.render.PageViews.NavItem;
import io.github.gongkai.render.PageViews.ReportLink;
import io.github.gongkai.render.PageViews.StatisticRow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Turns the loaded site into the plain values the templates print. */
final class ViewFactory {

    private static final int PAGER_WINDOW = 9;
    private static final Pattern ABSOLUTE = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:|^//");

    private ViewFactory() {
    }

    static PageViews.Site site(SiteConfig config) {
        List<NavItem> nav = new ArrayList<>();
        for (SiteConfig.NavLink link : config.nav()) {
            nav.add(new NavItem(link.title(), link.href(), ABSOLUTE.matcher(link.href()).find()));
        }
        if (nav.stream().noneMatch(item -> item.href().equals(SitePaths.home()))) {
            nav.add(0, new NavItem("首页", SitePaths.home(), false));
        }
        if (nav.stream().noneMatch(item -> item.href().equals(SitePaths.column()))) {
            nav.add(new NavItem(SitePaths.COLUMN_NAME, SitePaths.column(), false));
        }
        return new PageViews.Site(config.siteName(), config.region(), config.siteDomain().orElse(null),
                config.siteIdCode().orElse(null), config.sponsor(), config.organizer().orElse(null),
                config.icp().orElse(null), config.psb().orElse(null),
                config.psb().map(psb -> psb.replaceAll("\\D", "")).filter(d -> !d.isEmpty()).orElse(null),
                config.contact().phone().orElse(null), config.contact().address().orElse(null),
                config.contact().email().orElse(null), config.logo().orElse(null), config.theme().color(),
                List.copyOf(nav), config.badges().stream().map(b -> new PageViews.Badge(b.title(), b.href().orElse(null),
                        b.href().filter(h -> ABSOLUTE.matcher(h).find()).isPresent(), b.image().orElse(null))).toList());
    }

    static ReportLink link(AnnualReport report) {
        return new ReportLink(report.metadata().title(), SitePaths.report(report),
                report.metadata().published().map(LocalDate::toString).orElse(null));
    }

    /**
     * A run of reports in column order, grouped back into years and categories; a list page
     * that starts in the middle of a year or category just continues it.
     */
    static List<PageViews.Year> years(List<AnnualReport> reports, boolean withSummary) {
        Map<Integer, Map<BodyCategory, List<ReportLink>>> byYear = new LinkedHashMap<>();
        for (AnnualReport report : reports) {
            byYear.computeIfAbsent(report.year(), y -> new LinkedHashMap<>())
                    .computeIfAbsent(report.body().category(), c -> new ArrayList<>())
                    .add(link(report));
        }
        List<PageViews.Year> years = new ArrayList<>();
        byYear.forEach((year, groups) -> years.add(new PageViews.Year(year, SitePaths.year(year),
                groups.entrySet().stream().map(e -> new Group(e.getKey().label(), List.copyOf(e.getValue())))
                        .toList(),
                withSummary ? SitePaths.summary(year) : null)));
        return List.copyOf(years);
    }

    /** The page links of a list page, at most {@value #PAGER_WINDOW} numbers around the current one. */
    static PageViews.Pager pager(Pagination.Page page) {
        List<String> paths = page.paths();
        int from = Math.max(1, Math.min(page.number() - PAGER_WINDOW / 2, page.count() - PAGER_WINDOW + 1));
        int to = Math.min(page.count(), from + PAGER_WINDOW - 1);
        List<PageViews.PageLink> links = new ArrayList<>();
        for (int n = from; n <= to; n++) {
            links.add(new PageViews.PageLink(n, paths.get(n - 1), n == page.number()));
        }
        return new PageViews.Pager(page.number(), page.count(), paths.get(0),
                page.number() > 1 ? paths.get(page.number() - 2) : null,
                page.number() < page.count() ? paths.get(page.number()) : null,
                paths.get(paths.size() - 1), List.copyOf(links));
    }

    static PageViews.Report report(AnnualReport report, String narrativeHtml, AnnualReport previous,
            AnnualReport next) {
        List<StatisticRow> rows = new ArrayList<>();
        report.statistics().ifPresent(statistics -> {
            if (statistics instanceof Statistics.Pre2019 pre2019) {
                pre2019.items().forEach(item -> flatten(item, 0, rows));
            }
        });
        var meta = report.metadata();
        String data = report.statistics().isPresent() ? SitePaths.reportData(report, "") : null;
        return new PageViews.Report(meta.title(), report.publisher(),
                meta.published().map(LocalDate::toString).orElse(null), meta.source(), meta.indexNo().orElse(null),
                meta.docNo().orElse(null), report.year(), narrativeHtml, List.copyOf(rows), data,
                SitePaths.body(report.body().id()), previous == null ? null : link(previous),
                next == null ? null : link(next));
    }

    private static void flatten(StatisticItem item, int level, List<StatisticRow> rows) {
        flatten(item, item.label(), level, rows);
    }

    /** A figure, its breakdown, then its 其中 figures, marked so as not to be read as a breakdown. */
    private static void flatten(StatisticItem item, String label, int level, List<StatisticRow> rows) {
        rows.add(new StatisticRow(label, item.printed(), item.unit().orElse(null), level));
        item.parts().forEach(part -> flatten(part, part.label(), level + 1, rows));
        item.ofWhich().forEach(part -> flatten(part, "其中：" + part.label(), level + 1, rows));
    }
}
