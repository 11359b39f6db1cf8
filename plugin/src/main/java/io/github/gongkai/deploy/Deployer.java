package io.github.gongkai.deploy;

import io.github.gongkai.diagnostic.BuildLog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.LongSupplier;
import java.util.stream.Stream;

/**
 * Publishes a generated site to a deploy folder, sending only what changed since the last deploy.
 *
 * <p>The folder keeps {@value #MANIFEST}, the SHA-256 of every file the last complete deploy put
 * there (so {@code sha256sum -c SHA256SUMS} checks the published site). A deploy:
 * <ol>
 * <li>reads it, and {@value #PENDING} when an earlier deploy was interrupted; the files either
 *     lists are ours, every other file in the folder is someone else's and is never written,
 *     replaced or deleted (a site file whose path is taken by such a file stops the deploy before
 *     anything is changed);</li>
 * <li>writes {@value #PENDING}: every file that is or may become ours, before any of them is touched;</li>
 * <li>uploads each new or changed file under a temporary name beside it and renames it into place,
 *     assets first, then pages (deeper pages before the pages that list them), then the files that
 *     list pages (search index, feeds, sitemap, robots.txt);</li>
 * <li>deletes the files of ours that the site no longer has, and the folders those leave empty;</li>
 * <li>replaces {@value #MANIFEST} with the new sums and deletes {@value #PENDING}.</li>
 * </ol>
 * Killed at any point, every file a reader can fetch is a whole file of the old or the new site,
 * and the next deploy finishes the job: a file that the interrupted deploy may have changed is
 * sent again.
 */
public final class Deployer {

    /** The sums of the last complete deploy, in the deploy folder. */
    public static final String MANIFEST = "SHA256SUMS";
    /** Every file an unfinished deploy may have put in the folder; gone once it completes. */
    public static final String PENDING = "SHA256SUMS.pending";
    /** Ends the temporary name a file is uploaded under before it is renamed into place. */
    public static final String TEMPORARY = ".gongkai-upload";

    /** Print the names of sent and deleted files up to this many. */
    static final int LIST_LIMIT = 100;

    private final BuildLog log;
    private final LongSupplier nanoTime;

    /** @param log where the plan, the progress and the summary go */
    public Deployer(BuildLog log) {
        this(log, System::nanoTime);
    }

    Deployer(BuildLog log, LongSupplier nanoTime) {
        this.log = log;
        this.nanoTime = nanoTime;
    }

    /** What a deploy did (or, in a dry run, would do). */
    public record Result(List<String> sent, List<String> removed, int unchanged, long bytes, boolean dryRun) {
    }

