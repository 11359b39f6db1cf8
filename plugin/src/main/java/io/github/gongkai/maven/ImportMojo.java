package io.github.gongkai.maven;

import io.github.gongkai.diagnostic.InputError;
import io.github.gongkai.importer.FolderImport;
import io.github.gongkai.importer.ImportRequest;
import io.github.gongkai.importer.ImportResult;
import io.github.gongkai.importer.ReportImporter;
import io.github.gongkai.importer.Unplaced;
import java.io.File;
import java.nio.file.Path;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Imports reports as bodies send them (Word .docx, PDF, text, Markdown) into the site project:
 * {@code mvn site:import -Dsource=FILE -Dbody=ID -Dyear=YYYY} writes
 * {@code reports/<year>/<body>.adoc} (.md for a Markdown source) and {@code .yaml}, lists what it
 * could not place with its place in the source, then checks the site as {@code site:generate}
 * would; {@code -Dsource=FOLDER/} imports every report of a folder, each matched to its body by
 * name, one line a file. Maps parameters and delegates to {@link ReportImporter} and
 * {@link FolderImport}.
 */
@Mojo(name = "import", requiresProject = true, threadSafe = true)
public class ImportMojo extends AbstractMojo {

    /**
     * The report to import (.docx, .pdf, .html/.htm saved from a portal, .txt or .md), or a folder of
     * reports, relative to the project folder.
     */
    @Parameter(property = "source")
    private File source;

    /** The same as {@code source}, for command lines that prefer prefixed properties. */
    @Parameter(property = "gongkai.source")
    private File gongkaiSource;

    /** The publishing body's id, as registered in bodies.yaml (for a folder: found from each file's name or title). */
    @Parameter(property = "body")
    private String body;

    /** The same as {@code body}. */
    @Parameter(property = "gongkai.body")
    private String gongkaiBody;

    /** The report (statistics) year; it also decides the format: up to 2018 pre2019, 2019–2020 v2019, then v2021. */
    @Parameter(property = "year")
    private String year;

    /** The same as {@code year}. */
    @Parameter(property = "gongkai.year")
    private String gongkaiYear;

    /** Replace the report's existing files; without it an existing report is left alone and the goal fails. */
    @Parameter(property = "gongkai.overwrite", defaultValue = "false")
    private boolean overwrite;

    /**
     * Write official table rows that the source lacks as empty cells ({@code null}, shown empty,
     * never 0). Without it an import whose tables are incomplete fails, lists each missing row and
     * writes nothing.
     */
    @Parameter(property = "gongkai.missingAsEmpty", defaultValue = "false")
    private boolean missingAsEmpty;

    /** The site project folder: where site.yaml, bodies.yaml and reports/ are. */
    @Parameter(property = "gongkai.siteDirectory", defaultValue = "${project.basedir}", required = true)
    private File siteDirectory;

    /** Where the check of the imported report writes its findings (never published). */
    @Parameter(defaultValue = "${project.build.directory}/import-validation.json", readonly = true, required = true)
    private File validationReport;

    /** The Maven project folder, against which a relative source is resolved. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    private File basedir;

    /** Skips the goal. */
    @Parameter(property = "gongkai.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("已跳过 / skipped (gongkai.skip)");
            return;
        }
        File file = either(source, gongkaiSource, "source", "要导入的文件或文件夹 / the file or folder to import, -Dsource=FILE");
        Path sourcePath = basedir.toPath().resolve(file.toPath()).normalize();
        if (java.nio.file.Files.isDirectory(sourcePath)) {
            importFolder(sourcePath);
            return;
        }
        String id = either(body, gongkaiBody, "body", "发布机构 id / the body id, -Dbody=ID");
        int reportYear = year(either(year, gongkaiYear, "year", "报告年度 / the report year, -Dyear=YYYY"));
        ImportResult result;
        try {
            result = new ReportImporter(MavenBuildLog.of(getLog())).importReport(new ImportRequest(sourcePath,
                    siteDirectory.toPath(), id, reportYear, overwrite, missingAsEmpty, validationReport.toPath()));
        } catch (InputError e) {
            throw new MojoFailureException(e.getMessage());
        } catch (RuntimeException e) {
            throw new MojoExecutionException("导入时出现内部错误（请用 mvn -e 查看详情并报告）：" + e + " / internal error", e);
        }
        if (result.unplaced().isEmpty()) {
            getLog().info("原文内容已全部归位 / everything placed");
        } else {
            getLog().warn("以下 " + result.unplaced().size() + " 处未能自动归位，请对照原文 " + sourcePath.getFileName()
                    + " 补录 / " + result.unplaced().size() + " items could not be placed:");
            for (Unplaced item : result.unplaced()) {
                getLog().warn("  " + item);
            }
        }
        if (result.invalid().isPresent()) {
            throw new MojoFailureException("导入的文件已写入，但站点未通过校验，请修改后再生成 / written, but the site does not "
                    + "pass the checks:\n" + result.invalid().get());
        }
        getLog().info("导入的报告通过校验，可运行 mvn site:generate / the imported report passes the checks");
    }

    /** Every report of a folder, one line a file; fails at the end if any file needs attention. */
    private void importFolder(Path folder) throws MojoExecutionException, MojoFailureException {
        String given = year != null ? year : gongkaiYear;
        Integer reportYear = given == null ? null : Integer.valueOf(year(given));
        java.util.List<FolderImport.Outcome> outcomes;
        try {
            outcomes = new FolderImport(MavenBuildLog.of(getLog())).importFolder(folder, reportYear,
                    new ImportRequest(folder, siteDirectory.toPath(), null, 0, overwrite, missingAsEmpty,
                            validationReport.toPath()));
        } catch (InputError e) {
            throw new MojoFailureException(e.getMessage());
        } catch (RuntimeException e) {
            throw new MojoExecutionException("导入时出现内部错误（请用 mvn -e 查看详情并报告）：" + e + " / internal error", e);
        }
        long attention = outcomes.stream().filter(o -> !o.imported()).count();
        getLog().info("逐个文件的结果 / file by file:");
        for (FolderImport.Outcome outcome : outcomes) {
            if (outcome.imported()) {
                getLog().info("  " + outcome.line());
            } else {
                getLog().warn("  " + outcome.line());
            }
        }
        if (attention > 0) {
            throw new MojoFailureException(outcomes.size() + " 个文件中有 " + attention + " 个需要处理（见上），其余已导入 / "
                    + attention + " of " + outcomes.size() + " files need attention");
        }
        getLog().info("全部 " + outcomes.size() + " 个文件已导入并通过校验 / all files imported");
    }

    /** The year as a number; text Maven would refuse in English ("Cannot convert") is refused here in words. */
    private static int year(String text) throws MojoFailureException {
        String digits = text.strip();
        if (!digits.matches("-?\\d{1,9}")) {
            throw new MojoFailureException("year（" + text + "）应为阿拉伯数字的年份，例如 -Dyear=2023 / the year must be a number"
                    + " such as 2023");
        }
        return Integer.parseInt(digits);
    }

    private static <T> T either(T value, T prefixed, String name, String what) throws MojoFailureException {
        if (value != null) {
            return value;
        }
        if (prefixed != null) {
            return prefixed;
        }
        throw new MojoFailureException("缺少参数 " + name + "：" + what);
    }
}
