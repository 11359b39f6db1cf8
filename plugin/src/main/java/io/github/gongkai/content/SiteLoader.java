package io.github.gongkai.content;

import io.github.gongkai.incremental.LoadingMemory;
import io.github.gongkai.incremental.Memory;
import io.github.gongkai.data.AnnualReport;
import io.github.gongkai.data.MarkupLanguage;
import io.github.gongkai.data.Narrative;
import io.github.gongkai.data.PublishingBody;
import io.github.gongkai.data.ReportFormat;
import io.github.gongkai.data.ReportMetadata;
import io.github.gongkai.data.SiteConfig;
import io.github.gongkai.data.SiteContent;
import io.github.gongkai.data.Statistics;
import io.github.gongkai.diagnostic.BuildLog;
import io.github.gongkai.diagnostic.InputError;
import io.github.gongkai.diagnostic.SourceLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Loads a site project from disk (contract §1): site.yaml, bodies.yaml and every report under
 * {@code reports/<year>/}, each checked for what the contract requires of its form.
 */
public final class SiteLoader {

    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    /** The year the 条例 took effect (2008-05-01): no annual report is older. */
    public static final int FIRST_YEAR = 2008;

    /** Whether a report can be of {@code year}: from the 条例's first year to next year. */
    public static boolean isReportYear(int year) {
        return year >= FIRST_YEAR && year <= Year.now().getValue() + 1;
    }
    private static final Pattern BODY_ID = Pattern.compile("[a-z0-9-]+");

    private final Path projectDir;
    private final BuildLog log;
    private final LoadingMemory earlier;

    /**
     * @param projectDir the site project folder, holding site.yaml
     * @param log        where skipped files are reported
     */
    public SiteLoader(Path projectDir, BuildLog log) {
        this(projectDir, log, Memory.NONE);
    }

    /**
     * @param projectDir the site project folder, holding site.yaml
     * @param log        where skipped files are reported
     * @param earlier    reports an earlier build read, taken instead of parsing unchanged files
     */
    public SiteLoader(Path projectDir, BuildLog log, LoadingMemory earlier) {
        this.projectDir = projectDir;
        this.log = log;
        this.earlier = earlier;
    }

