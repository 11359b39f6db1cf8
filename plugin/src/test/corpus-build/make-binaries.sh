#!/usr/bin/env bash
# Makes the .docx and .pdf of the import corpus from the HTML files beside them, with LibreOffice
# (Debian: apt-get install libreoffice-writer-nogui). The results are committed, so neither the
# build nor CI runs this; run it again only after changing an HTML file.
set -euo pipefail
cd "$(dirname "$0")/../resources/import-corpus"
python3 ../../corpus-build/shanghai-bgt-2019.py
python3 ../../corpus-build/shuyang-fgj-2023.py
python3 ../../corpus-build/shuyang-xzf-2025.py
for html in shanghai-bgt-2019.html shuyang-fgj-2023.html; do
  soffice --headless --infilter="HTML (StarWriter)" --convert-to 'docx:MS Word 2007 XML' "$html" >/dev/null
  soffice --headless --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export "$html" >/dev/null
done
# 沭阳 once more as a PDF with a running header and page numbers in the footer.
tmp=$(mktemp -d)
soffice --headless --infilter="HTML (StarWriter)" --convert-to fodt --outdir "$tmp" shuyang-fgj-2023.html >/dev/null
python3 ../../corpus-build/paged.py "$tmp/shuyang-fgj-2023.fodt" "$tmp/shuyang-fgj-2023-paged.fodt"
soffice --headless --convert-to pdf:writer_pdf_Export --outdir . "$tmp/shuyang-fgj-2023-paged.fodt" >/dev/null
# 沭阳县人民政府 2025: its section headings numbered by Word list numbering, not typed.
soffice --headless --infilter="HTML (StarWriter)" --convert-to fodt --outdir "$tmp" shuyang-xzf-2025.html >/dev/null
python3 ../../corpus-build/numbered.py "$tmp/shuyang-xzf-2025.fodt" "$tmp/shuyang-xzf-2025.fodt"
soffice --headless --convert-to 'docx:MS Word 2007 XML' --outdir . "$tmp/shuyang-xzf-2025.fodt" >/dev/null
soffice --headless --convert-to pdf:writer_pdf_Export --outdir . "$tmp/shuyang-xzf-2025.fodt" >/dev/null
# And as a PDF whose tables have no ruling lines: the reader has the text positions only.
sed -e 's/border="1"/border="0"/g' -e 's/td{border:1px solid #000;/td{border:none;/' shuyang-xzf-2025.html \
  > "$tmp/shuyang-xzf-2025-unruled.html"
soffice --headless --infilter="HTML (StarWriter)" --convert-to fodt --outdir "$tmp" "$tmp/shuyang-xzf-2025-unruled.html" >/dev/null
python3 ../../corpus-build/numbered.py "$tmp/shuyang-xzf-2025-unruled.fodt" "$tmp/shuyang-xzf-2025-unruled.fodt"
soffice --headless --convert-to pdf:writer_pdf_Export --outdir . "$tmp/shuyang-xzf-2025-unruled.fodt" >/dev/null
rm -rf "$tmp"
