package io.github.gongkai.importer;

import java.util.Arrays;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The portal's own lines around a report, known by what they say rather than by a class or id (a page saved
 * without them, text copied from a browser): breadcrumbs ("当前位置：首页 > …"), bylines and counters ("作者：本站原创 |
 * 点击数："), share and print widgets ("分享到", "微信", "【字体：大 中 小】"), footers (版权所有, ICP备, 网站标识码) and
 * menu bars ("首页 政务公开 互动交流 办事服务"). Only a short line without a sentence is one: report prose never is.
 */
final class PortalChrome {

    /** Longer than any line of chrome; the footers that run longer hold a 。 or are split into lines. */
    private static final int LONGEST = 120;
    private static final Pattern BREADCRUMB = Pattern.compile("^(当前位置|当前页面|您的位置|您现在的位置|所在位置)\\s*[:：]"
            + "|首页\\s*[>›»＞/→]");
    private static final Pattern MARKS = Pattern.compile("版权所有|主办单位|承办单位|技术支持[:：]|ICP备|网站标识码|公网安备|网站地图"
            + "|返回顶部|关闭窗口|打印本页|【打印】|【关闭】|分享到|[【\\[]字体|字号[:：]|点击数|点击量|浏览次数|阅读次数|访问量|扫一扫"
            + "|^作者[:：]");
    /** What is left of a share or print widget, a word a line. */
    private static final Set<String> WIDGETS = Set.of("微信", "微博", "QQ空间", "QQ", "X", "打印", "关闭", "收藏", "分享",
            "大", "中", "小", "【大】", "【中】", "【小】", "【", "】");
    /** A list bullet before a widget ("• 打印", 张店区 2021). */
    private static final Pattern BULLET = Pattern.compile("^[\\s\\u3000]*[•·●■◆▪]\\s*");
    private static final Pattern SENTENCE = Pattern.compile("[。！？]");

    private PortalChrome() {
    }

    /** Whether {@code text}, a line or paragraph of the source, is the portal's and not the report's. */
    static boolean isChrome(String text) {
        String t = LabelText.strip(BULLET.matcher(text).replaceFirst(""));
        if (t.isEmpty() || t.length() > LONGEST || SENTENCE.matcher(t).find() || ReportOutline.level(t) > 0) {
            return false;
        }
        return WIDGETS.contains(t) || BREADCRUMB.matcher(t).find() || MARKS.matcher(t).find() || menu(t);
    }

    /** A menu bar: four or more items of two to six characters and nothing else, one of them 首页. */
    private static boolean menu(String t) {
        String[] items = t.split("[\\s|｜/·]+");
        return items.length >= 4 && Arrays.asList(items).contains("首页")
                && Arrays.stream(items).allMatch(i -> i.matches("\\p{IsHan}{2,6}"));
    }
}
