package io.github.gongkai.render;

import io.github.gongkai.data.AnnualReport;
import io.github.gongkai.data.OfficialTables;
import io.github.gongkai.data.Statistics;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The body of a report page as HTML: the converted narrative with the official tables under
 * their headings, or for a data-only report the six official sections with the tables.
 */
final class ReportBody {

    private static final String NO_TEXT = "<p class=\"no-text\">本报告只有统计数据，未提供文字部分。</p>\n";

    private final NarrativeHtml narratives;
    private final PageTemplates templates;

    ReportBody(NarrativeHtml narratives, PageTemplates templates) {
        this.narratives = narratives;
        this.templates = templates;
    }

    /** The body's HTML, or null for a report with neither narrative nor national tables. */
    String html(AnnualReport report) {
        String narrative = report.narrative().map(narratives::toHtml).orElse(null);
        if (!(report.statistics().orElse(null) instanceof Statistics.National tables)) {
            return narrative;
        }
        Map<String, TablePlacement.Section> sections = new LinkedHashMap<>();
        sections.put("二", section(OfficialTables.PROACTIVE_TITLE, OfficialTableLayout.proactive(tables)));
        sections.put("三", section(OfficialTables.APPLICATIONS_TITLE, OfficialTableLayout.applications(tables)));
        sections.put("四", section(OfficialTables.REVIEWS_TITLE, OfficialTableLayout.reviews(tables)));
        if (narrative != null) {
            return TablePlacement.place(narrative, sections);
        }
        return "<h2>一、总体情况</h2>\n" + NO_TEXT + TablePlacement.place("", sections)
                + "\n<h2>五、存在的主要问题及改进情况</h2>\n<h2>六、其他需要报告的事项</h2>\n";
    }

    private TablePlacement.Section section(String heading, TableView table) {
        return new TablePlacement.Section(heading, templates.render("official-table.ftlh", Map.of("table", table)));
    }
}
