package io.github.gongkai.build;

import io.github.gongkai.content.EarlierReports;
import io.github.gongkai.content.ReportCodec;
import io.github.gongkai.data.AnnualReport;
import io.github.gongkai.data.PublishingBody;
import io.github.gongkai.diagnostic.SourceLocation;
import io.github.gongkai.validate.Finding;
import io.github.gongkai.validate.ReportValidator;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * What was read from each report's files and found in its figures, kept under
 * {@code <cache>/loaded/<key>.loaded} so that a build parses and checks only the reports whose
 * files changed: parsing 1,000 statistics files and checking them was half of a one-figure edit's
 * build. The key ({@link ReportKeys#loading}) covers the report's files, bodies.yaml, the code and
 * the settings. An entry is complete or absent (written aside, then renamed); only the last
 * successful build's entries are left.
 */
final class ReportStore implements EarlierReports {

    private static final int MAGIC = 0x474b4c31; // "GKL1"
    private static final String SUFFIX = ".loaded";

    private final Path dir;
    private final Path projectDir;
    private final ReportKeys keys;
    /** This build's entries by key; {@code findings} is null until the report is checked. */
    private final Map<String, Entry> current = new ConcurrentHashMap<>();

    private ReportStore(Path dir, Path projectDir, ReportKeys keys) {
        this.dir = dir;
        this.projectDir = projectDir;
        this.keys = keys;
    }

    /**
     * @param cacheDir   the build's cache folder
     * @param projectDir the site project
     * @param keys       the reports' keys for what is read from their files
     */
    static ReportStore in(Path cacheDir, Path projectDir, ReportKeys keys) {
        return new ReportStore(cacheDir.resolve("loaded"), projectDir, keys);
    }

    /**
     * An entry: the report of body {@code id} for {@code year} and its reading's warnings when this
     * build read it from its files (null when it came from here: the build holds the report
     * anyway, so it is encoded only when saved), and its findings once known.
     */
    private record Entry(int year, String id, AnnualReport read, List<String> warnings, List<Finding> findings) {
    }

    @Override
    public Optional<ReportCodec.Decoded> recall(int year, String id, Map<String, PublishingBody> bodies) {
        Optional<String> key = keys.key(year, id);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(
                Files.readAllBytes(dir.resolve(key.get() + SUFFIX))))) {
            if (in.readInt() != MAGIC) {
                return Optional.empty();
            }
            byte[] report = in.readNBytes(in.readInt());
            List<Finding> findings = decode(in.readNBytes(in.readInt()));
            Optional<ReportCodec.Decoded> decoded = ReportCodec.decode(report, bodies);
            decoded.ifPresent(d -> current.put(key.get(), new Entry(year, id, null, null, findings)));
            return decoded;
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            // A damaged entry: the report is read from its files.
            return Optional.empty();
        }
    }

    @Override
    public void read(AnnualReport report, List<String> warnings) {
        keys.key(report.year(), report.body().id())
                .ifPresent(key -> current.put(key, new Entry(report.year(), report.body().id(), report, warnings,
                        null)));
    }

    /** Each report's own findings: those kept for its files, else {@link ReportValidator#check}'s. */
    Function<AnnualReport, List<Finding>> checker() {
        return report -> {
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
        };
    }

    /**
     * Writes this build's new entries and deletes every other. Call once the build succeeded: an
     * entry then holds what was read and found without error.
     */
    void save() {
        try {
            Files.createDirectories(dir);
            for (Map.Entry<String, Entry> entry : List.copyOf(current.entrySet())) {
                Entry value = entry.getValue();
                if (value.read() == null) {
                    continue;
                }
                if (value.findings() != null && keys.unchanged(value.year(), value.id(), projectDir)) {
                    write(entry.getKey(), value);
                } else {
                    current.remove(entry.getKey());
                }
            }
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.toList()) {
                    String name = file.getFileName().toString();
                    if (!name.endsWith(SUFFIX) || !current.containsKey(name.substring(0, name.length()
                            - SUFFIX.length()))) {
                        Files.deleteIfExists(file);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("无法更新缓存 / cannot update the cache " + dir, e);
        }
    }

    private void write(String key, Entry entry) throws IOException {
        byte[] report = ReportCodec.encode(entry.read(), entry.warnings());
        byte[] findings = encode(entry.findings());
        Path temp = Files.createTempFile(dir, key, ".tmp");
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temp)))) {
            out.writeInt(MAGIC);
            out.writeInt(report.length);
            out.write(report);
            out.writeInt(findings.length);
            out.write(findings);
        }
        try {
            Files.move(temp, dir.resolve(key + SUFFIX), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, dir.resolve(key + SUFFIX), StandardCopyOption.REPLACE_EXISTING);
        }
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

    private static List<Finding> decode(byte[] bytes) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
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
