"""Adds a running header (the report's name) and a footer page number ("— 1 —") to every page of
an .fodt that LibreOffice made from one of the corpus's HTML files, so that its PDF has the page
furniture of an official document (the import must leave both out). Usage: paged.py IN.fodt OUT.fodt"""
import re
import sys
s = open(sys.argv[1], encoding="utf-8").read()
hf = ('<style:header><text:p>沭阳县发展和改革局政府信息公开工作年度报告</text:p></style:header>'
      '<style:footer><text:p>— <text:page-number text:select-page="current">1</text:page-number> —</text:p></style:footer>')
s = re.sub(r'<style:master-page (style:name="[^"]+" style:page-layout-name="[^"]+")/>',
           lambda m: f'<style:master-page {m.group(1)}>{hf}</style:master-page>', s)
s = re.sub(r'(<style:page-layout style:name="pm\d+"[^>]*>)(.*?)(</style:page-layout>)',
           lambda m: m.group(1) + m.group(2) + ('' if 'style:header-style' in m.group(2) else
           '<style:header-style><style:header-footer-properties fo:min-height="0.5cm" fo:margin-bottom="0.3cm"/></style:header-style>'
           '<style:footer-style><style:header-footer-properties fo:min-height="0.5cm" fo:margin-top="0.3cm"/></style:footer-style>')
           + m.group(3), s, flags=re.S)
open(sys.argv[2], "w", encoding="utf-8").write(s)
