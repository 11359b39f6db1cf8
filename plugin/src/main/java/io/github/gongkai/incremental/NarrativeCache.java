package io.github.gongkai.incremental;

import io.github.gongkai.data.ConvertedNarrative;
import io.github.gongkai.data.Narrative;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.asciidoctor.Asciidoctor;
import org.jsoup.Jsoup;

/**
 * Narratives converted by earlier builds, packed under {@code target/gongkai-cache/narratives.*}
 * ({@link CachePack}), each keyed by the SHA-256 of everything the HTML depends on: the narrative's
 * file name and text (the file's SHA-256 where the build examined it, see {@link NarrativeFiles}),
 * the plugin (its version and the bytes of its jar, which hold the converter settings), the
 * engines' jars (their names, sizes and times), the JRuby and Java versions. The site's theme and
 * site.yaml are not part of it because a narrative's HTML does not depend on them. A narrative
 * with an {@code include::} is never cached: the included file could change unseen.
 */
final class NarrativeCache implements AutoCloseable {

    private static final int MAGIC = 0x474b4e31; // "GKN1": the entry format
    private static final String NAME = "narratives";

    private final CachePack pack;
    private final String fingerprint;
    private final NarrativeFiles files;
    private final Set<String> used = ConcurrentHashMap.newKeySet();
    private boolean saved;

    private NarrativeCache(Path dir, String fingerprint, NarrativeFiles files) {
        this.pack = CachePack.open(dir, NAME);
        this.fingerprint = fingerprint;
        this.files = files;
    }

    /**
     * The cache in {@code dir}, for the site project {@code projectDir} (AsciiDoc resolves paths
     * against it, so its place is part of every key) and whether narratives are sanitized.
     */
    static NarrativeCache open(Path dir, Path projectDir, boolean sanitize) {
        return open(dir, projectDir, sanitize, NarrativeFiles.NONE);
    }

    /**
     * As {@link #open(Path, Path, boolean)}, taking the hashes of the narrative files from
     * {@code files} where it has them.
     */
    static NarrativeCache open(Path dir, Path projectDir, boolean sanitize, NarrativeFiles files) {
        return new NarrativeCache(dir.toAbsolutePath().normalize(), "gongkai-cache 2\n"
                + projectDir.toAbsolutePath().normalize() + "\nsanitize " + sanitize + "\n" + codeFingerprint(), files);
    }

    /** The key of {@code narrative}, or empty when it must be converted every time. */
    Optional<String> keyOf(Narrative narrative) {
        if (narrative.body().contains("include::")) {
            return Optional.empty();
        }
        MessageDigest sha = sha256();
        sha.update(fingerprint.getBytes(StandardCharsets.UTF_8));
        String header = "\0" + narrative.source() + "\0" + narrative.language() + "\0" + narrative.firstLine() + "\0";
        sha.update(header.getBytes(StandardCharsets.UTF_8));
        // The text is read from the file, by code the fingerprint names: the file's hash stands for it.
        Optional<String> file = files.sha256(narrative.source().file());
        if (file.isPresent()) {
            sha.update(("file " + file.get()).getBytes(StandardCharsets.UTF_8));
        } else {
            sha.update("text ".getBytes(StandardCharsets.UTF_8));
            sha.update(narrative.body().getBytes(StandardCharsets.UTF_8));
        }
        return Optional.of(HexFormat.of().formatHex(sha.digest()));
    }

    /** {@code narrative} as an earlier build converted it, with its messages only unless {@code withHtml}. */
    Optional<ConvertedNarrative> converted(Narrative narrative, boolean withHtml) {
        return keyOf(narrative).flatMap(key -> withHtml ? get(key) : messages(key));
    }

    /** Stores {@code converted}, this build's conversion of {@code narrative}; whether it was stored. */
    boolean put(Narrative narrative, ConvertedNarrative converted) {
        return keyOf(narrative).map(key -> put(narrative, key, converted)).orElse(false);
    }

    /** The entry for {@code key}, if an earlier build stored a readable one. */
    Optional<ConvertedNarrative> get(String key) {
        return read(key, true);
    }

    /**
     * The entry for {@code key} with its messages only, if an earlier build stored a readable one:
     * all a build needs of a narrative whose page it keeps, without decoding its HTML.
     */
    Optional<ConvertedNarrative> messages(String key) {
        return Forget.off("narratives") ? Optional.empty() : read(key, false);
    }

