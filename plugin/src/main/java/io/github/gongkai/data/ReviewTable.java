package io.github.gongkai.data;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Table 四、政府信息公开行政复议、行政诉讼情况: three groups of five cells (结果维持, 结果纠正,
 * 其他结果, 尚未审结, 总计).
 *
 * @param groups {@code review}, {@code litigationDirect}, {@code litigationAfterReview}, each five
 *               cells in printed order
 * @param note   a note printed under the table, e.g. 注：行政复议、行政诉讼数量含上年度结转数量。
 */
public record ReviewTable(Map<String, List<Cell>> groups, Optional<String> note) implements Serializable {

    /** The groups in printed order. */
    public static final List<String> GROUPS = List.of("review", "litigationDirect", "litigationAfterReview");

    /** The groups as a reader names them, in printed order. */
    public static final List<String> GROUP_LABELS = List.of("行政复议", "行政诉讼（未经复议直接起诉）", "行政诉讼（复议后起诉）");

    /** The keys of a group's cells in printed order. */
    public static final List<String> FIELDS = List.of("upheld", "corrected", "other", "pending", "total");

    /** The column headers of a group's cells, in printed order. */
    public static final List<String> FIELD_LABELS = List.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计");

    /** The cells of a group. */
    public List<Cell> group(String key) {
        return groups.get(key);
    }
}
