package io.github.gongkai.pipeline;

import static io.github.gongkai.pipeline.BadInput.builds;
import static io.github.gongkai.pipeline.BadInput.fails;
import static io.github.gongkai.pipeline.BadInputCorpus.page;
import static io.github.gongkai.pipeline.BadInputCorpus.site;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.testing.SiteProject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The bad-input corpus's cases from the held-back attack run of issue #22: template overrides
 * that run code, links from configuration, invisible direction and zero-width characters in
 * official names, years out of range, things named like a report that are not files, hidden
 * asset folders.
 */
final class HostileConfigurationCorpus {

    private static final String MD = "reports/2018/pingshun.md";
    private static final String PWNED = "/tmp/gongkai-template-ran-a-command";

    private HostileConfigurationCorpus() {
    }

    static List<BadInput> cases() {
        return Stream.of(templates(), links(), invisibleCharacters(), yearsAndFiles(), bodiesAndValues()).flatMap(List::stream).toList();
    }

    private static List<BadInput> templates() {
        return List.of(
                fails("template-execute-new", "theme/templates/404.ftlh:1", List.of("主题模板出错"), p -> {
                    Files.deleteIfExists(Path.of(PWNED));
                    site(p).file(MD, "正文\n").file("theme/templates/404.ftlh",
                            "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"touch " + PWNED + "\")}\n");
                }),
                fails("template-object-constructor", "theme/templates/404.ftlh:1", List.of("主题模板出错"), p -> site(p)
                        .file(MD, "正文\n").file("theme/templates/404.ftlh",
                                "<#assign c=\"freemarker.template.utility.ObjectConstructor\"?new()>${c(\"java.io.File\", \"/\")}\n")),
                fails("template-linked-out-of-the-project", "theme/templates/404.ftlh", List.of("符号链接"), p -> {
                    site(p).file(MD, "正文\n");
                    Files.createDirectories(p.root().resolve("theme/templates"));
                    Files.createSymbolicLink(p.root().resolve("theme/templates/404.ftlh"), Path.of("/etc/hostname"));
                }),
                fails("template-api-builtin", "theme/templates/404.ftlh:1", List.of("主题模板出错"), p -> site(p)
                        .file(MD, "正文\n").file("theme/templates/404.ftlh", "${site?api.getClass()}\n")));
    }

    private static List<BadInput> links() {
        return List.of(
                fails("nav-javascript-url", "site.yaml:5", List.of("\"nav[0].href\"", "javascript:"), p -> site(p)
                        .file("site.yaml", SiteProject.SITE_YAML + "nav:\n  - {title: 首页, href: \"javascript:alert(1)\"}\n")),
                fails("nav-javascript-url-in-capitals-with-spaces", "site.yaml:5", List.of("\"nav[0].href\""), p -> site(p)
                        .file("site.yaml", SiteProject.SITE_YAML + "nav:\n  - {title: 首页, href: \" JaVaScRiPt:alert(1)\"}\n")),
                fails("badge-data-url", "site.yaml:5", List.of("\"badges[0].href\""), p -> site(p)
                        .file("site.yaml", SiteProject.SITE_YAML
                                + "badges:\n  - {title: 党政机关, href: \"data:text/html,<script>alert(1)</script>\"}\n")),
                fails("nav-protocol-relative", "site.yaml:5", List.of("\"nav[0].href\""), p -> site(p)
                        .file("site.yaml", SiteProject.SITE_YAML + "nav:\n  - {title: 首页, href: \"//evil.example/\"}\n")),
                fails("base-url-with-markup", "site.yaml:4", List.of("baseUrl"), p -> site(p)
                        .file("site.yaml", SiteProject.SITE_YAML + "baseUrl: \"https://a.gov.cn/\\\"><script>alert(1)</script>\"\n")),
                builds("allowed-config-links", p -> site(p).file(MD, "正文\n").file("site.yaml", SiteProject.SITE_YAML
                        + "nav:\n  - {title: 首页, href: \"https://www.qingan.gov.cn/\"}\n  - {title: 年报, href: \"https://www.qingan.gov.cn/ndbg/\"}\n"
                        + "  - {title: 信箱, href: \"mailto:zwgk@qingan.gov.cn\"}\n"),
                        (site, warnings) -> assertTrue(page(site).select("a[href=mailto:zwgk@qingan.gov.cn]").size() > 0)));
    }

