package io.github.gongkai.pipeline;

import static io.github.gongkai.pipeline.BadInput.builds;
import static io.github.gongkai.pipeline.BadInput.fails;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.testing.SiteLinks;
import io.github.gongkai.testing.SiteProject;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The bad-input corpus (issue #7): what busy office staff, old Word exports in GBK and hostile
 * authors put into a site project, each with the outcome the build must give.
 */
final class BadInputCorpus {

    private static final Charset GBK = Charset.forName("GBK");
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final String MD = "reports/2018/pingshun.md";
    private static final String STATS = "reports/2018/pingshun.yaml";
    private static final String REPORT_PAGE = "ndbg/2018/pingshun.html";

    private BadInputCorpus() {
    }

    static Stream<BadInput> cases() {
        return Stream.of(yamlSyntax(), wrongTypes(), unknownAndMissingKeys(), filesAndFolders(), emptyAndLarge(),
                encodings(), lineEnds(), controlCharacters(), links(), hostileMarkup(), resourceBombs(),
                HostileConfigurationCorpus.cases())
                .flatMap(List::stream);
    }

    private static List<BadInput> yamlSyntax() {
        return List.of(
                fails("yaml-bodies-bad-indentation", "bodies.yaml:3", List.of("YAML 语法错误"), p -> site(p)
                        .file("bodies.yaml", "- id: pingshun\n  name: 庆安县平顺街道办事处\n   category: subdistrict\n")),
                fails("yaml-site-unclosed-quote", "site.yaml:1", List.of("YAML 语法错误：引号或括号没有闭合"), p -> site(p)
                        .file("site.yaml", "siteName: \"测试站\nregion: 测试县\nsponsor: 测试县人民政府办公室\n")),
                fails("yaml-statistics-tab-indentation", STATS + ":3", List.of("YAML 语法错误：缩进不能用 Tab 键，请改用空格"), p -> site(p)
                        .file(STATS, "format: pre2019\nstatistics:\n\t- {label: 举报, value: 0}\n")),
                fails("json-missing-comma", "reports/2018/pingshun.json:4", List.of("YAML 语法错误"), p -> site(p)
                        .file("reports/2018/pingshun.json", "{\"format\": \"pre2019\",\n \"statistics\": [\n"
                                + "  {\"label\": \"举报\", \"value\": 2}\n  {\"label\": \"投诉\", \"value\": 1}\n]}\n")),
                fails("yaml-duplicate-key", "site.yaml:4", List.of("字段 \"sponsor\" 重复出现（第一次在第 3 行）"),
                        p -> site(p).file("site.yaml", SiteProject.SITE_YAML + "sponsor: 另一个主办单位\n")),
                fails("duplicate-figure-in-table-row", STATS + ":5",
                        List.of("\"reviewsAndLitigation.review.total\" 重复出现（第一次在第 4 行）"),
                        p -> site(p).file(STATS, "format: v2021\nreviewsAndLitigation:\n  review:\n    total: 1\n"
                                + "    total: 2\n")),
                fails("markdown-front-matter-syntax", MD + ":2", List.of("YAML 语法错误"), p -> site(p)
                        .file(MD, "---\ntitle: [未闭合\n---\n正文\n")));
    }

    private static List<BadInput> wrongTypes() {
        return List.of(
                fails("count-in-chinese-numerals", STATS + ":4", List.of("\"statistics[0].value\"", "\"十二\" 不是数字"),
                        p -> site(p).file(STATS, "format: pre2019\nstatistics:\n  - label: 举报\n    value: 十二\n")),
                fails("table-count-in-chinese-numerals", STATS + ":13", List.of("表三", "予以公开", "\"十二\" 应为整数"),
                        p -> site(p).file(STATS, v2021().replace("granted:   [20,", "granted:   [十二,"))),
                fails("table-count-fraction", STATS + ":13", List.of("表三", "\"3.5\" 应为整数"),
                        p -> site(p).file(STATS, v2021().replace("granted:   [20,", "granted:   [3.5,"))),
                fails("table-count-negative", STATS + ":11", List.of("表三", "-1 不能为负数"),
                        p -> site(p).file(STATS, v2021().replace("received:  [26,", "received:  [-1,"))),
                fails("pre2019-count-negative", STATS + ":4", List.of("不能为负数（-3）"),
                        p -> site(p).file(STATS, "format: pre2019\nstatistics:\n  - label: 举报\n    value: -3\n")),
                fails("table-cell-is-a-list", STATS + ":13", List.of("应为一个数，不能是列表或键值对"),
                        p -> site(p).file(STATS, v2021().replace("granted:   [20,", "granted:   [[20],"))),
                fails("table-row-with-five-cells", STATS + ":13", List.of("应有 7 个数", "这里有 5 个"),
                        p -> site(p).file(STATS, v2021().replace("granted:   [20, 0, 0, 0, 0, 0, 20]",
                                "granted:   [20, 0, 0, 0, 20]"))),
                fails("count-too-large", STATS + ":4", List.of("科学计数法"),
                        p -> site(p).file(STATS, "format: pre2019\nstatistics:\n  - label: 举报\n"
                                + "    value: 1e999999999\n")),
                fails("count-with-too-many-digits", STATS + ":4", List.of("超出年报数字的合理范围"),
                        p -> site(p).file(STATS, "format: pre2019\nstatistics:\n  - label: 举报\n"
                                + "    value: 1234567890123456789\n")),
                fails("table-count-with-a-hundred-digits", STATS + ":13", List.of("超出年报数字的合理范围"),
                        p -> site(p).file(STATS, v2021().replace("granted:   [20,",
                                "granted:   [" + "9".repeat(100) + ","))),
                fails("year-in-chinese-numerals", "bodies.yaml:4", List.of("\"[0].names[0].until\"", "应为整数"),
                        p -> site(p).file("bodies.yaml", "- id: pingshun\n  name: 平顺街道办事处\n  category: subdistrict\n"
                                + "  names: [{until: 二〇一八, name: 平顺镇}]\n")),
                fails("year-out-of-range", "bodies.yaml:4", List.of("不是有效的年份"),
                        p -> site(p).file("bodies.yaml", "- id: pingshun\n  name: 平顺街道办事处\n  category: subdistrict\n"
                                + "  names: [{until: 99999999999, name: 平顺镇}]\n")),
                fails("unknown-body-level", "bodies.yaml:4", List.of("\"[0].level\" 的值 \"shi\" 无效", "county（县级及以下）"),
                        p -> site(p).file("bodies.yaml", "- id: pingshun\n  name: 平顺街道办事处\n  category: subdistrict\n"
                                + "  level: shi\n")),
                fails("of-which-is-not-a-list", STATS + ":5", List.of("\"statistics[0].ofWhich\" 应为列表"),
                        p -> site(p).file(STATS, "format: pre2019\nstatistics:\n  - label: 举报\n    value: 2\n"
                                + "    ofWhich: 1\n")),
                fails("of-which-item-is-a-number", STATS + ":5", List.of("应为键值对"),
                        p -> site(p).file(STATS, "format: pre2019\nstatistics:\n  - label: 举报\n    value: 2\n"
                                + "    ofWhich: [1]\n")),
                fails("site-name-is-a-list", "site.yaml:1", List.of("\"siteName\" 应为文字"),
                        p -> site(p).file("site.yaml", "siteName: [测试站]\nregion: 测试县\nsponsor: 办公室\n")),
                fails("bodies-is-a-mapping", "bodies.yaml:1", List.of("bodies.yaml 应为发布机构列表"),
                        p -> site(p).file("bodies.yaml", "id: pingshun\nname: 平顺街道办事处\n")),
                fails("unknown-format", STATS + ":1", List.of("\"v2020\" 无效，应为 pre2019、v2019 或 v2021"),
                        p -> site(p).file(STATS, "format: v2020\n")),
                fails("unknown-acknowledged-id", STATS + ":2", List.of("\"X9\" 不是可确认的违例编号"),
                        p -> site(p).file(STATS, "format: pre2019\nacknowledged: [X9]\n")),
                fails("impossible-date", MD + ":2", List.of("\"2019-02-30\" 不是有效日期"),
                        p -> site(p).file(MD, "---\npublished: 2019-02-30\n---\n正文\n")),
                fails("figures-that-do-not-add-up", STATS + ":11", List.of("B1 自然人列"),
                        p -> site(p).file(STATS, v2021().replace("received:  [26,", "received:  [27,"))));
    }

    private static List<BadInput> unknownAndMissingKeys() {
        return List.of(
                fails("unknown-site-key", "site.yaml:4", List.of("未知字段 \"sitIdCode\"（您是否想写 \"siteIdCode\"？）"),
                        p -> site(p).file("site.yaml", SiteProject.SITE_YAML + "sitIdCode: \"2312240001\"\n")),
                fails("unknown-body-key", "bodies.yaml:2", List.of("未知字段 \"[0].nmae\"（您是否想写 \"[0].name\"？）"),
                        p -> site(p).file("bodies.yaml", "- id: pingshun\n  nmae: 平顺街道办事处\n  name: 平顺\n"
                                + "  category: subdistrict\n")),
                fails("unknown-table-key", STATS + ":11", List.of("您是否想写 \"applications.received\"？"),
                        p -> site(p).file(STATS, v2021().replace("received:  [26,", "recieved:  [26,"))),
                fails("unknown-front-matter-key", MD + ":2", List.of("未知字段 \"titel\"（您是否想写 \"title\"？）"),
                        p -> site(p).file(MD, "---\ntitel: 年报\n---\n正文\n")),
                fails("unknown-item-key", STATS + ":3",
                        List.of("未知字段 \"statistics[0].uint\"（您是否想写 \"statistics[0].unit\"？）"),
                        p -> site(p).file(STATS, "format: pre2019\nstatistics:\n  - {label: 举报, value: 0, uint: 起}\n")),
                fails("missing-required-site-key", "site.yaml:1", List.of("缺少必填字段 \"region\"（行政区域）"),
                        p -> site(p).file("site.yaml", "siteName: 测试站\nsponsor: 测试县人民政府办公室\n")),
                fails("missing-required-body-key", "bodies.yaml:1", List.of("缺少必填字段 \"[0].name\"（机构全称）"),
                        p -> site(p).file("bodies.yaml", "- id: pingshun\n  category: subdistrict\n")),
                fails("missing-required-figure", STATS + ":3", List.of("缺少必填字段 \"statistics[0].value\"（数量）"),
                        p -> site(p).file(STATS, "format: pre2019\nstatistics:\n  - {label: 举报}\n")),
                fails("missing-bodies-yaml", "bodies.yaml", List.of("找不到 bodies.yaml"),
                        p -> p.file("site.yaml", SiteProject.SITE_YAML)));
    }

    private static List<BadInput> filesAndFolders() {
        return List.of(
                fails("unknown-body-id", "reports/2018/pinshun.md", List.of("\"pinshun\" 未在 bodies.yaml 中登记",
                        "您是否想写 \"pingshun\"？"), p -> site(p).file("reports/2018/pinshun.md", "正文\n")),
                fails("year-folder-with-letter-o", "reports/2O18", List.of("\"2O18\" 不是年份"),
                        p -> site(p).file("reports/2O18/pingshun.md", "正文\n")),
                fails("year-folder-in-full-width-digits", "reports/２０１８", List.of("不是年份"),
                        p -> site(p).file("reports/２０１８/pingshun.md", "正文\n")),
                fails("report-file-outside-a-year-folder", "reports/pingshun.md", List.of("\"pingshun.md\" 不是年份"),
                        p -> site(p).file("reports/pingshun.md", "正文\n")),
                fails("adoc-and-md-for-one-report", "reports/2018/pingshun.md",
                        List.of("两个正文文件：pingshun.adoc 和 pingshun.md"), p -> site(p)
                                .file("reports/2018/pingshun.adoc", "= 年报\n").file(MD, "正文\n")),
                fails("json-and-yaml-for-one-report", STATS, List.of("两个统计数据文件：pingshun.json 和 pingshun.yaml"),
                        p -> site(p).file("reports/2018/pingshun.json", "{}").file(STATS, "format: pre2019\n")),
                fails("chinese-file-name", "reports/2018/平顺.adoc", List.of("文件名 \"平顺.adoc\" 不是发布机构 id",
                        "您是否想写 \"pingshun.adoc\"（庆安县平顺街道办事处）？"),
                        p -> site(p).file("reports/2018/平顺.adoc", "= 年报\n")),
                fails("file-name-with-a-space", "reports/2018/ping shun.md", List.of("文件名 \"ping shun.md\" 不是发布机构 id",
                        "[a-z0-9-]+"), p -> site(p).file("reports/2018/ping shun.md", "正文\n")),
                fails("file-name-in-capitals", "reports/2018/PingShun.md", List.of("不是发布机构 id"),
                        p -> site(p).file("reports/2018/PingShun.md", "正文\n")));
    }

    private static List<BadInput> emptyAndLarge() {
        return List.of(
                fails("empty-site-yaml", "site.yaml", List.of("site.yaml 是空的"), p -> site(p).file("site.yaml", "")),
                fails("empty-bodies-yaml", "bodies.yaml", List.of("bodies.yaml 应为发布机构列表"),
                        p -> site(p).file("bodies.yaml", "")),
                fails("empty-statistics", STATS, List.of("统计数据文件是空的"), p -> site(p).file(STATS, "")),
                fails("statistics-with-only-comments", STATS, List.of("统计数据文件是空的"),
                        p -> site(p).file(STATS, "# 数据待补\n\n")),
                builds("empty-narrative-builds-with-a-warning", p -> site(p).file(MD, ""), (site, warnings) -> {
                    assertTrue(warnings.contains(MD + ": 正文文件是空的，页面只有标题 / the narrative is empty"),
                            warnings.toString());
                    assertEquals("庆安县平顺街道办事处2018年政府信息公开工作年度报告", page(site).selectFirst("h1").text());
                }),
                fails("narrative-of-50-mb", MD, List.of("文件过大（50.0 MB），超过 10 MB 的上限"), p -> {
                    site(p);
                    byte[] line = "本报告根据《中华人民共和国政府信息公开条例》编制。\n".getBytes(StandardCharsets.UTF_8);
                    Path file = Files.createDirectories(p.root().resolve("reports/2018")).resolve("pingshun.md");
                    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
                        for (long written = 0; written < 50L * 1024 * 1024; written += line.length) {
                            out.write(line);
                        }
                    }
                }));
    }

    private static List<BadInput> encodings() {
        return List.of(
                fails("gbk-narrative", MD + ":3", List.of("文件不是 UTF-8 编码，看起来是 GBK/GB18030",
                        "iconv -f GB18030 -t UTF-8 \"" + MD + "\""), p -> site(p)
                                .bytes(MD, "# Report\n\n平顺街道办事处2018年政府信息公开工作年度报告\n".getBytes(GBK))),
                fails("gb18030-statistics-with-four-byte-characters", STATS + ":4", List.of("看起来是 GBK/GB18030"),
                        p -> site(p).bytes(STATS, "format: pre2019\nstatistics:\n  - value: 0\n    label: 𠀀𪚥\n"
                                .getBytes(GB18030))),
                fails("gbk-site-yaml", "site.yaml:1", List.of("看起来是 GBK/GB18030"),
                        p -> site(p).bytes("site.yaml", SiteProject.SITE_YAML.getBytes(GBK))),
                fails("utf-16-with-bom", MD, List.of("看起来是 UTF-16"),
                        p -> site(p).bytes(MD, "\uFEFF年报正文\n".getBytes(StandardCharsets.UTF_16LE))),
                fails("neither-utf-8-nor-gb18030", STATS + ":2", List.of("文件不是 UTF-8 编码（该行有无效字节）"),
                        p -> site(p).bytes(STATS, new byte[] {'a', ':', ' ', '1', '\n', 'b', ':', ' ', (byte) 0xFF,
                            (byte) 0xFF, '\n'})),
                fails("utf-8-bom-keeps-lines-right", STATS + ":3", List.of("\"十二\" 不是数字"),
                        p -> site(p).file(STATS, "\uFEFFformat: pre2019\nstatistics:\n  - {label: 举报, value: 十二}\n")),
                builds("utf-8-bom-on-every-file", p -> p.file("site.yaml", "\uFEFF" + SiteProject.SITE_YAML)
                        .file("bodies.yaml", "\uFEFF" + SiteProject.BODIES_YAML)
                        .file(MD, "\uFEFF---\ntitle: 带BOM的年报\n---\n正文。\n"),
                        (site, warnings) -> assertEquals("带BOM的年报", page(site).selectFirst("h1").text())));
    }

    private static List<BadInput> lineEnds() {
        return List.of(
                fails("crlf-statistics-error-line", STATS + ":4", List.of("\"十二\" 不是数字"), p -> site(p)
                        .file(STATS, "format: pre2019\r\nstatistics:\r\n  - label: 举报\r\n    value: 十二\r\n")),
                fails("crlf-front-matter-error-line", MD + ":3", List.of("未知字段 \"titel\""), p -> site(p)
                        .file(MD, "---\r\npublished: 2019-01-25\r\ntitel: 年报\r\n---\r\n正文\r\n")),
                fails("crlf-bodies-error-line", "bodies.yaml:3", List.of("\"[0].category\" 的值 \"street\" 无效"),
                        p -> site(p).file("bodies.yaml", "- id: pingshun\r\n  name: 平顺\r\n  category: street\r\n")),
                builds("crlf-narrative-builds", p -> site(p).file(MD, "---\r\ntitle: 回车换行年报\r\n---\r\n"
                        + "## 一、概述\r\n\r\n正文。\r\n"), (site, warnings) -> {
                            Document page = page(site);
                            assertEquals("回车换行年报", page.selectFirst("h1").text());
                            assertEquals("一、概述", page.selectFirst(".article-content h2").text());
                        }));
    }

    private static List<BadInput> controlCharacters() {
        return List.of(
                fails("nul-byte-in-narrative", MD + ":2", List.of("控制字符 U+0000（NUL）"),
                        p -> site(p).file(MD, "第一行\n第二\u0000行\n")),
                fails("nul-byte-in-statistics", STATS + ":3", List.of("控制字符 U+0000（NUL）"),
                        p -> site(p).file(STATS, "format: pre2019\nstatistics:\n  - {label: 举\u0000报, value: 0}\n")),
                fails("dos-end-of-file-mark", "site.yaml:4", List.of("控制字符 U+001A"),
                        p -> site(p).file("site.yaml", SiteProject.SITE_YAML + "\u001A")),
                fails("non-character-in-yaml", STATS + ":3", List.of("YAML 中不允许出现字符 U+FFFF"),
                        p -> site(p).file(STATS, "format: pre2019\nstatistics:\n  - {label: 举\uFFFF报, value: 0}\n")));
    }

    private static List<BadInput> links() {
        return List.of(
                fails("narrative-symlink-out-of-the-site", MD, List.of("文件通过符号链接指向站点项目之外"), p -> {
                    site(p).file(MD, "占位\n");
                    Path secret = Files.writeString(p.root().resolveSibling("secret.md"), "机密");
                    Files.delete(p.root().resolve(MD));
                    Files.createSymbolicLink(p.root().resolve(MD), secret);
                }),
                fails("year-folder-symlink-out-of-the-site", MD, List.of("指向站点项目之外"), p -> {
                    site(p);
                    Path elsewhere = Files.createDirectories(p.root().resolveSibling("elsewhere"));
                    Files.writeString(elsewhere.resolve("pingshun.md"), "机密");
                    Files.createDirectories(p.root().resolve("reports"));
                    Files.createSymbolicLink(p.root().resolve("reports/2018"), elsewhere);
                }),
                fails("asset-symlink-out-of-the-site", "assets/passwd", List.of("指向站点项目之外"), p -> {
                    site(p).file(MD, "正文\n").file("assets/logo.txt", "logo");
                    Files.createSymbolicLink(p.root().resolve("assets/passwd"), Path.of("/etc/passwd"));
                }),
                // The walk would not follow a linked assets/ and publish nothing without a word.
                fails("assets-folder-symlink-out-of-the-site", "assets", List.of("指向站点项目之外"), p -> {
                    site(p).file(MD, "正文\n");
                    Path elsewhere = Files.createDirectories(p.root().resolveSibling("shared-assets"));
                    Files.writeString(elsewhere.resolve("logo.txt"), "logo");
                    Files.createSymbolicLink(p.root().resolve("assets"), elsewhere);
                }),
                builds("assets-folder-symlink-inside-the-site", p -> {
                    site(p).file(MD, "正文\n").file("shared/logo.txt", "logo");
                    Files.createSymbolicLink(p.root().resolve("assets"), Path.of("shared"));
                }, (site, warnings) -> assertEquals("logo", Files.readString(site.resolve("assets/logo.txt")))),
                builds("asciidoc-includes-out-of-the-site", p -> {
                    Files.writeString(p.root().resolveSibling("pom.xml"), "OUTER-POM-CONTENT");
                    Files.writeString(p.root().resolveSibling("secret.txt"), "OUTER-SECRET");
                    site(p).file("pom.xml", "SITE-OWN-POM").file("reports/2018/pingshun.adoc", """
                            = 年报

                            include::/etc/passwd[]

                            include::../../pom.xml[]

                            include::../secret.txt[]

                            include::../pom.xml[]

                            include::part.adoc[]
                            """);
                    Files.createSymbolicLink(p.root().resolve("part.adoc"), p.root().resolveSibling("secret.txt"));
                }, (site, warnings) -> {
                    String html = Files.readString(site.resolve(REPORT_PAGE));
                    for (String leaked : List.of("root:", "OUTER-POM-CONTENT", "OUTER-SECRET", "SITE-OWN-POM")) {
                        assertFalse(html.contains(leaked), leaked);
                    }
                    for (int line : new int[] {3, 5, 7, 9, 11}) {
                        assertTrue(warnings.stream().anyMatch(w -> w.startsWith("reports/2018/pingshun.adoc:" + line
                                + ": include::") && w.contains("指向站点项目之外，未读取")), line + " " + warnings);
                    }
                }));
    }

    private static List<BadInput> hostileMarkup() {
        return List.of(
                hostileMarkdown("markdown-script", "<script>alert('xss')</script>\n"),
                hostileMarkdown("markdown-onerror", "<img src=\"../../assets/logo.png\" onerror=\"alert('xss')\">\n"),
                hostileMarkdown("markdown-javascript-link", "[点此查看](javascript:alert('xss'))\n\n"
                        + "<a href=\"JaVaScRiPt:alert(1)\">原件</a>\n\n[引用][r]\n\n[r]: javascript:alert(2)\n"),
                hostileMarkdown("markdown-iframe", "<iframe src=\"https://evil.invalid/\"></iframe>\n"),
                builds("asciidoc-passthroughs", p -> site(p).file("assets/logo.png", "png")
                        .file("reports/2018/pingshun.adoc", """
                        = 年报

                        ++++
                        <script>alert('xss')</script>
                        <iframe src="https://evil.invalid/"></iframe>
                        <div onclick="alert(1)">点击</div>
                        ++++

                        pass:[<img src="../../assets/logo.png" onerror="alert('xss')">]

                        link:javascript:alert('xss')[点此]

                        [subs=-all]
                        ++++
                        <a href="javascript:alert(1)">原件</a>
                        ++++
                        """), (site, warnings) -> assertNeutralised(site)),
                builds("markup-in-yaml-fields", p -> p.file("site.yaml", "siteName: <script>alert(1)</script>测试站\n"
                        + "region: 测试县\nsponsor: <img src=x onerror=alert(1)>\n").file("bodies.yaml",
                        SiteProject.BODIES_YAML).file(MD, "---\ntitle: <iframe src=x></iframe>年报\n---\n正文\n"),
                        (site, warnings) -> {
                            assertNeutralised(site);
                            assertEquals("<iframe src=x></iframe>年报", page(site).selectFirst("h1").text());
                        }));
    }

    private static BadInput hostileMarkdown(String name, String body) {
        return builds(name, p -> site(p).file(MD, "# 年报\n\n" + body), (site, warnings) -> assertNeutralised(site));
    }

    private static List<BadInput> resourceBombs() {
        return List.of(
                fails("billion-laughs-in-statistics", STATS, List.of("指向列表或映射的别名（*引用）超过 50 个"),
                        p -> site(p).file(STATS, billionLaughs())),
                fails("billion-laughs-in-front-matter", MD, List.of("指向列表或映射的别名（*引用）超过 50 个"),
                        p -> site(p).file(MD, "---\n" + billionLaughs() + "---\n正文\n")),
                fails("json-nested-10000-brackets", "reports/2018/pingshun.json:1", List.of("嵌套层次超过 64 层"),
                        p -> site(p).file("reports/2018/pingshun.json", "[".repeat(10_000) + "]".repeat(10_000))),
                fails("yaml-nested-10000-braces", STATS + ":2", List.of("嵌套层次超过 64 层"),
                        p -> site(p).file(STATS, "format: pre2019\nstatistics: " + "{a: ".repeat(10_000) + "1"
                                + "}".repeat(10_000) + "\n")),
                fails("yaml-nested-block-lists", STATS + ":65", List.of("嵌套层次超过 64 层"), p -> {
                    StringBuilder yaml = new StringBuilder("statistics:\n");
                    for (int i = 0; i < 1000; i++) {
                        yaml.append("  ".repeat(i + 1)).append("-\n");
                    }
                    site(p).file(STATS, yaml.toString());
                }),
                fails("markdown-nested-10000-quotes", MD, List.of("正文的嵌套层次过深"),
                        p -> site(p).file(MD, ">".repeat(10_000) + " 引文\n")));
    }

    /** Ten levels of nine aliases each: 9^9 strings if expanded. */
    private static String billionLaughs() {
        StringBuilder yaml = new StringBuilder("a: &a [").append(String.join(", ",
                Collections.nCopies(9, "\"哈\""))).append("]\n");
        for (char level = 'b'; level <= 'j'; level++) {
            String previous = "*" + (char) (level - 1);
            yaml.append(level).append(": &").append(level).append(" [")
                    .append(String.join(", ", Collections.nCopies(9, previous))).append("]\n");
        }
        return yaml.toString();
    }

    /** No script, frame, event handler or javascript: link anywhere in the report page's content. */
    private static void assertNeutralised(Path site) throws IOException {
        for (Path file : htmlFiles(site)) {
            Document page = SiteLinks.parse(file);
            for (Element element : page.getAllElements()) {
                String tag = element.tagName();
                assertFalse(tag.equals("iframe") || tag.equals("object") || tag.equals("embed"), file + ": " + element);
                assertFalse(tag.equals("script") && !element.hasAttr("src"), file + ": inline " + element);
                element.attributes().forEach(a -> {
                    assertFalse(a.getKey().toLowerCase().startsWith("on"), file + ": " + element);
                    assertFalse(a.getValue().strip().toLowerCase().startsWith("javascript:"), file + ": " + element);
                });
            }
            for (Element script : page.select("script[src]")) {
                // Only the theme's scripts and the generated search index are ever loaded.
                assertTrue(script.attr("src").contains("theme/js/") || script.attr("src").equals("search-index.js"),
                        file + ": " + script);
            }
        }
    }

    private static List<Path> htmlFiles(Path site) throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        }
    }

    static Document page(Path site) {
        return SiteLinks.parse(site.resolve(REPORT_PAGE));
    }

    /** The standard site.yaml and bodies.yaml. */
    static SiteProject site(SiteProject project) {
        return project.file("site.yaml", SiteProject.SITE_YAML).file("bodies.yaml", SiteProject.BODIES_YAML);
    }

    /** A valid 2021-format statistics file; its line 11 is 本年新收, line 13 予以公开. */
    static String v2021() {
        return resource("statistics/v2021.yaml");
    }

    static String resource(String name) {
        try (InputStream in = BadInputCorpus.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
