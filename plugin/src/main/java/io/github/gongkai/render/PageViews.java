package io.github.gongkai.render;

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
            String color, List<NavItem> nav, List<Badge> badges) {
    }

    /**
     * A footer badge.
     *
     * @param title    its name, the image's alternative text
     * @param href     where it links, or null
     * @param external whether {@code href} is absolute
     * @param image    site-root path of its image, or null to show the title as text
     */
    public record Badge(String title, String href, boolean external, String image) {
    }

    /**
     * A navigation entry.
     *
     * @param title    text
     * @param href     site-root path, or an absolute URL when {@code external}
     * @param external whether {@code href} is absolute
     */
    public record NavItem(String title, String href, boolean external) {
    }

    /**
     * One step of the breadcrumb (当前位置).
     *
     * @param title text
     * @param href  site-root path, or null for the current page
     */
    public record Crumb(String title, String href) {
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
            List<Crumb> breadcrumb) {
    }

    /**
     * A report in a list.
     *
     * @param title     its title
     * @param href      its page
     * @param published YYYY-MM-DD or null
     */
    public record ReportLink(String title, String href, String published) {
    }

    /**
     * The reports of one category.
     *
     * @param category 县政府, 县直部门, 乡镇, 街道, 其他
     * @param reports  the reports
     */
    public record Group(String category, List<ReportLink> reports) {
    }

    /**
     * One year of the column.
     *
     * @param year   the report year
     * @param href   the year's page
     * @param groups its category groups
     */
    public record Year(int year, String href, List<Group> groups) {
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
     */
    public record Report(String title, String publisher, String published, String source, String indexNo,
            String docNo, int year, String narrative, List<StatisticRow> statistics, String data) {
    }

    /**
     * One row of the pre-2019 statistics table.
     *
     * @param label its label
     * @param value the figure as printed
     * @param unit  its unit or null
     * @param level 0 for a top-level figure, 1 for a part of it, and so on
     */
    public record StatisticRow(String label, String value, String unit, int level) {
    }
}
