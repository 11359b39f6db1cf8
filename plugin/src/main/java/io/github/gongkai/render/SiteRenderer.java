package io.github.gongkai.render;

import io.github.gongkai.archive.ArchiveColumn;
import io.github.gongkai.archive.SitePaths;
import io.github.gongkai.data.AnnualReport;
import io.github.gongkai.data.SiteContent;
import io.github.gongkai.render.PageViews.Crumb;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Renders every page of the site: the home page, the 政府信息公开年报 column, one page per year
 * and one per report, then the theme's assets.
 */
public final class SiteRenderer {

    private static final String HOME = "首页";
    private static final int LATEST_ON_HOME = 10;

    private final PageTemplates templates;
    private final Theme theme;
    private final ReportBody bodies;

    /**
     * @param theme      the site's theme
     * @param narratives gives report narratives as HTML
     */
    public SiteRenderer(Theme theme, NarrativeHtml narratives) {
        this.theme = theme;
        this.templates = new PageTemplates(theme);
        this.bodies = new ReportBody(narratives, templates);
    }

    /** Renders the site, handing each page to {@code out} as it is finished. */
    public void render(SiteContent content, Consumer<RenderedPage> out) {
        PageViews.Site site = ViewFactory.site(content.config());
        ArchiveColumn column = ArchiveColumn.of(content);
        List<PageViews.Year> years = column.years().stream().map(ViewFactory::year).toList();

        List<PageViews.ReportLink> latest = new ArrayList<>();
        for (int i = content.reports().size() - 1; i >= 0 && latest.size() < LATEST_ON_HOME; i--) {
            latest.add(ViewFactory.link(content.reports().get(i)));
        }
        Map<String, Object> home = model(site, page(site.name(), SitePaths.home(), "首页", List.of()));
        home.put("latest", latest);
        home.put("years", years);
        out.accept(page(SitePaths.home(), "home.ftlh", home));

        Crumb columnCrumb = new Crumb(SitePaths.COLUMN_NAME, SitePaths.column());
        Map<String, Object> index = model(site, page(SitePaths.COLUMN_NAME, SitePaths.column(), "栏目",
                List.of(columnCrumb)));
        index.put("years", years);
        out.accept(page(SitePaths.column(), "column.ftlh", index));

        for (PageViews.Year year : years) {
            Crumb yearCrumb = new Crumb(year.year() + "年", year.href());
            Map<String, Object> yearModel = model(site, page(year.year() + "年政府信息公开工作年度报告", year.href(),
                    "栏目", List.of(columnCrumb, yearCrumb)));
            yearModel.put("year", year);
            out.accept(page(year.href(), "year.ftlh", yearModel));
        }

        for (AnnualReport report : content.reports()) {
            String path = SitePaths.report(report);
            PageViews.Report view = ViewFactory.report(report, bodies.html(report));
            Map<String, Object> model = model(site, page(view.title(), path, "文章", List.of(columnCrumb,
                    new Crumb(report.year() + "年", SitePaths.year(report.year())), new Crumb(view.title(), path))));
            model.put("report", view);
            out.accept(page(path, "report.ftlh", model));
            OpenData.files(report).forEach(out);
        }

        theme.assets().forEach((name, bytes) -> out.accept(new RenderedPage("theme/" + name, bytes)));
    }

    private PageViews.Page page(String title, String path, String columnType, List<Crumb> trail) {
        List<Crumb> breadcrumb = new ArrayList<>();
        breadcrumb.add(new Crumb(HOME, SitePaths.home()));
        for (int i = 0; i < trail.size(); i++) {
            Crumb crumb = trail.get(i);
            breadcrumb.add(i == trail.size() - 1 ? new Crumb(crumb.title(), null) : crumb);
        }
        return new PageViews.Page(title, path, SitePaths.rootOf(path), SitePaths.COLUMN_NAME, columnType,
                List.copyOf(breadcrumb));
    }

    private static Map<String, Object> model(PageViews.Site site, PageViews.Page page) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("site", site);
        model.put("page", page);
        return model;
    }

    private RenderedPage page(String path, String template, Map<String, Object> model) {
        return new RenderedPage(path, templates.render(template, model).getBytes(StandardCharsets.UTF_8));
    }
}
