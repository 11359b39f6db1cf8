"""Writes shuyang-xzf-2025.html: the 沭阳县人民政府 2025 report (import-corpus/shuyang-xzf-2025.txt, as
found) as a Word-like document: its six section headings as <h2> WITHOUT their numbers (numbered.py
gives them Word list numbering "一、", so the number is drawn by Word, not typed), its paragraphs as
the text has them, and its tables in the official layout (real cells, rowspans, colspans) with the
figures of the text. LibreOffice makes the .docx and .pdf of the corpus from it (make-binaries.sh)."""
import re
src = open("shuyang-xzf-2025.txt", encoding="utf-8").read()
rows = {}
for line in src.split("\n"):
    cells = [c.strip() for c in line.strip().strip("|").split("|")]
    if len(cells) >= 2 and re.fullmatch(r"[\d.]+", cells[-1]):
        rows[re.sub(r"\s", "", cells[0])] = cells[1:]
def td(cells):
    return "".join(f"<td>{c}</td>" for c in cells)
def figures(label):
    return td(rows[label])
sections = src.split("## 二、主动公开政府信息情况")
out = []
for block in sections[0].split("\n\n"):
    t = block.strip()
    if t.startswith("# "):
        out.append(f"<h1>{t[2:]}</h1>")
    elif t.startswith("## "):
        out.append(f"<h2>{t[3:].split('、', 1)[1]}</h2>")
    elif t:
        for p in t.split("\n"):
            out.append(f"<p>{p.lstrip('#').strip()}</p>")
out.append("<h2>主动公开政府信息情况</h2>")
out.append(f"""<table border="1" cellspacing="0" cellpadding="4">
<tr><td colspan="4">第二十条第（一）项</td></tr>
<tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>
<tr><td>规章</td>{figures("规章")}</tr>
<tr><td>行政规范性文件</td>{figures("行政规范性文件")}</tr>
<tr><td colspan="4">第二十条第（五）项</td></tr>
<tr><td>信息内容</td><td colspan="3">本年处理决定数量</td></tr>
<tr><td>行政许可</td><td colspan="3">{rows["行政许可"][0]}</td></tr>
<tr><td colspan="4">第二十条第（六）项</td></tr>
<tr><td>信息内容</td><td colspan="3">本年处理决定数量</td></tr>
<tr><td>行政处罚</td><td colspan="3">{rows["行政处罚"][0]}</td></tr>
<tr><td>行政强制</td><td colspan="3">{rows["行政强制"][0]}</td></tr>
<tr><td colspan="4">第二十条第（八）项</td></tr>
<tr><td>信息内容</td><td colspan="3">本年收费金额（单位：万元）</td></tr>
<tr><td>行政事业性收费</td><td colspan="3">{rows["行政事业性收费"][0]}</td></tr>
</table>""")
out.append("<h2>收到和处理政府信息公开申请情况</h2>")
t3 = ['<tr><td colspan="3" rowspan="3">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td><td colspan="7">申请人情况</td></tr>',
      '<tr><td rowspan="2">自然人</td><td colspan="5">法人或其他组织</td><td rowspan="2">总计</td></tr>',
      '<tr><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>',
      f'<tr><td colspan="3">一、本年新收政府信息公开申请数量</td>{figures("本年新收政府信息公开申请数量")}</tr>',
      f'<tr><td colspan="3">二、上年结转政府信息公开申请数量</td>{figures("上年结转政府信息公开申请数量")}</tr>',
      f'<tr><td rowspan="22">三、本年度办理结果</td><td colspan="2">（一）予以公开</td>{figures("予以公开")}</tr>',
      f'<tr><td colspan="2">（二）部分公开（区分处理的，只计这一情形，不计其他情形）</td>{figures("部分公开(区分处理的,只计这一情形,不计其他情形)")}</tr>']
groups = [("（三）不予公开", ["1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益",
                          "5.属于三类内部事务信息", "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项"]),
          ("（四）无法提供", ["1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确"]),
          ("（五）不予处理", ["1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请",
                          "5.要求行政机关确认或重新出具已获取信息"]),
          ("（六）其他处理", ["1.申请人无正当理由逾期不补正, 行政机关不再处理其政府信息公开申请",
                          "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "3.其他"])]
for group, labels in groups:
    for k, label in enumerate(labels):
        lead = f'<td rowspan="{len(labels)}">{group}</td>' if k == 0 else ""
        key = re.sub(r"\s", "", label)
        t3.append(f"<tr>{lead}<td>{label}</td>{figures(key)}</tr>")
t3.append(f'<tr><td colspan="2">（七）总计</td>{figures("（七）总计")}</tr>')
t3.append(f'<tr><td colspan="3">四、结转下年度继续办理</td>{figures("四、结转下年度继续办理")}</tr>')
out.append('<table border="1" cellspacing="0" cellpadding="4">' + "\n".join(t3) + "</table>")
out.append("<h2>政府信息公开行政复议、行政诉讼情况</h2>")
reviews = re.findall(r"^\| (\d+) \| (\d+) \| (\d+) \| (\d+) \| (\d+) \|$", src, re.M)
out.append(f"""<table border="1" cellspacing="0" cellpadding="4">
<tr><td colspan="5">行政复议</td><td colspan="10">行政诉讼</td></tr>
<tr><td rowspan="2">结果维持</td><td rowspan="2">结果纠正</td><td rowspan="2">其他结果</td><td rowspan="2">尚未审结</td><td rowspan="2">总计</td><td colspan="5">未经复议直接起诉</td><td colspan="5">复议后起诉</td></tr>
<tr><td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td><td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td></tr>
<tr>{"".join(td(r) for r in reviews)}</tr>
</table>""")
rest = src.split("## 五、政府信息公开工作存在的主要问题及改进情况")[1]
out.append("<h2>政府信息公开工作存在的主要问题及改进情况</h2>")
for t in rest.split("\n"):
    t = t.strip()
    if t == "六、其他需要报告的事项":
        out.append("<h2>其他需要报告的事项</h2>")
    elif t:
        out.append(f"<p>{t}</p>")
style = "<style>table{border-collapse:collapse}td{border:1px solid #000;text-align:center;font-size:9pt}</style>"
open("shuyang-xzf-2025.html", "w", encoding="utf-8").write(
    '<!DOCTYPE html><html><head><meta charset="utf-8"><title>沐阳县人民政府 2025 年 政府信息公开工作年度报告</title>'
    + style + "</head><body>\n" + "\n".join(out) + "\n</body></html>")
