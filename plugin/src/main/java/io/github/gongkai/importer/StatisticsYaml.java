package io.github.gongkai.importer;

import io.github.gongkai.data.OfficialTables;
import io.github.gongkai.data.OfficialTables.ApplicationRow;
import io.github.gongkai.data.OfficialTables.ProactiveBlock;
import io.github.gongkai.data.OfficialTables.ProactiveRow;
import io.github.gongkai.data.ReportFormat;
import io.github.gongkai.data.ReviewTable;
import io.github.gongkai.importer.ProseFigures.Figure;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes imported figures as a statistics file of the contract, in the layout of the
 * hand-written examples (one row a line, a comment naming the source).
 */
final class StatisticsYaml {

    private static final Pattern PLAIN = Pattern.compile("[\\p{IsHan}\\p{L}\\p{N}.（）()、/+-]+");

    private StatisticsYaml() {
    }

    /** A pre-2019 statistics tree. */
    static String pre2019(String comment, List<Figure> figures) {
        StringBuilder yaml = new StringBuilder("# ").append(comment).append('\n');
        yaml.append("format: pre2019\n");
        if (figures.isEmpty()) {
            return yaml.append("statistics: []\n").toString();
        }
        yaml.append("statistics:\n");
        for (Figure figure : figures) {
            if (figure.parts().isEmpty()) {
                yaml.append("  - {label: ").append(scalar(figure.label())).append(", value: ").append(figure.value())
                        .append(", unit: ").append(scalar(figure.unit())).append("}\n");
                continue;
            }
            yaml.append("  - label: ").append(scalar(figure.label())).append('\n');
            yaml.append("    value: ").append(figure.value()).append('\n');
            yaml.append("    unit: ").append(scalar(figure.unit())).append('\n');
            // The prose said 其中 ("of which"): a subset (ofWhich, P1 ≤) unless the parts add up to the figure exactly.
            boolean adds = figure.parts().stream().map(p -> new java.math.BigDecimal(p.value()))
                    .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add).compareTo(new java.math.BigDecimal(figure.value())) == 0;
            yaml.append(adds ? "    parts:\n" : "    ofWhich:\n");
            for (Figure part : figure.parts()) {
                yaml.append("      - {label: ").append(scalar(part.label())).append(", value: ").append(part.value());
                if (!part.unit().equals(figure.unit())) {
                    yaml.append(", unit: ").append(scalar(part.unit()));
                }
                yaml.append("}\n");
            }
        }
        return yaml.toString();
    }

    /**
     * The national tables 二、三、四 of a v2019 or v2021 report. A row not found is left out, or,
     * when {@code missingAsEmpty}, written with every cell empty ({@code null}): never as zeros.
     */
    static String national(String comment, ReportFormat format, String published, OfficialTableRecogniser.Result tables,
            boolean missingAsEmpty) {
        StringBuilder yaml = new StringBuilder("# ").append(comment).append('\n');
        yaml.append("format: ").append(format.key()).append('\n');
        if (published != null) {
            yaml.append("published: ").append(published).append('\n');
        }
        if (!tables.proactive().isEmpty() || missingAsEmpty) {
            yaml.append("proactive:\n");
            for (ProactiveBlock block : OfficialTables.proactiveBlocks(format)) {
                for (ProactiveRow row : block.rows()) {
                    List<String> cells = tables.proactive().get(row.key());
                    if (cells == null && missingAsEmpty) {
                        cells = java.util.Collections.nCopies(row.fields().size(), null);
                    } else if (cells == null) {
                        continue;
                    }
                    yaml.append("  ").append(row.key()).append(": {");
                    for (int i = 0; i < cells.size(); i++) {
                        yaml.append(i == 0 ? "" : ", ").append(row.fields().get(i).key()).append(": ")
                                .append(cell(cells.get(i)));
                    }
                    yaml.append("}\n");
                }
            }
        }
        if (!tables.applications().isEmpty() || missingAsEmpty) {
            yaml.append("applications:\n");
            String group = null;
            for (ApplicationRow row : OfficialTables.applicationRows(format)) {
                List<String> cells = tables.applications().get(row.key());
                if (cells == null && missingAsEmpty) {
                    cells = java.util.Collections.nCopies(7, null);
                } else if (cells == null) {
                    continue;
                }
                String[] key = row.key().split("\\.");
                if (key.length == 2 && !key[0].equals(group)) {
                    yaml.append("  ").append(key[0]).append(":\n");
                }
                group = key.length == 2 ? key[0] : null;
                yaml.append(key.length == 2 ? "    " : "  ").append(key[key.length - 1]).append(": ")
                        .append(list(cells)).append('\n');
            }
        }
        Map<String, List<String>> reviews = tables.reviews();
        if (reviews.isEmpty() && missingAsEmpty) {
            reviews = new java.util.LinkedHashMap<>();
            for (String group : ReviewTable.GROUPS) {
                reviews.put(group, java.util.Collections.nCopies(ReviewTable.FIELDS.size(), null));
            }
        }
        if (!reviews.isEmpty()) {
            yaml.append("reviewsAndLitigation:\n");
            for (Map.Entry<String, List<String>> group : reviews.entrySet()) {
                yaml.append("  ").append(group.getKey()).append(": {");
                for (int i = 0; i < group.getValue().size(); i++) {
                    yaml.append(i == 0 ? "" : ", ").append(ReviewTable.FIELDS.get(i)).append(": ")
                            .append(cell(group.getValue().get(i)));
                }
                yaml.append("}\n");
            }
        }
        return yaml.toString();
    }

    private static String list(List<String> cells) {
        StringBuilder list = new StringBuilder("[");
        for (int i = 0; i < cells.size(); i++) {
            list.append(i == 0 ? "" : ", ").append(cell(cells.get(i)));
        }
        return list.append(']').toString();
    }

    private static String cell(String value) {
        if (value == null) {
            return "null";
        }
        return TableCells.isNumber(value) ? value : scalar(value);
    }

    /** A plain scalar when safe, else a double-quoted one. */
    static String scalar(String text) {
        if (PLAIN.matcher(text).matches() && !text.startsWith("-") && !text.equals("null")) {
            return text;
        }
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
