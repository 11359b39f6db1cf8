package io.github.gongkai.content;

import io.github.gongkai.data.SiteConfig;
import io.github.gongkai.data.SiteConfig.Badge;
import io.github.gongkai.data.SiteConfig.Contact;
import io.github.gongkai.data.SiteConfig.NavLink;
import io.github.gongkai.data.SiteConfig.ThemeChoice;
import io.github.gongkai.diagnostic.InputError;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.Node;

/** Reads {@code site.yaml} (网站基本信息), contract §2. */
final class SiteConfigReader {

    /** A colour is a CSS class name of the theme, e.g. {@code red}. */
    private static final Pattern COLOR = Pattern.compile("[a-z][a-z0-9-]*");

    private SiteConfigReader() {
    }

    static SiteConfig read(SourceText source, Path projectDir) {
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
                assetPath(site, "logo", projectDir),
                site.optionalList("nav").map(items -> nav(site, items)).orElse(List.of()),
                site.optionalMapping("theme").map(SiteConfigReader::theme).orElse(ThemeChoice.standard()),
                site.optionalList("badges").map(items -> badges(site, items, projectDir)).orElse(List.of()));
        site.rejectUnknownKeys();
        return config;
    }

    /** An absolute http(s) address, since sitemap.xml and atom.xml need absolute URLs. */
    private static java.util.Optional<String> baseUrl(YamlMapping site) {
        java.util.Optional<String> url = site.optionalString("baseUrl");
        // A host and a path of plain URL characters: markup or quotes would break every page's links.
        url.filter(u -> !u.matches("https?://[A-Za-z0-9.-]+(:\\d{1,5})?(/[A-Za-z0-9._~!$&()*+,;=:@%/?#-]*)?")).ifPresent(u -> {
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
            links.add(new NavLink(item.requiredString("title", "栏目名称"), link(item, "href").orElseThrow(
                    () -> new InputError(item.location(), "缺少必填字段 \"" + item.fieldPath("href") + "\"（链接） / missing required key"))));
            item.rejectUnknownKeys();
        }
        return links;
    }

    private static List<Badge> badges(YamlMapping site, List<Node> items, Path projectDir) {
        List<Badge> badges = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            YamlMapping item = site.nested(items.get(i), "badges[" + i + "]");
            badges.add(new Badge(item.requiredString("title", "标识名称"), link(item, "href"),
                    assetPath(item, "image", projectDir)));
            item.rejectUnknownKeys();
        }
        return badges;
    }

    /**
     * A link from configuration gets the narratives' URL policy: http, https, mailto or ftp, or a
     * path on this site; never javascript:, data: or any other scheme, and no spaces or quotes.
     */
    private static Optional<String> link(YamlMapping mapping, String key) {
        Optional<String> href = mapping.optionalString(key);
        href.ifPresent(h -> {
            int colon = h.indexOf(':');
            int pathStart = h.replaceAll("[/?#].*", "").length();
            boolean schemed = colon >= 0 && colon < pathStart;
            boolean allowed = schemed ? h.matches("(?i)(https?|ftp)://[^\\s]+|mailto:[^\\s]+") : !h.startsWith("//");
            if (!allowed || !h.matches("[^\\s<>\"'`\\\\]+")) {
                throw new InputError(mapping.location(mapping.value(key).orElseThrow()), "字段 \"" + mapping.fieldPath(key)
                        + "\" 的链接 \"" + h + "\" 不被允许：只能是 http://、https://、mailto:、ftp:// 开头的地址或本站内的路径，"
                        + "不能含空格、引号或尖括号（javascript:、data: 等会在访问者的浏览器中执行）"
                        + " / only http(s), mailto, ftp or a path on this site");
            }
        });
        return href;
    }

    /** A file the site ships: a path under assets/, which is copied to the site as it is. */
    private static Optional<String> assetPath(YamlMapping mapping, String key, Path projectDir) {
        Optional<String> path = mapping.optionalString(key);
        path.ifPresent(p -> {
            if (!p.startsWith("assets/") || p.contains("..") || p.contains("\\")) {
                throw new InputError(mapping.location(mapping.value(key).orElseThrow()), "字段 \"" + mapping.fieldPath(key)
                        + "\" 应为 assets/ 下的文件路径（如 assets/logo.png），当前为 \"" + p + "\" / must be a path under assets/");
            }
            if (!Files.isRegularFile(projectDir.resolve(p))) {
                throw new InputError(mapping.location(mapping.value(key).orElseThrow()), "字段 \"" + mapping.fieldPath(key)
                        + "\" 指向的文件 " + p + " 不存在 / file not found");
            }
        });
        return path;
    }

    private static ThemeChoice theme(YamlMapping theme) {
        theme.optionalString("color").filter(c -> !COLOR.matcher(c).matches()).ifPresent(c -> {
            throw new InputError(theme.location(theme.value("color").orElseThrow()), "字段 \"theme.color\" 应为主题的配色名，"
                    + "如 red 或 blue，当前为 \"" + c + "\" / expected a colour name such as red or blue");
        });
        ThemeChoice standard = ThemeChoice.standard();
        ThemeChoice result = new ThemeChoice(
                theme.optionalString("name").orElse(standard.name()),
                theme.optionalString("color").orElse(standard.color()));
        theme.rejectUnknownKeys();
        return result;
    }
}
