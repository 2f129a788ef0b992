"""Errors with codes: each kind of failure exits with its own code, names its code in the JSON reports,
and reads in the user's language from the code (never by matching English text).  Real files and real
failing parts: a broken image, a missing folder, an empty language-data folder, a crashing Tesseract."""
from __future__ import annotations

import json
import re
import stat
import sys
from pathlib import Path

import pytest

from conftest import render_lines, run_cli
from redactor.errors import MESSAGES, DetectorError, ExitCode, RedactorError, exit_code_of, fail_closed

FIELDS = re.compile(r"\{[a-z_]+\}")


def screenshot(path: Path, lines=("Nama: Budi Santoso", "NIK: 3171012501900003")) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    render_lines(list(lines), size=16).image.save(path)
    return path


def one_error_line(result) -> str:  # noqa: ANN001
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    return lines[0]


def scan_json(*args: str, cwd: Path, env: dict | None = None) -> tuple[int, list[dict]]:
    result = run_cli("scan", "--json", "--no-visual", *args, cwd=cwd, env=env)
    return result.returncode, json.loads(result.stdout)


def test_an_unreadable_input_exits_3_and_its_report_names_the_code(tmp_path):
    broken = tmp_path / "shot.png"
    data = screenshot(tmp_path / "whole.png").read_bytes()
    broken.write_bytes(data[: len(data) // 2])  # cut off in the middle, as a failed download is
    result = run_cli("redact", "--no-visual", str(broken), cwd=tmp_path)
    assert result.returncode == ExitCode.INPUT_UNREADABLE == 3
    assert "broken or truncated image" in one_error_line(result)
    assert not (tmp_path / "shot.redacted.png").exists()
    code, report = scan_json(str(broken), str(tmp_path / "gone.png"), cwd=tmp_path)
    assert code == 3
    assert [(r["status"], r["error"]["code"]) for r in report] == [("failed", "broken_image"),
                                                                   ("failed", "no_such_file")]
    assert report[0]["error"]["params"]["reason"]


def test_a_refused_input_exits_4(tmp_path):
    note = tmp_path / "note.png"
    note.write_text("not a picture, a note\n", encoding="utf-8")
    drawing = tmp_path / "logo.svg"
    drawing.write_text('<svg xmlns="http://www.w3.org/2000/svg" width="9" height="9"/>', encoding="utf-8")
    result = run_cli("redact", "--no-visual", str(note), cwd=tmp_path)
    assert result.returncode == ExitCode.INPUT_REFUSED == 4
    assert one_error_line(result) == f"redactor: {note}: not an image (it is text)"
    code, report = scan_json(str(drawing), str(note), cwd=tmp_path)
    assert code == 4 and [r["error"]["code"] for r in report] == ["svg", "text_file"]


def test_missing_language_data_exits_5(tmp_path):
    src = screenshot(tmp_path / "shot.png")
    empty = tmp_path / "no-tessdata"
    empty.mkdir()
    (tmp_path / "config.toml").write_text(f'tessdata = "{empty.as_posix()}"\n', encoding="utf-8")
    env = {"TESSDATA_PREFIX": str(empty), "REDACTOR_CONFIG": str(tmp_path / "config.toml")}
    result = run_cli("redact", "--no-visual", str(src), cwd=tmp_path, env=env)
    assert result.returncode == ExitCode.OCR_MISSING == 5
    assert "language data" in one_error_line(result)
    code, report = scan_json(str(src), cwd=tmp_path, env=env)
    assert code == 5 and report[0]["error"]["code"] == "ocr_missing"


@pytest.mark.skipif(sys.platform == "win32", reason="a shell script stands in for a crashing Tesseract")
def test_a_crashing_tesseract_exits_6(tmp_path):
    # A Tesseract that lists its languages and then dies on every page, as a broken build does.
    fake = tmp_path / "tesseract"
    fake.write_text('#!/bin/sh\nif [ "$1" = "--list-langs" ]; then printf "List of languages:\\neng\\nind\\nosd\\n";'
                    ' exit 0; fi\nkill -SEGV $$\n', encoding="utf-8")
    fake.chmod(fake.stat().st_mode | stat.S_IXUSR)
    src = screenshot(tmp_path / "shot.png")
    result = run_cli("redact", "--no-visual", str(src), cwd=tmp_path, env={"REDACTOR_TESSERACT": str(fake)})
    assert result.returncode == ExitCode.OCR_FAILED == 6
    assert "Tesseract crashed" in one_error_line(result)
    assert not (tmp_path / "shot.redacted.png").exists()


def test_an_analysis_past_its_time_limit_exits_7_and_writes_nothing(tmp_path):
    lines = [f"Pegawai {i}: Budi Santoso, NIP 19850312 201001 1 00{i % 10}, Jl. Merdeka No. {i}" for i in range(60)]
    src = screenshot(tmp_path / "long.png", lines)
    (tmp_path / "config.toml").write_text("analysis_timeout = 1\n", encoding="utf-8")
    env = {"REDACTOR_CONFIG": str(tmp_path / "config.toml")}
    result = run_cli("redact", str(src), cwd=tmp_path, env=env)
    assert result.returncode == ExitCode.ANALYSIS_FAILED == 7, result.stderr
    assert "analysis took longer than 1 s" in one_error_line(result)
    assert not (tmp_path / "long.redacted.png").exists()


def test_an_output_that_cannot_be_written_exits_8(tmp_path):
    src = screenshot(tmp_path / "shot.png")
    blocker = tmp_path / "report.txt"  # a file where the output's folder should be
    blocker.write_text("x", encoding="utf-8")
    result = run_cli("redact", "--no-visual", str(src), "-o", str(blocker / "shot.png"), cwd=tmp_path)
    assert result.returncode == ExitCode.OUTPUT_FAILED == 8
    assert "output folder does not exist" in one_error_line(result)
    same = run_cli("strip", "-o", str(src), str(src), cwd=tmp_path)
    assert same.returncode == 8 and "overwrite the original" in same.stderr


def test_a_broken_pack_exits_2_naming_the_pack(tmp_path):
    packs = tmp_path / "packs"
    packs.mkdir()
    (packs / "kantor.toml").write_text('[[recognizer]]\nid = "s"\ncategory = "sistem"\nkind = "terms"\n'
                                       'terms = ["SIMPEG"]\n', encoding="utf-8")
    src = screenshot(tmp_path / "shot.png")
    code, report = scan_json("--patterns", str(packs), str(src), cwd=tmp_path)
    assert code == ExitCode.USAGE == 2
    assert report[0]["error"]["code"] == "pack_invalid" and "kantor.toml" in report[0]["error"]["message"]


def test_a_batch_exits_with_the_first_failure_and_its_reports_carry_the_codes(tmp_path):
    src = tmp_path / "in"
    screenshot(src / "a.png")
    (src / "b.png").write_bytes(b"")
    (src / "c.png").write_text("text\n", encoding="utf-8")
    out = tmp_path / "out"
    result = run_cli("batch", "--no-visual", "--jobs", "1", str(src), "-o", str(out), cwd=tmp_path)
    assert result.returncode == ExitCode.INPUT_UNREADABLE, result.stderr  # b.png (empty) fails first
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert [(Path(r["input"]).name, r["error_code"]) for r in report["results"]] == [
        ("a.png", ""), ("b.png", "empty_file"), ("c.png", "text_file")]
    assert [f["error_code"] for f in report["failed"]] == ["empty_file", "text_file"]
    assert "empty_file" in (out / "report.csv").read_text(encoding="utf-8")


def test_the_command_line_words_errors_in_indonesian_from_their_code(tmp_path):
    note = tmp_path / "catatan.png"
    note.write_text("bukan gambar\n", encoding="utf-8")
    result = run_cli("redact", str(note), cwd=tmp_path, env={"LANGUAGE": "id"})
    assert result.returncode == 4
    assert one_error_line(result) == f"redactor: {note}: bukan gambar (ini berkas teks)"


def test_every_code_has_its_class_and_a_message_with_its_parameters():
    assert {exit_code_of(code) for code in MESSAGES} <= set(ExitCode)
    assert exit_code_of("tesseract_missing") == 5 and exit_code_of("would_overwrite") == 8
    assert exit_code_of("something new") == ExitCode.USAGE
    error = RedactorError("image_too_large", width=9000, height=9000, limit_mp=80)
    assert str(error) == "image too large (9000x9000, limit 80 MP)"
    assert error.to_dict() == {"code": "image_too_large", "message": str(error),
                               "params": {"width": "9000", "height": "9000", "limit_mp": "80"}}


@pytest.mark.parametrize("exc", [RuntimeError("boom\nsecond line"), KeyError("x"), MemoryError()])
def test_fail_closed_turns_any_failure_into_a_detector_error(exc):
    with pytest.raises(DetectorError) as caught:
        with fail_closed("face detector"):
            raise exc
    assert "\n" not in str(caught.value) and caught.value.exit_code == ExitCode.ANALYSIS_FAILED
    own = RedactorError("pack_invalid", where="p.toml", problem="bad")
    with pytest.raises(RedactorError) as passed:
        with fail_closed("text detection"):
            raise own
    assert passed.value is own


def test_the_app_words_every_code_with_the_same_parameters(qapp):  # noqa: ANN001
    from redactor.ui.messages import ERROR_MESSAGES, LEFT_OUT, error_message

    assert set(ERROR_MESSAGES) == set(MESSAGES)
    for code, english in MESSAGES.items():
        kept = [f for f in FIELDS.findall(english) if f[1:-1] not in LEFT_OUT.get(code, ())]
        assert sorted(FIELDS.findall(ERROR_MESSAGES[code])) == sorted(kept), code
    assert error_message("file_too_large", {"size_mb": "300"}, "") == "file too large (300 MB)"
    assert error_message("input_refused", {}, "animated image with 3 frames") == "animated image with 3 frames"


def test_the_app_words_errors_in_indonesian(qapp):  # noqa: ANN001
    from redactor.ui import language
    from redactor.ui.messages import ERROR_MESSAGES, describe_error as describe

    language.install("id")
    try:
        untranslated = [code for code, source in ERROR_MESSAGES.items()
                        if describe(RedactorError(code, **{f[1:-1]: "X" for f in FIELDS.findall(MESSAGES[code])}))
                        == MESSAGES[code].format(**{f[1:-1]: "X" for f in FIELDS.findall(MESSAGES[code])})
                        and code != "pack_invalid"]
        assert not untranslated
        assert describe(RedactorError("no_such_file")) == "berkas sudah tidak ada"
        assert describe(RedactorError("output_not_writable", folder="/x", reason="disk penuh")) == \
            "tidak dapat menulis ke /x (disk penuh)"
    finally:
        language.install("en")

