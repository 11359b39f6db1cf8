package io.github.gongkai.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Writes a synthetic county archive of N reports, the same every time (fixed seed): a Gongkai
 * site project and the same narratives laid out for the jbake-maven-plugin. Figures obey the
 * contract's hard checks (B1 B2 B3 C1 P1) and year continuity (B5), so the build never stops
 * and prints no warnings about them.
 */
public final class ArchiveGenerator {

    static final int FIRST_YEAR = 2008;
    static final int LAST_YEAR = 2025;
    private static final long SEED = 20260101L;

    private final int reports;
    private final Random random = new Random(SEED);
    private final Path gongkai;
    private final Path jbake;
    private String figureEdit;
    private String asciidocEdit;

    private ArchiveGenerator(int reports, Path root) {
        this.reports = reports;
        this.gongkai = root.resolve("gongkai");
        this.jbake = root.resolve("jbake");
    }

    /** Usage: {@code ArchiveGenerator <N> <folder>}. */
    public static void main(String[] args) throws IOException {
        generate(Integer.parseInt(args[0]), Path.of(args[1]));
    }

    /**
     * Writes {@code root/gongkai} (a site project) and {@code root/jbake} (a JBake project).
     *
     * @return the files the benchmark edits between rebuilds: a pre-2019 figures file and an AsciiDoc narrative
     */
    static Edits generate(int reports, Path root) throws IOException {
        ArchiveGenerator generator = new ArchiveGenerator(reports, root);
        generator.write();
        return new Edits(root.resolve("gongkai").resolve(generator.figureEdit),
                root.resolve("gongkai").resolve(generator.asciidocEdit));
    }

    /**
     * The files a one-report-edit rebuild changes.
     *
     * @param figures  a pre-2019 statistics file whose 举报 figure is raised by one
     * @param asciidoc an AsciiDoc narrative to which a sentence is appended
     */
    record Edits(Path figures, Path asciidoc) {
    }

