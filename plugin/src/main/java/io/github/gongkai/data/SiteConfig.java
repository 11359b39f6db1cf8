package io.github.gongkai.data;

import java.util.List;
import java.util.Optional;

/**
 * The portal's identity (网站基本信息) from {@code site.yaml}: what the header, the footer
 * identity block and the page meta tags show.
 *
 * @param siteName   网站名称, e.g. 中国庆安
 * @param region     行政区域, e.g. 庆安县
 * @param siteDomain 网站域名, optional
 * @param baseUrl    absolute address of the published site, optional (sitemap and feeds only)
 * @param siteIdCode 网站标识码, optional
 * @param sponsor    主办单位
 * @param organizer  承办单位, optional
 * @param icp        ICP备案号, optional
 * @param psb        公安机关备案号, optional
 * @param contact    联系方式, optional parts
 * @param logo       path of the logo under the site project, optional
 * @param nav        main navigation, the archive column always included
 * @param theme      which theme renders the site, and its colour
 * @param badges     footer badges (党政机关网站标识, 我为政府网站找错…), possibly empty
 */
public record SiteConfig(
        String siteName,
        String region,
        Optional<String> siteDomain,
        Optional<String> baseUrl,
        Optional<String> siteIdCode,
        String sponsor,
        Optional<String> organizer,
        Optional<String> icp,
        Optional<String> psb,
        Contact contact,
        Optional<String> logo,
        List<NavLink> nav,
        ThemeChoice theme,
        List<Badge> badges) {

    /**
     * 联系方式 in the footer.
     *
     * @param phone   联系电话
     * @param address 地址
     * @param email   电子邮箱
     */
    public record Contact(Optional<String> phone, Optional<String> address, Optional<String> email) {
        /** No contact details. */
        public static Contact none() {
            return new Contact(Optional.empty(), Optional.empty(), Optional.empty());
        }
    }

    /**
     * One entry of the main navigation.
     *
     * @param title the text shown
     * @param href  a path relative to the site root, or an absolute URL
     */
    public record NavLink(String title, String href) {
    }

    /**
     * A badge in the footer, such as the 党政机关 mark of the 机构编制 网站标识 system.
     *
     * @param title the badge's name, its image's alternative text
     * @param href  where it links (usually the issuer's verification page), optional
     * @param image path of its image under the site project's {@code assets/}, optional
     */
    public record Badge(String title, Optional<String> href, Optional<String> image) {
    }

    /**
     * The theme a site picks.
     *
     * @param name  the theme's name, e.g. {@code default}
     * @param color the colour variant, e.g. {@code red} or {@code blue}
     */
    public record ThemeChoice(String name, String color) {
        /** The default theme in red. */
        public static ThemeChoice standard() {
            return new ThemeChoice("default", "red");
        }
    }
}
