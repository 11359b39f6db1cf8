package io.github.gongkai.render;

import io.github.gongkai.data.AnnualReport;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * 复用: a report's page and open data that the last build wrote and this one keeps as they are,
 * because nothing they are made of changed: the report's own files, its neighbours' in the column
 * (上一篇/下一篇 show their titles), and what every page shares (site.yaml, bodies.yaml, the theme,
 * the plugin, the settings), all of which the caller folds into each report's key. An entry under
 * {@code <cache>/reports/} names the files and keeps the report's search text; entries are written
 * only after the new website is in place, and only the new build's are left.
 */
public final class ReportReuse {

    private static final int MAGIC = 0x474b5231; // "GKR1"
    private static final String SUFFIX = ".report";
    private static final ReportReuse NONE = new ReportReuse(null, report -> Optional.empty(), null);

    private final Path dir;
    private final Function<AnnualReport, Optional<String>> keys;
    private final Path earlierSite;
    private final Map<String, Entry> written = new ConcurrentHashMap<>();
    private final Set<String> used = ConcurrentHashMap.newKeySet();

    private ReportReuse(Path dir, Function<AnnualReport, Optional<String>> keys, Path earlierSite) {
        this.dir = dir;
        this.keys = keys;
        this.earlierSite = earlierSite;
    }

    /** Nothing kept, nothing remembered: builds without a cache folder. */
    public static ReportReuse none() {
        return NONE;
    }

    /**
     * @param cacheDir    the build's cache folder
     * @param keys        a report's key (everything its files are made of), empty where unknown
     * @param earlierSite the website in place when it is exactly what the last build wrote, so that
     *                    its files may be kept; null when it is not
     */
    public static ReportReuse in(Path cacheDir, Function<AnnualReport, Optional<String>> keys, Path earlierSite) {
        return new ReportReuse(cacheDir.resolve("reports"), keys, earlierSite);
    }

    /**
     * One report's entry.
     *
     * @param files      the site paths of its page and open data
     * @param searchText the text of its page that the search index holds
     */
    public record Entry(List<String> files, String searchText) {
    }

    /** The key of the report at {@code i} in the column, with its neighbours', or empty. */
    Optional<String> keyOf(List<AnnualReport> ordered, int i) {
        Optional<String> own = keys.apply(ordered.get(i));
        if (dir == null || own.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> previous = i == 0 ? Optional.of("first") : keys.apply(ordered.get(i - 1));
        Optional<String> next = i == ordered.size() - 1 ? Optional.of("last") : keys.apply(ordered.get(i + 1));
        if (previous.isEmpty() || next.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(sha256(previous.get() + "\n" + own.get() + "\n" + next.get()));
    }

    /** What the last build wrote under {@code key}, if its files may be kept. */
    Optional<Entry> earlier(String key) {
        if (earlierSite == null) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(
                Files.newInputStream(dir.resolve(key + SUFFIX))))) {
            if (in.readInt() != MAGIC) {
                return Optional.empty();
            }
            int count = in.readInt();
            List<String> files = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                files.add(in.readUTF());
            }
            String text = new String(in.readNBytes(in.readInt()), StandardCharsets.UTF_8);
            if (!files.stream().allMatch(file -> Files.isRegularFile(earlierSite.resolve(file)))) {
                return Optional.empty();
            }
            Entry entry = new Entry(List.copyOf(files), text);
            used.add(key);
            written.put(key, entry);
            return Optional.of(entry);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            // A damaged entry: the report is rendered anew.
            return Optional.empty();
        }
    }

    /** Remembers what this build wrote for {@code key}, to be saved once the website is in place. */
    void wrote(String key, Entry entry) {
        written.put(key, entry);
    }

    /** How many reports' files were kept from the last build. */
    public int kept() {
        return used.size();
    }

    /**
     * Saves this build's entries and deletes every other, so that the folder describes exactly
     * the website now in place. Call after the new website replaced the old one.
     */
    public void save() {
        if (dir == null) {
            return;
        }
        try {
            Files.createDirectories(dir);
            for (Map.Entry<String, Entry> entry : written.entrySet()) {
                if (!used.contains(entry.getKey())) {
                    write(dir.resolve(entry.getKey() + SUFFIX), entry.getValue());
                }
            }
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.toList()) {
                    String name = file.getFileName().toString();
                    if (!name.endsWith(SUFFIX) || !written.containsKey(name.substring(0, name.length()
                            - SUFFIX.length()))) {
                        Files.deleteIfExists(file);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("无法更新缓存 / cannot update the cache " + dir, e);
        }
    }

    private static void write(Path file, Entry entry) throws IOException {
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
            out.writeInt(MAGIC);
            out.writeInt(entry.files().size());
            for (String path : entry.files()) {
                out.writeUTF(path);
            }
            byte[] text = entry.searchText().getBytes(StandardCharsets.UTF_8);
            out.writeInt(text.length);
            out.write(text);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
