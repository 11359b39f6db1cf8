package io.github.gongkai.incremental;

import io.github.gongkai.data.AnnualReport;
import io.github.gongkai.data.PublishingBody;
import io.github.gongkai.diagnostic.SourceLocation;
import io.github.gongkai.validate.Finding;
import io.github.gongkai.validate.ReportValidator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * What was read from each report's files and found in its figures, packed under
 * {@code <cache>/loaded.*} ({@link CachePack}) so that a build parses and checks only the reports whose
 * files changed: parsing 1,000 statistics files and checking them was half of a one-figure edit's
 * build. The key ({@link ReportKeys#loading}) covers the report's files, bodies.yaml, the code and
 * the settings. Entries are written after a successful build; only that build's are left.
 */
final class ReportStore implements AutoCloseable {

    private static final int MAGIC = 0x474b4c31; // "GKL1"
    private static final String NAME = "loaded";

    private final CachePack pack;
    private final Path projectDir;
    private final ReportKeys keys;
    /** This build's entries by key; {@code findings} is null until the report is checked. */
    private final Map<String, Entry> current = new ConcurrentHashMap<>();

    private ReportStore(Path dir, Path projectDir, ReportKeys keys) {
        this.pack = CachePack.open(dir, NAME);
        this.projectDir = projectDir;
        this.keys = keys;
    }

    /**
     * @param cacheDir   the build's cache folder
     * @param projectDir the site project
     * @param keys       the reports' keys for what is read from their files
     */
    static ReportStore in(Path cacheDir, Path projectDir, ReportKeys keys) {
        return new ReportStore(cacheDir, projectDir, keys);
    }

    /**
     * An entry: the report of body {@code id} for {@code year} and its reading's warnings when this
     * build read it from its files (null when it came from here: the build holds the report
     * anyway, so it is encoded only when saved), and its findings once known.
     */
    private record Entry(int year, String id, AnnualReport read, List<String> warnings, List<Finding> findings) {
    }

    Optional<Memory.Recalled> recall(int year, String id, Map<String, PublishingBody> bodies) {
        Optional<String> key = keys.key(year, id);
        if (key.isEmpty() || io.github.gongkai.incremental.Forget.off("loaded")) {
            return Optional.empty();
        }
        Optional<byte[]> entry = pack.get(key.get());
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        try {
            ByteBuffer in = ByteBuffer.wrap(entry.get());
            if (in.getInt() != MAGIC) {
                return Optional.empty();
            }
            ByteBuffer report = slice(in);
            List<Finding> findings = decode(slice(in));
            Optional<Memory.Recalled> decoded = ReportCodec.decode(report, bodies);
            decoded.ifPresent(d -> current.put(key.get(), new Entry(year, id, null, null, findings)));
            return decoded;
        } catch (IOException | RuntimeException e) {
            // An entry this code cannot decode: the report is read from its files.
            return Optional.empty();
        }
    }

    /** The next length-prefixed part of {@code in}, which moves past it. */
    private static ByteBuffer slice(ByteBuffer in) {
        int length = in.getInt();
        ByteBuffer part = in.slice(in.position(), length);
        in.position(in.position() + length);
        return part;
    }

    void read(AnnualReport report, List<String> warnings) {
        keys.key(report.year(), report.body().id())
                .ifPresent(key -> current.put(key, new Entry(report.year(), report.body().id(), report, warnings,
                        null)));
    }

    /** Each report's own findings: those kept for its files, else {@link ReportValidator#check}'s. */
    List<Finding> findings(AnnualReport report) {
        Optional<String> key = keys.key(report.year(), report.body().id());
        Entry entry = key.map(current::get).orElse(null);
        if (entry != null && entry.findings() != null) {
            return entry.findings();
        }
        List<Finding> findings = ReportValidator.check(report);
        if (entry != null) {
            current.put(key.get(), new Entry(entry.year(), entry.id(), entry.read(), entry.warnings(), findings));
        }
        return findings;
    }

    /**
     * Writes this build's new entries and deletes every other. Call once the build succeeded: an
     * entry then holds what was read and found without error.
     */
    void save() {
        List<String> read = current.entrySet().stream().filter(entry -> entry.getValue().read() != null)
                .map(Map.Entry::getKey).toList();
        // A report whose files changed while the build ran was read under its old key: no entry.
        Set<String> whole = read.parallelStream().filter(key -> {
            Entry entry = current.get(key);
            return entry.findings() != null && keys.unchanged(entry.year(), entry.id(), projectDir);
        }).collect(Collectors.toSet());
        read.stream().filter(key -> !whole.contains(key)).forEach(current::remove);
        pack.putAll(whole, key -> encode(current.get(key)));
        pack.commit(current::containsKey);
    }

    /** Closes the store's files. */
    @Override
    public void close() {
        pack.close();
    }

    private static byte[] encode(Entry entry) {
        byte[] report = ReportCodec.encode(entry.read(), entry.warnings());
        byte[] findings = encode(entry.findings());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(report.length + findings.length + 12);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(MAGIC);
            out.writeInt(report.length);
            out.write(report);
            out.writeInt(findings.length);
            out.write(findings);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] encode(List<Finding> findings) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(findings.size());
            for (Finding finding : findings) {
                out.writeUTF(finding.id());
                out.writeBoolean(finding.error());
                out.writeUTF(finding.location().file().toString());
                out.writeInt(finding.location().line());
                byte[] message = finding.message().getBytes(StandardCharsets.UTF_8);
                out.writeInt(message.length);
                out.write(message);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static List<Finding> decode(ByteBuffer bytes) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes.array(),
                bytes.arrayOffset() + bytes.position(), bytes.remaining()));
        int count = in.readInt();
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = in.readUTF();
            boolean error = in.readBoolean();
            SourceLocation location = new SourceLocation(Path.of(in.readUTF()), in.readInt());
            String message = new String(in.readNBytes(in.readInt()), StandardCharsets.UTF_8);
            findings.add(new Finding(id, error, location, message));
        }
        return List.copyOf(findings);
    }
}
