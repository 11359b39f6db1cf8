package io.github.gongkai.data;

import java.util.ArrayList;
import java.util.List;

/**
 * The rows, columns and exact labels of the official tables 二、三、四 in the 2019 trial format
 * (国办公开办函〔2019〕60号) and the 2021 format (国办公开办函〔2021〕30号). The loader, the
 * validator and the templates all read them from here, so a label exists once.
 */
public final class OfficialTables {

    /** 二、主动公开政府信息情况. */
    public static final String PROACTIVE_TITLE = "二、主动公开政府信息情况";
    /** 三、收到和处理政府信息公开申请情况. */
    public static final String APPLICATIONS_TITLE = "三、收到和处理政府信息公开申请情况";
    /** 四、政府信息公开行政复议、行政诉讼情况. */
    public static final String REVIEWS_TITLE = "四、政府信息公开行政复议、行政诉讼情况";

    private OfficialTables() {
    }

    /** What a table-二 cell holds. */
    public enum Kind {
        /** A count ≥ 0. */
        COUNT,
        /** A count that may be negative (v2019 本年增/减). */
        SIGNED,
        /** An amount ≥ 0 with decimals (v2021 收费金额, 万元). */
        DECIMAL,
        /** Free text as printed (v2019 采购总金额, "251000元"). */
        TEXT
    }

    /**
     * A field of a table-二 row.
     *
     * @param key  its key in the statistics file
     * @param kind what it holds
     */
    public record Field(String key, Kind kind) {
    }

    /**
     * A row of table 二.
     *
     * @param key    its key in the statistics file
     * @param label  信息内容, as printed
     * @param fields its cells, in the order of the block's columns
     */
    public record ProactiveRow(String key, String label, List<Field> fields) {
    }

    /**
     * A block of table 二: one 第二十条 item with its column headers and rows.
     *
     * @param item    e.g. 第二十条第（一）项
     * @param columns the value column headers
     * @param rows    the rows
     */
    public record ProactiveBlock(String item, List<String> columns, List<ProactiveRow> rows) {
    }

    /**
     * A row of table 三.
     *
     * @param key   its key in the statistics file, e.g. {@code denied.stateSecret}
     * @param label its label, as printed
     * @param group the label of its group, e.g. （三）不予公开, or null
     */
    public record ApplicationRow(String key, String label, String group) {

        /** The label with its group in front, e.g. （三）不予公开1.属于国家秘密, for messages. */
        public String fullLabel() {
            return group == null ? label : group + label;
        }
    }

    /** The blocks of table 二 in a format. */
    public static List<ProactiveBlock> proactiveBlocks(ReportFormat format) {
        Field issued = new Field("issued", Kind.COUNT);
        Field repealed = new Field("repealed", Kind.COUNT);
        Field inForce = new Field("inForce", Kind.COUNT);
        Field decisions = new Field("decisions", Kind.COUNT);
        if (format == ReportFormat.V2021) {
            List<String> decisionColumn = List.of("本年处理决定数量");
            return List.of(
                    new ProactiveBlock("第二十条第（一）项", List.of("本年制发件数", "本年废止件数", "现行有效件数"), List.of(
                            new ProactiveRow("regulations", "规章", List.of(issued, repealed, inForce)),
                            new ProactiveRow("normativeDocuments", "行政规范性文件", List.of(issued, repealed, inForce)))),
                    new ProactiveBlock("第二十条第（五）项", decisionColumn, List.of(
                            new ProactiveRow("licensing", "行政许可", List.of(decisions)))),
                    new ProactiveBlock("第二十条第（六）项", decisionColumn, List.of(
                            new ProactiveRow("penalty", "行政处罚", List.of(decisions)),
                            new ProactiveRow("enforcement", "行政强制", List.of(decisions)))),
                    new ProactiveBlock("第二十条第（八）项", List.of("本年收费金额（单位：万元）"), List.of(
                            new ProactiveRow("fees", "行政事业性收费", List.of(new Field("amount", Kind.DECIMAL))))));
        }
        List<Field> made = List.of(new Field("made", Kind.COUNT), new Field("published", Kind.COUNT),
                new Field("total", Kind.COUNT));
        List<Field> items = List.of(new Field("previous", Kind.COUNT), new Field("change", Kind.SIGNED), decisions);
        List<String> itemColumns = List.of("上一年项目数量", "本年增/减", "处理决定数量");
        return List.of(
                new ProactiveBlock("第二十条第（一）项", List.of("本年新制作数量", "本年新公开数量", "对外公开总数量"), List.of(
                        new ProactiveRow("regulations", "规章", made),
                        new ProactiveRow("normativeDocuments", "规范性文件", made))),
                new ProactiveBlock("第二十条第（五）项", itemColumns, List.of(
                        new ProactiveRow("licensing", "行政许可", items),
                        new ProactiveRow("otherServices", "其他对外管理服务事项", items))),
                new ProactiveBlock("第二十条第（六）项", itemColumns, List.of(
                        new ProactiveRow("penalty", "行政处罚", items),
                        new ProactiveRow("enforcement", "行政强制", items))),
                new ProactiveBlock("第二十条第（八）项", List.of("上一年项目数量", "本年增/减"), List.of(
                        new ProactiveRow("fees", "行政事业性收费", List.of(new Field("previous", Kind.COUNT),
                                new Field("change", Kind.SIGNED))))),
                new ProactiveBlock("第二十条第（九）项", List.of("采购项目数量", "采购总金额"), List.of(
                        new ProactiveRow("procurement", "政府集中采购", List.of(new Field("projects", Kind.COUNT),
                                new Field("amount", Kind.TEXT))))));
    }

