package io.github.gongkai.incremental;

import io.github.gongkai.data.ConvertedNarrative;
import io.github.gongkai.data.Narrative;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.asciidoctor.Asciidoctor;
import org.jsoup.Jsoup;

/**
 * Narratives converted by earlier builds, in the {@link Store}, each under the {@link Key} of
 * everything the HTML depends on: the narrative's file name and text (the file's SHA-256 where the
 * build examined it, see {@link NarrativeFiles}), the plugin (its version and the bytes of its jar,
 * which hold the converter settings), the engines' jars (their names, sizes and times), the JRuby
 * and Java versions. The site's theme and site.yaml are not part of it because a narrative's HTML
 * does not depend on them. A narrative with an {@code include::} is never kept: the included
 * file could change unseen.
 */
final class NarrativeCache {

    private final Store store;
    private final String fingerprint;
    private final NarrativeFiles files;
    private final Set<Key> used = ConcurrentHashMap.newKeySet();

    private NarrativeCache(Store store, String fingerprint, NarrativeFiles files) {
        this.store = store;
        this.fingerprint = fingerprint;
        this.files = files;
    }

    /**
     * The narratives in {@code store}, for the site project {@code projectDir} (AsciiDoc resolves
     * paths against it, so its place is part of every key) and whether narratives are sanitized,
     * taking the hashes of the narrative files from {@code files} where it has them.
     */
    static NarrativeCache in(Store store, Path projectDir, boolean sanitize, NarrativeFiles files) {
        return new NarrativeCache(store, projectDir.toAbsolutePath().normalize() + "\nsanitize " + sanitize + "\n"
                + Code.FINGERPRINT, files);
    }

    /** The key of {@code narrative}, or empty when it must be converted every time. */
    Optional<Key> keyOf(Narrative narrative) {
        if (narrative.body().contains("include::")) {
            return Optional.empty();
        }
        Key.Builder key = Key.of(Key.Kind.NARRATIVE).text(fingerprint).text(narrative.source().toString())
                .text(narrative.language().name()).number(narrative.firstLine());
        // The text is read from the file, by code the fingerprint names: the file's hash stands for it.
        Optional<String> file = files.sha256(narrative.source().file());
        return Optional.of(file.isPresent() ? key.text("file").text(file.get()).key()
                : key.text("text").text(narrative.body()).key());
    }

    /** {@code narrative} as an earlier build converted it; with its messages only unless {@code withHtml}. */
    Optional<ConvertedNarrative> converted(Narrative narrative, boolean withHtml) {
        if (!withHtml && Forget.off("narratives")) {
            return Optional.empty();
        }
        Optional<Key> key = keyOf(narrative);
        Optional<ConvertedNarrative> converted = key.flatMap(k -> store.get(k, ConvertedNarrative.class));
        converted.ifPresent(c -> used.add(key.get()));
        // Without its HTML at once: a build holds the messages of every narrative (10,000 HTMLs
        // would not fit the heap of a site project); the HTML is read again when its page is rendered.
        return withHtml ? converted : converted.map(c -> new ConvertedNarrative("", c.messages()));
    }

    /**
     * Stores {@code converted}, this build's conversion of {@code narrative}; a failure to store
     * only costs a conversion next time.
     *
     * @return whether it was stored
     */
    boolean put(Narrative narrative, ConvertedNarrative converted) {
        Optional<Key> key = keyOf(narrative);
        if (key.isEmpty()) {
            return false;
        }
        used.add(key.get());
        Path file = narrative.source().file();
        if (files.sha256(file).isPresent() && !files.unchanged(file)) {
            // Edited since the build examined it: the text converted may not be the one the key's hash is of.
            return false;
        }
        return store.put(key.get(), converted);
    }

    /** Whether {@code key} is one of this build's narratives: only those are kept. */
    boolean keeps(Key key) {
        return used.contains(key);
    }

    /** The code that converts, looked up once per JVM (the preview builds many times). */
    private static final class Code {
        static final String FINGERPRINT = codeFingerprint();
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
