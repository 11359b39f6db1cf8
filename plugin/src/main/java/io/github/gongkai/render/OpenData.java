package io.github.gongkai.render;

import io.github.gongkai.archive.SitePaths;
import io.github.gongkai.data.AnnualReport;
import io.github.gongkai.data.ApplicationTable;
import io.github.gongkai.data.Cell;
import io.github.gongkai.data.OfficialTables;
import io.github.gongkai.data.OfficialTables.ApplicationRow;
import io.github.gongkai.data.OfficialTables.ProactiveBlock;
import io.github.gongkai.data.OfficialTables.ProactiveRow;
import io.github.gongkai.data.ReviewTable;
import io.github.gongkai.data.StatisticItem;
import io.github.gongkai.data.Statistics;
import io.github.gongkai.output.JsonText;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A report's figures as open data (数据下载) next to its page: JSON in the structure of the
 * statistics file, every row present, {@code null} for an empty cell; and CSV with Chinese
 * labels, UTF-8 with a byte-order mark so that spreadsheet programs in China open it right.
 */
final class OpenData {

    private static final String BOM = "\uFEFF";
    private static final String CRLF = "\r\n";

    private OpenData() {
    }

    /** The JSON and CSV files of a report with statistics, else none. */
    static List<RenderedPage> files(AnnualReport report) {
        if (report.statistics().isEmpty()) {
            return List.of();
        }
        return List.of(
                new RenderedPage(SitePaths.reportData(report, "json"),
                        JsonText.write(json(report)).getBytes(StandardCharsets.UTF_8)),
                new RenderedPage(SitePaths.reportData(report, "csv"), csv(report).getBytes(StandardCharsets.UTF_8)));
    }

    private static Map<String, Object> json(AnnualReport report) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("year", report.year());
        json.put("body", report.body().id());
        json.put("publisher", report.publisher());
        json.put("title", report.metadata().title());
        json.put("published", report.metadata().published().map(Object::toString).orElse(null));
        json.put("format", report.format().key());
        Statistics statistics = report.statistics().orElseThrow();
        if (statistics instanceof Statistics.National tables) {
            json.put("proactive", proactive(tables));
            json.put("applications", applications(tables));
            json.put("reviewsAndLitigation", reviews(tables.reviews()));
        } else {
            json.put("statistics", ((Statistics.Pre2019) statistics).items().stream().map(OpenData::item).toList());
        }
        return json;
    }

    private static Map<String, Object> proactive(Statistics.National tables) {
        Map<String, Object> rows = new LinkedHashMap<>();
        for (ProactiveBlock block : OfficialTables.proactiveBlocks(tables.format())) {
            for (ProactiveRow row : block.rows()) {
                Map<String, Object> fields = new LinkedHashMap<>();
                List<Cell> cells = tables.proactive().row(row.key());
                for (int i = 0; i < cells.size(); i++) {
                    fields.put(row.fields().get(i).key(), value(cells.get(i)));
                }
                rows.put(row.key(), fields);
            }
        }
        return rows;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> applications(Statistics.National tables) {
        Map<String, Object> rows = new LinkedHashMap<>();
        for (ApplicationRow row : OfficialTables.applicationRows(tables.format())) {
            List<Object> cells = tables.applications().row(row.key()).stream().map(OpenData::value).toList();
            int dot = row.key().indexOf('.');
            if (dot < 0) {
                rows.put(row.key(), cells);
            } else {
                ((Map<String, Object>) rows.computeIfAbsent(row.key().substring(0, dot), k -> new LinkedHashMap<>()))
                        .put(row.key().substring(dot + 1), cells);
            }
        }
        return rows;
    }

    private static Map<String, Object> reviews(ReviewTable table) {
        Map<String, Object> groups = new LinkedHashMap<>();
        for (String group : ReviewTable.GROUPS) {
            Map<String, Object> fields = new LinkedHashMap<>();
            List<Cell> cells = table.group(group);
            for (int i = 0; i < cells.size(); i++) {
                fields.put(ReviewTable.FIELDS.get(i), value(cells.get(i)));
            }
            groups.put(group, fields);
        }
        table.note().ifPresent(note -> groups.put("note", note));
        return groups;
    }

    private static Map<String, Object> item(StatisticItem item) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("label", item.label());
        json.put("value", item.value());
        json.put("unit", item.unit().orElse(null));
        if (!item.parts().isEmpty()) {
            json.put("parts", item.parts().stream().map(OpenData::item).toList());
        }
        if (!item.ofWhich().isEmpty()) {
            json.put("ofWhich", item.ofWhich().stream().map(OpenData::item).toList());
        }
        return json;
    }

    private static Object value(Cell cell) {
        return cell.text() != null ? cell.text() : cell.value();
    }

    private static String csv(AnnualReport report) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("表", "项目", "栏目", "数值", "单位"));
        Statistics statistics = report.statistics().orElseThrow();
        if (statistics instanceof Statistics.National tables) {
            for (ProactiveBlock block : OfficialTables.proactiveBlocks(tables.format())) {
                for (ProactiveRow row : block.rows()) {
                    List<Cell> cells = tables.proactive().row(row.key());
                    for (int i = 0; i < cells.size(); i++) {
                        rows.add(List.of(OfficialTables.PROACTIVE_TITLE, block.item() + " " + row.label(),
                                block.columns().get(i), cells.get(i).printed(), ""));
                    }
                }
            }
            for (ApplicationRow row : OfficialTables.applicationRows(tables.format())) {
                List<Cell> cells = tables.applications().row(row.key());
                String label = row.group() == null ? row.label() : row.group() + " " + row.label();
                for (int i = 0; i < cells.size(); i++) {
                    rows.add(List.of(OfficialTables.APPLICATIONS_TITLE, label, ApplicationTable.COLUMNS.get(i),
                            cells.get(i).printed(), ""));
                }
            }
            for (int g = 0; g < ReviewTable.GROUPS.size(); g++) {
                List<Cell> cells = tables.reviews().group(ReviewTable.GROUPS.get(g));
                for (int i = 0; i < cells.size(); i++) {
                    rows.add(List.of(OfficialTables.REVIEWS_TITLE, ReviewTable.GROUP_LABELS.get(g),
                            ReviewTable.FIELD_LABELS.get(i), cells.get(i).printed(), ""));
                }
            }
        } else {
            ((Statistics.Pre2019) statistics).items().forEach(item -> csvItem(item, "", rows));
        }
        StringBuilder out = new StringBuilder(BOM);
        for (List<String> row : rows) {
            out.append(String.join(",", row.stream().map(OpenData::field).toList())).append(CRLF);
        }
        return out.toString();
    }

    private static void csvItem(StatisticItem item, String parent, List<List<String>> rows) {
        String label = parent.isEmpty() ? item.label() : parent + " > " + item.label();
        rows.add(List.of("统计数据", label, "数量", item.value() == null ? "" : item.value().toPlainString(),
                item.unit().orElse("")));
        item.parts().forEach(part -> csvItem(part, label, rows));
        item.ofWhich().forEach(part -> csvItem(part, label + " > 其中", rows));
    }

    /**
     * RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled. A text that
     * a spreadsheet would run as a formula (=, +, -, @, tab or CR first) gets a leading ' (OWASP's
     * advice for CSV injection): the file is opened straight from a government site.
     */
    static String field(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !text.matches("-?\\d+(\\.\\d+)?")) {
            return "\"'" + text.replace("\"", "\"\"") + "\"";
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