    /**
     * Deploys {@code site} to {@code remote}.
     *
     * @param address the address of {@code remote}, for messages
     * @param dryRun  only list what would be sent and deleted
     * @throws DeployError what stopped the deploy
     */
    public Result deploy(Path site, Remote remote, DeployAddress address, boolean dryRun) {
        if (!Files.isDirectory(site)) {
            throw new DeployError("没有找到生成的站点 " + site + " / no generated site：请先运行 mvn site:generate，"
                    + "或一起运行 mvn site:generate site:deploy。");
        }
        Map<String, String> local = Sums.ofFolder(site);
        if (local.isEmpty()) {
            throw new DeployError("站点目录 " + site + " 是空的 / the site folder is empty：请先运行 mvn site:generate。");
        }
        for (String reserved : List.of(MANIFEST, PENDING)) {
            if (local.containsKey(reserved)) {
                throw new DeployError("站点目录里有名为 " + reserved + " 的文件，它与部署清单同名 / a site file has the "
                        + "manifest's name：请把它改名或移走（" + site.resolve(reserved) + "）。");
            }
        }
        long start = nanoTime.getAsLong();
        Map<String, String> previous = Sums.parse(remote.readIfExists(MANIFEST), address.display(MANIFEST));
        Map<String, String> pending = Sums.parse(remote.readIfExists(PENDING), address.display(PENDING));
        Set<String> ours = new TreeSet<>(Sums.UTF8_ORDER);
        ours.addAll(previous.keySet());
        ours.addAll(pending.keySet());
        if (!pending.isEmpty()) {
            log.info("上次部署没有完成，本次将把它补完 / the last deploy was interrupted; this one finishes it");
        }

        List<String> send = new ArrayList<>();
        local.forEach((path, hash) -> {
            boolean changed = !hash.equals(previous.get(path));
            // The unfinished deploy may have replaced the file with other content: send it again.
            boolean doubtful = pending.containsKey(path) && !Objects.equals(pending.get(path), previous.get(path));
            if (changed || doubtful) {
                send.add(path);
            }
        });
        send.sort(UPLOAD_ORDER);
        List<String> remove = ours.stream().filter(path -> !local.containsKey(path)).toList();
        refuseForeignFiles(remote, address, send, ours);

        long bytes = 0;
        for (String path : send) {
            bytes += size(site.resolve(path));
        }
        Result result = new Result(List.copyOf(send), remove, local.size() - send.size(), bytes, dryRun);
        if (dryRun) {
            log.info("试运行 / dry run：" + address.display() + "，不会改动服务器上的任何文件 / nothing is changed");
            send.forEach(path -> log.info("  将上传 / would send: " + path + (previous.containsKey(path) ? "（已修改）" : "（新增）")));
            remove.forEach(path -> log.info("  将删除 / would delete: " + path));
            log.info(String.format(Locale.ROOT, "试运行结果 / dry run：将上传 %d 个文件（%s），将删除 %d 个，%d 个未变"
                    + " / would send %d, delete %d, keep %d", send.size(), size(bytes), remove.size(),
                    result.unchanged(), send.size(), remove.size(), result.unchanged()));
            return result;
        }
        if (send.isEmpty() && remove.isEmpty() && pending.isEmpty() && !previous.isEmpty()) {
            log.info("服务器上的站点已是最新，无需上传 / the site on the server is up to date: " + address.display());
            return result;
        }

        // Before any file is touched: everything that is, or is about to become, ours.
        Map<String, String> claimed = new TreeMap<>(Sums.UTF8_ORDER);
        claimed.putAll(pending);
        claimed.putAll(previous);
        claimed.putAll(local);
        remote.makeFolders("");
        putManifest(remote, PENDING, claimed);

        Meter meter = new Meter(send.size(), bytes);
        Set<String> made = new LinkedHashSet<>();
        for (String path : send) {
            String folder = parent(path);
            if (!folder.isEmpty() && made.add(folder)) {
                remote.makeFolders(folder);
            }
            String temporary = temporaryName(path);
            remote.upload(site.resolve(path), temporary, meter::bytes);
            remote.replace(temporary, path);
            meter.file();
        }
        for (String path : remove) {
            remote.delete(path);
        }
        if (!pending.isEmpty()) {
            // The interrupted deploy may have left a part of a file under its temporary name: the
            // files still in the site have just replaced theirs; these are the others.
            for (String path : pending.keySet()) {
                if (!local.containsKey(path)) {
                    remote.delete(temporaryName(path));
                }
            }
        }
        List<String> emptied = removeEmptiedFolders(remote, remove, local.keySet());
        putManifest(remote, MANIFEST, local);
        remote.delete(PENDING);

        double seconds = Math.max(nanoTime.getAsLong() - start, 1) / 1e9;
        list("  已上传 / sent: ", send);
        list("  已删除 / deleted: ", remove);
        list("  已删除空目录 / removed empty folder: ", emptied);
        log.info(String.format(Locale.ROOT, "部署完成 / deployed：上传 %d 个文件（%s），删除 %d 个，%d 个未变，用时 %.1f 秒"
                + "（%s/秒） → %s", send.size(), size(bytes), remove.size(), result.unchanged(), seconds,
                size((long) (bytes / seconds)), address.display()));
        return result;
    }

    private void list(String prefix, List<String> paths) {
        paths.stream().limit(LIST_LIMIT).forEach(path -> log.info(prefix + path));
        if (paths.size() > LIST_LIMIT) {
            log.info("  …… 另有 " + (paths.size() - LIST_LIMIT) + " 个 / and " + (paths.size() - LIST_LIMIT) + " more");
        }
    }

    /**
     * Removes the folders that held only files this deploy deleted, deepest first; a folder with
     * anything else in it (someone else's file) stays, and so does every folder the site still uses.
     */
    private static List<String> removeEmptiedFolders(Remote remote, List<String> removed, Set<String> kept) {
        Set<String> used = new HashSet<>();
        kept.forEach(path -> ancestors(path).forEach(used::add));
        Set<String> candidates = new TreeSet<>(Comparator.comparingInt(Deployer::depth).reversed()
                .thenComparing(Sums.UTF8_ORDER));
        removed.forEach(path -> ancestors(path).filter(folder -> !used.contains(folder)).forEach(candidates::add));
        return candidates.stream().filter(remote::removeIfEmpty).map(folder -> folder + "/").toList();
    }

    /** {@code a/b} and {@code a} for {@code a/b/c.html}. */
    private static Stream<String> ancestors(String path) {
        return Stream.iterate(parent(path), folder -> !folder.isEmpty(), Deployer::parent);
    }

