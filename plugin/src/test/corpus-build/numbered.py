"""Gives the <h2> section headings of an .fodt that LibreOffice made from one of the corpus's HTML
files Word list numbering "一、二、三、" (one list, continued): the numbers are then drawn by the word
processor, not typed, as in reports whose headings use automatic numbering. The .docx keeps them as
w:numPr with numFmt taiwaneseCountingThousand and lvlText "%1、". Usage: numbered.py IN.fodt OUT.fodt"""
import re
import sys
s = open(sys.argv[1], encoding="utf-8").read()
style = ('<text:list-style style:name="LCN"><text:list-level-style-number text:level="1" style:num-format="一, 二, 三, ..." '
         'style:num-suffix="、"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment">'
         '<style:list-level-label-alignment text:label-followed-by="nothing" fo:text-indent="0cm" fo:margin-left="0cm"/>'
         '</style:list-level-properties></text:list-level-style-number></text:list-style>')
s = s.replace("<office:automatic-styles>", "<office:automatic-styles>" + style, 1)
first = [True]
def wrap(m):
    more = "" if first[0] else ' text:continue-numbering="true"'
    first[0] = False
    return f'<text:list text:style-name="LCN"{more}><text:list-item>{m.group(0)}</text:list-item></text:list>'
s = re.sub(r'<text:h text:style-name="Heading_20_2"[^>]*>.*?</text:h>', wrap, s, flags=re.S)
open(sys.argv[2], "w", encoding="utf-8").write(s)
