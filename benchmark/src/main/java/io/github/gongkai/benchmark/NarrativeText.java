package io.github.gongkai.benchmark;

import java.util.Random;

/**
 * About 6 KB of report-like Chinese text in AsciiDoc or Markdown, under the six headings of
 * the format of its year. A national-format report quotes its own totals correctly, so the
 * narrative check (B6) finds them and they agree.
 */
final class NarrativeText {

    private static final String[] SENTENCES = {
        "本机关坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻落实党中央、国务院关于全面推进政务公开工作的决策部署",
        "严格执行《中华人民共和国政府信息公开条例》，坚持以公开为常态、不公开为例外",
        "进一步健全政府信息公开工作机制，明确分管领导和具体承办人员，确保工作有人抓、有人管",
        "围绕群众关切，及时准确发布政策文件、工作动态和公告公示，主动回应社会关注热点",
        "加强政策解读，采取图文解读、简明问答等方式，帮助群众准确理解政策内容",
        "认真落实政府信息公开保密审查制度，坚持先审查、后公开，一事一审、全面审查",
        "优化政府门户网站信息公开专栏，完善栏目设置，提升信息检索和查阅的便利程度",
        "畅通依申请公开渠道，规范受理、登记、办理、答复等各个环节，严格在法定期限内答复",
        "加强对工作人员的业务培训，提高政府信息公开工作的规范化、标准化水平",
        "推进决策、执行、管理、服务、结果公开，将公开要求贯穿行政权力运行全过程",
        "健全政府信息管理动态调整机制，对现行有效的规范性文件进行全面梳理并集中公开",
        "通过政务新媒体、新闻发布会、政务公开专区等多种渠道，扩大政府信息的覆盖面和影响力",
        "加强监督检查，将政务公开工作纳入年度绩效考核，层层压实工作责任",
        "主动接受社会监督，认真听取群众意见建议，持续改进政府信息公开工作",
        "重点领域信息公开取得新进展，财政预决算、重大建设项目、公共资源配置等信息及时公开",
        "进一步规范政府信息公开指南和目录，方便公众了解公开范围、公开方式和申请程序",
        "加强档案管理，对依申请公开的办理过程材料及时归档，做到一件一档、规范有序",
        "完善政府信息发布协调机制，确保发布的政府信息准确一致",
        "政府信息公开工作仍存在一些不足，主要是部分信息更新不够及时，政策解读形式还不够丰富",
        "下一步，我们将进一步提高认识、强化措施，推动政务公开工作再上新台阶",
    };
    private static final String[] PRE2019 = {"一、概述", "二、主动公开政府信息情况", "三、依申请公开政府信息情况",
        "四、政府信息公开的收费及减免情况", "五、存在的主要问题和改进措施", "六、其他需要报告的事项"};
    private static final String[] NATIONAL = {"一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
        "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"};
    private static final String[] SUBHEADINGS = {"（一）主动公开", "（二）依申请公开", "（三）政府信息管理",
        "（四）平台建设", "（五）监督保障"};
    /** Characters of running text per section, about 2,000 in all (≈ 6 KB of UTF-8). */
    private static final int[] BUDGET = {700, 350, 300, 200, 250, 200};

    private final Random random;
    private final ArchiveGenerator.Report report;

    NarrativeText(Random random, ArchiveGenerator.Report report) {
        this.random = random;
        this.report = report;
    }

    /** The narrative without its title header. */
    String markup() {
        boolean national = !report.figures.format().equals("pre2019");
        String[] headings = national ? NATIONAL : PRE2019;
        StringBuilder out = new StringBuilder(8 * 1024);
        out.append(paragraph("本报告根据《中华人民共和国政府信息公开条例》编制，统计期限自" + report.year + "年1月1日起至"
                + report.year + "年12月31日止"));
        for (int s = 0; s < headings.length; s++) {
            out.append(report.asciidoc ? "== " : "## ").append(headings[s]).append("\n\n");
            if (s == 0) {
                for (int k = 0; k < SUBHEADINGS.length; k++) {
                    out.append(report.asciidoc ? "=== " : "### ").append(SUBHEADINGS[k]).append("\n\n");
                    out.append(text(BUDGET[0] / SUBHEADINGS.length));
                }
            } else {
                out.append(text(BUDGET[s]));
            }
            if (s == 2 && national) {
                out.append(paragraph("本年度共收到政府信息公开申请" + report.figures.received() + "件，办结申请"
                        + report.figures.handled() + "件"));
            }
            if (s == 4) {
                for (int k = 0; k < 3; k++) {
                    out.append(report.asciidoc ? "* " : "- ").append(SENTENCES[random.nextInt(SENTENCES.length)])
                            .append("。\n");
                }
                out.append('\n');
            }
        }
        return out.toString();
    }

    private String text(int chars) {
        StringBuilder paragraph = new StringBuilder();
        StringBuilder out = new StringBuilder();
        int written = 0;
        while (written < chars) {
            String sentence = SENTENCES[random.nextInt(SENTENCES.length)];
            // A few words in bold, as reports emphasise their commitments.
            if (random.nextInt(8) == 0) {
                sentence = report.asciidoc ? "*" + sentence + "*" : "**" + sentence + "**";
            }
            paragraph.append(sentence).append(random.nextBoolean() ? "；" : "。");
            written += sentence.length() + 1;
            if (paragraph.length() > 160 || written >= chars) {
                out.append(paragraph).append("\n\n");
                paragraph.setLength(0);
            }
        }
        return out.toString();
    }

    private static String paragraph(String sentence) {
        return sentence + "。\n\n";
    }
}
