"""Build the binary sample reports (.docx with Word list numbering, .pdf with a text layer).

    python scripts/make_samples.py

The texts are the project's own, for invented places. The .docx keeps its heading numbers
in Word's numbering definitions, as Word and WPS do, not in the paragraph text.
"""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

OUT = Path(__file__).resolve().parent.parent / "sample_reports"

YUNLING = [
    ("title", "云岭街道2023年度法治政府建设工作报告"),
    (
        "p",
        "2023年，云岭街道坚持以习近平法治思想为指导，聚焦城市基层治理，推动法治政府建设各项任务落地见效。现将有关情况报告如下：",
    ),
    (0, "主要举措和成效"),
    (1, "提升依法决策水平"),
    (
        "p",
        "修订《街道党工委会议议事规则》，对老旧小区改造等4项重大事项开展社会稳定风险评估，法律顾问列席党工委会议18次。",
    ),
    (1, "推进社区依法治理"),
    ("p", "指导12个社区修订居民公约，建成“社区法律服务站”12个，全年提供法律咨询630人次。"),
    (1, "规范综合行政执法"),
    ("p", "整合城管、市场监管等执法力量，全年开展联合执法56次，办理行政处罚案件64件，行政复议和诉讼零败诉。"),
    (0, "主要负责人履行推进法治建设第一责任人职责情况"),
    ("p", "街道党工委书记、办事处主任带头学法，全年主持专题学法5次；坚持重大事项集体决策，带头出庭应诉1次。"),
    (0, "创新经验及做法"),
    ("p", "推行“楼栋法律明白人”制度，在全街道286个楼栋各确定1名法律明白人，收集法律需求并就近化解邻里纠纷。"),
    (0, "存在的问题"),
    (1, "物业纠纷化解难度大"),
    ("p", "老旧小区物业服务矛盾集中，全年物业类纠纷占受理纠纷总数的43%，部分纠纷反复发生。"),
    (1, "执法力量与任务不匹配"),
    ("p", "综合执法队伍人均管辖面积大，夜间和节假日执法保障不足。"),
    (0, "下一步工作打算"),
    (1, "建立物业纠纷联调机制"),
    ("p", "联合住建、司法所和物业企业建立物业纠纷联调室，年内实现物业类纠纷调解成功率90%以上。"),
    (1, "优化执法力量配置"),
    ("p", "推行执法人员错时上岗，建立夜间巡查执法小组，确保节假日执法全覆盖。"),
    (1, "深化楼栋法律明白人制度"),
    ("p", "开展楼栋法律明白人轮训2期，制作法律明白人工作手册。"),
]

NUMBERING = f"""
<w:numbering {nsdecls("w")}>
  <w:abstractNum w:abstractNumId="7">
    <w:multiLevelType w:val="multilevel"/>
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
    <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>
  </w:abstractNum>
  <w:num w:numId="3"><w:abstractNumId w:val="7"/></w:num>
</w:numbering>
"""


def make_docx(path: Path) -> None:
    document = Document()
    numbering_part = document.part.numbering_part
    numbering_part._element = parse_xml(NUMBERING)
    for kind, text in YUNLING:
        if kind == "title":
            document.add_heading(text, level=0)
            continue
        paragraph = document.add_paragraph(text)
        if isinstance(kind, int):
            ppr = paragraph._p.get_or_add_pPr()
            ppr.append(
                parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{kind}"/><w:numId w:val="3"/></w:numPr>')
            )
    document.save(str(path))


SHIMEN = """石门乡2023年法治政府建设年度报告
2023年，石门乡认真贯彻落实上级关于法治政府建设的部署，依法行政能力持续提升。现将有关情况报告如下：
一、主要举措和成效
（一）健全依法决策机制。对乡村道路硬化等2项重大事项开展合法性审查，坚持有件必备、有备必审、有错必纠。
（二）加强普法宣传。开展“法律进乡村”活动20场，培育“法律明白人”60名。
二、存在的问题
一是法治专业人才缺乏；二是普法宣传形式单一，群众参与的积极性不高。
三、下一步工作打算
（一）引进法律专业人才1名，充实合法性审查力量。
（二）利用乡村大喇叭开展普法，每月不少于2次。"""


def make_pdf(path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdf.setFont("STSong-Light", 11)
    y = 800
    for paragraph in SHIMEN.splitlines():
        while paragraph:
            line, paragraph = paragraph[:40], paragraph[40:]
            pdf.drawString(50, y, line)
            y -= 18
    pdf.save()


if __name__ == "__main__":
    make_docx(OUT / "云岭街道2023年度法治政府建设工作报告.docx")
    make_pdf(OUT / "石门乡2023年法治政府建设年度报告.pdf")
