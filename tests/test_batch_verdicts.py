"""One verdict everywhere: an image better not posted at all is "needs checking" in the command line's
table and lines, in report.csv and report.json, and in the batch window's rows, never an "ok" safe copy.
Also: `batch` without -o writes beside the originals, and its reports then go to the user's Redactor folder."""
from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from conftest import render_lines, run_cli

pytestmark = pytest.mark.usefixtures("tesseract")

NIK = "3273015507879901"
INTERNAL = ["SIMPEG Data Pegawai", f"NIK: {NIK}", "Nama : Siti Rahmawati"]
CLASSIFIED = ["RAHASIA", "Nota Dinas Nomor 12 Tahun 2024", "Kepada Yth. Kepala Biro Umum"]
SENSITIVE = [f"NIK: {NIK}", "Agenda rapat hari Senin"]
CLEAN = ["Rapat koordinasi hari Senin", "Agenda: evaluasi program kerja"]


def folder_of_screens(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, lines in {"internal.png": INTERNAL, "classified.png": CLASSIFIED, "card.png": SENSITIVE,
                        "clean.png": CLEAN}.items():
        render_lines(lines, size=16).image.save(folder / name)
    return folder


def table_rows(stdout: str) -> dict[str, str]:
    """file name -> the rest of its table row."""
    return {line.split()[0]: line for line in stdout.splitlines() if line.split() and line.split()[0].endswith(".png")}


def test_batch_table_and_both_reports_say_needs_checking(tmp_path):
    src = folder_of_screens(tmp_path / "in")
    out = tmp_path / "out"
    result = run_cli("batch", str(src), "-o", str(out), "--jobs", "1", "--no-visual", cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert NIK not in result.stdout + result.stderr
    rows = table_rows(result.stdout)
    assert "needs checking" in rows["internal.png"] and "internal system" in rows["internal.png"]
    assert "needs checking" in rows["classified.png"] and "classified document" in rows["classified.png"]
    assert "covered" in rows["card.png"] and "needs checking" not in rows["card.png"]
    assert "nothing found" in rows["clean.png"]
    summary = [line for line in result.stdout.splitlines() if line.startswith("Safe copies")]
    assert summary == [f"Safe copies: 2 of 4 files, in {out}; 2 need checking before they are posted, if at all "
                       "(listed above)"]

    with (out / "report.csv").open(encoding="utf-8") as handle:
        by_name = {Path(r["input"]).name: r for r in csv.DictReader(handle)}
    assert {n: r["status"] for n, r in by_name.items()} == {
        "internal.png": "needs_review", "classified.png": "needs_review", "card.png": "covered",
        "clean.png": "nothing_found"}
    assert by_name["classified.png"]["note"] == "needs checking: classified document: do not post it, even redacted"
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["safe_copies"] == 2 and report["redacted"] == 4
    assert sorted(Path(r["input"]).name for r in report["needs_review"]) == ["classified.png", "internal.png"]
    assert {Path(r["input"]).name: r["status"] for r in report["results"]}["internal.png"] == "needs_review"


def test_scan_and_redact_give_the_same_verdict(tmp_path):
    src = tmp_path / "classified.png"
    render_lines(CLASSIFIED, size=16).image.save(src)
    scan = run_cli("scan", "--json", "--no-visual", str(src), cwd=tmp_path)
    assert json.loads(scan.stdout)[0]["status"] == "needs_review"
    redact = run_cli("redact", "--no-visual", str(src), cwd=tmp_path)
    assert redact.returncode == 0, redact.stderr
    assert f"{src}: needs checking: classified document: do not post it, even redacted" in redact.stdout.splitlines()


def test_batch_without_output_writes_beside_originals_and_reports_to_the_user_folder(tmp_path, own_data_folder):
    src = folder_of_screens(tmp_path / "Screenshots")
    result = run_cli("batch", str(src), "--jobs", "2", "--no-visual", cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    names = sorted(p.name for p in src.iterdir())
    assert names == sorted(["card.png", "card.redacted.png", "classified.png", "classified.redacted.png",
                            "clean.png", "clean.redacted.png", "internal.png", "internal.redacted.png"])
    reports = sorted((own_data_folder / "reports").iterdir())
    assert [p.suffix for p in reports] == [".csv", ".json"]
    assert f"reports: {reports[0]}, {reports[1].name}" in result.stdout.splitlines()
    assert "beside the originals (NAME.redacted.EXT)" in result.stdout
    # Run again: the safe copies are not taken for originals.
    again = run_cli("batch", str(src), "--jobs", "1", "--no-visual", cwd=tmp_path)
    assert again.returncode == 0 and "Safe copies: 2 of 4 files" in again.stdout


def test_no_images_found_suggests_recursive_when_they_are_in_subfolders(tmp_path):
    top = tmp_path / "Pictures"
    render_lines(CLEAN).image.save((top / "2024" / "Jan").mkdir(parents=True) or top / "2024" / "Jan" / "a.png")
    result = run_cli("batch", str(top), cwd=tmp_path)
    assert result.returncode == 3
    assert result.stderr.strip() == (f"redactor: {top}: no images found; the images in its sub-folders are included "
                                     "with --recursive")
    (tmp_path / "empty").mkdir()
    result = run_cli("batch", str(tmp_path / "empty"), cwd=tmp_path)
    assert result.returncode == 3 and result.stderr.strip().endswith("no images found")
    assert run_cli("batch", str(top), "--recursive", "--no-visual", cwd=tmp_path).returncode == 0
    assert (top / "2024" / "Jan" / "a.redacted.png").is_file()


def test_integrate_help_lists_its_actions_and_options(tmp_path):
    result = run_cli("integrate", "--help", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    for word in ("install", "uninstall", "status", "--dry-run", "--desktop", "--export-reg"):
        assert word in result.stdout
    assert "rest" not in result.stdout
    status = run_cli("integrate", "status", "--home", str(tmp_path / "home"), cwd=tmp_path)
    assert status.returncode == 0, status.stderr
    assert run_cli("integrate", "bogus", cwd=tmp_path).returncode == 2


# -------------------------------------------------------------- batch window
def test_batch_window_rows_show_the_verdict(qtbot, tmp_path, own_data_folder):  # noqa: ANN001
    from ui_support import make_settings

    from redactor.ui import language as i18n
    from redactor.ui.app import make_app
    from redactor.ui.batch_window import BatchWindow

    make_app()
    i18n.install("en")
    src = folder_of_screens(tmp_path / "Screenshots")
    win = BatchWindow(make_settings(tmp_path))
    qtbot.addWidget(win)
    win.jobs = 1
    win.add_paths([str(src)])
    with qtbot.waitSignal(win.batch_finished, timeout=180_000):
        win.start()
    assert win.state_of(str(src / "internal.png")) == "review"
    assert win.state_of(str(src / "classified.png")) == "review"
    assert win.state_of(str(src / "card.png")) == "done"
    assert win.state_of(str(src / "clean.png")) == "clean"
    detail = win.table.item(win.rows[str(src / "classified.png")], 3).text()
    assert "classified" in detail
    text = win.status.text()
    assert text.startswith("2 safe copies made, 0 failed.") and "2 copies need a look" in text
    assert not (src / "report.csv").exists() and win.report_paths[1].parent == own_data_folder / "reports"
    assert win.output_folder() == src