    /** Stops before any change when a file to send would replace a file that is not ours. */
    private static void refuseForeignFiles(Remote remote, DeployAddress address, List<String> send, Set<String> ours) {
        Map<String, Set<String>> listings = new HashMap<>();
        List<String> foreign = new ArrayList<>();
        for (String path : send) {
            if (ours.contains(path)) {
                continue;
            }
            Set<String> names = listings.computeIfAbsent(parent(path), remote::list);
            if (names.contains(name(path))) {
                foreign.add(path);
            }
        }
        if (!foreign.isEmpty()) {
            StringBuilder message = new StringBuilder("部署已停止，服务器上的文件未做任何改动 / deploy stopped, nothing changed："
                    + "部署目录 " + address.display() + " 中已有下列同名文件，它们不是 site:deploy 上传的（不在 "
                    + MANIFEST + " 中），本插件不会覆盖别人的文件：");
            foreign.stream().limit(20).forEach(path -> message.append("\n  ").append(path));
            if (foreign.size() > 20) {
                message.append("\n  …… 共 ").append(foreign.size()).append(" 个");
            }
            message.append("\n请改用一个新的或专用的部署目录（deployUrl 或 <distributionManagement> 中的 <site><url>），"
                    + "或者在确认这些文件可以被替换后，由服务器管理员先删除它们，再部署。");
            throw new DeployError(message.toString());
        }
    }

    private void putManifest(Remote remote, String name, Map<String, String> sums) {
        Path file = null;
        try {
            file = Files.createTempFile("gongkai-deploy", ".sums");
            Files.write(file, Sums.toBytes(sums));
            remote.upload(file, temporaryName(name), n -> { });
            remote.replace(temporaryName(name), name);
        } catch (IOException e) {
            throw new DeployError("无法写入本机临时文件 / cannot write a local temporary file：" + e.getMessage(), e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    // a temporary file left behind is harmless
                }
            }
        }
    }

    /** {@code a/.b.html.gongkai-upload} for {@code a/b.html}: beside the file, hidden, never served as a page. */
    static String temporaryName(String path) {
        String folder = parent(path);
        return (folder.isEmpty() ? "" : folder + "/") + "." + name(path) + TEMPORARY;
    }

    static String parent(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    static String name(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /**
     * Assets first, then pages (deeper before shallower, a folder's index.html after its other
     * pages), then the files that list pages: no reader follows a link to a file not yet there.
     */
    static final Comparator<String> UPLOAD_ORDER = Comparator.<String>comparingInt(Deployer::stage)
            .thenComparing(path -> stage(path) == 1 ? -depth(path) : 0)
            .thenComparing(path -> stage(path) == 1 && name(path).equals("index.html") ? 1 : 0)
            .thenComparing(Sums.UTF8_ORDER);

    private static int stage(String path) {
        String name = name(path).toLowerCase(Locale.ROOT);
        if (path.equals("robots.txt") || name.endsWith(".xml") || name.equals("search-index.js")) {
            return 2;
        }
        return name.endsWith(".html") || name.endsWith(".htm") ? 1 : 0;
    }

    private static int depth(String path) {
        return (int) path.chars().filter(c -> c == '/').count();
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new DeployError("无法读取文件 " + file + " / cannot read the file：" + e.getMessage(), e);
        }
    }

    /** A byte count as people read it: 12 B, 3.4 KB, 5.6 MB. */
    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        if (bytes < 1024L * 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f MB", bytes / 1024.0 / 1024);
        }
        return String.format(Locale.ROOT, "%.2f GB", bytes / 1024.0 / 1024 / 1024);
    }

    /** Progress lines every two seconds of a long upload: files, bytes, rate. */
    private final class Meter {
        private static final long EVERY_NANOS = 2_000_000_000L;
        private final int files;
        private final long bytes;
        private final long start = nanoTime.getAsLong();
        private long lastLine = start;
        private int filesDone;
        private long bytesDone;

        Meter(int files, long bytes) {
            this.files = files;
            this.bytes = bytes;
        }

        void bytes(long n) {
            bytesDone += n;
            maybeLine();
        }

        void file() {
            filesDone++;
            maybeLine();
        }

        private void maybeLine() {
            long now = nanoTime.getAsLong();
            if (now - lastLine < EVERY_NANOS) {
                return;
            }
            lastLine = now;
            double seconds = Math.max(now - start, 1) / 1e9;
            log.info(String.format(Locale.ROOT, "已上传 / sent %d/%d 个文件，%s/%s（%d%%），%s/秒", filesDone, files,
                    size(bytesDone), size(bytes), bytes == 0 ? 100 : 100 * bytesDone / bytes,
                    size((long) (bytesDone / seconds))));
        }
    }
}
