package io.github.gongkai.data;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * Table 三、收到和处理政府信息公开申请情况: one row of seven cells per official row, in the
 * printed column order 自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计.
 *
 * @param rows every official row of the report's format, by key ({@code received},
 *             {@code denied.stateSecret}, …); rows the file omits are zeros
 */
public record ApplicationTable(Map<String, List<Cell>> rows) implements Serializable {

    /** The applicant columns (申请人情况) and the 总计 column, in printed order. */
    public static final List<String> COLUMNS = List.of("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计");

    /** The index of the 总计 column. */
    public static final int TOTAL_COLUMN = 6;

    /** The cells of a row. */
    public List<Cell> row(String key) {
        List<Cell> row = rows.get(key);
        if (row == null) {
            throw new IllegalArgumentException("no row " + key);
        }
        return row;
    }
}
