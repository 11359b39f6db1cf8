package io.github.gongkai.data;

import java.util.Arrays;
import java.util.Optional;

/**
 * The administrative level of a publishing body, which decides whether it may make 规章: under
 * the 立法法 only 设区的市、自治州 and above (and the 国务院部门) have rule-making power, so a
 * 规章 figure in a county-level report is suspect (A4) and in the others is normal.
 */
public enum BodyLevel {
    /** 县级及以下 (县政府, 县直部门, 乡镇, 街道): no rule-making power. The default. */
    COUNTY("county", "县级及以下", false),
    /** 设区的市、自治州 (or one of their bodies reporting the city's 规章). */
    CITY("city", "设区的市、自治州", true),
    /** 省、自治区、直辖市. */
    PROVINCE("province", "省级", true),
    /** 国务院部门 (部门规章). */
    MINISTRY("ministry", "国务院部门", true);

    private final String key;
    private final String label;
    private final boolean makesRules;

    BodyLevel(String key, String label, boolean makesRules) {
        this.key = key;
        this.label = label;
        this.makesRules = makesRules;
    }

    /** The key used in bodies.yaml. */
    public String key() {
        return key;
    }

    /** The level in Chinese. */
    public String label() {
        return label;
    }

    /** Whether a body at this level may make 规章. */
    public boolean makesRules() {
        return makesRules;
    }

    /** The level for a bodies.yaml key. */
    public static Optional<BodyLevel> fromKey(String key) {
        return Arrays.stream(values()).filter(l -> l.key.equals(key)).findFirst();
    }
}
