package io.github.gongkai.render;

import io.github.gongkai.incremental.PageMemory;
import io.github.gongkai.incremental.Memory;
import io.github.gongkai.archive.ArchiveColumn;
import io.github.gongkai.archive.SitePaths;
import io.github.gongkai.data.AnnualReport;
import io.github.gongkai.data.PublishingBody;
import io.github.gongkai.data.SiteContent;
import io.github.gongkai.feed.SiteFeeds;
import io.github.gongkai.render.PageViews.Crumb;
import io.github.gongkai.search.SearchIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Renders every page of the site: the home page, the 政府信息公开年报 column (index, years,
 * 全县汇总, bodies), one page per report with its open data, the search page and its index,
 * 404.html, robots.txt, sitemap.xml and the Atom feed, then the theme's assets.
 */
public final class SiteRenderer {

    private static final int LATEST_ON_HOME = 10;
    /** Runs of the column per thread: enough that a thread finishing early finds more work. */
    private static final int SLICES_PER_THREAD = 4;

    private final PageTemplates templates;
    private final Theme theme;
    private final ReportBody bodies;
    private final PageMemory memory;
    private final LastRender last;

    /**
     * @param theme      the site's theme
     * @param narratives gives report narratives as HTML
     */
    public SiteRenderer(Theme theme, NarrativeHtml narratives) {
        this(theme, narratives, Memory.NONE);
    }

    /**
     * @param theme      the site's theme
     * @param narratives gives report narratives as HTML
     * @param memory     which files the last build wrote may be kept as they are
     */
    public SiteRenderer(Theme theme, NarrativeHtml narratives, PageMemory memory) {
        this(theme, narratives, memory, new LastRender());
    }

    /**
     * @param theme      the site's theme
     * @param narratives gives report narratives as HTML
     * @param memory     which files the last build wrote may be kept as they are
     * @param last       what the last build's rendering kept for this one
     */
    public SiteRenderer(Theme theme, NarrativeHtml narratives, PageMemory memory, LastRender last) {
        this.last = last;
        this.theme = theme;
        this.templates = theme.templates();
        this.bodies = new ReportBody(narratives, templates);
        this.memory = memory;
    }

    /**
     * Renders the site, handing each page to {@code out} as it is finished. {@code out} is called
     * from several threads at once, in no fixed order: what it is given does not depend on the order.
     */
    public void render(SiteContent content, Consumer<SiteFile> out) {
        PageFrame frame = new PageFrame(ViewFactory.site(content.config()), templates, memory);
        ArchiveColumn column = ArchiveColumn.of(content);
        List<AnnualReport> ordered = column.reports();
        ColumnPages columnPages = new ColumnPages(frame, column, last.sums());

        // Every page is rendered, and handed on, on every core: first the list pages (which need no
        // narrative, so they are rendered while the narratives are converted), then the report pages,
        // each task a run of the column, so that the threads mostly write into different year
        // folders (the file system creates the files of one folder one at a time).
        List<Runnable> lists = new ArrayList<>();
        lists.add(() -> {
            Map<String, Object> home = frame.model(frame.site().name(), SitePaths.home(), "首页", List.of());
            home.put("latest", ordered.stream().limit(LATEST_ON_HOME).map(ViewFactory::link).toList());
            home.put("years", columnPages.yearLinks());
            home.put("bodiesHref", SitePaths.bodies());
            out.accept(frame.listPage(SitePaths.home(), "home.ftlh", home));
        });
        lists.addAll(columnPages.tasks(out));
        lists.addAll(new BodyPages(frame, column).tasks(out));
        int threads = Runtime.getRuntime().availableProcessors();
        int slices = Math.min(ordered.size(), SLICES_PER_THREAD * threads);
        byte[][] searchEntries = new byte[ordered.size()][];
        ExecutorService pool = Workers.pool("gongkai-pages", threads);
        try {
            List<Future<?>> tasks = new ArrayList<>();
            lists.forEach(task -> tasks.add(pool.submit(task)));
            for (int slice = 0; slice < slices; slice++) {
                int from = (int) ((long) ordered.size() * slice / slices);
                int to = (int) ((long) ordered.size() * (slice + 1) / slices);
                tasks.add(pool.submit(() -> {
                    for (int i = from; i < to; i++) {
                        ReportFiles files = reportFiles(frame, ordered, i);
                        files.pages().forEach(out);
                        searchEntries[i] = files.search();
                    }
                }));
            }
            // In a fixed order, so that of several failing pages the same one is always reported.
            tasks.forEach(Workers::await);
        } finally {
            pool.shutdownNow();
        }

        out.accept(new RenderedPage(SearchIndex.PATH, last.searchIndex(List.of(searchEntries))));
        Map<String, Object> search = frame.model("站内搜索", SitePaths.search(), "搜索",
                List.of(new Crumb("站内搜索", SitePaths.search())));
        search.put("indexHref", SearchIndex.PATH);
        search.put("bodiesHref", SitePaths.bodies());
        search.put("years", columnPages.yearLinks());
        out.accept(frame.listPage(SitePaths.search(), "search.ftlh", search));
        out.accept(frame.listPage("404.html", "404.ftlh", notFound(frame, content)));

        feeds(content, column, out);
        theme.assets().forEach((name, bytes) -> out.accept(new RenderedPage("theme/" + name, bytes)));
    }

