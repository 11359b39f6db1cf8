package io.github.gongkai.render;

import java.io.Serializable;
import java.util.List;

/**
 * What the templates see: plain values, ready to print, {@code null} where the site or the
 * report has nothing to show. Every internal {@code href} is relative to the site root; the
 * templates prefix it with {@code page.root}.
 */
public final class PageViews {

    private PageViews() {
    }

    /**
     * The portal, for the header, footer and meta tags of every page.
     *
     * @param name          网站名称
     * @param region        行政区域
     * @param domain        网站域名 or null
     * @param idCode        网站标识码 or null
     * @param sponsor       主办单位
     * @param organizer     承办单位 or null
     * @param icp           ICP备案号 or null
     * @param psb           公安机关备案号 or null
     * @param psbRecordCode the digits of the 公安机关备案号, for its link, or null
     * @param phone         联系电话 or null
     * @param address       地址 or null
     * @param email         电子邮箱 or null
     * @param logo          site-root path of the logo or null
     * @param color         theme colour
     * @param nav           main navigation
     * @param badges        footer badges (党政机关网站标识…), possibly empty
     */
    public record Site(String name, String region, String domain, String idCode, String sponsor, String organizer,
            String icp, String psb, String psbRecordCode, String phone, String address, String email, String logo,
            String color, List<NavItem> nav, List<Badge> badges) implements Serializable {
    }

    /**
     * A footer badge.
     *
     * @param title    its name, the image's alternative text
     * @param href     where it links, or null
     * @param external whether {@code href} is absolute
     * @param image    site-root path of its image, or null to show the title as text
     */
    public record Badge(String title, String href, boolean external, String image) implements Serializable {
    }

    /**
     * A navigation entry.
     *
     * @param title    text
     * @param href     site-root path, or an absolute URL when {@code external}
     * @param external whether {@code href} is absolute
     */
    public record NavItem(String title, String href, boolean external) implements Serializable {
    }

    /**
     * One step of the breadcrumb (当前位置).
     *
     * @param title text
     * @param href  site-root path, or null for the current page
     */
    public record Crumb(String title, String href) implements Serializable {
    }

    /**
     * The page being rendered.
     *
     * @param title       its title (h1 and the first part of the title element)
     * @param path        its own site-root path
     * @param root        the prefix that leads back to the site root
     * @param columnName  ColumnName meta tag
     * @param columnType  ColumnType meta tag
     * @param breadcrumb  当前位置, from 首页 to this page
     */
    public record Page(String title, String path, String root, String columnName, String columnType,
            List<Crumb> breadcrumb) implements Serializable {
    }

    /**
     * A report in a list.
     *
     * @param title     its title
     * @param href      its page
     * @param published YYYY-MM-DD or null
     */
    public record ReportLink(String title, String href, String published) implements Serializable {
    }

    /**
     * The reports of one category.
     *
     * @param category 县政府, 县直部门, 乡镇, 街道, 其他
     * @param reports  the reports
     */
    public record Group(String category, List<ReportLink> reports) implements Serializable {
    }

    /**
     * One year of the column.
     *
     * @param year        the report year
     * @param href        the year's page
     * @param groups      its category groups
     * @param summaryHref its 全县汇总 page, or null when no report of the year has the tables
     */
    public record Year(int year, String href, List<Group> groups, String summaryHref) implements Serializable {
    }

    /**
     * One report page.
     *
     * @param title      信息名称
     * @param publisher  发布机构
     * @param published  公开日期 YYYY-MM-DD or null
     * @param source     来源
     * @param indexNo    索引号 or null
     * @param docNo      文号 or null
     * @param year       report year
     * @param narrative  the narrative as HTML, or null for a data-only report
     * @param statistics the figures of a pre-2019 report, top level and parts, possibly empty
     * @param data       site-root path of the open-data files without extension (add json or
     *                   csv), or null for a report without figures
     * @param bodyHref   the publishing body's page (all its years)
     * @param previous   上一篇 in the column's order, or null for the first
     * @param next       下一篇 in the column's order, or null for the last
     */
    public record Report(String title, String publisher, String published, String source, String indexNo,
            String docNo, int year, String narrative, List<StatisticRow> statistics, String data, String bodyHref,
            ReportLink previous, ReportLink next) implements Serializable {
    }

    /**
     * The page links of a long list (首页 上一页 1 2 3 下一页 尾页).
     *
     * @param number   this page's number, from 1
     * @param count    how many pages
     * @param first    首页
     * @param previous 上一页, or null on the first page
     * @param next     下一页, or null on the last page
     * @param last     尾页
     * @param pages    numbered links around this page
     */
    public record Pager(int number, int count, String first, String previous, String next, String last,
            List<PageLink> pages) implements Serializable {
    }

    /**
     * A numbered page link.
     *
     * @param number  the page number
     * @param href    its page
     * @param current whether it is the page being shown
     */
    public record PageLink(int number, String href, boolean current) implements Serializable {
    }

    /**
     * A publishing body in the list of bodies.
     *
     * @param name     its current name
     * @param href     its page
     * @param years    how many reports it has
     * @param category its category label
     */
    public record BodyLink(String name, String href, int years, String category) implements Serializable {
    }

    /**
     * Bodies of one category.
     *
     * @param category the category label
     * @param bodies   its bodies in bodies.yaml order
     */
    public record BodyGroup(String category, List<BodyLink> bodies) implements Serializable {
    }

    /**
     * One body's page: every year's report under the name the body had that year.
     *
     * @param name        current name
     * @param category    category label
     * @param formerNames earlier names with the years they were used, e.g. 庆安县国土资源局（至2018年）
     * @param reports     its reports, newest first (the page's share when paginated)
     * @param charts      its figures over the years, empty with fewer than two years of tables
     */
    public record Body(String name, String category, List<String> formerNames, List<BodyYear> reports,
            List<ChartLayout.ChartView> charts) implements Serializable {
    }

    /**
     * One year on a body's page.
     *
     * @param year      report year
     * @param publisher the body's name that year
     * @param title     the report's title
     * @param href      the report's page
     * @param published 公开日期 or null
     */
    public record BodyYear(int year, String publisher, String title, String href, String published) implements Serializable {
    }

    /**
     * 全县汇总: a year's tables summed over its bodies.
     *
     * @param year        report year
     * @param tables      the summed tables 二、三、四 as HTML
     * @param reports     the reports summed
     * @param proactiveNote a note when some reports' 表二 could not be summed (other format), or null
     */
    public record Summary(int year, String tables, List<ReportLink> reports, String proactiveNote) implements Serializable {
    }

    /**
     * One row of the pre-2019 statistics table.
     *
     * @param label its label
     * @param value the figure as printed
     * @param unit  its unit or null
     * @param level 0 for a top-level figure, 1 for a part of it, and so on
     */
    public record StatisticRow(String label, String value, String unit, int level) implements Serializable {
    }
}