    private Optional<ConvertedNarrative> read(String key, boolean withHtml) {
        Optional<byte[]> entry = pack.get(key);
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(entry.get()))) {
            if (in.readInt() != MAGIC) {
                return Optional.empty();
            }
            int count = in.readInt();
            List<ConvertedNarrative.Message> messages = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                boolean warning = in.readBoolean();
                messages.add(new ConvertedNarrative.Message(warning, readString(in)));
            }
            String html = withHtml ? readString(in) : "";
            used.add(key);
            return Optional.of(new ConvertedNarrative(html, List.copyOf(messages)));
        } catch (IOException | RuntimeException e) {
            // An entry of another format is converted again and replaced.
            return Optional.empty();
        }
    }

    /**
     * Stores {@code converted}, the conversion of {@code narrative}, under {@code key}; a failure to
     * store only costs a conversion next time.
     *
     * @return whether it was stored
     */
    boolean put(Narrative narrative, String key, ConvertedNarrative converted) {
        used.add(key);
        Path file = narrative.source().file();
        if (files.sha256(file).isPresent() && !files.unchanged(file)) {
            // Edited since the build examined it: the text converted may not be the one the key's hash is of.
            return false;
        }
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(converted.html().length() * 3 + 64);
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeInt(MAGIC);
            out.writeInt(converted.messages().size());
            for (ConvertedNarrative.Message message : converted.messages()) {
                out.writeBoolean(message.warning());
                writeString(out, message.text());
            }
            writeString(out, converted.html());
            out.flush();
            pack.put(key, bytes.toByteArray());
            return true;
        } catch (IOException e) {
            // The cache is an optimisation; the build goes on without this entry.
            return false;
        }
    }

    /** Keeps the entries this build used and forgets the others, so that the cache holds only the current site's narratives. */
    void save() {
        pack.commit(used::contains);
        saved = true;
    }

    /**
     * Closes the cache's files. Closed without {@link #save} (the build failed), it keeps every
     * entry, old and new: what was converted is right whatever failed after, and fixing a report
     * should not convert every narrative again.
     */
    @Override
    public void close() {
        try {
            if (!saved) {
                pack.commit(key -> true);
            }
        } catch (UncheckedIOException e) {
            // The cache is an optimisation: the build's own outcome is what the user must see.
        } finally {
            pack.close();
        }
    }

    private static void writeString(DataOutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readString(DataInputStream in) throws IOException {
        int length = in.readInt();
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }

    /**
     * The plugin's version and the SHA-256 of its jar (a rebuilt SNAPSHOT changes it), and the
     * jars of the engines, whose file names carry their versions.
     */
    private static String codeFingerprint() {
        StringBuilder out = new StringBuilder();
        Properties pom = new Properties();
        try (InputStream in = NarrativeCache.class.getResourceAsStream(
                "/META-INF/maven/io.github.gongkai/gongkai-maven-plugin/pom.properties")) {
            if (in != null) {
                pom.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.append("plugin ").append(pom.getProperty("version", "dev")).append('\n');
        // Another JDK converts anew, so that building on two JDKs still compares their conversions.
        out.append("java ").append(Runtime.version()).append('\n');
        // JRuby runs the AsciiDoc converter; its jar is too large to hash on every build, its version says enough.
        out.append("jruby ").append(org.jruby.runtime.Constants.VERSION).append('\n');
        Path plugin = location(NarrativeCache.class);
        out.append(plugin).append(' ').append(plugin != null && Files.isRegularFile(plugin) ? digest(plugin) : "")
                .append('\n');
        // The engines' jars are releases, named by their versions: their size and time say enough,
        // without hashing 3 MB on every build.
        for (Class<?> type : List.of(Asciidoctor.class, com.vladsch.flexmark.parser.Parser.class, Jsoup.class)) {
            Path location = location(type);
            out.append(location).append(' ').append(sizeAndTime(location)).append('\n');
        }
        return out.toString();
    }

    private static String sizeAndTime(Path file) {
        try {
            return file == null ? "" : Files.size(file) + " " + Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return "";
        }
    }

    private static Path location(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        URL url = source == null ? null : source.getLocation();
        try {
            return url == null ? null : Path.of(url.toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    private static String digest(Path file) {
        MessageDigest sha = sha256();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                sha.update(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