    /** What one report contributes: its page, its open data and its search entry (as the index holds it). */
    private record ReportFiles(List<SiteFile> pages, byte[] search) {
    }

    private ReportFiles reportFiles(PageFrame frame, List<AnnualReport> ordered, int i) {
        AnnualReport report = ordered.get(i);
        Optional<PageMemory.ReportFiles> earlier = memory.keptReport(ordered, i);
        if (earlier.isPresent()) {
            return new ReportFiles(earlier.get().files().stream().<SiteFile>map(KeptFile::new).toList(),
                    earlier.get().searchEntry());
        }
        String html = bodies.html(report);
        List<SiteFile> pages = new ArrayList<>();
        pages.add(reportPage(frame, report, html, i == 0 ? null : ordered.get(i - 1),
                i == ordered.size() - 1 ? null : ordered.get(i + 1)));
        pages.addAll(OpenData.files(report));
        byte[] search = SearchIndex.encode(searchEntry(report, searchText(html)));
        memory.wroteReport(ordered, i, new PageMemory.ReportFiles(pages.stream().map(SiteFile::path).toList(), search));
        return new ReportFiles(pages, search);
    }

    private RenderedPage reportPage(PageFrame frame, AnnualReport report, String html, AnnualReport previous,
            AnnualReport next) {
        String path = SitePaths.report(report);
        PageViews.Report view = ViewFactory.report(report, html, previous, next);
        Map<String, Object> model = frame.model(view.title(), path, "文章", List.of(PageFrame.columnCrumb(),
                new Crumb(report.year() + "年", SitePaths.year(report.year())), new Crumb(view.title(), path)));
        model.put("report", view);
        return frame.render(path, "report.ftlh", model);
    }

    /**
     * 404.html is served at any depth, so when baseUrl says where the site lives its links are
     * root-relative: the path of baseUrl ({@code /} for {@code https://www.example.gov.cn/}), on
     * whatever host serves the site (production, staging, a mirror). Without baseUrl they stay
     * relative, right for the site's root folder (and from disk).
     */
    private static Map<String, Object> notFound(PageFrame frame, SiteContent content) {
        Map<String, Object> model = frame.model("页面未找到", "404.html", "其他", List.of(new Crumb("页面未找到", null)));
        content.config().baseUrl().map(SiteRenderer::rootPath).ifPresent(root -> {
            PageViews.Page page = (PageViews.Page) model.get("page");
            model.put("page", new PageViews.Page(page.title(), page.path(), root, page.columnName(),
                    page.columnType(), page.breadcrumb()));
        });
        return model;
    }

    /** The path of the site's root on its server, from baseUrl: always starts and ends with "/". */
    static String rootPath(String baseUrl) {
        String path = baseUrl.replaceFirst("^[a-zA-Z]+://[^/?#]*", "").replaceFirst("[?#].*$", "");
        if (!path.startsWith("/")) {
            path = "/" + path;
        }
        return path.endsWith("/") ? path : path + "/";
    }

    /** The page's text for the search index; the official tables are left out: their labels are the same in every report. */
    private static String searchText(String html) {
        if (html == null) {
            return "";
        }
        Document document = Jsoup.parseBodyFragment(html);
        document.select("table").remove();
        return document.text();
    }

    private static SearchIndex.Entry searchEntry(AnnualReport report, String text) {
        PublishingBody body = report.body();
        List<String> names = new ArrayList<>();
        names.add(body.name());
        body.shortName().ifPresent(names::add);
        body.names().forEach(n -> names.add(n.name()));
        return new SearchIndex.Entry(report.metadata().title(), SitePaths.report(report), report.year(),
                String.join(" ", names.stream().distinct().toList()), body.category().label(), text);
    }

    private static void feeds(SiteContent content, ArchiveColumn column, Consumer<SiteFile> out) {
        SiteFeeds feeds = new SiteFeeds(content.config().baseUrl());
        out.accept(new RenderedPage("robots.txt", feeds.robots()));
        List<SiteFeeds.Page> pages = new ArrayList<>();
        pages.add(new SiteFeeds.Page(SitePaths.home(), null));
        pages.add(new SiteFeeds.Page(SitePaths.column(), null));
        column.years().forEach(y -> pages.add(new SiteFeeds.Page(SitePaths.year(y.year()), null)));
        pages.add(new SiteFeeds.Page(SitePaths.bodies(), null));
        column.bodies().forEach(b -> pages.add(new SiteFeeds.Page(SitePaths.body(b.body().id()), null)));
        List<SiteFeeds.Item> items = new ArrayList<>();
        for (AnnualReport report : column.reports()) {
            pages.add(new SiteFeeds.Page(SitePaths.report(report), report.metadata().published().orElse(null)));
            items.add(new SiteFeeds.Item(report, SitePaths.report(report)));
        }
        feeds.sitemap(pages).ifPresent(xml -> out.accept(new RenderedPage("sitemap.xml", xml)));
        feeds.atom(content.config().siteName(), SitePaths.COLUMN_NAME, items)
                .ifPresent(xml -> out.accept(new RenderedPage("atom.xml", xml)));
    }
}
