"""Writes shanghai-bgt-2019.html: the tables of the 2019 report of 上海市人民政府办公厅 exactly as the
portal printed them (cells, rowspans, colspans, empty cells), transcribed cell by cell from the
stored page (see import-corpus/SOURCES.md), with the opening and the section headings of its text.
LibreOffice turns it into the .docx and .pdf of the corpus (see make-binaries.sh)."""
E = ""
t3 = [
    ("一、本年新收政府信息公开申请数量", None, [821, 35, E, E, 2, 1, 859]),
    ("二、上年结转政府信息公开申请数量", None, [18, E, E, E, E, E, 18]),
    ("（一）予以公开", "三", [258, 12, E, E, 1, 1, E]),
    ("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "", [3, E, E, E, E, E, E]),
    ("1.属于国家秘密", ("（三）不予公开", 8), [14, E, E, E, E, E, E]),
    ("2.其他法律行政法规禁止公开", "-", [E] * 7),
    ("3.危及“三安全一稳定”", "-", [E] * 7),
    ("4.保护第三方合法权益", "-", [E] * 7),
    ("5.属于三类内部事务信息", "-", [5, E, E, E, E, E, E]),
    ("6.属于四类过程性信息", "-", [3, 1, E, E, E, E, E]),
    ("7.属于行政执法案卷", "-", [E] * 7),
    ("8.属于行政查询事项", "-", [10, 2, E, E, E, E, E]),
    ("1.本机关不掌握相关政府信息", ("（四）无法提供", 3), [252, 12, E, E, 1, E, E]),
    ("2.没有现成信息需要另行制作", "-", [44, 3, E, E, E, E, E]),
    ("3.补正后申请内容仍不明确", "-", [25, E, E, E, E, E, E]),
    ("1.信访举报投诉类申请", ("（五）不予处理", 5), [148, 1, E, E, E, E, E]),
    ("2.重复申请", "-", [5, 4, E, E, E, E, E]),
    ("3.要求提供公开出版物", "-", [E] * 7),
    ("4.无正当理由大量反复申请", "-", [E] * 7),
    ("5.要求行政机关确认或重新出具已获取信息", "-", [E] * 7),
    ("（六）其他处理", "", [E] * 7),
    ("（七）总计", "", [767, 35, E, E, 2, 1, 805]),
    ("四、结转下年度继续办理", None, [72, E, E, E, E, E, 72]),
]
def td(v, attrs=""):
    return f"<td{attrs}>{v}</td>"
rows = []
rows.append('<tr><td colspan="3" rowspan="3">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td><td colspan="7">申请人情况</td></tr>')
rows.append('<tr><td rowspan="2">自然人</td><td colspan="5">法人或其他组织</td><td rowspan="2">总计</td></tr>')
rows.append('<tr><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>')
for label, group, values in t3:
    cells = ""
    if group is None:
        cells += td(label, ' colspan="3"')
    else:
        if group == "三":
            cells += td("三、本年度办理结果", ' rowspan="20"')
        if isinstance(group, tuple):
            cells += td(group[0], f' rowspan="{group[1]}"') + td(label)
        elif group == "-":
            cells += td(label)
        else:
            cells += td(label, ' colspan="2"')
    cells += "".join(td(v) for v in values)
    rows.append("<tr>" + cells + "</tr>")
t2 = """<tr><td colspan="4">第二十条第（一）项</td></tr>
<tr><td>信息内容</td><td>本年新制作数量</td><td>本年新公开数量</td><td>对外公开总数量</td></tr>
<tr><td>规章</td><td>13</td><td>13</td><td>524</td></tr>
<tr><td>规范性文件</td><td>60</td><td>60</td><td>368</td></tr>
<tr><td colspan="4">第二十条第（五）项</td></tr>
<tr><td>信息内容</td><td>上一年项目数量</td><td>本年增/减</td><td>处理决定数量</td></tr>
<tr><td>行政许可</td><td>0</td><td>0</td><td>0</td></tr>
<tr><td>其他对外管理服务事项</td><td>0</td><td>0</td><td>0</td></tr>
<tr><td colspan="4">第二十条第（六）项</td></tr>
<tr><td>信息内容</td><td>上一年项目数量</td><td>本年增/减</td><td>处理决定数量</td></tr>
<tr><td>行政处罚</td><td>0</td><td>0</td><td>0</td></tr>
<tr><td>行政强制</td><td>0</td><td>0</td><td>0</td></tr>
<tr><td colspan="4">第二十条第（八）项</td></tr>
<tr><td>信息内容</td><td>上一年项目数量</td><td colspan="2">本年增/减</td></tr>
<tr><td>行政事业性收费</td><td>0</td><td colspan="2">0</td></tr>
<tr><td colspan="4">第二十条第（九）项</td></tr>
<tr><td>信息内容</td><td>采购项目数量</td><td colspan="2">采购总金额</td></tr>
<tr><td>政府集中采购</td><td>6</td><td colspan="2">251000元</td></tr>"""
t4 = """<tr><td colspan="5">行政复议</td><td colspan="10">行政诉讼</td></tr>
<tr><td rowspan="2">结果维持</td><td rowspan="2">结果纠正</td><td rowspan="2">其他结果</td><td rowspan="2">尚未审结</td><td rowspan="2">总计</td><td colspan="5">未经复议直接起诉</td><td colspan="5">复议后起诉</td></tr>
<tr><td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td><td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td></tr>
<tr><td>5</td><td></td><td></td><td>2</td><td>7</td><td>8</td><td></td><td></td><td>1</td><td>9</td><td></td><td></td><td></td><td></td><td></td></tr>"""
style = "<style>table{border-collapse:collapse}td{border:1px solid #000;text-align:center;font-size:9pt}</style>"
html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>2019年上海市人民政府办公厅政府信息公开工作年度报告</title>{style}</head><body>
<p style="text-align:center"><b>2019年上海市人民政府办公厅政府信息公开工作年度报告</b></p>
<p>本年度报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）的要求编制，全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、因政府信息公开工作被申请行政复议和提起行政诉讼情况、政府信息公开工作存在的主要问题及改进情况及其他需要报告的事项。本年度报告中所列数据统计期限从2019年1月1日到12月31日止。本年度报告电子版可从“中国上海”门户网站（www.shanghai.gov.cn）下载。</p>
<p>一、总体情况</p>
<p>（二）依申请公开方面</p>
<p>市政府办公厅代表市政府共受理政府信息公开申请859件，申请数量较去年回落12.3%；答复政府信息公开申请805件（含上年度结转申请18件，另有72件申请按照《条例》顺延到下年度答复），均在法定期限内予以答复。予以公开及部分公开258件，占33.9%；不予公开35件，占4.34%；因本机关不掌握等原因无法提供265件，占32.9%；不予处理158件，占19.6%；其他处理0件。信息公开类行政复议7件，诉讼9件，均获维持，继续保持了省级政府零败诉的记录，维护了市政府依法行政、公开透明的良好形象。</p>
<p>二、主动公开政府信息情况</p>
<table border="1" cellspacing="0" cellpadding="4">{t2}</table>
<p>三、收到和处理政府信息公开申请情况</p>
<table border="1" cellspacing="0" cellpadding="4">{chr(10).join(rows)}</table>
<p>四、政府信息公开行政复议、行政诉讼情况</p>
<table border="1" cellspacing="0" cellpadding="4">{t4}</table>
<p>五、政府信息公开工作存在的主要问题及改进情况</p>
<p>（一）主要问题</p>
<p>一是新《条例》实施后，专业领域的理论学习仍需加强，提升对《条例》新内容的准确把握；二是决策公开仍需进一步加强，公众参与具体举措需进一步细化完善；三是政府网站集约化建设需持续推进，公开专栏规范化建设有待加强；四是政策解读方式不够多元，精准解读效果仍需提高。</p>
<p>（二）改进措施</p>
<p>一是深入做好《条例》的贯彻落实。抓紧修订出台《上海市政府信息公开规定》，细化《条例》主体具体适用，规范政府信息公开指南、目录和工作年报编制，完善依申请办理工作全链条管理，动态拓展主动公开范围。</p>
<p>六、其他需要报告的事项</p>
<p>无。</p>
</body></html>"""
open("shanghai-bgt-2019.html", "w", encoding="utf-8").write(html)
