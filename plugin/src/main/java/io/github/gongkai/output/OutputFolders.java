package io.github.gongkai.output;

import io.github.gongkai.diagnostic.OutputRefused;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Where a build may write, checked before it writes anything: a build replaces its site folder
 * whole, so a folder that is not ours (the site project, a home folder, {@code /}) would be
 * deleted. The site folder must be new, empty, or marked as written by us ({@link #SITE_MARKER});
 * the cache folder likewise, or hold only our cache files; neither may be the site project, a
 * folder above it or one of its input folders, nor lie inside the other.
 */
public final class OutputFolders {

    /** The file every site we write carries at its root; its presence lets the next build replace the folder. */
    public static final String SITE_MARKER = ".gongkai-site";

    /** The same for the cache folder. */
    public static final String CACHE_MARKER = ".gongkai-cache";

    /** What a site project's build reads (contract §1): nothing is ever written inside them. */
    public static final List<String> INPUTS = List.of("site.yaml", "bodies.yaml", "reports", "assets", "theme");

    /** Files an earlier version wrote into the cache folder before it carried the marker. */
    private static final Pattern CACHE_FILE = Pattern.compile(
            "build-record(\\..*)?|[a-z]+\\.index(\\..*\\.tmp)?|[a-z]+-.*\\.pack");

    private OutputFolders() {
    }

    /** The marker's content: what the folder is, for whoever opens it. */
    static byte[] markerText(String what) {
        return ("本目录由 gongkai-maven-plugin 生成（" + what + "），每次构建整体替换，请勿在此存放其他文件。\n"
                + "Written by gongkai-maven-plugin (" + what + "); replaced whole by every build.\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Checks the site and cache folders of a build of {@code project}; the cache may be null.
     *
     * @throws OutputRefused naming the parameter and the path when a folder may not be used
     */
    public static void checkBuild(Path project, Path site, Path cache) {
        plainNames(site, "outputDirectory");
        if (cache != null) {
            plainNames(cache, "cacheDirectory");
        }
        Path root = real(project);
        Path out = real(site);
        notAboveOrInside(root, out, "outputDirectory", site);
        if (cache != null) {
            Path cached = real(cache);
            notAboveOrInside(root, cached, "cacheDirectory", cache);
            if (cached.startsWith(out)) {
                throw new OutputRefused("缓存目录 cacheDirectory（" + cache + "）位于网站目录 outputDirectory（" + site
                        + "）之内，会随网站一起发布：请把它设在网站目录之外，例如 target/gongkai-cache"
                        + " / the cache folder lies inside the site folder and would be published");
            }
            if (out.startsWith(cached)) {
                throw new OutputRefused("网站目录 outputDirectory（" + site + "）位于缓存目录 cacheDirectory（" + cache
                        + "）之内：请分别设为两个互不包含的目录 / the site folder lies inside the cache folder");
            }
            ours(cached, "cacheDirectory", cache, CACHE_MARKER, true);
        }
        ours(out, "outputDirectory", site, SITE_MARKER, false);
    }

    /**
     * A folder named {@code ~} or only spaces is a path mistyped, not one meant: Maven does not
     * expand {@code ~/site} to the home folder but makes a folder named "~" in the project.
     */
    private static void plainNames(Path folder, String parameter) {
        for (Path name : folder) {
            String text = name.toString();
            if (text.equals("~") || text.isBlank()) {
                throw new OutputRefused(parameter + "（" + folder + "）中有名为“" + text + "”的一级目录：Maven 不会把 ~ 展开为"
                        + "用户主目录，也不会去掉空格，这样会在项目里建一个同名目录。请写完整路径，如 /home/用户名/site，或 target/site"
                        + " / a folder named \"" + text + "\" is a mistyped path (~ is not expanded)");
            }
        }
    }

    /** Marks {@code cache} (created if need be) as our cache folder, so that later builds may write into it. */
    public static void markCache(Path cache) {
        Path marker = cache.resolve(CACHE_MARKER);
        if (!Files.isRegularFile(marker)) {
            try {
                Files.createDirectories(cache);
                AtomicFiles.replace(marker, markerText("缓存 / cache"));
            } catch (IOException e) {
                throw new OutputRefused("无法写入缓存目录 cacheDirectory（" + cache + "）：" + e.getMessage()
                        + " / cannot write the cache folder");
            }
        }
    }

    /**
     * Checks where an offline archive of {@code site} is written: never inside the site it packs,
     * never over the project or its inputs, never over a file that is not an archive of ours.
     *
     * @param project the site project, or null where there is none
     * @param isOurs  whether an existing file at {@code zip} is an archive we wrote
     */
    public static void checkArchive(Path project, Path site, Path zip, java.util.function.Predicate<Path> isOurs) {
        Path file = real(zip);
        if (file.getParent() == null) {
            throw new OutputRefused("存档文件 archiveFile（" + zip + "）不能是根目录 / the archive cannot be the root");
        }
        if (file.startsWith(real(site))) {
            throw new OutputRefused("存档文件 archiveFile（" + zip + "）位于要打包的网站目录（" + site
                    + "）之内：请写到网站目录之外，例如 target/ / the archive would lie inside the site it packs");
        }
        if (project != null) {
            notAboveOrInside(real(project), file, "archiveFile", zip);
        }
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)
                && (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || !isOurs.test(file))) {
            throw new OutputRefused("存档文件 archiveFile（" + zip + "）已存在，且不是本插件生成的离线存档：为免覆盖他人文件，"
                    + "请换一个文件名，或确认无用后先自行删除 / a file that is not an archive of ours is there already");
        }
    }

    /**
     * Checks a deploy folder on this machine ({@code file:}): a deploy writes the site's files into
     * it beside what is there, so it may not be the root, the home folder, the site project (or a
     * folder above it, or one of its inputs), nor the site it publishes or a folder above that.
     *
     * @param project the site project, or null where there is none
     */
    public static void checkDeployFolder(Path project, Path site, Path folder) {
        Path target = real(folder);
        if (target.getParent() == null) {
            throw new OutputRefused("部署目录 deployUrl（" + folder + "）是文件系统的根目录，不能部署到这里 / the root folder cannot be a deploy folder");
        }
        Path home = real(Path.of(System.getProperty("user.home")));
        if (target.equals(home)) {
            throw new OutputRefused("部署目录 " + folder + " 是用户主目录，网站文件会散落在其中：请部署到一个专用目录，例如 "
                    + home.resolve("www") + " / the deploy folder is the home folder");
        }
        if (project != null) {
            notAboveOrInside(real(project), target, "部署目录 deployUrl", folder);
        }
        Path published = real(site);
        if (target.startsWith(published) || published.startsWith(target)) {
            throw new OutputRefused("部署目录 " + folder + " 与要发布的网站目录 " + site + " 相同或互相包含：请部署到网站目录之外"
                    + " / the deploy folder and the site folder overlap");
        }
    }

    private static void notAboveOrInside(Path project, Path folder, String parameter, Path given) {
        if (folder.getParent() == null) {
            throw new OutputRefused(parameter + "（" + given + "）是文件系统的根目录，不能用作输出 / the root folder cannot be an output");
        }
        if (project.startsWith(folder)) {
            throw new OutputRefused(parameter + "（" + given + "）是站点项目本身或其上级目录（" + project
                    + "），构建会替换其中的文件：请用默认值或 target/ 下的目录 / it is the site project or a folder above it");
        }
        for (String input : INPUTS) {
            if (folder.startsWith(project.resolve(input))) {
                throw new OutputRefused(parameter + "（" + given + "）位于站点项目的输入 " + input
                        + " 之内：输出不能写进报告和配置所在的位置，请用默认值或 target/ 下的目录"
                        + " / it lies inside the project's input " + input);
            }
        }
    }

    /** Refuses a folder that holds anything but our own output. */
    private static void ours(Path folder, String parameter, Path given, String marker, boolean cacheFiles) {
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            throw new OutputRefused(parameter + "（" + given + "）已存在，但不是目录 / it exists and is not a folder");
        }
        if (Files.isRegularFile(folder.resolve(marker), LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            List<String> foreign = entries.map(p -> p.getFileName().toString())
                    .filter(name -> !cacheFiles || !CACHE_FILE.matcher(name).matches())
                    .sorted().limit(3).toList();
            if (!foreign.isEmpty()) {
                throw new OutputRefused(parameter + "（" + given + "）不是空目录，也不是本插件生成的（其中有 "
                        + String.join("、", foreign) + " 等，没有 " + marker + " 标记）：构建会整体替换该目录，"
                        + "为免删除他人文件而停止。请换一个新目录，或确认其中文件无用后自行清空（在 target/ 下可运行 mvn clean）"
                        + " / the folder is not empty and was not written by this plugin; nothing was changed");
            }
        } catch (IOException e) {
            throw new OutputRefused(parameter + "（" + given + "）无法读取：" + e.getMessage() + " / cannot list the folder");
        }
    }

    /**
     * The path with every link in its existing part resolved: a link must not let the site
     * folder reach the project by another name.
     */
    static Path real(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute)).normalize();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
