package io.github.gongkai.render;

import io.github.gongkai.archive.ArchiveColumn;
import io.github.gongkai.archive.CountySummaries;
import io.github.gongkai.archive.CountySummary;
import io.github.gongkai.archive.Pagination;
import io.github.gongkai.archive.SitePaths;
import io.github.gongkai.data.AnnualReport;
import io.github.gongkai.render.PageViews.Crumb;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** The 政府信息公开年报 column's list pages: its index, one page per year, and each year's 全县汇总. */
final class ColumnPages {

    private final PageFrame frame;
    private final ArchiveColumn column;
    /** Each year's 全县汇总, summed once: the year lists and the summary pages both need it. */
    private final Map<Integer, Optional<CountySummary>> summaries = new LinkedHashMap<>();
    private final List<PageViews.Year> yearLinks;

    ColumnPages(PageFrame frame, ArchiveColumn column, CountySummaries sums) {
        this.frame = frame;
        this.column = column;
        column.years().forEach(y -> summaries.put(y.year(), sums.of(y.year(), y.reports())));
        this.yearLinks = column.years().stream()
                .map(y -> ViewFactory.years(y.reports(), summaries.get(y.year()).isPresent()).get(0))
                .toList();
    }

    /** The years with their links, for the year lists of the home, column and search pages. */
    List<PageViews.Year> yearLinks() {
        return yearLinks;
    }

    /**
     * The column's pages as tasks that can run at once, each handing its pages to {@code out}: the
     * index, then one task per year (its pages and its 全县汇总).
     */
    List<Runnable> tasks(Consumer<SiteFile> out) {
        List<Runnable> tasks = new ArrayList<>();
        tasks.add(() -> indexPages(out));
        for (ArchiveColumn.Year year : column.years()) {
            Optional<CountySummary> summary = summaries.get(year.year());
            tasks.add(() -> {
                yearPages(year, summary.isPresent(), out);
                summary.ifPresent(s -> out.accept(summaryPage(s)));
            });
        }
        return tasks;
    }

    private void indexPages(Consumer<SiteFile> out) {
        List<AnnualReport> all = column.reports();
        for (Pagination.Page pageOf : Pagination.split(all.size(), SitePaths.column())) {
            Map<String, Object> model = frame.model(SitePaths.COLUMN_NAME, pageOf.path(), "栏目",
                    List.of(PageFrame.columnCrumb()));
            model.put("years", yearLinks);
            model.put("listing", ViewFactory.years(all.subList(pageOf.from(), pageOf.to()), false));
            model.put("pager", ViewFactory.pager(pageOf));
            model.put("bodiesHref", SitePaths.bodies());
            out.accept(frame.listPage(pageOf.path(), "column.ftlh", model));
        }
    }

    private void yearPages(ArchiveColumn.Year year, boolean hasSummary, Consumer<SiteFile> out) {
        List<AnnualReport> reports = year.reports();
        String title = year.year() + "年政府信息公开工作年度报告";
        for (Pagination.Page pageOf : Pagination.split(reports.size(), SitePaths.year(year.year()))) {
            Map<String, Object> model = frame.model(title, pageOf.path(), "栏目", List.of(PageFrame.columnCrumb(),
                    new Crumb(year.year() + "年", SitePaths.year(year.year()))));
            model.put("year", ViewFactory.years(reports.subList(pageOf.from(), pageOf.to()), hasSummary).get(0));
            model.put("pager", ViewFactory.pager(pageOf));
            out.accept(frame.listPage(pageOf.path(), "year.ftlh", model));
        }
    }

    private SiteFile summaryPage(CountySummary summary) {
        String path = SitePaths.summary(summary.year());
        String title = summary.year() + "年全县政府信息公开情况汇总";
        Map<String, Object> frameModel = frame.model(title, path, "栏目", List.of(PageFrame.columnCrumb(),
                new Crumb(summary.year() + "年", SitePaths.year(summary.year())), new Crumb("全县汇总", path)));
        List<TableView> tables = List.of(OfficialTableLayout.proactive(summary.tables()),
                OfficialTableLayout.applications(summary.tables()), OfficialTableLayout.reviews(summary.tables()));
        String note = summary.proactiveOnly().size() == summary.reports().size() ? null
                : "表二只汇总了采用" + summary.tables().format().key() + "格式的 " + summary.proactiveOnly().size()
                        + " 份报告，其余报告的表二栏目不同，未计入。";
        List<PageViews.ReportLink> reports = summary.reports().stream().map(ViewFactory::link).toList();
        // The tables' views, not their HTML, decide whether the page changed: they are rendered only if it did.
        return frame.listPage(path, "summary.ftlh", Arrays.asList(frameModel, tables, reports, summary.year(), note),
                () -> {
                    Map<String, Object> model = new LinkedHashMap<>(frameModel);
                    model.put("summary", new PageViews.Summary(summary.year(),
                            String.join("\n", tables.stream().map(this::table).toList()), reports, note));
                    return model;
                });
    }

    private String table(TableView view) {
        return frame.fragment("official-table.ftlh", Map.of("table", view));
    }
}
