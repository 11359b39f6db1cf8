package io.github.gongkai.importer;

import io.github.gongkai.data.ApplicationTable;
import io.github.gongkai.data.OfficialTables;
import io.github.gongkai.data.OfficialTables.ProactiveBlock;
import io.github.gongkai.data.OfficialTables.ProactiveRow;
import io.github.gongkai.data.ReportFormat;
import io.github.gongkai.data.ReviewTable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The header side of the official tables: which texts are headers (no row, no figure), a table's section
 * title however numbered, and what the header lines printed before the rows tell (a column's unit, the
 * order of 自然人 and 总计). {@link OfficialTableRecogniser} matches the rows.
 */
final class TableHeaders {

    /** Header texts of the printed tables that hold no figure; the row labels come from OfficialTables. */
    private static final List<String> HEADERS = List.of("信息内容", "申请人情况", "法人或其他组织", "行政复议", "行政诉讼",
            "未经复议直接起诉", "复议后起诉", "三、本年度办理结果", "本年度办理结果", "单位：件", "单位:件",
            "主动公开政府信息情况", "收到和处理政府信息公开申请情况", "政府信息公开行政复议、行政诉讼情况");
    private static final Pattern SENTENCE = Pattern.compile("[。；;！？]");
    private static final Pattern SECTION_NUMBER = Pattern.compile("^([一二三四五六七八九十]+[、.．]|第[一二三四五六七八九十]+部分|[（][一二三四五六七八九十]+[）])");
    /** A header cell giving its column's unit: "采购总金额(万元)", "采购总金额（单位：元）". */
    private static final Pattern HEADER_UNIT = Pattern.compile("^(\\p{IsHan}+)（(?:单位：)?(万元|元)）$");

    private final ReportFormat format;
    private final Set<String> headers = new HashSet<>();
    /** Column header → the unit it prints ("采购总金额" → "万元"), for a text cell that prints only the number. */
    private final Map<String, String> headerUnits = new LinkedHashMap<>();
    /** The header cells 自然人 and 总计 of table 三 in the order printed before its first row. */
    private final List<String> applicantHeaders = new ArrayList<>();

    TableHeaders(ReportFormat format) {
        this.format = format;
        for (ProactiveBlock block : OfficialTables.proactiveBlocks(format)) {
            headers.add(LabelText.fold(block.item()));
            block.columns().forEach(c -> headers.add(LabelText.fold(c)));
        }
        HEADERS.forEach(h -> headers.add(LabelText.fold(h)));
        ReviewTable.FIELD_LABELS.forEach(h -> headers.add(LabelText.fold(h)));
        ReviewTable.GROUP_LABELS.forEach(h -> headers.add(LabelText.fold(h)));
        ApplicationTable.COLUMNS.forEach(h -> headers.add(LabelText.fold(h)));
        OfficialTables.applicationRows(format).stream().filter(r -> r.group() != null)
                .forEach(r -> headers.add(LabelText.fold(r.group())));
    }

    /**
     * Notes what a line's cells tell about the columns: a unit ("采购总金额(万元)"), and, while table 三 has no
     * row yet ({@code beforeApplications}), the order of 自然人 and 总计.
     */
    void note(List<String> cells, boolean beforeApplications) {
        for (String cell : cells) {
            String folded = LabelText.fold(cell);
            Matcher unit = HEADER_UNIT.matcher(folded);
            if (unit.matches()) {
                headerUnits.put(unit.group(1), unit.group(2));
            }
            if (beforeApplications && (folded.equals("自然人") || folded.equals("总计"))) {
                applicantHeaders.add(folded);
            }
        }
    }

    /** Whether table 三 prints its 总计 column first ("总计 | 自然人 | 法人或其他组织"), not last as the official one. */
    boolean totalFirst() {
        int total = applicantHeaders.indexOf("总计");
        int person = applicantHeaders.indexOf("自然人");
        return total >= 0 && person > total;
    }

    /** The unit the header of the row's column {@code field} printed, or "" (the cell then keeps its own). */
    String unitOf(ProactiveRow row, int field) {
        for (ProactiveBlock block : OfficialTables.proactiveBlocks(format)) {
            if (block.rows().contains(row) && field < block.columns().size()) {
                return headerUnits.getOrDefault(LabelText.fold(block.columns().get(field)), "");
            }
        }
        return "";
    }

    /** Whether {@code label} is a header text of the tables (or empty), never a row. */
    boolean isHeader(String label) {
        String folded = LabelText.fold(label);
        return folded.isEmpty() || headers.contains(folded) || folded.startsWith("（本列数据的勾稽关系")
                || folded.startsWith("本列数据的勾稽关系") || folded.matches("[（(]?行政诉讼[\\w ]*[）)]?.*sub-header.*");
    }

    /** A short line without a sentence in a table section: a header cell or a piece of one, not narrative. */
    static boolean isDebris(String text) {
        return text.length() <= 60 && !SENTENCE.matcher(text).find();
    }

    /** A table's section heading, however numbered ("三、", "三.", "第三部分", none) and with or without 的. */
    static boolean isTableTitle(String text) {
        String t = unnumbered(text).replace("的申请", "申请");
        return t.equals(unnumbered(OfficialTables.PROACTIVE_TITLE)) || t.equals(unnumbered(OfficialTables.APPLICATIONS_TITLE))
                || t.equals(unnumbered(OfficialTables.REVIEWS_TITLE)) || t.startsWith("政府信息公开行政复议")
                || t.startsWith("因政府信息公开工作被申请行政复议");
    }

    private static String unnumbered(String title) {
        return SECTION_NUMBER.matcher(LabelText.fold(title)).replaceFirst("");
    }
}