    private static List<BadInput> invisibleCharacters() {
        return List.of(
                fails("rlo-in-body-name", "bodies.yaml:2", List.of("U+202E", "文字方向控制"), p -> site(p)
                        .file("bodies.yaml", SiteProject.BODIES_YAML.replace("庆安县平顺街道办事处", "庆安县\u202E处事办道街顺平"))),
                fails("isolate-in-site-name", "site.yaml:1", List.of("U+2066"), p -> site(p)
                        .file("site.yaml", SiteProject.SITE_YAML.replace("测试站", "测试\u2066站"))),
                fails("zero-width-in-statistics-label", "reports/2018/pingshun.yaml:3", List.of("U+200B", "零宽"),
                        p -> site(p).file("reports/2018/pingshun.yaml",
                                "format: pre2019\nstatistics:\n  - {label: 举\u200B报, value: 1}\n")),
                fails("bom-in-mid-file", "bodies.yaml:3", List.of("U+FEFF"), p -> site(p)
                        .file("bodies.yaml", SiteProject.BODIES_YAML.replace("shortName:", "\uFEFFshortName:"))),
                fails("rlo-in-narrative-title", MD + ":2", List.of("U+202E"), p -> site(p)
                        .file(MD, "---\ntitle: 庆安县\u202E告报度年\n---\n正文\n")),
                builds("rlo-in-narrative-text-warns", p -> site(p).file(MD, "# 年报\n\n正文\u202E里的字符。\n"),
                        (site, warnings) -> assertTrue(warnings.stream().anyMatch(w -> w.startsWith(MD + ":3: ")
                                && w.contains("U+202E")), warnings.toString())));
    }

    private static List<BadInput> yearsAndFiles() {
        return List.of(
                fails("year-2999", "reports/2999", List.of("不在 2008 年"), p -> site(p).file("reports/2999/pingshun.md", "正文\n")),
                fails("year-1899", "reports/1899", List.of("不在 2008 年"), p -> site(p).file("reports/1899/pingshun.md", "正文\n")),
                fails("year-0000", "reports/0000", List.of("年份 0000"), p -> site(p).file("reports/0000/pingshun.md", "正文\n")),
                fails("folder-named-like-a-narrative", MD, List.of("不是普通文件"), p -> {
                    site(p).file("reports/2018/pingshun.yaml", "format: pre2019\nstatistics:\n  - {label: 举报, value: 1}\n");
                    Files.createDirectories(p.root().resolve(MD));
                }),
                fails("link-loop-named-like-a-narrative", MD, List.of("不是普通文件"), p -> {
                    site(p).file("reports/2018/fgj.md", "正文\n");
                    Files.createSymbolicLink(p.root().resolve(MD), p.root().resolve(MD));
                }),
                fails("fifo-named-like-a-narrative", MD, List.of("不是普通文件"), p -> {
                    site(p).file("reports/2018/fgj.md", "正文\n");
                    Process mkfifo = new ProcessBuilder("mkfifo", p.root().resolve(MD).toString()).start();
                    assertEquals(0, mkfifo.waitFor());
                }),
                builds("hidden-folders-under-assets-stay-unpublished", p -> site(p).file(MD, "正文\n")
                        .file("assets/logo.png", "png").file("assets/.git/config", "[remote]\nurl = secret\n")
                        .file("assets/docs/.svn/entries", "x").file("assets/.DS_Store", "x"), (site, warnings) -> {
                            assertTrue(Files.isRegularFile(site.resolve("assets/logo.png")));
                            assertFalse(Files.exists(site.resolve("assets/.git")));
                            assertFalse(Files.exists(site.resolve("assets/docs/.svn")));
                            assertFalse(Files.exists(site.resolve("assets/.DS_Store")));
                        }));
    }

    private static final String STATS = "reports/2018/pingshun.yaml";

