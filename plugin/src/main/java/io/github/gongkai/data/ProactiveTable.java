package io.github.gongkai.data;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * Table 二、主动公开政府信息情况 (第二十条 items). Its rows and columns differ between the 2019
 * and 2021 formats; {@link OfficialTables} describes both.
 *
 * @param rows the cells of each row by key ({@code regulations}, {@code licensing}, …), in the
 *             order of that row's columns
 */
public record ProactiveTable(Map<String, List<Cell>> rows) implements Serializable {

    /** The cells of a row. */
    public List<Cell> row(String key) {
        return rows.get(key);
    }
}
