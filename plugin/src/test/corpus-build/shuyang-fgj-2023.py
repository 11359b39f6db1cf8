"""Writes shuyang-fgj-2023.html: the 沭阳县发改局 2023 report (import-corpus/shuyang-fgj-2023.txt,
the published page) with its tables as the page has them: real cells, rowspans and colspans, the
five 法人或其他组织 columns left empty. LibreOffice makes the .docx and .pdf of the corpus from it
(make-binaries.sh), so those are the same report as a Word file and a PDF."""
import re
src = open("shuyang-fgj-2023.txt", encoding="utf-8").read()
body = src.split("# ---- BEGIN REPORT TEXT ----\n")[1].split("# ---- END REPORT TEXT ----")[0]
lines = body.split("\n")
def para(t):
    return f"<p>{t}</p>"
out = []
title = "沭阳县发展和改革局2023年政府信息公开年度报告"
i = 0
# The narrative before 二、, as paragraphs (the portal's metadata box first).
while not lines[i].startswith("二、主动公开政府信息情况"):
    t = lines[i].strip()
    if t and not t.startswith("名称：") and not t.startswith("索引号") and not t.startswith("文号") and not t.startswith("文件下载") and not t.startswith("时效"):
        out.append(para(t.replace(" | ", "　")) if t != title else f'<h1>{t}</h1>')
    i += 1
out.append(para("二、主动公开政府信息情况"))
out.append("""<table border="1" cellspacing="0" cellpadding="4">
<tr><td colspan="4">第二十条第（一）项</td></tr>
<tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>
<tr><td>规章</td><td>0</td><td>0</td><td>0</td></tr>
<tr><td>规范性文件</td><td>8</td><td>0</td><td>18</td></tr>
<tr><td colspan="4">第二十条第（五）项</td></tr>
<tr><td>信息内容</td><td colspan="3">本年处理决定数量</td></tr>
<tr><td>行政许可</td><td colspan="3">0</td></tr>
<tr><td colspan="4">第二十条第（六）项</td></tr>
<tr><td>信息内容</td><td colspan="3">本年处理决定数量</td></tr>
<tr><td>行政处罚</td><td colspan="3">0</td></tr>
<tr><td>行政强制</td><td colspan="3">0</td></tr>
<tr><td colspan="4">第二十条第（八）项</td></tr>
<tr><td>信息内容</td><td colspan="3">本年收费金额（单位：万元）</td></tr>
<tr><td>行政事业性收费</td><td colspan="3">0</td></tr>
</table>""")
out.append(para("三、收到和处理政府信息公开申请情况"))
rows = ['<tr><td colspan="3" rowspan="3">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td><td colspan="7">申请人情况</td></tr>',
        '<tr><td rowspan="2">自然人</td><td colspan="5">法人或其他组织</td><td rowspan="2">总计</td></tr>',
        '<tr><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>']
groups = {"（三）不予公开": 8, "（四）无法提供": 3, "（五）不予处理": 5, "（六）其他处理": 3}
for line in body.split("三、收到和处理政府信息公开申请情况")[1].split("四、政府信息公开行政复议")[0].split("\n"):
    m = re.match(r"^(.*?) \| (\d+) \| \(空\) \| \(空\) \| \(空\) \| \(空\) \| \(空\) \| (\d+)$", line)
    if not m:
        continue
    label, first, total = m.groups()
    cells = ""
    label = re.sub(r" \[rowspan=\d+\]", "", label)
    for g, n in groups.items():
        if label.startswith(g + " "):
            cells += f'<td rowspan="{n}">{g}</td>'
            label = label[len(g) + 1:]
    if label.startswith("（一）"):
        cells = '<td rowspan="22">三、本年度办理结果</td>' + cells
    if label.startswith(("一、", "二、", "四、")):
        cells += f'<td colspan="3">{label}</td>'
    elif label.startswith(("（一）", "（二）", "（七）")):
        cells += f'<td colspan="2">{label}</td>'
    else:
        cells += f"<td>{label}</td>"
    cells += f"<td>{first}</td>" + "<td></td>" * 5 + f"<td>{total}</td>"
    rows.append(f"<tr>{cells}</tr>")
out.append('<table border="1" cellspacing="0" cellpadding="4">' + "\n".join(rows) + "</table>")
out.append(para("四、政府信息公开行政复议、行政诉讼情况"))
out.append("""<table border="1" cellspacing="0" cellpadding="4">
<tr><td colspan="5">行政复议</td><td colspan="10">行政诉讼</td></tr>
<tr><td rowspan="2">结果维持</td><td rowspan="2">结果纠正</td><td rowspan="2">其他结果</td><td rowspan="2">尚未审结</td><td rowspan="2">总计</td><td colspan="5">未经复议直接起诉</td><td colspan="5">复议后起诉</td></tr>
<tr><td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td><td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td></tr>
<tr><td>0</td><td>0</td><td>0</td><td>1</td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>
</table>""")
rest = body.split("五、存在的主要问题及整改措施")[1]
out.append(para("五、存在的主要问题及整改措施"))
for t in rest.split("\n"):
    if t.strip():
        out.append(para(t.strip()))
style = "<style>table{border-collapse:collapse}td{border:1px solid #000;text-align:center;font-size:9pt}</style>"
open("shuyang-fgj-2023.html", "w", encoding="utf-8").write(
    f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title>{style}</head><body>\n' + "\n".join(out) + "\n</body></html>")
