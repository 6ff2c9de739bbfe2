"""Reading every supported format and encoding; every failure a typed, plain error."""

from __future__ import annotations

import codecs
import zipfile
from pathlib import Path

import pytest

from reportview.core import errors
from reportview.core.analysis import analyze_file
from reportview.core.ingest import read_source
from tests.builders import REPORT, write_docx, write_pdf, write_scanned_pdf


def _kinds(path: Path) -> list[str]:
    return [s.kind.value for s in analyze_file(path).sections]


EXPECTED = ["preamble", "measures", "duties", "problems", "plans"]


@pytest.mark.parametrize(
    "encoding,prefix",
    [
        ("utf-8", b""),
        ("utf-8", codecs.BOM_UTF8),
        ("utf-16-le", codecs.BOM_UTF16_LE),
        ("utf-16-be", codecs.BOM_UTF16_BE),
        ("utf-16-le", b""),
        ("gb18030", b""),
        ("gbk", b""),
    ],
)
def test_text_encodings_are_detected(tmp_path: Path, encoding: str, prefix: bytes) -> None:
    path = tmp_path / "report.txt"
    path.write_bytes(prefix + REPORT.replace("\n", "\r\n").encode(encoding))
    report = analyze_file(path)
    assert report.title == "青石镇2023年法治政府建设年度报告"
    assert [s.kind.value for s in report.sections] == EXPECTED
    assert "\r" not in report.text and "\ufeff" not in report.text


def test_gb18030_only_characters_survive(tmp_path: Path) -> None:
    # 𠮷 and 堃 are outside GB2312; decoding as GB2312 would lose them.
    text = REPORT.replace("青石镇坚持", "青石镇（含堃村、𠮷组）坚持")
    path = tmp_path / "rare.txt"
    path.write_bytes(text.encode("gb18030"))
    assert "堃村、𠮷组" in analyze_file(path).text


def test_big5_traditional_text(tmp_path: Path) -> None:
    path = tmp_path / "big5.txt"
    path.write_bytes(
        "關刀鎮2023年法治政府建設報告\n一、存在問題\n一是執法培訓不足；二是宣傳不夠。\n".encode("big5")
    )
    report = analyze_file(path)
    assert report.title == "关刀镇2023年法治政府建设报告"
    assert [s.kind.value for s in report.sections] == ["problems"]


def test_truncated_multibyte_tail_is_read_with_a_warning(tmp_path: Path) -> None:
    data = REPORT.encode("utf-8")
    path = tmp_path / "cut.txt"
    path.write_bytes(data + "问题".encode()[:4])
    report = analyze_file(path)
    assert any(n.code == "truncated" for n in report.warnings)
    assert report.text.endswith("每月到村服务不少于4次。\n问")


def test_docx_restores_word_list_numbering(tmp_path: Path) -> None:
    path = write_docx(
        tmp_path / "r.docx",
        [
            (None, "云岭街道2023年度法治政府建设工作报告"),
            (None, "2023年，云岭街道扎实推进法治政府建设。"),
            (0, "主要举措和成效"),
            (1, "提升依法决策水平"),
            (None, "对4项重大事项开展风险评估。"),
            (0, "存在的问题"),
            (1, "物业纠纷化解难度大"),
            (1, "执法力量不足"),
            (0, "下一步工作打算"),
            (1, "建立物业纠纷联调机制"),
            (1, "优化执法力量配置"),
            (1, "深化普法"),
        ],
    )
    report = analyze_file(path)
    assert "一、主要举措和成效" in report.text and "（二）执法力量不足" in report.text
    assert "三、下一步工作打算" in report.text
    assert [len(s.items) for s in report.sections if s.kind.value in ("problems", "plans")] == [2, 3]


def test_html_page_keeps_main_text_only(samples: Path) -> None:
    report = analyze_file(samples / "桃源镇2023年法治政府建设年度报告.html")
    for clutter in ("网站首页", "您当前的位置", "浏览次数", "扫一扫", "主办单位", "ICP", "_hmt", "打印本页"):
        assert clutter not in report.text
    assert report.title == "桃源镇2023年法治政府建设年度报告"
    assert [s.kind.value for s in report.sections] == EXPECTED


def test_html_declared_gbk_is_decoded(tmp_path: Path) -> None:
    page = (
        "<html><head><meta charset='gbk'><title>报告</title></head><body><div>"
        + "".join(f"<p>{line}</p>" for line in REPORT.splitlines())
        + "</div></body></html>"
    )
    path = tmp_path / "page.htm"
    path.write_bytes(page.encode("gbk"))
    assert [s.kind.value for s in analyze_file(path).sections] == EXPECTED


def test_pdf_text_layer(tmp_path: Path) -> None:
    path = write_pdf(tmp_path / "r.pdf", REPORT.splitlines())
    report = analyze_file(path)
    assert [s.kind.value for s in report.sections] == EXPECTED
    assert report.fmt == "pdf"


@pytest.mark.parametrize(
    "name,content,error",
    [
        ("missing.txt", None, errors.FileNotFound),
        ("empty.txt", b"", errors.EmptyFile),
        ("blank.txt", b"  \r\n\t\n", errors.EmptyFile),
        ("image.txt", bytes(range(256)) * 40, errors.NotText),
        ("english.txt", b"This is an English shopping list.\nEggs, milk, bread.\n", errors.NotAReport),
        ("broken.docx", b"PK\x03\x04 this is not really a zip archive", errors.DamagedDocument),
        ("broken.pdf", b"%PDF-1.7\n1 0 obj <<", errors.DamagedDocument),
        ("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, errors.UnsupportedFormat),
    ],
)
def test_bad_files_raise_typed_plain_errors(
    tmp_path: Path, name: str, content: bytes | None, error: type[errors.ReportError]
) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(error) as caught:
        read_source(path)
    message = str(caught.value)
    assert message.startswith(str(path) + ": ") and "Traceback" not in message
    assert len(caught.value.reason) > 8


def test_truncated_docx_is_damaged(tmp_path: Path) -> None:
    good = write_docx(tmp_path / "good.docx", [(None, REPORT)])
    cut = tmp_path / "cut.docx"
    cut.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    with pytest.raises(errors.DamagedDocument):
        read_source(cut)


def test_docx_without_document_part_is_damaged(tmp_path: Path) -> None:
    path = tmp_path / "odd.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hello.txt", "不是 Word 文档")
    with pytest.raises(errors.DamagedDocument):
        read_source(path)


def test_scanned_pdf_has_no_text_layer(tmp_path: Path) -> None:
    with pytest.raises(errors.NoTextLayer):
        read_source(write_scanned_pdf(tmp_path / "scan.pdf"))


def test_huge_file_is_refused_without_reading_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from reportview.core import ingest

    monkeypatch.setattr(ingest, "MAX_FILE_BYTES", 1000)
    path = tmp_path / "huge.txt"
    path.write_bytes(REPORT.encode("utf-8") * 10)
    with pytest.raises(errors.TooLarge) as caught:
        read_source(path)
    assert "KB" in caught.value.reason


def test_folder_is_not_a_report(tmp_path: Path) -> None:
    with pytest.raises(errors.Unreadable):
        read_source(tmp_path)