    /** The rows of table 三 in a format, in printed order. */
    public static List<ApplicationRow> applicationRows(ReportFormat format) {
        List<ApplicationRow> rows = new ArrayList<>();
        rows.add(new ApplicationRow("received", "一、本年新收政府信息公开申请数量", null));
        rows.add(new ApplicationRow("carriedIn", "二、上年结转政府信息公开申请数量", null));
        rows.add(new ApplicationRow("granted", "（一）予以公开", null));
        rows.add(new ApplicationRow("partial", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", null));
        group(rows, "denied", "（三）不予公开", "stateSecret", "1.属于国家秘密", "otherLaw", "2.其他法律行政法规禁止公开",
                "threeSafetyOneStability", "3.危及\u201C三安全一稳定\u201D", "thirdParty", "4.保护第三方合法权益",
                "internalAffairs", "5.属于三类内部事务信息", "process", "6.属于四类过程性信息",
                "enforcementFile", "7.属于行政执法案卷", "adminQuery", "8.属于行政查询事项");
        group(rows, "unable", "（四）无法提供", "notHeld", "1.本机关不掌握相关政府信息",
                "needsCreation", "2.没有现成信息需要另行制作", "unclearAfterCorrection", "3.补正后申请内容仍不明确");
        group(rows, "notProcessed", "（五）不予处理", "petition", "1.信访举报投诉类申请", "repeat", "2.重复申请",
                "publication", "3.要求提供公开出版物", "massRepeat", "4.无正当理由大量反复申请",
                "confirmReissue", "5.要求行政机关确认或重新出具已获取信息");
        if (format == ReportFormat.V2021) {
            group(rows, "other", "（六）其他处理",
                    "noCorrection", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
                    "feeUnpaid", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
                    "other", "3.其他");
        } else {
            rows.add(new ApplicationRow("other", "（六）其他处理", null));
        }
        rows.add(new ApplicationRow("total", "（七）总计", null));
        rows.add(new ApplicationRow("carriedOut", "四、结转下年度继续办理", null));
        return List.copyOf(rows);
    }

    /** The rows of 三、本年度办理结果 ((一) to (六)), whose sum is (七)总计. */
    public static List<ApplicationRow> resultRows(ReportFormat format) {
        List<ApplicationRow> all = applicationRows(format);
        return all.subList(2, all.size() - 2);
    }

    private static void group(List<ApplicationRow> rows, String key, String label, String... keysAndLabels) {
        for (int i = 0; i < keysAndLabels.length; i += 2) {
            rows.add(new ApplicationRow(key + "." + keysAndLabels[i], keysAndLabels[i + 1], label));
        }
    }
}
