package io.github.gongkai.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Synthetic figures of one report in the format of its year, built so that every equation the
 * plugin checks holds: table 三 balances per column (B1, B2) and per row (B3), table 四 per group
 * (C1), a pre-2019 figure's parts sum to it (P1), and 上年结转 repeats last year's 结转下年度 (B5).
 *
 * @param format     pre2019, v2019 or v2021
 * @param yaml       the statistics file
 * @param received   table 三 本年新收, all applicants (0 for pre2019)
 * @param handled    table 三 总计 (0 for pre2019)
 * @param carriedOut table 三 结转下年度 per applicant column, or null for pre2019
 */
record Figures(String format, String yaml, int received, int handled, int[] carriedOut) {

    private static final int APPLICANTS = 6;
    private static final String[] DENIED = {"stateSecret", "otherLaw", "threeSafetyOneStability", "thirdParty",
        "internalAffairs", "process", "enforcementFile", "adminQuery"};
    private static final String[] UNABLE = {"notHeld", "needsCreation", "unclearAfterCorrection"};
    private static final String[] NOT_PROCESSED = {"petition", "repeat", "publication", "massRepeat", "confirmReissue"};
    private static final String[] OTHER_2021 = {"noCorrection", "feeUnpaid", "other"};

    static Figures of(Random random, int year, int[] carriedIn) {
        if (year <= 2018) {
            return pre2019(random);
        }
        return national(random, year >= 2021 ? "v2021" : "v2019", carriedIn);
    }

    private static Figures pre2019(Random random) {
        StringBuilder y = new StringBuilder("format: pre2019\nstatistics:\n");
        tree(y, random, "主动公开政府信息", "条", new String[] {"规范性文件", "工作动态", "人事信息", "财政预决算", "其他"}, 40);
        tree(y, random, "受理依申请公开政府信息", "件", new String[] {"当面提交", "网上申请", "信函", "其他形式"}, 6);
        y.append("  - {label: 举报, value: ").append(random.nextInt(3)).append(", unit: 起}\n");
        y.append("  - {label: 行政复议, value: ").append(random.nextInt(2)).append(", unit: 起}\n");
        y.append("  - {label: 行政诉讼, value: 0, unit: 起}\n");
        return new Figures("pre2019", y.toString(), 0, 0, null);
    }

    private static void tree(StringBuilder y, Random random, String label, String unit, String[] parts, int max) {
        int[] values = new int[parts.length];
        int sum = 0;
        for (int i = 0; i < parts.length; i++) {
            values[i] = random.nextInt(max);
            sum += values[i];
        }
        y.append("  - label: ").append(label).append("\n    value: ").append(sum).append("\n    unit: ").append(unit)
                .append("\n    parts:\n");
        for (int i = 0; i < parts.length; i++) {
            y.append("      - {label: ").append(parts[i]).append(", value: ").append(values[i]).append("}\n");
        }
    }

