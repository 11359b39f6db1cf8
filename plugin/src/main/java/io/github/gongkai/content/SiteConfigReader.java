package io.github.gongkai.content;

import io.github.gongkai.data.SiteConfig;
import io.github.gongkai.data.SiteConfig.Contact;
import io.github.gongkai.data.SiteConfig.NavLink;
import io.github.gongkai.data.SiteConfig.ThemeChoice;
import io.github.gongkai.diagnostic.InputError;
import java.util.ArrayList;
import java.util.List;
import org.snakeyaml.engine.v2.nodes.Node;

/** Reads {@code site.yaml} (网站基本信息), contract §2. */
final class SiteConfigReader {

    private SiteConfigReader() {
    }

    static SiteConfig read(SourceText source) {
        Node root = YamlSource.parse(source, 0).orElseThrow(() -> new InputError(source.location(),
                "site.yaml 是空的，至少需要 siteName、region、sponsor / site.yaml is empty"));
        YamlMapping site = YamlMapping.root(source.location(), root, 0);
        SiteConfig config = new SiteConfig(
                site.requiredString("siteName", "网站名称"),
                site.requiredString("region", "行政区域"),
                site.optionalString("siteDomain"),
                baseUrl(site),
                site.optionalString("siteIdCode"),
                site.requiredString("sponsor", "主办单位"),
                site.optionalString("organizer"),
                site.optionalString("icp"),
                site.optionalString("psb"),
                site.optionalMapping("contact").map(SiteConfigReader::contact).orElse(Contact.none()),
                site.optionalString("logo"),
                site.optionalList("nav").map(items -> nav(site, items)).orElse(List.of()),
                site.optionalMapping("theme").map(SiteConfigReader::theme).orElse(ThemeChoice.standard()));
        site.rejectUnknownKeys();
        return config;
    }

    /** An absolute http(s) address, since sitemap.xml and atom.xml need absolute URLs. */
    private static java.util.Optional<String> baseUrl(YamlMapping site) {
        java.util.Optional<String> url = site.optionalString("baseUrl");
        url.filter(u -> !u.matches("https?://[^\\s/]+(/\\S*)?")).ifPresent(u -> {
            throw new InputError(site.location(site.value("baseUrl").orElseThrow()), "字段 \"baseUrl\" 的值 \"" + u
                    + "\" 应为以 http:// 或 https:// 开头的完整网址，如 https://www.qingan.gov.cn/ / must be an absolute URL");
        });
        return url;
    }

    private static Contact contact(YamlMapping contact) {
        Contact result = new Contact(
                contact.optionalString("phone"), contact.optionalString("address"), contact.optionalString("email"));
        contact.rejectUnknownKeys();
        return result;
    }

    private static List<NavLink> nav(YamlMapping site, List<Node> items) {
        List<NavLink> links = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            YamlMapping item = site.nested(items.get(i), "nav[" + i + "]");
            links.add(new NavLink(item.requiredString("title", "栏目名称"), item.requiredString("href", "链接")));
            item.rejectUnknownKeys();
        }
        return links;
    }

    private static ThemeChoice theme(YamlMapping theme) {
        ThemeChoice standard = ThemeChoice.standard();
        ThemeChoice result = new ThemeChoice(
                theme.optionalString("name").orElse(standard.name()),
                theme.optionalString("color").orElse(standard.color()));
        theme.rejectUnknownKeys();
        return result;
    }
}
