package io.github.gongkai.data;

import java.util.Arrays;
import java.util.Optional;

/** The kind of publishing body (发布机构类别), which groups reports in the archive column. */
public enum BodyCategory {
    /** 县人民政府. */
    COUNTY_GOV("county_gov", "县政府"),
    /** 县政府工作部门. */
    DEPARTMENT("department", "县直部门"),
    /** 乡镇人民政府. */
    TOWNSHIP("township", "乡镇"),
    /** 街道办事处. */
    SUBDISTRICT("subdistrict", "街道"),
    /** 开发区管委会 and other bodies. */
    OTHER("other", "其他");

    private final String key;
    private final String label;

    BodyCategory(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** The key used in bodies.yaml. */
    public String key() {
        return key;
    }

    /** The label shown on the site. */
    public String label() {
        return label;
    }

    /** The category for a bodies.yaml key. */
    public static Optional<BodyCategory> fromKey(String key) {
        return Arrays.stream(values()).filter(c -> c.key.equals(key)).findFirst();
    }
}