    /** Loads everything; throws {@link InputError} at the first problem. */
    public SiteContent load() {
        SiteConfig config = SiteConfigReader.read(required("site.yaml", "网站基本信息（网站名称、主办单位等）"), projectDir);
        List<PublishingBody> bodies = BodiesReader.read(required("bodies.yaml", "发布机构列表"));
        Map<String, PublishingBody> byId = bodies.stream()
                .collect(Collectors.toMap(PublishingBody::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        List<Pending> pending = new ArrayList<>();
        for (Path yearDir : yearDirectories()) {
            int year = Integer.parseInt(yearDir.getFileName().toString());
            for (Map.Entry<String, ReportFiles> entry : reportFiles(yearDir).entrySet()) {
                pending.add(new Pending(year, entry.getKey(), entry.getValue()));
            }
        }
        // Reading and checking the report files is most of loading: every core takes a share, and the
        // reports, their warnings and the first error come out in file order, as from one thread.
        List<Loaded> loaded = IntStream.range(0, pending.size()).parallel()
                .mapToObj(i -> load(pending.get(i), byId))
                .toList();
        List<AnnualReport> reports = new ArrayList<>();
        for (Loaded result : loaded) {
            result.warnings().forEach(log::warn);
            if (result.error() != null) {
                throw result.error();
            }
            reports.add(result.report());
        }
        List<String> order = List.copyOf(byId.keySet());
        reports.sort((a, b) -> a.year() != b.year() ? Integer.compare(a.year(), b.year())
                : Integer.compare(order.indexOf(a.body().id()), order.indexOf(b.body().id())));
        return new SiteContent(config, bodies, List.copyOf(reports));
    }

    private SourceText required(String name, String what) {
        Path file = projectDir.resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new InputError(SourceLocation.of(Path.of(name)), "找不到 " + name + "（" + what + "），它应在站点项目目录 "
                    + projectDir + " 中，格式见 Gongkai 的 docs/reference.md / " + name + " not found");
        }
        SourceText text = SourceText.read(projectDir, file);
        InvisibleCharacters.refuse(text.text(), text.location());
        return text;
    }

    private List<Path> yearDirectories() {
        Path reportsDir = projectDir.resolve("reports");
        if (!Files.isDirectory(reportsDir)) {
            log.warn("没有 reports/ 目录，站点中没有年报 / no reports/ folder: the site has no reports");
            return List.of();
        }
        List<Path> years = new ArrayList<>();
        for (Path entry : list(reportsDir)) {
            String name = entry.getFileName().toString();
            if (name.startsWith(".")) {
                continue;
            }
            if (!Files.isDirectory(entry) || !YEAR.matcher(name).matches()) {
                throw new InputError(SourceLocation.of(projectDir.relativize(entry)), "reports/ 下应只有四位年份目录（如 "
                        + "reports/2018/），\"" + name + "\" 不是年份 / expected a four-digit year folder");
            }
            int year = Integer.parseInt(name);
            if (!isReportYear(year)) {
                throw new InputError(SourceLocation.of(projectDir.relativize(entry)), "年份 " + name + " 不在 " + FIRST_YEAR
                        + " 年（《政府信息公开条例》施行）到明年之间，请检查目录名 / the year " + name + " is out of range");
            }
            years.add(entry);
        }
        return years;
    }

    /** The files of each report in a year folder, by body id. */
    private Map<String, ReportFiles> reportFiles(Path yearDir) {
        Map<String, ReportFiles> byBody = new TreeMap<>();
        for (Path file : list(yearDir)) {
            String name = file.getFileName().toString();
            int dot = name.lastIndexOf('.');
            if (name.startsWith(".")) {
                continue;
            }
            if (!Files.isRegularFile(file)) {
                // Skipped quietly, a report would be published without its narrative or figures.
                throw new InputError(SourceLocation.of(projectDir.relativize(file)), "不是普通文件（是目录、管道、"
                        + "或无法解析的符号链接），年份目录中只能放年报文件 / not a plain file");
            }
            String base = dot < 0 ? name : name.substring(0, dot);
            String extension = dot < 0 ? "" : name.substring(dot + 1);
            ReportFiles files = byBody.computeIfAbsent(base, b -> new ReportFiles());
            switch (extension) {
                case "adoc", "md" -> files.narrative = only(files.narrative, file, "正文");
                case "yaml", "json" -> files.statistics = only(files.statistics, file, "统计数据");
                default -> {
                    log.warn(projectDir.relativize(file) + ": 不是年报文件（.adoc/.md/.yaml/.json），已跳过 / not a report "
                            + "file, skipped");
                    if (files.narrative == null && files.statistics == null) {
                        byBody.remove(base);
                    }
                }
            }
        }
        return byBody;
    }

    private Path only(Path existing, Path file, String what) {
        if (existing != null) {
            throw new InputError(SourceLocation.of(projectDir.relativize(file)), "同一发布机构同一年份有两个" + what + "文件："
                    + existing.getFileName() + " 和 " + file.getFileName() + "，请只保留一个 / two " + what
                    + " files for one report");
        }
        return file;
    }

    /** A report's files, found in a year folder. */
    private record Pending(int year, String base, ReportFiles files) {
    }

    /** A report read, or the error that stopped it, with the warnings it gave. */
    private record Loaded(AnnualReport report, List<String> warnings, RuntimeException error) {
    }

    private Loaded load(Pending pending, Map<String, PublishingBody> bodies) {
        Optional<LoadingMemory.Recalled> recalled = earlier.recall(pending.year(), pending.base(), bodies);
        if (recalled.isPresent()) {
            return new Loaded(recalled.get().report(), recalled.get().warnings(), null);
        }
        List<String> warnings = new ArrayList<>();
        try {
            AnnualReport report = report(pending.year(), pending.files(), bodies, warnings::add);
            earlier.read(report, List.copyOf(warnings));
            return new Loaded(report, warnings, null);
        } catch (RuntimeException e) {
            return new Loaded(null, warnings, e);
        }
    }

    private AnnualReport report(int year, ReportFiles files, Map<String, PublishingBody> bodies,
            Consumer<String> warn) {
        Path any = files.narrative != null ? files.narrative : files.statistics;
        SourceLocation location = SourceLocation.of(projectDir.relativize(any));
        String fileName = any.getFileName().toString();
        String id = fileName.substring(0, fileName.lastIndexOf('.'));
        PublishingBody body = bodies.get(id);
        if (body == null && !BODY_ID.matcher(id).matches()) {
            String hint = bodies.values().stream()
                    .filter(b -> b.name().contains(id) || b.shortName().filter(s -> s.contains(id)).isPresent())
                    .map(b -> "您是否想写 \"" + b.id() + fileName.substring(fileName.lastIndexOf('.')) + "\"（" + b.name()
                            + "）？")
                    .findFirst().orElse("");
            throw new InputError(location, "文件名 \"" + fileName + "\" 不是发布机构 id：年报文件应以 bodies.yaml 中的 id 命名"
                    + "（只含小写字母、数字和连字符，如 reports/" + year + "/pingshun.adoc）" + hint
                    + " / a report file must be named <body-id>.<ext>, the id matching [a-z0-9-]+");
        }
        if (body == null) {
            String hint = KeySuggestion.nearest(id, bodies.keySet()).map(k -> "您是否想写 \"" + k + "\"？")
                    .orElse("请先在 bodies.yaml 中登记该机构。");
            throw new InputError(location, "文件名中的发布机构 id \"" + id + "\" 未在 bodies.yaml 中登记；" + hint
                    + " / unknown body id \"" + id + "\"");
        }
        Optional<StatisticsFile> statistics = Optional.ofNullable(files.statistics)
                .map(f -> SourceText.read(projectDir, f))
                .map(text -> {
                    InvisibleCharacters.refuse(text.text(), text.location());
                    return StatisticsFile.read(text, year);
                });
        NarrativeHeader header = NarrativeHeader.empty();
        Optional<Narrative> narrative = Optional.empty();
        if (files.narrative != null) {
            SourceText text = SourceText.read(projectDir, files.narrative);
            if (text.text().isBlank()) {
                warn.accept(text.location() + ": 正文文件是空的，页面只有标题" + (statistics.isPresent() ? "和统计表" : "")
                        + " / the narrative is empty");
            }
            InvisibleCharacters.warn(text.text(), text.location(), warn);
            TableReferences.check(text, files.narrative.toString().endsWith(".adoc"),
                    statistics.map(StatisticsFile::format).filter(f -> f != ReportFormat.PRE2019).isPresent());
            if (files.narrative.toString().endsWith(".adoc")) {
                header = AsciidocHeaderReader.read(text);
                narrative = Optional.of(asciidocNarrative(text));
            } else {
                MarkdownFrontMatter matter = MarkdownFrontMatter.read(text);
                header = matter.header();
                narrative = Optional.of(new Narrative(text.location(), MarkupLanguage.MARKDOWN, matter.body(),
                        matter.firstLine()));
            }
        }
        NarrativeHeader h = header;
        for (Optional<NarrativeHeader.Value> value : List.of(h.title(), h.source(), h.indexNo(), h.docNo(), h.published())) {
            value.ifPresent(v -> InvisibleCharacters.refuse(v.text(), v.location()));
        }
        String title = statistics.flatMap(StatisticsFile::title).or(h::title).map(NarrativeHeader.Value::text)
                .orElse(body.nameIn(year) + year + "年政府信息公开工作年度报告");
        Optional<NarrativeHeader.Value> publishedValue = statistics.flatMap(StatisticsFile::published).or(h::published);
        Optional<LocalDate> published = publishedValue.map(SiteLoader::date);
        ReportMetadata metadata = new ReportMetadata(title, published,
                h.source().map(NarrativeHeader.Value::text).orElse(body.nameIn(year)),
                h.indexNo().map(NarrativeHeader.Value::text), h.docNo().map(NarrativeHeader.Value::text),
                publishedValue.map(NarrativeHeader.Value::location).orElse(null));
        ReportFormat format = statistics.map(StatisticsFile::format).orElse(ReportFormat.forYear(year));
        return new AnnualReport(year, body, format, metadata, narrative,
                statistics.map(StatisticsFile::statistics).map(Statistics.class::cast));
    }

    /**
     * The narrative of the AsciiDoc report file {@code file} (inside {@code projectDir}) as a build
     * converts it.
     *
     * @throws InputError when the file cannot be read as a report file
     */
    public static Narrative asciidocNarrative(Path projectDir, Path file) {
        return asciidocNarrative(SourceText.read(projectDir, file));
    }

    private static Narrative asciidocNarrative(SourceText text) {
        return new Narrative(text.location(), MarkupLanguage.ASCIIDOC, text.text(), 1);
    }

    private static LocalDate date(NarrativeHeader.Value value) {
        try {
            return LocalDate.parse(value.text());
        } catch (DateTimeParseException e) {
            throw new InputError(value.location(), "发布日期 \"" + value.text()
                    + "\" 不是有效日期，应写作 YYYY-MM-DD / published is not a valid date (YYYY-MM-DD)", e);
        }
    }

    private static List<Path> list(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.sorted().toList();
        } catch (IOException e) {
            throw new InputError(SourceLocation.of(dir), "无法读取目录（" + e.getMessage() + "） / cannot list the folder", e);
        }
    }

    /** The narrative and statistics files of one report, either possibly missing. */
    private static final class ReportFiles {
        private Path narrative;
        private Path statistics;
    }
}