    private static Figures national(Random random, String format, int[] carriedIn) {
        boolean v2021 = format.equals("v2021");
        List<String> outcomes = new ArrayList<>();
        outcomes.add("granted");
        outcomes.add("partial");
        for (String d : DENIED) {
            outcomes.add("denied." + d);
        }
        for (String u : UNABLE) {
            outcomes.add("unable." + u);
        }
        for (String n : NOT_PROCESSED) {
            outcomes.add("notProcessed." + n);
        }
        if (v2021) {
            for (String o : OTHER_2021) {
                outcomes.add("other." + o);
            }
        } else {
            outcomes.add("other");
        }
        int[][] cells = new int[outcomes.size()][APPLICANTS];
        int[] received = new int[APPLICANTS];
        int[] in = new int[APPLICANTS];
        int[] out = new int[APPLICANTS];
        int[] total = new int[APPLICANTS];
        for (int c = 0; c < APPLICANTS; c++) {
            int scale = c == 0 ? 40 : c == 1 ? 6 : 2;
            received[c] = random.nextInt(scale);
            in[c] = carriedIn != null ? carriedIn[c] : (c == 0 ? random.nextInt(3) : 0);
            out[c] = random.nextInt(Math.min(3, received[c] + in[c]) + 1);
            total[c] = received[c] + in[c] - out[c];
            for (int k = 0; k < total[c]; k++) {
                // Most applications are granted; the rest spread over the other outcomes.
                int roll = random.nextInt(100);
                int row = roll < 55 ? 0 : roll < 70 ? 1 : 2 + random.nextInt(outcomes.size() - 2);
                cells[row][c]++;
            }
        }
        StringBuilder y = new StringBuilder("format: ").append(format).append('\n');
        y.append(v2021 ? proactive2021(random) : proactive2019(random));
        y.append("applications:\n");
        row(y, "  ", "received", received);
        row(y, "  ", "carriedIn", in);
        String group = null;
        for (int r = 0; r < outcomes.size(); r++) {
            String key = outcomes.get(r);
            int dot = key.indexOf('.');
            if (dot < 0) {
                group = null;
                row(y, "  ", key, cells[r]);
            } else {
                if (!key.substring(0, dot).equals(group)) {
                    group = key.substring(0, dot);
                    y.append("  ").append(group).append(":\n");
                }
                row(y, "    ", key.substring(dot + 1), cells[r]);
            }
        }
        row(y, "  ", "total", total);
        row(y, "  ", "carriedOut", out);
        y.append("reviewsAndLitigation:\n");
        for (String g : new String[] {"review", "litigationDirect", "litigationAfterReview"}) {
            int upheld = random.nextInt(10) < 2 ? 1 : 0;
            int corrected = random.nextInt(10) < 1 ? 1 : 0;
            int pending = random.nextInt(10) < 1 ? 1 : 0;
            y.append("  ").append(g).append(": {upheld: ").append(upheld).append(", corrected: ").append(corrected)
                    .append(", other: 0, pending: ").append(pending).append(", total: ")
                    .append(upheld + corrected + pending).append("}\n");
        }
        return new Figures(format, y.toString(), sum(received), sum(total), out);
    }

    private static String proactive2021(Random random) {
        int inForce = 3 + random.nextInt(20);
        return "proactive:\n"
                + "  regulations: {issued: 0, repealed: 0, inForce: 0}\n"
                + "  normativeDocuments: {issued: " + random.nextInt(4) + ", repealed: " + random.nextInt(2)
                + ", inForce: " + inForce + "}\n"
                + "  licensing: {decisions: " + random.nextInt(500) + "}\n"
                + "  penalty: {decisions: " + random.nextInt(60) + "}\n"
                + "  enforcement: {decisions: " + random.nextInt(5) + "}\n"
                + "  fees: {amount: " + random.nextInt(200) / 10.0 + "}\n";
    }

    private static String proactive2019(Random random) {
        StringBuilder y = new StringBuilder("proactive:\n  regulations: {made: 0, published: 0, total: 0}\n");
        int made = random.nextInt(4);
        y.append("  normativeDocuments: {made: ").append(made).append(", published: ").append(made)
                .append(", total: ").append(made + random.nextInt(20)).append("}\n");
        for (String item : new String[] {"licensing", "otherServices", "penalty", "enforcement"}) {
            int previous = random.nextInt(50);
            int change = random.nextInt(11) - 5;
            y.append("  ").append(item).append(": {previous: ").append(previous).append(", change: ")
                    .append(Math.max(change, -previous)).append(", decisions: ").append(random.nextInt(100))
                    .append("}\n");
        }
        y.append("  fees: {previous: ").append(random.nextInt(5)).append(", change: 0}\n");
        y.append("  procurement: {projects: ").append(random.nextInt(30)).append(", amount: \"")
                .append(random.nextInt(3_000_000) / 10.0).append("元\"}\n");
        return y.toString();
    }

    private static void row(StringBuilder y, String indent, String key, int[] values) {
        y.append(indent).append(key).append(": [");
        for (int v : values) {
            y.append(v).append(", ");
        }
        y.append(sum(values)).append("]\n");
    }

    private static int sum(int[] values) {
        int s = 0;
        for (int v : values) {
            s += v;
        }
        return s;
    }
}
