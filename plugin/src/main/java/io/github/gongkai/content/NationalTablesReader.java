package io.github.gongkai.content;

import io.github.gongkai.data.ApplicationTable;
import io.github.gongkai.data.Cell;
import io.github.gongkai.data.OfficialTables;
import io.github.gongkai.data.OfficialTables.ApplicationRow;
import io.github.gongkai.data.OfficialTables.Field;
import io.github.gongkai.data.OfficialTables.Kind;
import io.github.gongkai.data.OfficialTables.ProactiveBlock;
import io.github.gongkai.data.OfficialTables.ProactiveRow;
import io.github.gongkai.data.ProactiveTable;
import io.github.gongkai.data.ReportFormat;
import io.github.gongkai.data.ReviewTable;
import io.github.gongkai.diagnostic.InputError;
import io.github.gongkai.diagnostic.SourceLocation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads the tables 二、三、四 of a 2019- or 2021-format statistics file (contract §5.1–5.3).
 * A row or field the file omits is zero; {@code null} is a cell the original left empty.
 */
final class NationalTablesReader {

    private NationalTablesReader() {
    }

    static ProactiveTable proactive(YamlMapping file, ReportFormat format, boolean keepN1) {
        Optional<YamlMapping> table = file.optionalMapping("proactive");
        Map<String, List<Cell>> rows = new LinkedHashMap<>();
        for (ProactiveBlock block : OfficialTables.proactiveBlocks(format)) {
            for (ProactiveRow spec : block.rows()) {
                Optional<YamlMapping> row = table.flatMap(t -> t.optionalMapping(spec.key()));
                List<Cell> cells = new ArrayList<>();
                for (int i = 0; i < spec.fields().size(); i++) {
                    Field field = spec.fields().get(i);
                    String where = "表二“" + spec.label() + "”行“" + block.columns().get(i) + "”列";
                    cells.add(row.flatMap(r -> r.written(field.key()).map(node -> TableCells.read(r.location(node), node,
                            field.kind(), where, keepN1)))
                            .orElseGet(() -> zero(row.map(YamlMapping::location).orElse(file.location()), field)));
                }
                row.ifPresent(YamlMapping::rejectUnknownKeys);
                rows.put(spec.key(), List.copyOf(cells));
            }
        }
        table.ifPresent(YamlMapping::rejectUnknownKeys);
        return new ProactiveTable(rows);
    }

    static ApplicationTable applications(YamlMapping file, ReportFormat format, boolean keepN1) {
        Optional<YamlMapping> table = file.optionalMapping("applications");
        Map<String, Optional<YamlMapping>> groups = new LinkedHashMap<>();
        Map<String, List<Cell>> rows = new LinkedHashMap<>();
        for (ApplicationRow spec : OfficialTables.applicationRows(format)) {
            int dot = spec.key().indexOf('.');
            Optional<YamlMapping> owner = dot < 0 ? table : groups.computeIfAbsent(spec.key().substring(0, dot),
                    g -> table.flatMap(t -> t.optionalMapping(g)));
            String key = spec.key().substring(dot + 1);
            String label = spec.fullLabel();
            Optional<List<Node>> cells = owner.flatMap(o -> o.optionalList(key));
            SourceLocation location = owner.map(YamlMapping::location).orElse(file.location());
            rows.put(spec.key(), cells.isEmpty() ? zeros(location)
                    : row(owner.orElseThrow(), owner.orElseThrow().value(key).orElseThrow(), cells.get(), label, keepN1));
        }
        groups.values().forEach(g -> g.ifPresent(YamlMapping::rejectUnknownKeys));
        table.ifPresent(YamlMapping::rejectUnknownKeys);
        return new ApplicationTable(rows);
    }

    static ReviewTable reviews(YamlMapping file, boolean keepN1) {
        Optional<YamlMapping> table = file.optionalMapping("reviewsAndLitigation");
        Map<String, List<Cell>> groups = new LinkedHashMap<>();
        for (int g = 0; g < ReviewTable.GROUPS.size(); g++) {
            String groupKey = ReviewTable.GROUPS.get(g);
            Optional<YamlMapping> group = table.flatMap(t -> t.optionalMapping(groupKey));
            List<Cell> cells = new ArrayList<>();
            for (int i = 0; i < ReviewTable.FIELDS.size(); i++) {
                String where = "表四“" + ReviewTable.GROUP_LABELS.get(g) + "”的“" + ReviewTable.FIELD_LABELS.get(i) + "”";
                String field = ReviewTable.FIELDS.get(i);
                cells.add(group.flatMap(r -> r.written(field).map(node -> TableCells.read(r.location(node), node,
                        Kind.COUNT, where, keepN1)))
                        .orElseGet(() -> Cell.of(BigDecimal.ZERO, group.map(YamlMapping::location)
                                .orElse(file.location()))));
            }
            group.ifPresent(YamlMapping::rejectUnknownKeys);
            groups.put(groupKey, List.copyOf(cells));
        }
        Optional<String> note = table.flatMap(t -> t.optionalString("note"));
        table.ifPresent(YamlMapping::rejectUnknownKeys);
        return new ReviewTable(groups, note);
    }

    private static List<Cell> row(YamlMapping owner, Node node, List<Node> values, String label, boolean keepN1) {
        SourceLocation location = owner.location(node);
        if (values.size() != 6 && values.size() != 7) {
            throw new InputError(location, "表三“" + label + "”行应有 7 个数（自然人、商业企业、科研机构、社会公益组织、法律服务机构、"
                    + "其他、总计），或省略总计写 6 个，这里有 " + values.size() + " 个 / a row has 7 cells (or 6 without 总计)");
        }
        List<Cell> cells = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            String where = "表三“" + label + "”行“" + ApplicationTable.COLUMNS.get(i) + "”列";
            cells.add(TableCells.read(owner.location(values.get(i)), values.get(i), Kind.COUNT, where, keepN1));
        }
        if (cells.size() == 6) {
            cells.add(Cell.of(cells.stream().map(Cell::orZero).reduce(BigDecimal.ZERO, BigDecimal::add), location));
        }
        return List.copyOf(cells);
    }

    private static List<Cell> zeros(SourceLocation location) {
        List<Cell> cells = new ArrayList<>();
        for (int i = 0; i < ApplicationTable.COLUMNS.size(); i++) {
            cells.add(Cell.of(BigDecimal.ZERO, location));
        }
        return List.copyOf(cells);
    }

    private static Cell zero(SourceLocation location, Field field) {
        return field.kind() == Kind.TEXT ? Cell.empty(location) : Cell.of(BigDecimal.ZERO, location);
    }
}
