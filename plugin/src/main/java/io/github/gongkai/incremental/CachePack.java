package io.github.gongkai.incremental;

import io.github.gongkai.output.AtomicFiles;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * One cache of entries by key under {@code target/gongkai-cache/}, packed into a few files rather
 * than one file per entry: {@code <name>.index} says where each entry lies in the
 * {@code <name>-*.pack} files. Creating a file is what costs (0.3–0.8 ms of kernel time each on
 * the machine the benchmark runs on; a build of 1,000 reports made 3,000 cache files).
 *
 * <p>A build reads the entries the last build's index lists and appends the ones it makes to a
 * pack file of its own; {@link #commit} writes the next index (aside, then renamed) and deletes
 * the pack files no entry lies in any more, first packing the live entries afresh when most of the
 * bytes are dead. Each entry's CRC-32 is in the index and checked on every read, so a damaged or
 * half-written pack is a miss, never wrong data; an interrupted build leaves only a pack file that
 * no index names, which the next commit deletes.
 */
public final class CachePack implements AutoCloseable {

    private static final int INDEX_MAGIC = 0x474b5049; // "GKPI"
    private static final int PACK_MAGIC = 0x474b5044; // "GKPD"
    private static final int HEADER = Integer.BYTES + Long.BYTES;
    private static final String PACK = ".pack";
    private static final String TEMP = ".tmp";
    /** More pack files than this, or fewer live bytes than dead ones, and the live entries are packed afresh. */
    private static final int MAX_PACKS = 4;

    private final Path dir;
    private final String name;
    /** Where each entry lies: the last build's entries, then this build's. */
    private final Map<String, Location> entries = new ConcurrentHashMap<>();
    private final List<Segment> segments = new ArrayList<>();
    private Segment writing;

    private CachePack(Path dir, String name) {
        this.dir = dir;
        this.name = name;
    }

    /** Where an entry lies: its pack file, offset, length and CRC-32. */
    private record Location(Segment segment, long offset, int length, int crc) {
    }

    /**
     * Opens the cache {@code name} in {@code dir} (which need not exist yet). An index that cannot
     * be read is an empty cache: every entry is made again.
     */
    public static CachePack open(Path dir, String name) {
        CachePack pack = new CachePack(dir, name);
        pack.readIndex();
        return pack;
    }

    /** The bytes stored under {@code key}, if they are there and whole. Safe from several threads. */
    public Optional<byte[]> get(String key) {
        Location location = entries.get(key);
        if (location == null) {
            return Optional.empty();
        }
        try {
            byte[] bytes = location.segment().read(location.offset(), location.length());
            return crc(bytes) == location.crc() ? Optional.of(bytes) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Whether an entry is stored under {@code key} (it may still turn out damaged when read). */
    public boolean contains(String key) {
        return entries.containsKey(key);
    }

    /** Stores {@code bytes} under {@code key} for this build; kept by {@link #commit}. Safe from several threads. */
    public void put(String key, byte[] bytes) throws IOException {
        Segment segment;
        synchronized (this) {
            if (writing == null) {
                Files.createDirectories(dir);
                writing = Segment.create(dir, name);
                segments.add(writing);
            }
            segment = writing;
        }
        entries.put(key, new Location(segment, segment.append(bytes), bytes.length, crc(bytes)));
    }

    /**
     * Stores the entry of every key, {@code encode} giving its bytes; the encoding runs on every core.
     *
     * @throws UncheckedIOException naming the cache, when an entry cannot be written
     */
    public void putAll(Collection<String> keys, Function<String, byte[]> encode) {
        keys.parallelStream().forEach(key -> {
            try {
                put(key, encode.apply(key));
            } catch (IOException e) {
                throw new UncheckedIOException("无法更新缓存 / cannot update the cache " + indexFile(), e);
            }
        });
    }

    /** The keys the cache holds now: the last build's and this build's. */
    public Set<String> keys() {
        return new TreeSet<>(entries.keySet());
    }

    /**
     * Makes the entries {@code keep} accepts the cache the next build opens, and forgets the
     * others. Call once the build succeeded.
     *
     * @throws UncheckedIOException naming the cache, when it cannot be written
     */
    public void commit(Predicate<String> keep) {
        try {
            Map<String, Location> kept = new LinkedHashMap<>();
            new TreeSet<>(entries.keySet()).stream().filter(keep).forEach(key -> kept.put(key, entries.get(key)));
            Map<String, Location> live = pack(kept);
            if (live.isEmpty() && !Files.isDirectory(dir)) {
                return;
            }
            Files.createDirectories(dir);
            AtomicFiles.replace(indexFile(), index(live));
            entries.clear();
            entries.putAll(live);
            deleteUnused(live);
        } catch (IOException e) {
            throw new UncheckedIOException("无法更新缓存 / cannot update the cache " + indexFile(), e);
        }
    }

    /** Closes the pack files; the cache's entries can no longer be read. */
    @Override
    public synchronized void close() {
        for (Segment segment : segments) {
            segment.close();
        }
    }

    /**
     * Whether the live entries lie in too many pack files or among more dead bytes than live
     * ones: then they are packed afresh, all but those of the largest pack file when that one is
     * still mostly live (so an edit does not copy the whole cache).
     */
    private Map<String, Location> pack(Map<String, Location> live) throws IOException {
        Map<Segment, Long> used = new HashMap<>();
        long liveBytes = 0;
        for (Location location : live.values()) {
            used.merge(location.segment(), (long) location.length(), Long::sum);
            liveBytes += location.length();
        }
        long total = 0;
        Segment base = null;
        for (Map.Entry<Segment, Long> segment : used.entrySet()) {
            long size = segment.getKey().size();
            total += size;
            if (base == null || segment.getValue() > used.get(base)) {
                base = segment.getKey();
            }
        }
        if (used.size() <= MAX_PACKS && liveBytes >= total - liveBytes) {
            return live;
        }
        Segment kept = base != null && 2 * used.get(base) >= base.size() ? base : null;
        Segment fresh = Segment.create(dir, name);
        synchronized (this) {
            segments.add(fresh);
        }
        Map<String, Location> moved = new LinkedHashMap<>();
        for (Map.Entry<String, Location> entry : live.entrySet()) {
            Location from = entry.getValue();
            if (from.segment() == kept) {
                moved.put(entry.getKey(), from);
                continue;
            }
            try {
                byte[] bytes = from.segment().read(from.offset(), from.length());
                if (crc(bytes) == from.crc()) {
                    moved.put(entry.getKey(), new Location(fresh, fresh.append(bytes), bytes.length, from.crc()));
                }
            } catch (IOException e) {
                // An entry that cannot be read any more is made again by the next build that needs it.
            }
        }
        return moved;
    }

    private void deleteUnused(Map<String, Location> live) throws IOException {
        Set<String> named = new TreeSet<>();
        live.values().forEach(location -> named.add(location.segment().file().getFileName().toString()));
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.toList()) {
                String fileName = file.getFileName().toString();
                boolean ours = fileName.startsWith(name + "-") && fileName.endsWith(PACK)
                        || fileName.startsWith(name + ".index.") && fileName.endsWith(TEMP);
                if (ours && !named.contains(fileName)) {
                    synchronized (this) {
                        segments.stream().filter(s -> s.file().equals(file)).forEach(Segment::close);
                    }
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    private Path indexFile() {
        return dir.resolve(name + ".index");
    }

    private byte[] index(Map<String, Location> live) throws IOException {
        List<Segment> named = new ArrayList<>();
        Map<Segment, Integer> numbers = new HashMap<>();
        live.values().forEach(location -> numbers.computeIfAbsent(location.segment(), segment -> {
            named.add(segment);
            return named.size() - 1;
        }));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 + live.size() * 96);
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(INDEX_MAGIC);
        out.writeInt(named.size());
        for (Segment segment : named) {
            out.writeUTF(segment.file().getFileName().toString());
            out.writeLong(segment.id());
        }
        out.writeInt(live.size());
        for (Map.Entry<String, Location> entry : live.entrySet()) {
            Location location = entry.getValue();
            out.writeUTF(entry.getKey());
            out.writeInt(numbers.get(location.segment()));
            out.writeLong(location.offset());
            out.writeInt(location.length());
            out.writeInt(location.crc());
        }
        out.flush();
        out.writeInt(crc(bytes.toByteArray()));
        return bytes.toByteArray();
    }

    /** Reads the last build's index; anything amiss leaves the cache empty. */
    private void readIndex() {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(indexFile());
        } catch (IOException e) {
            // None yet (or unreadable): an empty cache.
            return;
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            if (bytes.length < 2 * Integer.BYTES || crc(bytes, bytes.length - Integer.BYTES)
                    != ByteBuffer.wrap(bytes, bytes.length - Integer.BYTES, Integer.BYTES).getInt()
                    || in.readInt() != INDEX_MAGIC) {
                return;
            }
            int count = in.readInt();
            List<Segment> named = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                String file = in.readUTF();
                long id = in.readLong();
                // Only a pack file of this cache, beside the index.
                if (!file.startsWith(name + "-") || !file.endsWith(PACK) || file.contains("/") || file.contains("\\")) {
                    return;
                }
                named.add(new Segment(dir.resolve(file), id));
            }
            int size = in.readInt();
            Map<String, Location> read = new HashMap<>(size * 2);
            for (int i = 0; i < size; i++) {
                String key = in.readUTF();
                Segment segment = named.get(in.readInt());
                read.put(key, new Location(segment, in.readLong(), in.readInt(), in.readInt()));
            }
            segments.addAll(named);
            entries.putAll(read);
        } catch (IOException | RuntimeException e) {
            // A damaged index: everything is made again, and the next commit replaces it.
            entries.clear();
        }
    }

    private static int crc(byte[] bytes) {
        return crc(bytes, bytes.length);
    }

    private static int crc(byte[] bytes, int length) {
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, length);
        return (int) crc.getValue();
    }

    /**
     * One pack file: a header (magic, a random id the index repeats, so another file under the
     * same name is not taken for it), then entries back to back. Opened when first read.
     */
    private static final class Segment {

        private static final SecureRandom IDS = new SecureRandom();

        private final Path file;
        private final long id;
        private FileChannel channel;
        private boolean checked;
        private long end;

        private Segment(Path file, long id) {
            this.file = file;
            this.id = id;
        }

        static Segment create(Path dir, String name) throws IOException {
            Path file = Files.createTempFile(dir, name + "-", PACK);
            Segment segment = new Segment(file, IDS.nextLong());
            segment.channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
            segment.checked = true;
            ByteBuffer header = ByteBuffer.allocate(HEADER).putInt(PACK_MAGIC).putLong(segment.id).flip();
            segment.writeFully(header, 0);
            segment.end = HEADER;
            return segment;
        }

        Path file() {
            return file;
        }

        long id() {
            return id;
        }

        /** Appends {@code bytes}, returning where they start. */
        long append(byte[] bytes) throws IOException {
            long at;
            synchronized (this) {
                at = end;
                end += bytes.length;
            }
            writeFully(ByteBuffer.wrap(bytes), at);
            return at;
        }

        byte[] read(long offset, int length) throws IOException {
            FileChannel open = open();
            if (offset < HEADER || length < 0) {
                throw new IOException("not an entry of " + file);
            }
            ByteBuffer buffer = ByteBuffer.allocate(length);
            while (buffer.hasRemaining()) {
                if (open.read(buffer, offset + buffer.position()) < 0) {
                    throw new IOException("entry past the end of " + file);
                }
            }
            return buffer.array();
        }

        /** The file's size; a file that cannot be read counts as all dead bytes, so its entries are moved. */
        synchronized long size() {
            try {
                return open().size();
            } catch (IOException e) {
                return Long.MAX_VALUE / 4;
            }
        }

        private synchronized FileChannel open() throws IOException {
            if (channel == null) {
                channel = FileChannel.open(file, StandardOpenOption.READ);
            }
            if (!checked) {
                ByteBuffer header = ByteBuffer.allocate(HEADER);
                while (header.hasRemaining() && channel.read(header, header.position()) >= 0) {
                    // read the whole header
                }
                header.flip();
                if (header.remaining() < HEADER || header.getInt() != PACK_MAGIC || header.getLong() != id) {
                    throw new IOException("not the pack file the index names: " + file);
                }
                checked = true;
            }
            return channel;
        }

        private void writeFully(ByteBuffer buffer, long at) throws IOException {
            while (buffer.hasRemaining()) {
                channel.write(buffer, at + buffer.position());
            }
        }

        synchronized void close() {
            if (channel != null) {
                try {
                    channel.close();
                } catch (IOException e) {
                    // Closing a file only read or appended to loses nothing.
                }
                channel = null;
            }
        }
    }
}
