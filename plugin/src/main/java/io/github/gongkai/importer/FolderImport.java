package io.github.gongkai.importer;

import io.github.gongkai.content.SiteLoader;
import io.github.gongkai.data.PublishingBody;
import io.github.gongkai.diagnostic.BuildLog;
import io.github.gongkai.diagnostic.InputError;
import io.github.gongkai.diagnostic.SourceLocation;
import io.github.gongkai.importer.document.Block;
import io.github.gongkai.importer.document.ImportDocument;
import io.github.gongkai.importer.read.DocumentReaders;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Imports every report of a folder ({@code -Dsource=来稿/2024/}): each file is matched to a body
 * of bodies.yaml by a name in its file name or title ({@link BodyMatcher}), its year taken from
 * the request or from the same text, then imported as one report. A file that cannot be is
 * reported with why, and the others go on. Knows nothing of Maven.
 */
public final class FolderImport {

    /**
     * What became of one file.
     *
     * @param file     the file
     * @param imported whether its report was written
     * @param line     the line to show: imported as what, or needs attention and why (Chinese first)
     */
    public record Outcome(Path file, boolean imported, String line) {
    }

    private final BuildLog log;

    /** @param log where each import's progress goes */
    public FolderImport(BuildLog log) {
        this.log = log;
    }

    /**
     * Imports the reports in {@code folder}.
     *
     * @param year           the report year for every file, or null to read it from each file's name or title
     * @param template       the rest of each file's request (its source, body and year are replaced)
     */
    public List<Outcome> importFolder(Path folder, Integer year, ImportRequest template) {
        List<PublishingBody> bodies = new SiteLoader(template.siteDirectory(), BuildLog.silent()).load().bodies();
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith("."))
                    .filter(f -> !f.getFileName().toString().startsWith("~$")) // Word's lock files
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (files.isEmpty()) {
            throw new InputError(SourceLocation.of(folder), "文件夹中没有文件 / the folder is empty");
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (Path file : files) {
            outcomes.add(one(file, bodies, year, template));
        }
        return outcomes;
    }

    private Outcome one(Path file, List<PublishingBody> bodies, Integer year, ImportRequest template) {
        String name = file.getFileName().toString();
        if (DocumentReaders.oldOffice(file)) {
            return attention(file, "旧版 Word/WPS 文件，请用 Word 或 WPS“另存为”.docx 后再导入 / save it as .docx first");
        }
        if (!DocumentReaders.readable(file)) {
            return attention(file, "不是可导入的格式（.docx、.pdf、.html、.txt、.md），已跳过 / not a report file, skipped");
        }
        try {
            String title = name;
            BodyMatcher.Match match = BodyMatcher.match(bodies, name);
            Optional<Integer> reportYear = Optional.ofNullable(year).or(() -> BodyMatcher.year(name));
            if (match.body().isEmpty() || reportYear.isEmpty()) {
                title = title(DocumentReaders.read(file));
                if (match.body().isEmpty() && match.ambiguous().isEmpty()) {
                    match = BodyMatcher.match(bodies, title);
                }
                if (reportYear.isEmpty()) {
                    reportYear = BodyMatcher.year(title);
                }
            }
            if (!match.ambiguous().isEmpty()) {
                return attention(file, "文件名或标题同时符合多个发布机构（" + String.join("、",
                        match.ambiguous().stream().map(PublishingBody::name).toList()) + "），请改文件名写明全称，或单独导入并加 -Dbody= / "
                        + "more than one body matches");
            }
            if (match.body().isEmpty()) {
                return attention(file, "文件名和标题中都找不到 bodies.yaml 里的机构名称（全称、简称或曾用名），请在文件名中写明，或单独导入并加 -Dbody= / "
                        + "no body of bodies.yaml is named in the file name or title");
            }
            if (reportYear.isEmpty()) {
                return attention(file, "文件名和标题中都找不到年度（如“2023年”），请加 -Dyear= / no year in the file name or title");
            }
            PublishingBody body = match.body().get();
            ImportResult result = new ReportImporter(log).importReport(new ImportRequest(file, template.siteDirectory(),
                    body.id(), reportYear.get(), template.overwrite(), template.missingAsEmpty(),
                    template.validationReport()));
            // Each row written empty and each equation of the original that does not hold, with both
            // sides, under the file's name: the user compares them with the original before publishing.
            result.unplaced().forEach(item -> log.warn(name + "：" + item));
            if (result.invalid().isPresent()) {
                return new Outcome(file, false, "需要处理 / needs attention: " + name + " → " + body.id() + " " + reportYear.get()
                        + "：已写入，但站点未通过校验：" + firstLine(result.invalid().get()));
            }
            return new Outcome(file, true, "已导入 / imported: " + name + " → reports/" + reportYear.get() + "/" + body.id()
                    + (result.unplaced().isEmpty() ? "" : "（" + result.unplaced().size() + " 处请对照原文核对 / to check）"));
        } catch (InputError e) {
            // The file's own line already names it: the message without its location prefix.
            String message = e.getMessage().substring(Math.min(e.getMessage().length(), (e.location() + ": ").length()));
            return attention(file, firstLine(message) + (message.contains("\n")
                    ? "（单独导入此文件可看到逐行明细 / import it alone for the details）" : ""));
        }
    }

    private static Outcome attention(Path file, String why) {
        return new Outcome(file, false, "需要处理 / needs attention: " + file.getFileName() + "：" + why);
    }

    private static String firstLine(String message) {
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }

    /** The title of a report: its first lines that name a report (报告), or its first lines. */
    private static String title(ImportDocument document) {
        StringBuilder title = new StringBuilder();
        for (Block block : document.blocks().subList(0, Math.min(5, document.blocks().size()))) {
            if (block instanceof Block.Paragraph p) {
                title.append(p.text()).append('\n');
            } else if (block instanceof Block.Heading h) {
                title.append(h.text()).append('\n');
            }
        }
        return title.toString();
    }
}
