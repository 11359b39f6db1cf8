package io.github.gongkai.importer;

import io.github.gongkai.content.SiteLoader;
import io.github.gongkai.data.PublishingBody;
import io.github.gongkai.data.ReportFormat;
import io.github.gongkai.data.SiteContent;
import io.github.gongkai.diagnostic.BuildLog;
import io.github.gongkai.diagnostic.InputError;
import io.github.gongkai.diagnostic.InvalidFigures;
import io.github.gongkai.diagnostic.SourceLocation;
import io.github.gongkai.validate.SiteValidator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import io.github.gongkai.importer.document.ImportDocument;
import io.github.gongkai.importer.document.Place;
import io.github.gongkai.importer.read.DocumentReaders;

/**
 * The import behind {@code mvn site:import}: a report as Word (.docx), PDF, plain text or Markdown
 * is read into one document model by the reader of its format, its title, metadata, sections and
 * official tables are recognised there, and it becomes
 * {@code reports/<year>/<body>.adoc} (or .md) and {@code .yaml} of a site project, by fixed
 * rules and without network; the site is then loaded and checked as {@code site:generate} would.
 * Knows nothing of Maven.
 */
public final class ReportImporter {

    private static final List<String> REPORT_EXTENSIONS = List.of(".adoc", ".md", ".yaml", ".json");

    private final BuildLog log;

    /** @param log where progress goes */
    public ReportImporter(BuildLog log) {
        this.log = log;
    }

    /**
     * Imports one report.
     *
     * @throws InputError when the site project, the body id or the source cannot be used, or the
     *                    report's files exist and overwriting was not asked for; nothing is written then
     */
    public ImportResult importReport(ImportRequest request) {
        Path site = request.siteDirectory();
        if (!SiteLoader.isReportYear(request.year())) {
            throw new InputError(SourceLocation.of(request.source()), "报告年度 " + request.year() + " 不在 "
                    + SiteLoader.FIRST_YEAR + " 年（《政府信息公开条例》施行）到明年之间，请检查 -Dyear / the year is out of range");
        }
        SiteContent before = new SiteLoader(site, BuildLog.silent()).load();
        PublishingBody body = body(before, request.bodyId());
        if (!Files.isRegularFile(request.source())) {
            throw new InputError(SourceLocation.of(request.source()), "找不到要导入的文件 / source file not found");
        }
        ReportFormat format = ReportFormat.forYear(request.year());
        ImportDocument document = DocumentReaders.read(request.source());
        boolean markdown = document.markdown();

        List<Unplaced> unplaced = new ArrayList<>();
        OfficialTableRecogniser.Result tables = null;
        if (format != ReportFormat.PRE2019) {
            tables = OfficialTableRecogniser.read(document, format);
            unplaced.addAll(tables.unplaced());
            if (!tables.missing().isEmpty() && !request.missingAsEmpty()) {
                throw new InputError(SourceLocation.of(request.source()), incomplete(tables, unplaced));
            }
        }
        ReportOutline outline = ReportOutline.read(document, tables == null ? Set.of() : tables.used());
        String title = outline.title() != null ? outline.title()
                : body.shortName().orElse(body.nameIn(request.year())) + request.year() + "年政府信息公开工作年度报告";
        String from = request.source().getFileName().toString();
        String narrative;
        String statistics;
        if (tables == null) {
            ProseFigures.Result figures = ProseFigures.read(outline.blocks());
            unplaced.addAll(figures.unplaced());
            statistics = StatisticsYaml.pre2019(title + "的统计数据，由 mvn site:import 从 " + from
                    + " 的正文数字导入，请与原文核对。", figures.figures());
        } else {
            for (OfficialTableRecogniser.Missing row : tables.missing()) {
                unplaced.add(new Unplaced((Place) null, row.toString(),
                        "原文中未找到此行，按要求写为空（null），不是 0 / row not found, written as empty"));
            }
            TableArithmetic.check(tables, format).forEach(e -> unplaced.add(new Unplaced((Place) null, e,
                    "原文的数不自洽（导入如实照录，未作任何改动） / the original's figures do not add up")));
            statistics = StatisticsYaml.national(title + "的统计表，由 mvn site:import 从 " + from
                    + " 导入，请与原文核对。", format, outline.attributes().get("published"), tables, request.missingAsEmpty());
        }
        Map<String, String> attributes = new LinkedHashMap<>(outline.attributes());
        narrative = markdown ? NarrativeText.markdown(title, attributes, outline)
                : NarrativeText.asciidoc(title, attributes, "正文由 mvn site:import 从 " + from
                        + " 导入（标题层级按“一、”“（一）”编号判定），请与原文核对。", outline);

        Path dir = site.resolve("reports").resolve(Integer.toString(request.year()));
        Path narrativeFile = dir.resolve(request.bodyId() + (markdown ? ".md" : ".adoc"));
        Path statisticsFile = dir.resolve(request.bodyId() + ".yaml");
        replaceable(site, dir, request.bodyId(), request.overwrite());
        write(narrativeFile, narrative);
        write(statisticsFile, statistics);
        log.info("已写入 / written: " + site.relativize(narrativeFile) + ", " + site.relativize(statisticsFile));
        return new ImportResult(narrativeFile, statisticsFile, List.copyOf(unplaced), check(site, request));
    }

