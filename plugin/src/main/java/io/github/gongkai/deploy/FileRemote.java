package io.github.gongkai.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.LongConsumer;
import java.util.stream.Stream;

/** A deploy folder on this machine or a mounted share ({@code file://}). */
final class FileRemote implements Remote {

    private final DeployAddress address;
    private final Path root;

    FileRemote(DeployAddress address) {
        this.address = address;
        this.root = Path.of(address.path());
    }

    private Path resolve(String path) {
        return path.isEmpty() ? root : root.resolve(path);
    }

    @Override
    public byte[] readIfExists(String path) {
        try {
            return Files.readAllBytes(resolve(path));
        } catch (NoSuchFileException | NotDirectoryException e) {
            return null;
        } catch (IOException e) {
            throw failure("读取", path, e);
        }
    }

    @Override
    public boolean removeIfEmpty(String folder) {
        try {
            return Files.deleteIfExists(resolve(folder));
        } catch (DirectoryNotEmptyException | AccessDeniedException e) {
            return false; // not empty after all, or no right to remove it: the folder stays
        } catch (IOException e) {
            throw failure("删除空目录", folder, e);
        }
    }

    @Override
    public Set<String> list(String folder) {
        Set<String> names = new TreeSet<>();
        try (Stream<Path> entries = Files.list(resolve(folder))) {
            entries.forEach(entry -> names.add(entry.getFileName().toString()));
        } catch (NoSuchFileException | NotDirectoryException e) {
            return names;
        } catch (IOException e) {
            throw failure("列出", folder, e);
        }
        return names;
    }

    @Override
    public void makeFolders(String folder) {
        try {
            Files.createDirectories(resolve(folder));
        } catch (IOException e) {
            throw failure("创建目录", folder, e);
        }
    }

    @Override
    public void upload(Path local, String path, LongConsumer sent) {
        Path target = resolve(path);
        try {
            Files.createDirectories(target.getParent());
            try (InputStream in = Files.newInputStream(local);
                 FileChannel channel = FileChannel.open(target, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                         StandardOpenOption.TRUNCATE_EXISTING)) {
                OutputStream out = Channels.newOutputStream(channel);
                byte[] buffer = new byte[64 * 1024];
                for (int n; (n = in.read(buffer)) > 0; ) {
                    out.write(buffer, 0, n);
                    sent.accept(n);
                }
                channel.force(true); // on the disk before it is renamed into place
            }
        } catch (NoSuchFileException e) {
            if (e.getFile() != null && e.getFile().equals(local.toString())) {
                throw new DeployError("无法读取本机文件 " + local + " / cannot read the file", e);
            }
            throw failure("写入", path, e);
        } catch (IOException e) {
            throw failure("写入", path, e);
        }
    }

    @Override
    public void replace(String from, String to) {
        try {
            try {
                Files.move(resolve(from), resolve(to), StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(resolve(from), resolve(to), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw failure("替换", to, e);
        }
    }

    @Override
    public void delete(String path) {
        try {
            Files.deleteIfExists(resolve(path));
        } catch (IOException e) {
            throw failure("删除", path, e);
        }
    }

    @Override
    public void close() {
    }

    private DeployError failure(String action, String path, IOException e) {
        String where = address.display(path);
        String reason = e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : e.getMessage();
        String lower = reason == null ? "" : reason.toLowerCase(java.util.Locale.ROOT);
        if (e instanceof AccessDeniedException || lower.contains("permission denied")
                || lower.contains("read-only") || lower.contains("operation not permitted")) {
            return new DeployError("没有权限" + action + " " + where + " / permission denied：部署目录不可写"
                    + (lower.contains("read-only") ? "（文件系统是只读的）" : "") + "。请检查该目录的写权限，"
                    + "或者共享目录是否以只读方式挂载。", e);
        }
        if (lower.contains("no space") || lower.contains("quota")) {
            return new DeployError("磁盘空间不足，无法" + action + " " + where + " / disk full：请清理服务器磁盘后再部署；"
                    + "已在线的页面仍是完整的旧版本，下次部署会补完本次未完成的部分。", e);
        }
        return new DeployError("无法" + action + " " + where + "：" + reason + "。已在线的页面仍是完整的，"
                + "排除问题后再部署一次即可补完。", e);
    }
}
