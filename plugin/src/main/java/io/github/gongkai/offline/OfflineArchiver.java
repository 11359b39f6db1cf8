package io.github.gongkai.offline;

import io.github.gongkai.diagnostic.BuildLog;
import io.github.gongkai.output.BuildLock;
import io.github.gongkai.output.OutputFolders;
import io.github.gongkai.output.SiteFiles;
import io.github.gongkai.output.SiteOutput;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Packs a generated site as an offline archive: a zip whose one top folder holds the site,
 * {@code readme.html} (说明) and {@code SHA256SUMS}. The same site and build time give the
 * same bytes: entries in UTF-8 order of their paths, every entry dated the build time, no
 * file-system times or permissions.
 */
public final class OfflineArchiver {

    /** What was written. */
    public record Result(Path archive, int siteFiles) {
    }

    private final String siteTitle;
    private final BuildTime time;

    /**
     * @param siteTitle the site's name for the 说明 page
     * @param time      the build time, from {@code project.build.outputTimestamp}
     */
    public OfflineArchiver(String siteTitle, BuildTime time) {
        this.siteTitle = siteTitle;
        this.time = time;
    }

    /**
     * Writes the archive; an earlier archive at {@code zip} is replaced only when the new one is
     * complete.
     *
     * @param site   the generated site (its index.html at the root)
     * @param zip    the zip file to write
     * @param folder the archive's top folder, e.g. {@code qingan-ndbg-1.0-site}
     * @throws OfflineArchiveError if the site has not been generated or cannot be read
     */
    public Result pack(Path site, Path zip, String folder) {
        return pack(null, site, zip, folder);
    }

    /**
     * Writes the archive as {@link #pack(Path, Path, String)} does, refusing a zip file inside the
     * site, over the site project or its inputs, or over a file that is not an archive of ours.
     *
     * @param project the site project, or null
     * @throws OfflineArchiveError if the site has not been generated or cannot be read
     * @throws io.github.gongkai.diagnostic.OutputRefused if the zip may not be written there
     */
    public Result pack(Path project, Path site, Path zip, String folder) {
        checkFolderName(folder);
        OutputFolders.checkArchive(project, site, zip, OfflineArchiver::isArchive);
        try (BuildLock lock = BuildLock.of(site, BuildLog.silent())) {
            SiteOutput.recover(site);
            return packLocked(site, zip, folder);
        } catch (IOException e) {
            throw new OfflineArchiveError("无法读取站点 " + site + " / cannot read the site: " + e.getMessage(), e);
        }
    }

    /** Whether {@code file} is a zip whose first entry is an archive's SHA256SUMS, as we write them. */
    static boolean isArchive(Path file) {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(file))) {
            ZipEntry first = in.getNextEntry();
            return first != null && first.getName().matches("[^/]+/" + Manifest.FILE_NAME);
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * The top folder is one plain name: {@code ../x} or {@code /x} would make entries that an
     * unzip writes outside the folder it unpacks into (zip slip).
     */
    private static void checkFolderName(String folder) {
        if (folder == null || folder.isBlank() || folder.equals(".") || folder.equals("..") || folder.length() > 200
                || !folder.codePoints().allMatch(c -> c >= 0x20 && c != 0x7f && "/\\:*?\"<>|".indexOf(c) < 0)) {
            throw new OfflineArchiveError("存档顶层目录名 archiveFolder（" + folder + "）只能是一个普通的名字，不能含 / \\ : * ? \" < > |、"
                    + "控制字符，也不能是 . 或 ..（否则解压时文件会写到别处）/ archiveFolder must be one plain folder name");
        }
    }

    private Result packLocked(Path site, Path zip, String folder) {
        if (!Files.isRegularFile(site.resolve("index.html"))) {
            throw new OfflineArchiveError("找不到已生成的站点 " + site + "（缺少 index.html）：请先运行 mvn site:generate，"
                    + "或一并运行 mvn site:generate site:archive / the site has not been generated yet");
        }
        List<String> paths = ArchiveFiles.list(site);
        for (String path : paths) {
            if (path.equals(ReadmePage.FILE_NAME) || path.equals(Manifest.FILE_NAME)) {
                throw new OfflineArchiveError("站点中已有文件 " + path + "，与存档的说明/清单同名 / the site already has " + path);
            }
            if (path.contains("\\") || path.contains("\n") || path.contains("\r")) {
                throw new OfflineArchiveError("文件名含有反斜杠或换行，无法写入 SHA256SUMS：" + path.replace("\n", "\\n")
                        + " / file name not allowed");
            }
        }
        byte[] readme = ReadmePage.render(siteTitle, folder, time, paths.size());
        Map<String, String> hashes = new LinkedHashMap<>();
        for (String path : paths) {
            hashes.put(path, ArchiveFiles.sha256(site.resolve(path)));
        }
        hashes.put(ReadmePage.FILE_NAME, SiteFiles.sha256(readme));
        Manifest manifest = Manifest.of(hashes);

        Path target = zip.toAbsolutePath().normalize();
        try {
            Files.createDirectories(target.getParent());
            // A plain file, not createTempFile: that one would be readable by its owner only.
            Path partial = target.resolveSibling("." + target.getFileName() + ".part");
            try {
                try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(partial))) {
                    // The manifest and the 说明 first, then the site: sorted within each part.
                    put(out, folder + "/" + Manifest.FILE_NAME, manifest.toBytes());
                    put(out, folder + "/" + ReadmePage.FILE_NAME, readme);
                    for (String path : paths) {
                        put(out, folder + "/" + path, Files.readAllBytes(site.resolve(path)));
                    }
                }
                moveIntoPlace(partial, target);
            } finally {
                Files.deleteIfExists(partial);
            }
        } catch (IOException e) {
            throw new OfflineArchiveError("无法写入存档 " + target + " / cannot write the archive: " + e.getMessage(), e);
        }
        return new Result(target, paths.size());
    }

    private void put(ZipOutputStream out, String name, byte[] content) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        // A local date-time, not setTime(millis): that one converts through the machine's time zone.
        entry.setTimeLocal(LocalDateTime.ofInstant(time.entryTime(), ZoneOffset.UTC));
        out.putNextEntry(entry);
        out.write(content);
        out.closeEntry();
    }

    private static void moveIntoPlace(Path partial, Path target) throws IOException {
        try {
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
