"""The command line: the contract scripts, the app and these tests rely on."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.builders import REPORT

SAMPLES = Path(__file__).resolve().parent.parent / "sample_reports"


def run(*args: str, lang: str = "zh_CN") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "REPORTVIEW_LANG": lang, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, "-m", "reportview", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
    )


def test_analyze_json_shape(tmp_path: Path) -> None:
    path = tmp_path / "r.txt"
    path.write_text(REPORT, encoding="utf-8")
    result = run("analyze", str(path), "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)["reports"][0]
    assert report["path"] == str(path)
    assert report["title"] == "青石镇2023年法治政府建设年度报告" and report["year"] == 2023
    assert isinstance(report["warnings"], list)
    kinds = [s["kind"] for s in report["sections"]]
    assert kinds == ["preamble", "measures", "duties", "problems", "plans"]
    problems = report["sections"][3]
    assert problems["heading"] == "存在的问题"
    assert [i["text"] for i in problems["items"]] == [
        "法治专业力量不足",
        "村级法律顾问作用发挥不充分",
        "普法宣传针对性不强。",
    ]
    measures = report["sections"][1]
    assert [c["heading"] for c in measures["children"]] == ["强化组织领导", "规范行政执法"]
    assert all(set(i) == {"text", "start", "end"} for i in problems["items"])


def test_compare_json_rows_and_cells_in_file_order() -> None:
    files = [
        SAMPLES / "青石镇2023年法治政府建设年度报告.txt",
        SAMPLES / "鳳鳴鎮2023年法治政府建設工作總結.txt",
        SAMPLES / "柳溪乡2023年法治政府建设情况报告.txt",
    ]
    result = run("compare", *map(str, files), "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert [r["path"] for r in data["reports"]] == [str(f) for f in files]
    kinds = [row["kind"] for row in data["rows"]]
    assert kinds == ["preamble", "measures", "duties", "problems", "plans"]
    problems = data["rows"][kinds.index("problems")]
    assert len(problems["cells"]) == 3
    assert problems["cells"][1]["headings"] == [] and problems["cells"][1]["items"] == []
    statuses = {i["status"] for row in data["rows"] for c in row["cells"] for i in c["items"]}
    assert statuses <= {"shared", "similar", "unique"} and "unique" in statuses
    for row in data["rows"]:
        for index, cell in enumerate(row["cells"]):
            for item in cell["items"]:
                for match in item["matches"]:
                    assert match["report"] != index
                    assert set(match) >= {"report", "item", "score"}
                    assert match["item"] < len(row["cells"][match["report"]]["items"])
    # one match per line: a script or a reader can grep or diff the output line by line
    matches = [m for row in data["rows"] for c in row["cells"] for i in c["items"] for m in i["matches"]]
    lines = [line.strip().rstrip(",") for line in result.stdout.splitlines()]
    assert matches and all(json.dumps(m, ensure_ascii=False) in lines for m in matches)


def test_bad_file_among_good_ones(tmp_path: Path) -> None:
    empty = tmp_path / "空白.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "image.txt"
    binary.write_bytes(bytes(range(256)) * 20)
    good = SAMPLES / "柳溪乡2023年法治政府建设情况报告.txt"
    result = run("analyze", str(empty), str(good), str(binary), "--json")
    assert result.returncode == 1
    assert [r["path"] for r in json.loads(result.stdout)["reports"]] == [str(good)]
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 2
    assert lines[0] == f"{empty}: 文件是空的"
    assert lines[1].startswith(f"{binary}: ") and "Traceback" not in result.stderr


def test_english_messages_on_request(tmp_path: Path) -> None:
    result = run("analyze", str(tmp_path / "nope.txt"), lang="en")
    assert result.returncode == 1
    assert result.stderr.strip() == f"{tmp_path / 'nope.txt'}: file not found"


def test_usage_errors_exit_2() -> None:
    assert run("compare", str(SAMPLES / "柳溪乡2023年法治政府建设情况报告.txt")).returncode == 2
    assert run("analyze").returncode == 2
    assert run("compare", "--bogus").returncode == 2


def test_readable_outputs() -> None:
    analyze = run("analyze", str(SAMPLES / "鳳鳴鎮2023年法治政府建設工作總結.txt"))
    assert "凤鸣镇" in analyze.stdout and "缺少必需部分：第一责任人职责、存在问题" in analyze.stdout
    compare = run(
        "compare",
        str(SAMPLES / "青石镇2023年法治政府建设年度报告.txt"),
        str(SAMPLES / "鳳鳴鎮2023年法治政府建設工作總結.txt"),
    )
    assert compare.returncode == 0
    assert "## 存在问题" in compare.stdout and "未报告" in compare.stdout


def test_folder_argument_loads_every_report() -> None:
    result = run("analyze", str(SAMPLES), "--json")
    assert result.returncode == 0, result.stderr
    assert len(json.loads(result.stdout)["reports"]) == len(
        [p for p in SAMPLES.iterdir() if p.suffix in (".txt", ".html", ".docx", ".pdf")]
    )


def _lost_page(tmp_path: Path) -> Path:
    """A saved page that is almost all navigation: cleaning keeps a single sentence."""
    lines = [
        f"首页 > 政务公开 > 通知公告 > 第{i}页 发布时间：2024-01-0{i % 9 + 1} 浏览次数：{i * 7}"
        for i in range(300)
    ]
    path = tmp_path / "lost.txt"
    path.write_text(
        "\n".join(lines) + "\n2023年，云溪镇扎实推进法治政府建设，取得明显成效。", encoding="utf-8"
    )
    return path


def test_a_report_that_lost_its_text_says_so_in_text_and_json(tmp_path: Path) -> None:
    path = _lost_page(tmp_path)
    text = run("analyze", str(path))
    assert text.returncode == 0
    assert "清理后只保留了文件中" in text.stdout and "没有找到任何标题" in text.stdout
    report = json.loads(run("analyze", str(path), "--json").stdout)["reports"][0]
    assert report["read_failed"] is True
    first = report["warnings"][0]
    assert (
        first["code"] == "text_removed" and first["severe"] and "报告可能没有被正确读取" in first["message"]
    )
    english = json.loads(run("analyze", str(path), "--json", lang="en").stdout)["reports"][0]
    assert "may not have been read" in english["warnings"][0]["message"]


def test_a_mistyped_command_is_a_usage_error_and_starts_no_worker() -> None:
    probe = (
        "import sys; from reportview.cli import main; rc = main(['anlyze', 'x.txt']);"
        "print(rc, 'reportview.workers' in sys.modules)"
    )
    env = {**os.environ, "REPORTVIEW_LANG": "zh_CN", "PYTHONIOENCODING": "utf-8"}
    run = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, encoding="utf-8", env=env, timeout=60
    )
    assert run.stdout.split() == ["2", "False"]
    assert "anlyze" in run.stderr and "analyze" in run.stderr


def test_no_display_is_said_before_any_worker_starts() -> None:
    probe = "import sys; from reportview.cli import main; rc = main([]); print(rc, 'reportview.workers' in sys.modules)"
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update(REPORTVIEW_LANG="en", PYTHONIOENCODING="utf-8")
    run = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, encoding="utf-8", env=env, timeout=60
    )
    assert run.stdout.split() == ["2", "False"] and "no display" in run.stderr


WORKER_PARENT = """
import time
from reportview import workers
workers.start(roles=("reader",))
workers.submit("reader", workers.Job.READY).result(timeout=60)
print(*[p.pid for pool in workers._pools.values() for p in pool._processes.values()], flush=True)
time.sleep(600)
"""


def _running(pid: int) -> bool:
    try:
        return "zombie" not in Path(f"/proc/{pid}/status").read_text().lower()
    except OSError:
        return False


def test_workers_exit_when_the_window_process_is_killed() -> None:
    import signal
    import time

    parent = subprocess.Popen([sys.executable, "-c", WORKER_PARENT], stdout=subprocess.PIPE, text=True)
    assert parent.stdout is not None
    pids = [int(p) for p in parent.stdout.readline().split()]
    assert pids
    parent.send_signal(signal.SIGKILL)
    parent.wait()
    deadline = time.time() + 20
    alive = pids
    while alive and time.time() < deadline:
        time.sleep(0.2)
        alive = [p for p in pids if _running(p)]
    assert alive == []


def test_version_and_help_say_what_they_should() -> None:
    version = run("--version")
    assert version.returncode == 0 and version.stdout.startswith("reportview ")
    helped = run("--help")
    assert helped.returncode == 0 and "FILE|FOLDER" in helped.stdout
    assert "显示版本号并退出" in helped.stdout and "version number" not in helped.stdout  # Chinese throughout


def test_folders_are_read_with_their_subfolders_and_an_empty_one_says_so(tmp_path: Path) -> None:
    import shutil

    nested = tmp_path / "reports" / "2023" / "东区"
    nested.mkdir(parents=True)
    shutil.copy(SAMPLES / "柳溪乡2023年法治政府建设情况报告.txt", tmp_path / "reports" / "a.txt")
    shutil.copy(SAMPLES / "青石镇2023年法治政府建设年度报告.txt", nested / "b.txt")
    (tmp_path / "reports" / "2023" / "loop").symlink_to(tmp_path / "reports", target_is_directory=True)
    result = run("analyze", str(tmp_path / "reports"), "--json")
    assert result.returncode == 0, result.stderr
    assert sorted(Path(r["path"]).name for r in json.loads(result.stdout)["reports"]) == ["a.txt", "b.txt"]
    empty = tmp_path / "empty"
    (empty / "sub").mkdir(parents=True)
    said = run("analyze", str(empty))
    assert said.returncode == 1 and said.stderr.strip() == f"{empty}: 无法打开该文件（文件夹里没有报告文件）"


def test_compare_save_writes_the_comparison_with_the_stores_notes(tmp_path: Path, monkeypatch) -> None:
    from reportview.core.analysis import analyze_file
    from reportview.core.anchoring import anchor_at
    from reportview.core.saved import load
    from reportview.core.store import NoteStore
    from reportview.core.store_file import default_path

    home = tmp_path / "home"
    report = analyze_file(SAMPLES / "青石镇2023年法治政府建设年度报告.txt")
    start = report.text.index("法治专业力量不足")
    monkeypatch.setenv("REPORTVIEW_HOME", str(home))  # the child reads the same store
    NoteStore(default_path()).add(report, anchor_at(report, start, start + 8), "命令行也带上批注", ["需核实"])
    out = tmp_path / "c.rvcmp"
    result = run(
        "compare",
        str(SAMPLES / "青石镇2023年法治政府建设年度报告.txt"),
        str(SAMPLES / "柳溪乡2023年法治政府建设情况报告.txt"),
        "--save",
        str(out),
    )
    assert result.returncode == 0, result.stderr
    loaded = load(out)
    assert loaded.reports[0].title == report.title and len(loaded.reports) == 2
    assert [(i, n.body, n.anchor.quote) for i, n in loaded.notes] == [
        (0, "命令行也带上批注", "法治专业力量不足")
    ]


def test_analyze_json_with_text_makes_the_offsets_usable(tmp_path: Path) -> None:
    path = tmp_path / "r.txt"
    path.write_text(REPORT, encoding="utf-8")
    plain = json.loads(run("analyze", str(path), "--json").stdout)["reports"][0]
    assert "text" not in plain
    report = json.loads(run("analyze", str(path), "--json", "--with-text").stdout)["reports"][0]
    problems = next(s for s in report["sections"] if s["kind"] == "problems")
    item = problems["items"][0]
    assert report["text"][item["start"] : item["end"]] == item["text"]


def test_compare_text_numbers_items_as_its_references_name_them() -> None:
    result = run(
        "compare",
        str(SAMPLES / "青石镇2023年法治政府建设年度报告.txt"),
        str(SAMPLES / "柳溪乡2023年法治政府建设情况报告.txt"),
    )
    assert result.returncode == 0
    assert "## 前言" not in result.stdout
    lines = result.stdout.splitlines()
    problems = lines[lines.index("## 存在问题") :]
    reference = next(line for line in problems if "↔ [2]#" in line)
    number = int(reference.split("↔ [2]#")[1].split(",")[0])
    second = problems[next(i for i, line in enumerate(problems) if line.startswith("  [2]")) :]
    assert any(line.strip().startswith(f"#{number} ") for line in second)


def test_analyze_text_prints_each_sub_heading_once() -> None:
    result = run("analyze", str(SAMPLES / "青石镇2023年法治政府建设年度报告.txt"))
    assert result.returncode == 0
    mentions = [line for line in result.stdout.splitlines() if "强化组织领导，压紧压实工作责任" in line]
    assert len(mentions) == 1 and mentions[0].lstrip().startswith("·")


def test_overview_of_a_folder_as_text_json_and_workbook(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    out = tmp_path / "county.xlsx"
    done = run("overview", str(SAMPLES), "--json", "--xlsx", str(out))
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    names = [r["name"] for r in data["reports"]]
    assert len(names) == len([p for p in SAMPLES.iterdir() if p.is_file()])
    assert "柳溪乡" in names
    shimen = next(r for r in data["reports"] if r["name"] == "石门乡")
    assert shimen["parts"]["duties"] == "✗" and shimen["parts"]["problems"] == "✓"
    assert any(len(b["reports"]) >= 2 for b in data["boilerplate"])
    book = load_workbook(out)
    assert book.worksheets[0].max_row == len(names) + 1
    text = run("overview", str(SAMPLES))
    assert text.returncode == 0 and text.stdout.splitlines()[0].startswith("序号\t单位")
    assert "多份报告共有的句子" in text.stdout


def test_overview_writes_a_county_summary_in_word(tmp_path: Path) -> None:
    from docx import Document

    out = tmp_path / "summary.docx"
    done = run("overview", str(SAMPLES), "--docx", str(out))
    assert done.returncode == 0, done.stderr
    document = Document(str(out))
    table = document.tables[0]
    assert len(table.rows) == len([p for p in SAMPLES.iterdir() if p.is_file()]) + 1
    assert [c.text for c in table.rows[0].cells][:3] == ["序号", "单位", "年度"]
    assert any(row.cells[1].text == "柳溪乡" for row in table.rows[1:])
    text = "\n".join(p.text for p in document.paragraphs)
    assert "县域汇总" in text and "牢固树立法治意识" in text  # the top recurring sentence
    section = document.sections[0]
    assert section.page_width > section.page_height  # landscape


def test_follow_checks_last_years_plans_against_this_years_report() -> None:
    last = SAMPLES / "青石镇2022年法治政府建设年度报告.txt"
    this = SAMPLES / "青石镇2023年法治政府建设年度报告.txt"
    done = run("follow", str(last), str(this), "--json")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert [p["verdict"] for p in data["plans"]] and all(
        p["verdict"] in ("done", "partial", "none") for p in data["plans"]
    )
    assert data["last"]["year"] == 2022 and data["this"]["year"] == 2023
    assert all(e["text"] for p in data["plans"] for e in p["evidence"])
    assert {e["figures"] for p in data["plans"] for e in p["evidence"]} <= {"met", "short", "unknown"}
    text = run("follow", str(last), str(this))
    assert "上年承诺落实情况" in text.stdout and "重复出现的问题" in text.stdout
    odd = run("follow", str(this), str(SAMPLES / "柳溪乡2023年法治政府建设情况报告.txt"))
    assert "不是同一单位相邻两年" in odd.stderr  # said, not refused


def test_follow_and_overview_carry_the_reviewers_verdicts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from openpyxl import load_workbook

    from reportview.core.analysis import analyze_file
    from reportview.core.follow import Verdict
    from reportview.core.follow_book import FollowBook
    from reportview.core.store import NoteStore
    from reportview.core.store_file import default_path

    last = SAMPLES / "青石镇2022年法治政府建设年度报告.txt"
    this = SAMPLES / "青石镇2023年法治政府建设年度报告.txt"
    monkeypatch.setenv("REPORTVIEW_HOME", str(tmp_path / "home"))  # the child reads the same store
    book = FollowBook(NoteStore(default_path()))
    book.set_reports([analyze_file(last), analyze_file(this)])
    book.set_verdict(0, 1, 0, Verdict.DONE, "台账已核")
    data = json.loads(run("follow", str(last), str(this), "--json").stdout)
    first = data["plans"][0]
    assert first["verdict"] == "done" and first["reviewer"]["comment"] == "台账已核"
    assert first["measured"] in ("done", "partial", "none")
    assert "已落实（评审人）" in run("follow", str(last), str(this)).stdout
    out = tmp_path / "county.xlsx"
    overview = run("overview", str(last), str(this), "--json", "--xlsx", str(out))
    assert overview.returncode == 0, overview.stderr
    rows = {r["year"]: r for r in json.loads(overview.stdout)["reports"]}
    assert rows[2022]["followed"] is None
    assert rows[2023]["followed"]["done"] >= 1 and rows[2023]["followed"]["by_reviewer"] == 1
    sheet = load_workbook(out)["承诺落实"]
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    assert values[0][:4] == ["上年报告", "本年报告", "上年承诺", "结论"]
    assert values[1][3:5] == ["已落实", "评审人"] and values[1][6] == "台账已核"
    assert len(values) == 1 + len(data["plans"])


def test_argparse_speaks_the_users_language() -> None:
    missing = run("compare")
    assert missing.returncode == 2
    assert "用法：reportview compare" in missing.stderr and "缺少必需的参数：FILE" in missing.stderr
    assert "显示本帮助并退出" in run("compare", "--help").stdout
    english = run("compare", lang="en")
    assert (
        "usage: reportview compare" in english.stderr
        and "the following arguments are required" in english.stderr
    )