    /** The failure of an import whose tables lack rows: each missing row, and what was seen but not placed. */
    private static String incomplete(OfficialTableRecogniser.Result tables, List<Unplaced> unplaced) {
        StringBuilder message = new StringBuilder("统计表不完整，未写入任何文件。原文中未找到以下 ")
                .append(tables.missing().size()).append(" 行 / ").append(tables.missing().size())
                .append(" official rows not found:");
        for (OfficialTableRecogniser.Missing row : tables.missing()) {
            message.append("\n  ").append(row);
        }
        if (!unplaced.isEmpty()) {
            message.append("\n原文中未能归位的内容（可能就是上面缺的行） / seen but not placed:");
            unplaced.forEach(u -> message.append("\n  ").append(u));
        }
        return message.append("\n请对照原文补齐后再导入；如原文确实没有这些行，可加 -Dgongkai.missingAsEmpty=true，")
                .append("这些行将写为空（null），网页上显示为空格，绝不会写成 0 / fix the source, or pass ")
                .append("-Dgongkai.missingAsEmpty=true to write them as empty (null), never 0").toString();
    }

    private static PublishingBody body(SiteContent content, String id) {
        if (!id.matches("[a-z0-9-]+")) {
            // Not an id bodies.yaml could hold: suggesting to add it would only move the error there.
            throw new InputError(SourceLocation.of(Path.of("bodies.yaml")), "发布机构 id \"" + id + "\" 只能包含小写字母、数字和连字符"
                    + "（它是报告的文件名和网址的一部分），请用 bodies.yaml 中已有的 id：" + String.join("、",
                            content.bodies().stream().map(PublishingBody::id).toList())
                    + " / the body id must match [a-z0-9-]+");
        }
        return content.bodies().stream().filter(b -> b.id().equals(id)).findFirst().orElseThrow(() -> new InputError(
                SourceLocation.of(Path.of("bodies.yaml")), "发布机构 id \"" + id + "\" 未在 bodies.yaml 中登记（已有："
                        + String.join("、", content.bodies().stream().map(PublishingBody::id).toList())
                        + "）。请先在 bodies.yaml 中加入，例如：\n- id: " + id
                        + "\n  name: 机构全称\n  category: department   # county_gov | department | township | subdistrict"
                        + " | other\n / body id not in bodies.yaml; add it first"));
    }

    /** Refuses to replace a report unless asked; when asked, removes all its files (.md may replace .adoc). */
    private static void replaceable(Path site, Path dir, String id, boolean overwrite) {
        List<Path> existing = REPORT_EXTENSIONS.stream().map(e -> dir.resolve(id + e)).filter(Files::exists).toList();
        if (existing.isEmpty()) {
            return;
        }
        if (!overwrite) {
            throw new InputError(SourceLocation.of(site.relativize(existing.get(0))),
                    "该报告的文件已存在，未覆盖；确需覆盖请加 -Dgongkai.overwrite=true / the report exists; "
                            + "add -Dgongkai.overwrite=true to replace it");
        }
        try {
            for (Path file : existing) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads and checks the whole site with the imported report, as site:generate will. */
    private Optional<String> check(Path site, ImportRequest request) {
        try {
            SiteValidator.validate(new SiteLoader(site, log).load(), request.validationReport(), log);
            return Optional.empty();
        } catch (InputError e) {
            return Optional.of(e.getMessage());
        } catch (InvalidFigures e) {
            return Optional.of(e.getMessage());
        }
    }
}
