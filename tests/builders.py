"""Make real files of every supported format for tests (never mocks)."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

NUMBERING = f"""
<w:numbering {nsdecls("w")}>
  <w:abstractNum w:abstractNumId="1">
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
    <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>
    <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/></w:lvl>
  </w:abstractNum>
  <w:num w:numId="5"><w:abstractNumId w:val="1"/></w:num>
</w:numbering>
"""


def write_docx(path: Path, paragraphs: list[tuple[int | None, str]]) -> Path:
    """Paragraphs as (list level or None, text); list levels get Word auto-numbering."""
    document = Document()
    document.part.numbering_part._element = parse_xml(NUMBERING)
    for level, text in paragraphs:
        paragraph = document.add_paragraph(text)
        if level is not None:
            paragraph._p.get_or_add_pPr().append(
                parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="5"/></w:numPr>')
            )
    document.save(str(path))
    return path


def write_pdf(path: Path, lines: list[str]) -> Path:
    """A PDF whose text layer holds ``lines`` (CJK through a standard CID font)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    pdf = canvas.Canvas(str(path))
    pdf.setFont("STSong-Light", 11)
    y = 800
    for line in lines:
        pdf.drawString(40, y, line)
        y -= 16
        if y < 40:
            pdf.showPage()
            pdf.setFont("STSong-Light", 11)
            y = 800
    pdf.save()
    return path


def write_scanned_pdf(path: Path) -> Path:
    """A PDF with a drawing and no text: what a scanner without OCR produces."""
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path))
    for i in range(30):
        pdf.rect(40 + i * 5, 400, 4, 300, fill=1)
    pdf.showPage()
    pdf.save()
    return path


REPORT = """青石镇2023年法治政府建设年度报告
2023年，青石镇坚持以习近平法治思想为指导，扎实推进法治政府建设。现将有关情况报告如下：
一、主要举措和成效
（一）强化组织领导。全年召开专题会议4次。
（二）规范行政执法。全镇持证执法人员22人。
二、主要负责人履行推进法治建设第一责任人职责情况
镇党委书记带头学法用法，全年主持专题学法4次。
三、存在的问题
一是法治专业力量不足；二是村级法律顾问作用发挥不充分；三是普法宣传针对性不强。
四、下一步工作打算
（一）配强法治工作力量，年内新增法律专业人员1名。
（二）推动村级法律顾问提质增效，每月到村服务不少于4次。
"""
