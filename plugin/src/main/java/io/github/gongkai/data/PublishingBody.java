package io.github.gongkai.data;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A body that publishes annual reports (发布机构): the county government, a department, a
 * township or a sub-district. Its id stays the same across renames (机构改革).
 *
 * @param id        stable id, {@code [a-z0-9-]+}, used in URLs
 * @param name      current full name, e.g. 庆安县平顺街道办事处
 * @param shortName shorter name, optional
 * @param category  its category
 * @param names     earlier names, each valid up to and including a year
 * @param level     its administrative level (county and below unless bodies.yaml says otherwise)
 */
public record PublishingBody(String id, String name, Optional<String> shortName, BodyCategory category,
        List<FormerName> names, BodyLevel level) implements Serializable {

    /** A body at county level or below, the usual case of a county portal. */
    public PublishingBody(String id, String name, Optional<String> shortName, BodyCategory category,
            List<FormerName> names) {
        this(id, name, shortName, category, names, BodyLevel.COUNTY);
    }

    /**
     * An earlier name of a body.
     *
     * @param until the last report year in which the body had this name
     * @param name  the name
     */
    public record FormerName(int until, String name) implements Serializable {
    }

    /** The full name the body had in a report year. */
    public String nameIn(int year) {
        return names.stream()
                .filter(n -> year <= n.until())
                .min(Comparator.comparingInt(FormerName::until))
                .map(FormerName::name)
                .orElse(name);
    }
}
