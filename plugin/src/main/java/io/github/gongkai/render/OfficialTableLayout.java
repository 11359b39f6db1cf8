package io.github.gongkai.render;

import io.github.gongkai.data.ApplicationTable;
import io.github.gongkai.data.Cell;
import io.github.gongkai.data.OfficialTables;
import io.github.gongkai.data.OfficialTables.ApplicationRow;
import io.github.gongkai.data.OfficialTables.ProactiveBlock;
import io.github.gongkai.data.OfficialTables.ProactiveRow;
import io.github.gongkai.data.ReportFormat;
import io.github.gongkai.data.ReviewTable;
import io.github.gongkai.data.Statistics;
import io.github.gongkai.render.TableView.Row;
import io.github.gongkai.render.TableView.TableCell;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays out the tables 二、三、四 exactly as the official formats print them: the labels, the
 * row order and the multi-row headers with their row and column spans (domain reference §3–5).
 */
final class OfficialTableLayout {

    private static final String BALANCE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";
    private static final String RESULTS = "三、本年度办理结果";

    private OfficialTableLayout() {
    }

    /** Table 二, one block per 第二十条 item, four grid columns. */
    static TableView proactive(Statistics.National tables) {
        List<Row> body = new ArrayList<>();
        List<ProactiveBlock> blocks = OfficialTables.proactiveBlocks(tables.format());
        for (int b = 0; b < blocks.size(); b++) {
            ProactiveBlock block = blocks.get(b);
            String item = "t2-b" + b;
            body.add(new Row(List.of(TableCell.th(item, block.item(), 1, 4, "colgroup"))));
            List<TableCell> columns = new ArrayList<>();
            columns.add(TableCell.th(item + "-h", "信息内容", 1, 1, "col"));
            for (int c = 0; c < block.columns().size(); c++) {
                columns.add(TableCell.th(item + "-c" + c, block.columns().get(c), 1, span(c, block.columns().size()),
                        "col"));
            }
            body.add(new Row(columns));
            for (int r = 0; r < block.rows().size(); r++) {
                ProactiveRow spec = block.rows().get(r);
                String rowId = item + "-r" + r;
                List<TableCell> cells = new ArrayList<>();
                cells.add(TableCell.th(rowId, spec.label(), 1, 1, "row"));
                List<Cell> values = tables.proactive().row(spec.key());
                for (int c = 0; c < values.size(); c++) {
                    cells.add(TableCell.td(values.get(c).printed(), span(c, values.size()),
                            item + " " + rowId + " " + item + "-c" + c));
                }
                body.add(new Row(cells));
            }
        }
        return new TableView("t2", OfficialTables.PROACTIVE_TITLE, List.of(), body, null);
    }

    /** Table 三, three header rows over ten grid columns. */
    static TableView applications(Statistics.National tables) {
        List<String> columns = ApplicationTable.COLUMNS;
        List<Row> head = new ArrayList<>();
        head.add(new Row(List.of(TableCell.th("t3-balance", BALANCE, 3, 3, null),
                TableCell.th("t3-applicant", "申请人情况", 1, 7, "colgroup"))));
        head.add(new Row(List.of(TableCell.th("t3-c0", columns.get(0), 2, 1, "col"),
                TableCell.th("t3-legal", "法人或其他组织", 1, 5, "colgroup"),
                TableCell.th("t3-c6", columns.get(6), 2, 1, "col"))));
        List<TableCell> legal = new ArrayList<>();
        for (int c = 1; c <= 5; c++) {
            legal.add(TableCell.th("t3-c" + c, columns.get(c), 1, 1, "col"));
        }
        head.add(new Row(legal));

        ReportFormat format = tables.format();
        List<ApplicationRow> rows = OfficialTables.applicationRows(format);
        int results = OfficialTables.resultRows(format).size() + 1;
        List<Row> body = new ArrayList<>();
        String openGroup = null;
        for (int r = 0; r < rows.size(); r++) {
            ApplicationRow spec = rows.get(r);
            String rowId = "t3-r" + r;
            List<TableCell> cells = new ArrayList<>();
            String context = rowId;
            boolean inResults = r >= 2 && r < 2 + results;
            if (r == 2) {
                cells.add(TableCell.th("t3-results", RESULTS, results, 1, "rowgroup"));
            }
            if (inResults) {
                context = "t3-results " + context;
            }
            if (spec.group() != null) {
                String groupId = "t3-g-" + spec.key().substring(0, spec.key().indexOf('.'));
                if (!spec.group().equals(openGroup)) {
                    long size = rows.stream().filter(x -> spec.group().equals(x.group())).count();
                    cells.add(TableCell.th(groupId, spec.group(), (int) size, 1, "rowgroup"));
                    openGroup = spec.group();
                }
                context = context.replace(rowId, groupId + " " + rowId);
                cells.add(TableCell.th(rowId, spec.label(), 1, 1, "row"));
            } else {
                cells.add(TableCell.th(rowId, spec.label(), 1, inResults ? 2 : 3, "row"));
            }
            List<Cell> values = tables.applications().row(spec.key());
            for (int c = 0; c < values.size(); c++) {
                String group = c == 0 || c == 6 ? "" : " t3-legal";
                cells.add(TableCell.td(values.get(c).printed(), 1, context + " t3-applicant" + group + " t3-c" + c));
            }
            body.add(new Row(cells));
        }
        return new TableView("t3", OfficialTables.APPLICATIONS_TITLE, head, body, null);
    }

    /** Table 四, three header rows over fifteen columns and one row of figures. */
    static TableView reviews(Statistics.National tables) {
        ReviewTable table = tables.reviews();
        List<TableCell> top = List.of(TableCell.th("t4-review", "行政复议", 1, 5, "colgroup"),
                TableCell.th("t4-litigation", "行政诉讼", 1, 10, "colgroup"));
        List<TableCell> middle = new ArrayList<>();
        for (int c = 0; c < 5; c++) {
            middle.add(TableCell.th("t4-review-c" + c, ReviewTable.FIELD_LABELS.get(c), 2, 1, "col"));
        }
        middle.add(TableCell.th("t4-direct", "未经复议直接起诉", 1, 5, "colgroup"));
        middle.add(TableCell.th("t4-after", "复议后起诉", 1, 5, "colgroup"));
        List<TableCell> bottom = new ArrayList<>();
        for (String group : List.of("t4-direct", "t4-after")) {
            for (int c = 0; c < 5; c++) {
                bottom.add(TableCell.th(group + "-c" + c, ReviewTable.FIELD_LABELS.get(c), 1, 1, "col"));
            }
        }
        List<TableCell> figures = new ArrayList<>();
        String[] headers = {"t4-review t4-review-c", "t4-litigation t4-direct t4-direct-c",
            "t4-litigation t4-after t4-after-c"};
        for (int g = 0; g < ReviewTable.GROUPS.size(); g++) {
            List<Cell> cells = table.group(ReviewTable.GROUPS.get(g));
            for (int c = 0; c < cells.size(); c++) {
                figures.add(TableCell.td(cells.get(c).printed(), 1, headers[g] + c));
            }
        }
        return new TableView("t4", OfficialTables.REVIEWS_TITLE,
                List.of(new Row(top), new Row(middle), new Row(bottom)), List.of(new Row(figures)),
                table.note().orElse(null));
    }

    /** The last of {@code count} value cells spans what remains of the three value columns. */
    private static int span(int index, int count) {
        return index == count - 1 ? 4 - count : 1;
    }
}
