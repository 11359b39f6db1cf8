package io.github.gongkai.importer;

/**
 * The comparable form of a label or heading: published reports mix half- and full-width
 * punctuation and stray blanks, the official tables print full-width, so both sides are folded
 * the same way before comparing.
 */
final class LabelText {

    /**
     * Traditional characters of the official labels, headings and headers, and their simplified forms at the same
     * index: a 繁體 mirror of a report (a portal's converted page) prints 行政複議, 政府信息公開, 本年制發件數.
     */
    private static final String TRADITIONAL = "繫開權處結轉與審複復議訟數項條規範廢現許強罰費總計請業構組織機關務屬國護內過執詢無製補訪舉報繳納為經後訴糾維類發單會團體況門確認獲區縣鄉鎮專應採購額萬準決穩當於這沒繼續辦對減問題進動產級員網據號監聯係電話傳節義統態濟衛環際責紀錄頁擊覽設檢査圖書說陰陽雲齊劃負貨資訊爭證擾歸檔稱龍東長廣陝遼寧蘇贛魯粵瓊隴臺灣";
    private static final String SIMPLIFIED = "系开权处结转与审复复议讼数项条规范废现许强罚费总计请业构组织机关务属国护内过执询无制补访举报缴纳为经后诉纠维类发单会团体况门确认获区县乡镇专应采购额万准决稳当于这没继续办对减问题进动产级员网据号监联系电话传节义统态济卫环际责纪录页击览设检查图书说阴阳云齐划负货资讯争证扰归档称龙东长广陕辽宁苏赣鲁粤琼陇台湾";

    private LabelText() {
    }

    /**
     * Removes blanks, folds ( ) : , ; " to their full-width forms and traditional characters to simplified ones
     * (政府資訊公開 → 政府信息公开, 大量反覆申請 → 大量反复申请), so a 繁體 page's labels are the official ones.
     */
    static String fold(String text) {
        // Words a 繁體 page writes otherwise, not character for character (a Taiwan-worded conversion): 資訊 (信息),
        // 檔案 (文件: 規範性檔案, 武汉市生态环境局 2020's mirror), 反覆 (反复).
        String source = text.replace("資訊", "信息").replace("檔案", "文件").replace("反覆", "反复");
        StringBuilder folded = new StringBuilder(source.length());
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c >= '\u2E80' && c <= '\u2FDF') {
                // A PDF's Kangxi radicals for the ideographs they look like (⼯ for 工, ⼀ for 一: 平城区 2021).
                folded.append(java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFKC));
                continue;
            }
            int traditional = c >= '\u4E00' ? TRADITIONAL.indexOf(c) : -1;
            if (traditional >= 0) {
                folded.append(SIMPLIFIED.charAt(traditional));
                continue;
            }
            switch (c) {
                case ' ', '\t', '\u3000', '\u00A0' -> { }
                case '(' -> folded.append('（');
                case ')' -> folded.append('）');
                case ':' -> folded.append('：');
                case ',' -> folded.append('，');
                case ';' -> folded.append('；');
                case '"' -> folded.append('\u201C');
                default -> folded.append(c);
            }
        }
        return folded.toString();
    }

    /** Blanks at both ends, including the ideographic space many portals indent with. */
    static String strip(String text) {
        int from = 0;
        int to = text.length();
        while (from < to && isBlank(text.charAt(from))) {
            from++;
        }
        while (to > from && isBlank(text.charAt(to - 1))) {
            to--;
        }
        return text.substring(from, to);
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || c == '\u3000' || c == '\u00A0';
    }
}
