package io.github.gongkai.render;

import io.github.gongkai.archive.ArchiveColumn;
import io.github.gongkai.archive.BodyTrends;
import io.github.gongkai.archive.Pagination;
import io.github.gongkai.archive.SitePaths;
import io.github.gongkai.data.AnnualReport;
import io.github.gongkai.data.BodyCategory;
import io.github.gongkai.data.PublishingBody;
import io.github.gongkai.render.PageViews.Crumb;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** 按发布机构浏览: the list of bodies, and one page per body with all its years and its charts. */
final class BodyPages {

    private static final String BODIES_TITLE = "按发布机构浏览";

    private final PageFrame frame;
    private final ArchiveColumn column;

    BodyPages(PageFrame frame, ArchiveColumn column) {
        this.frame = frame;
        this.column = column;
    }

    /**
     * The bodies' pages as tasks that can run at once, each handing its pages to {@code out}: the
     * index of bodies, then one task per body.
     */
    List<Runnable> tasks(Consumer<SiteFile> out) {
        List<Runnable> tasks = new ArrayList<>();
        tasks.add(() -> indexPage(out));
        column.bodies().forEach(body -> tasks.add(() -> bodyPages(body, out)));
        return tasks;
    }

    private void indexPage(Consumer<SiteFile> out) {
        Map<BodyCategory, List<PageViews.BodyLink>> groups = new EnumMap<>(BodyCategory.class);
        for (ArchiveColumn.BodyReports body : column.bodies()) {
            groups.computeIfAbsent(body.body().category(), c -> new ArrayList<>()).add(link(body));
        }
        Map<String, Object> index = frame.model(BODIES_TITLE, SitePaths.bodies(), "栏目",
                List.of(PageFrame.columnCrumb(), new Crumb(BODIES_TITLE, SitePaths.bodies())));
        index.put("groups", groups.entrySet().stream()
                .map(e -> new PageViews.BodyGroup(e.getKey().label(), List.copyOf(e.getValue()))).toList());
        out.accept(frame.listPage(SitePaths.bodies(), "bodies.ftlh", index));
    }

    private void bodyPages(ArchiveColumn.BodyReports body, Consumer<SiteFile> out) {
        PublishingBody who = body.body();
        List<BodyTrends.Chart> trends = BodyTrends.of(body.reports());
        List<String> formerNames = who.names().stream()
                .map(n -> n.name() + "（至" + n.until() + "年）").toList();
        String first = SitePaths.body(who.id());
        for (Pagination.Page pageOf : Pagination.split(body.reports().size(), first)) {
            List<PageViews.BodyYear> years = body.reports().subList(pageOf.from(), pageOf.to()).stream()
                    .map(BodyPages::year).toList();
            Map<String, Object> frameModel = frame.model(who.name(), pageOf.path(), "栏目", List.of(
                    PageFrame.columnCrumb(), new Crumb(BODIES_TITLE, SitePaths.bodies()), new Crumb(who.name(), first)));
            List<BodyTrends.Chart> shown = pageOf.number() == 1 ? trends : List.of();
            PageViews.Pager pager = ViewFactory.pager(pageOf);
            // The charts' figures, not their drawing, decide whether the page changed: drawn only if it did.
            Map<String, Object> madeOf = new LinkedHashMap<>(frameModel);
            madeOf.put("name", who.name());
            madeOf.put("category", who.category().label());
            madeOf.put("formerNames", formerNames);
            madeOf.put("years", years);
            madeOf.put("trends", shown);
            madeOf.put("pager", pager);
            out.accept(frame.listPage(pageOf.path(), "body.ftlh", madeOf, () -> {
                Map<String, Object> model = new LinkedHashMap<>(frameModel);
                model.put("body", new PageViews.Body(who.name(), who.category().label(), formerNames, years,
                        charts(shown)));
                model.put("pager", pager);
                return model;
            }));
        }
    }

    private static List<ChartLayout.ChartView> charts(List<BodyTrends.Chart> trends) {
        List<ChartLayout.ChartView> charts = new ArrayList<>();
        for (int i = 0; i < trends.size(); i++) {
            charts.add(ChartLayout.layout("chart-" + i, trends.get(i)));
        }
        return List.copyOf(charts);
    }

    private static PageViews.BodyLink link(ArchiveColumn.BodyReports body) {
        return new PageViews.BodyLink(body.body().name(), SitePaths.body(body.body().id()), body.reports().size(),
                body.body().category().label());
    }

    private static PageViews.BodyYear year(AnnualReport report) {
        return new PageViews.BodyYear(report.year(), report.publisher(), report.metadata().title(),
                SitePaths.report(report), report.metadata().published().map(LocalDate::toString).orElse(null));
    }
}
