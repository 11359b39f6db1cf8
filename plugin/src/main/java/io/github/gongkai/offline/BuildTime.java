package io.github.gongkai.offline;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The build time of an archive, read only from {@code project.build.outputTimestamp} so that
 * the same input gives the same bytes: an ISO-8601 date-time with offset or seconds since
 * 1970, as Maven's reproducible-build property allows; unset or one character means none.
 */
public final class BuildTime {

    /** Entry time in the zip when no build time is set: the earliest a zip can record. */
    static final Instant ZIP_EPOCH = Instant.parse("1980-01-01T00:00:00Z");

    // China has one time zone and no daylight saving: a fixed offset needs no time-zone data.
    private static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);

    private final Instant instant;

    private BuildTime(Instant instant) {
        this.instant = instant;
    }

    /**
     * Reads the property's value.
     *
     * @param outputTimestamp the value of {@code project.build.outputTimestamp}, or null
     * @throws OfflineArchiveError if it is set but neither a date-time nor a number
     */
    public static BuildTime parse(String outputTimestamp) {
        if (outputTimestamp == null || outputTimestamp.strip().length() < 2) {
            return new BuildTime(null);
        }
        String value = outputTimestamp.strip();
        try {
            if (value.chars().allMatch(Character::isDigit)) {
                return new BuildTime(Instant.ofEpochSecond(Long.parseLong(value)));
            }
            return new BuildTime(OffsetDateTime.parse(value).toInstant());
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new OfflineArchiveError("project.build.outputTimestamp 的值 \"" + value
                    + "\" 不是 ISO-8601 时间（如 2026-01-01T00:00:00Z）或秒数 / not a timestamp", e);
        }
    }

    /** The time, if the project sets one. */
    public Optional<Instant> instant() {
        return Optional.ofNullable(instant);
    }

    /** The time every zip entry carries: the build time, or 1980-01-01 without one. */
    Instant entryTime() {
        Instant time = instant == null ? ZIP_EPOCH : instant;
        return time.isBefore(ZIP_EPOCH) ? ZIP_EPOCH : time;
    }

    /** {@code 2026-01-01 08:00（北京时间） / 2026-01-01T00:00:00Z}, or that none is set. */
    String describe() {
        if (instant == null) {
            return "未设定（pom.xml 未设置 project.build.outputTimestamp） / not set";
        }
        return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(instant.atOffset(BEIJING))
                + "（北京时间） / " + DateTimeFormatter.ISO_INSTANT.format(instant);
    }
}
