package io.github.gongkai.offline;

import java.nio.charset.StandardCharsets;

/**
 * The archive's 说明 page, {@code readme.html} at its root: what the archive is, when it was
 * built, how to open it and how to check it. An ASCII file name, because some unzip tools on
 * Windows still garble Chinese names in zips.
 */
final class ReadmePage {

    /** The page's file name at the archive's root. */
    static final String FILE_NAME = "readme.html";

    private ReadmePage() {
    }

    /**
     * @param siteTitle the site's name, shown in the title
     * @param folder    the archive's top folder
     * @param time      the build time
     * @param files     how many site files the archive holds (without this page and the manifest)
     */
    static byte[] render(String siteTitle, String folder, BuildTime time, int files) {
        String title = escape(siteTitle) + " 离线存档说明";
        String html = """
                <!DOCTYPE html>
                <html lang="zh-CN">
                <head>
                <meta charset="UTF-8">
                <title>%1$s</title>
                <style>body{font-family:sans-serif;max-width:46em;margin:2em auto;padding:0 1em;line-height:1.7}\
                code,pre{background:#f4f4f4;padding:.1em .3em}pre{padding:.6em}</style>
                </head>
                <body>
                <h1>%1$s</h1>
                <p>本存档是 %2$s 网站（政府信息公开工作年度报告）的离线副本，由 Gongkai 生成。\
                解压后用浏览器打开 <a href="index.html">index.html</a> 即可浏览，无需联网，也无需服务器；页面之间的链接都是相对链接。</p>
                <p lang="en">An offline copy of the website: unzip it and open index.html in a browser.</p>
                <h2>构建信息</h2>
                <table>
                <tr><th scope="row">构建时间</th><td>%3$s</td></tr>
                <tr><th scope="row">站点文件</th><td>%4$d 个（不含本说明与 SHA256SUMS）</td></tr>
                <tr><th scope="row">存档目录</th><td><code>%5$s</code></td></tr>
                </table>
                <h2>如何校验</h2>
                <p>文件 <code>SHA256SUMS</code> 列出了存档中每个文件（本说明也在内）的 SHA-256 值。\
                在存档目录（本文件所在目录）中运行：</p>
                <pre>sha256sum -c SHA256SUMS</pre>
                <p>或在装有 Maven 的站点项目中运行（目录为解压后的存档目录）：</p>
                <pre>mvn site:archive -Dgongkai.verify=解压后的目录</pre>
                <p>校验会列出缺失、被改动和多出的文件。Windows 下也可用 \
                <code>certutil -hashfile 文件名 SHA256</code> 逐个核对。</p>
                </body>
                </html>
                """.formatted(title, escape(siteTitle), escape(time.describe()), files, escape(folder));
        return html.getBytes(StandardCharsets.UTF_8);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
