package io.github.gongkai.data;

import java.util.Arrays;
import java.util.Optional;

/** The official format generation of an annual report (年报格式). */
public enum ReportFormat {
    /** Report years up to 2018: free prose, optional figures (旧版). */
    PRE2019("pre2019"),
    /** Report years 2019–2020: 国办公开办函〔2019〕60号 trial tables. */
    V2019("v2019"),
    /** Report years from 2021: 国办公开办函〔2021〕30号 tables. */
    V2021("v2021");

    private final String key;

    ReportFormat(String key) {
        this.key = key;
    }

    /** The key used in statistics files. */
    public String key() {
        return key;
    }

    /** The format a report of that year has unless its statistics file says otherwise. */
    public static ReportFormat forYear(int year) {
        if (year <= 2018) {
            return PRE2019;
        }
        return year <= 2020 ? V2019 : V2021;
    }

    /** The format for a statistics-file key. */
    public static Optional<ReportFormat> fromKey(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
    }
}