    private static List<BadInput> bodiesAndValues() {
        return List.of(
                fails("body-id-windows-device-name", "bodies.yaml:1", List.of("\"con\"", "设备名"), p -> site(p)
                        .file("bodies.yaml", "- id: con\n  name: 某局\n  category: department\n")),
                fails("body-id-251-characters", "bodies.yaml:1", List.of("最长 64 个字符"), p -> site(p)
                        .file("bodies.yaml", "- id: " + "a".repeat(251) + "\n  name: 某局\n  category: department\n")),
                fails("former-names-ending-in-one-year", "bodies.yaml:6", List.of("都用到 2018 年"), p -> site(p)
                        .file("bodies.yaml", "- id: fgj\n  name: 发改局\n  category: department\n  names:\n"
                                + "    - {until: 2018, name: 计划局}\n    - {until: 2018, name: 计委}\n")),
                fails("yaml-custom-tag", STATS + ":3", List.of("YAML 标签"), p -> site(p)
                        .file(STATS, "format: pre2019\nstatistics:\n  - !custom {label: 举报, value: 1}\n")),
                fails("yaml-binary-tag", STATS + ":3", List.of("YAML 标签", "binary"), p -> site(p)
                        .file(STATS, "format: pre2019\nstatistics:\n  - {label: !!binary 5Li+5oql, value: 1}\n")),
                fails("exponent-as-count", STATS + ":3", List.of("科学计数法"), p -> site(p)
                        .file(STATS, "format: pre2019\nstatistics:\n  - {label: 举报, value: 1e3}\n")),
                fails("table-placed-twice", MD + ":5", List.of("表三已在第 3 行插入过"), p -> site(p)
                        .file("reports/2018/pingshun.yaml", BadInputCorpus.v2021())
                        .file(MD, "# 年报\n\n{{gongkai-table 三}}\n\n{{gongkai-table 三}}\n")),
                fails("table-unknown", "reports/2018/pingshun.adoc:3", List.of("\"五\" 不存在"), p -> site(p)
                        .file("reports/2018/pingshun.yaml", BadInputCorpus.v2021())
                        .file("reports/2018/pingshun.adoc", "= 年报\n\ngongkai-table::五[]\n")),
                fails("table-without-figures", MD + ":3", List.of("没有 2019 或 2021 格式的统计数据"), p -> site(p)
                        .file(MD, "# 年报\n\n{{gongkai-table 二}}\n")),
                builds("csv-formula-injection", p -> site(p).file(MD, "正文\n").file(STATS, "format: pre2019\nstatistics:\n"
                        + "  - {label: '=HYPERLINK(\"http://evil.example\",\"点此\")', value: 1}\n"
                        + "  - {label: \"+1+cmd|' /C calc'!A0\", value: 2}\n  - {label: '@SUM(A1)', value: 3}\n"
                        + "  - {label: '-2+3', value: 4}\n  - {label: 举报, value: 5}\n"), (site, warnings) -> {
                            List<String> lines = Files.readAllLines(site.resolve("ndbg/2018/pingshun.csv"));
                            for (String line : lines) {
                                for (String field : line.split(",")) {
                                    assertFalse(field.matches("^\"?[=+@-].*"), "a formula in the CSV: " + line);
                                }
                            }
                            assertTrue(lines.stream().anyMatch(l -> l.contains("\"'=HYPERLINK(")), lines.toString());
                            assertTrue(lines.stream().anyMatch(l -> l.endsWith(",举报,数量,5,")), lines.toString());
                        }),
                fails("aliases-to-a-100000-item-list", STATS + ":2", List.of("超过 10000 项"), p -> {
                    StringBuilder yaml = new StringBuilder("format: pre2019\nitems: &big [");
                    for (int i = 0; i < 100_000; i++) {
                        yaml.append(i == 0 ? "" : ",").append("{label: 举报, value: 1}");
                    }
                    yaml.append("]\nstatistics: [");
                    for (int i = 0; i < 49; i++) {
                        yaml.append(i == 0 ? "" : ",").append("*big");
                    }
                    site(p).file(STATS, yaml.append("]\n").toString());
                }));
    }

    /** After the whole corpus ran: no template ever ran its command. */
    static boolean templateRanACommand() {
        return Files.exists(Path.of(PWNED));
    }
}
