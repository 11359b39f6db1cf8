package io.github.gongkai.incremental;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * 键: the one way an entry of the {@link Store} is addressed. A key is the SHA-256 of its kind and
 * of typed parts, each tagged with its type and, for text, its length: no two different lists of
 * parts give one key, and an entry of one kind is never taken for another's.
 *
 * @param kind   what the entry holds
 * @param sha256 the hash of the kind and the parts, in hex
 */
record Key(Kind kind, String sha256) {

    /** What an entry holds; each kind is kept in its own pack file ({@link ContentStore}). */
    enum Kind {
        /** A narrative as converted ({@link NarrativeCache}). */
        NARRATIVE("narratives"),
        /** A report as read from its files, with its findings ({@link ReportStore}). */
        READ("loaded"),
        /** The files of a report or a list page as written ({@link ReportReuse}). */
        PAGE("reports");

        private final String pack;

        Kind(String pack) {
            this.pack = pack;
        }

        /** The name of the pack the kind's entries are kept in. */
        String pack() {
            return pack;
        }
    }

    /** A key of {@code kind}, its parts to be added. */
    static Builder of(Kind kind) {
        return new Builder(kind);
    }

    /** Adds parts to a key, in order; {@link #key} ends it. */
    static final class Builder {

        private final Kind kind;
        private final MessageDigest sha;

        private Builder(Kind kind) {
            this.kind = kind;
            this.sha = digest();
            text(kind.name());
        }

        /** A text part (null is a part of its own, unlike any text). */
        Builder text(String text) {
            if (text == null) {
                sha.update((byte) 'n');
                return this;
            }
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            sha.update((byte) 's');
            sha.update(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
            sha.update(bytes);
            return this;
        }

        /** A number part. */
        Builder number(long number) {
            sha.update((byte) 'i');
            sha.update(ByteBuffer.allocate(Long.BYTES).putLong(number).array());
            return this;
        }

        /** A part of bytes, such as a serialised value. */
        Builder bytes(byte[] bytes) {
            sha.update((byte) 'b');
            sha.update(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
            sha.update(bytes);
            return this;
        }

        /** The key of the parts added. */
        Key key() {
            return new Key(kind, HexFormat.of().formatHex(sha.digest()));
        }
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