    private void write() throws IOException {
        int years = LAST_YEAR - FIRST_YEAR + 1;
        int bodyCount = Math.max(50, (reports + years - 1) / years);
        List<Body> bodies = new ArrayList<>();
        for (int i = 0; i < bodyCount; i++) {
            bodies.add(Body.of(i));
        }
        List<int[]> slots = new ArrayList<>();
        for (int b = 0; b < bodyCount; b++) {
            for (int y = FIRST_YEAR; y <= LAST_YEAR; y++) {
                slots.add(new int[] {b, y});
            }
        }
        Collections.shuffle(slots, random);
        List<int[]> chosen = new ArrayList<>(slots.subList(0, reports));
        chosen.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));

        write(gongkai.resolve("pom.xml"), Templates.SITE_POM);
        write(gongkai.resolve("site.yaml"), Templates.SITE_YAML);
        StringBuilder bodiesYaml = new StringBuilder("# 合成的县级发布机构（基准测试用）\n");
        bodies.forEach(body -> bodiesYaml.append(body.yaml()));
        write(gongkai.resolve("bodies.yaml"), bodiesYaml.toString());
        write(jbake.resolve("pom.xml"), Templates.JBAKE_POM);
        write(jbake.resolve("src/main/jbake/jbake.properties"), Templates.JBAKE_PROPERTIES);
        write(jbake.resolve("src/main/jbake/templates/index.ftl"), Templates.JBAKE_INDEX);
        write(jbake.resolve("src/main/jbake/templates/post.ftl"), Templates.JBAKE_POST);
        write(jbake.resolve("src/main/jbake/templates/page.ftl"), Templates.JBAKE_POST);
        write(jbake.resolve("src/main/jbake/templates/archive.ftl"), Templates.JBAKE_INDEX);

        int[] carriedOut = null;
        int previousBody = -1;
        int previousYear = -1;
        for (int[] slot : chosen) {
            Body body = bodies.get(slot[0]);
            int year = slot[1];
            boolean consecutive = slot[0] == previousBody && year == previousYear + 1;
            Report report = new Report(body, year, random.nextBoolean(), consecutive ? carriedOut : null);
            carriedOut = report.figures.carriedOut();
            previousBody = slot[0];
            previousYear = year;
            writeReport(report);
        }
    }

    private void writeReport(Report report) throws IOException {
        String base = "reports/" + report.year + "/" + report.body.id();
        String narrative = new NarrativeText(random, report).markup();
        String extension = report.asciidoc ? ".adoc" : ".md";
        write(gongkai.resolve(base + extension), report.header() + narrative);
        write(gongkai.resolve(base + ".yaml"), report.figures.yaml());
        write(jbake.resolve("src/main/jbake/content/" + base + extension), report.jbakeHeader() + narrative);
        if (figureEdit == null && report.figures.format().equals("pre2019")) {
            figureEdit = base + ".yaml";
        }
        if (asciidocEdit == null && report.asciidoc) {
            asciidocEdit = base + ".adoc";
        }
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** One synthetic report: who, which year, which markup, its figures. */
    final class Report {
        final Body body;
        final int year;
        final boolean asciidoc;
        final Figures figures;
        final String published;

        Report(Body body, int year, boolean asciidoc, int[] carriedIn) {
            this.body = body;
            this.year = year;
            this.asciidoc = asciidoc;
            this.figures = Figures.of(random, year, carriedIn);
            this.published = String.format("%d-%02d-%02d", year + 1, 1 + random.nextInt(3), 1 + random.nextInt(28));
        }

        String title() {
            return body.name() + year + "年政府信息公开工作年度报告";
        }

        String header() {
            return asciidoc ? "= " + title() + "\n:published: " + published + "\n\n"
                    : "---\ntitle: " + title() + "\npublished: " + published + "\n---\n\n";
        }

        String jbakeHeader() {
            return "title=" + title() + "\ndate=" + published + "\ntype=post\nstatus=published\n~~~~~~\n\n";
        }
    }

    /**
     * A synthetic publishing body.
     *
     * @param id       its id
     * @param name     its full name
     * @param category its category key
     */
    record Body(String id, String name, String category) {

        private static final String[] DEPARTMENTS = {"发展和改革局", "教育局", "公安局", "民政局", "司法局", "财政局",
            "人力资源和社会保障局", "自然资源局", "住房和城乡建设局", "交通运输局", "水务局", "农业农村局", "商务局",
            "文化广电和旅游局", "卫生健康局", "退役军人事务局", "应急管理局", "审计局", "市场监督管理局", "统计局",
            "医疗保障局", "林业和草原局", "城市管理综合执法局", "信访局", "营商环境建设监督局", "科学技术局",
            "工业和信息化局", "生态环境分局", "粮食局", "政务服务中心"};
        private static final String[] TOWNSHIPS = {"庆安镇", "民乐镇", "大罗镇", "平安镇", "勤劳镇", "久胜镇", "丰收乡",
            "发展乡", "柳河镇", "欢胜乡", "致富乡", "巨宝山乡", "建民乡", "同乐乡"};
        private static final String[] SUBDISTRICTS = {"平顺街道办事处", "祥顺街道办事处", "东城街道办事处",
            "西城街道办事处"};
        private static final String[] OTHERS = {"经济开发区管理委员会", "供销合作社联合社", "住房公积金管理中心"};
        private static final String[] ROUNDS = {"", "第二", "第三", "第四", "第五", "第六", "第七", "第八", "第九", "第十"};

        static Body of(int index) {
            if (index == 0) {
                return new Body("xzf", "庆安县人民政府", "county_gov");
            }
            // The mix of a real county: mostly departments, then townships, subdistricts, others.
            int k = index - 1;
            int cycle = DEPARTMENTS.length + TOWNSHIPS.length + SUBDISTRICTS.length + OTHERS.length;
            int round = k / cycle;
            int i = k % cycle;
            String prefix = "庆安县" + (round < ROUNDS.length ? ROUNDS[round] : "第" + (round + 1)) + (round > 0 ? "片区" : "");
            String suffix = round > 0 ? "-" + (round + 1) : "";
            if (i < DEPARTMENTS.length) {
                return new Body(String.format("dept%02d%s", i + 1, suffix), prefix + DEPARTMENTS[i], "department");
            }
            i -= DEPARTMENTS.length;
            if (i < TOWNSHIPS.length) {
                return new Body(String.format("town%02d%s", i + 1, suffix), prefix + TOWNSHIPS[i], "township");
            }
            i -= TOWNSHIPS.length;
            if (i < SUBDISTRICTS.length) {
                return new Body(String.format("jd%02d%s", i + 1, suffix), prefix + SUBDISTRICTS[i], "subdistrict");
            }
            i -= SUBDISTRICTS.length;
            return new Body(String.format("other%02d%s", i + 1, suffix), prefix + OTHERS[i], "other");
        }

        String yaml() {
            return "- {id: " + id + ", name: " + name + ", category: " + category + "}\n";
        }
    }
}
