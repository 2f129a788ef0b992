"""Command line, run as a user would: `python -m redactor ...` in a subprocess.

Raw values must never appear in what the tool prints: only masked previews.
"""
from __future__ import annotations

import csv
import json
import re
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw

from conftest import font, leftovers, render_lines, run_cli, sha256

pytestmark = pytest.mark.usefixtures("tesseract")

NIK = "3273015507879901"
PHONE = "0812-3456-7890"
RAW = [NIK, PHONE, "081234567890", "34567890", "siti.rahma@example.org"]
SENSITIVE = [f"NIK: {NIK}", f"HP {PHONE}", "Email: siti.rahma@example.org"]
CLEAN = ["Rapat koordinasi hari Senin", "Agenda: evaluasi program kerja"]


def write(path: Path, lines=SENSITIVE, size=14) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    render_lines(lines, size=size).image.save(path)
    return path


def assert_no_raw(result):
    for raw in RAW:
        assert raw not in result.stdout and raw not in result.stderr, f"raw value {raw!r} printed"


# ------------------------------------------------------------------ redact
def test_redact_writes_name_redacted_png_and_prints_masked_lines(tmp_path):
    src = write(tmp_path / "shot.png")
    before = sha256(src)
    result = run_cli("redact", "--no-visual", str(src), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    out = tmp_path / "shot.redacted.png"
    assert out.is_file()
    assert sha256(src) == before
    assert_no_raw(result)
    covered = [line for line in result.stdout.splitlines() if ": covered " in line]
    assert len(covered) >= 3, result.stdout
    assert any("NIK 32••••••••••••01" in line for line in covered)
    assert f"wrote {out}" in result.stdout
    assert leftovers(tmp_path, ["shot.png", "shot.redacted.png", ".no-user-config"]) == []


def test_redact_output_option_and_style(tmp_path):
    src = write(tmp_path / "shot.png")
    target = tmp_path / "custom name.png"
    result = run_cli("redact", "--no-visual", "--style", "erase", "-o", str(target), str(src), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert target.is_file() and not (tmp_path / "shot.redacted.png").exists()


def test_redact_several_files_into_a_folder(tmp_path):
    a = write(tmp_path / "a.png")
    b = write(tmp_path / "b.png", CLEAN)
    out_dir = tmp_path / "out"
    result = run_cli("redact", "--no-visual", "--format", "jpg", "-o", str(out_dir), str(a), str(b), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in out_dir.iterdir()) == ["a.redacted.jpg", "b.redacted.jpg"]


def test_redact_bad_input_one_line_error_exit_4(tmp_path):
    bad = tmp_path / "shot.png"
    bad.write_text("this is a note, not a picture\n")
    good = write(tmp_path / "good.png")
    result = run_cli("redact", "--no-visual", str(bad), str(good), cwd=tmp_path)
    assert result.returncode == 4  # refused input
    errors = [line for line in result.stderr.splitlines() if line.strip()]
    assert errors == [f"redactor: {bad}: not an image (it is text)"], result.stderr
    assert (tmp_path / "good.redacted.png").is_file()      # one bad file does not stop the rest
    assert not (tmp_path / "shot.redacted.png").exists()


@pytest.mark.parametrize("name", ["résumé 身分証 (copy).png", "two  spaces.png", "-rf.png"])
def test_awkward_file_names(name, tmp_path):
    src = write(tmp_path / name)
    result = run_cli("redact", "--no-visual", "--", name, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    stem = name[:-4]
    assert (tmp_path / f"{stem}.redacted.png").is_file()
    assert src.is_file()
    assert_no_raw(result)


def test_leading_dash_name_without_separator_is_not_taken_as_an_option(tmp_path):
    write(tmp_path / "-rf.png")
    result = run_cli("redact", "--no-visual", "-rf.png", cwd=tmp_path)
    # cli.main: "A file name that starts with a dash is still a file when it exists"
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "-rf.redacted.png").is_file()
    # ...while an option that is not a file is still a usage error
    assert run_cli("redact", "-zz.png", cwd=tmp_path).returncode == 2


# -------------------------------------------------------------------- scan
def test_scan_exit_1_on_findings_and_0_on_clean(tmp_path):
    dirty = write(tmp_path / "dirty.png")
    clean = write(tmp_path / "clean.png", CLEAN)
    found = run_cli("scan", "--no-visual", str(dirty), cwd=tmp_path)
    assert found.returncode == 1, found.stderr
    assert_no_raw(found)
    assert "NIK 32••••••••••••01" in found.stdout
    nothing = run_cli("scan", "--no-visual", str(clean), cwd=tmp_path)
    assert nothing.returncode == 0, nothing.stderr
    assert "nothing sensitive found" in nothing.stdout
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".png") == ["clean.png", "dirty.png"]


def test_scan_json_structure(tmp_path):
    dirty = write(tmp_path / "dirty.png", ["SIMPEG Data Pegawai", f"NIK: {NIK}", "Nama : Siti Rahmawati"])
    clean = write(tmp_path / "clean.png", CLEAN)
    result = run_cli("scan", "--no-visual", "--json", str(dirty), str(clean), cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    assert_no_raw(result)
    report = json.loads(result.stdout)
    assert [r["file"] for r in report] == [str(dirty), str(clean)]
    first, second = report
    assert set(first) >= {"file", "verdict", "verdict_reasons", "metadata", "findings"}
    assert first["verdict"] == "internal_system"
    assert first["verdict_reasons"]
    categories = {f["category"] for f in first["findings"]}
    assert {"nik", "internal_system"} <= categories
    for f in first["findings"]:
        assert set(f) >= {"category", "preview", "score", "boxes"}
        assert all(len(box) == 4 for box in f["boxes"])
        assert 0 <= f["score"] <= 1.5
    assert second["verdict"] == "none" and second["findings"] == []


def test_scan_mixed_good_and_broken_exits_3(tmp_path):
    clean = write(tmp_path / "clean.png", CLEAN)
    empty = tmp_path / "empty.png"
    empty.write_bytes(b"")
    result = run_cli("scan", "--no-visual", str(clean), str(empty), cwd=tmp_path)
    assert result.returncode == 3  # unreadable input
    assert "empty file" in result.stderr


# ------------------------------------------------------------------- batch
def test_batch_with_one_broken_file(tmp_path):
    src = tmp_path / "in"
    write(src / "one.png")
    write(src / "two.png", CLEAN)
    write(src / "sub" / "three.png")
    (src / "broken.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 40)
    (src / "notes.txt").write_text("not an image, not even picked up")
    out = tmp_path / "out"
    result = run_cli("batch", str(src), "-o", str(out), "--jobs", "2", "--recursive", "--no-visual", cwd=tmp_path)
    assert result.returncode == 3, result.stdout + result.stderr  # the broken file: unreadable input
    assert_no_raw(result)
    assert (out / "one.png").is_file() and (out / "two.png").is_file() and (out / "sub" / "three.png").is_file()
    assert not (out / "broken.png").exists()
    report = json.loads((out / "report.json").read_text())
    assert report["files"] == 4 and report["redacted"] == 3
    assert [Path(f["input"]).name for f in report["failed"]] == ["broken.png"]
    assert report["failed"][0]["error"]
    by_name = {Path(r["input"]).name: r for r in report["results"]}
    assert by_name["one.png"]["categories"].get("nik") == 1
    assert by_name["two.png"]["categories"] == {}
    assert "NIK 32••••••••••••01" in by_name["one.png"]["previews"]
    raw_reports = (out / "report.json").read_text() + (out / "report.csv").read_text()
    for raw in RAW:
        assert raw not in raw_reports
    rows = list(csv.DictReader((out / "report.csv").open(encoding="utf-8")))
    status = {Path(r["input"]).name: r["status"] for r in rows}
    assert status == {"broken.png": "failed", "one.png": "covered", "three.png": "covered", "two.png": "nothing_found"}
    assert "broken.png" in result.stderr


def test_batch_all_good_exits_0_and_not_recursive_by_default(tmp_path):
    src = tmp_path / "in"
    write(src / "one.png", CLEAN)
    write(src / "sub" / "deep.png", CLEAN)
    out = tmp_path / "out"
    result = run_cli("batch", str(src), "-o", str(out), "--jobs", "1", "--no-visual", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (out / "one.png").is_file() and not (out / "sub").exists()


def test_batch_missing_or_empty_folder_exits_3(tmp_path):
    assert run_cli("batch", str(tmp_path / "nope"), "-o", str(tmp_path / "o"), cwd=tmp_path).returncode == 3
    (tmp_path / "empty").mkdir()
    result = run_cli("batch", str(tmp_path / "empty"), "-o", str(tmp_path / "o"), cwd=tmp_path)
    assert result.returncode == 3 and "no images" in result.stderr


# ------------------------------------------------------------------- strip
def test_strip_writes_clean_copy_without_ocr(tmp_path):
    src = write(tmp_path / "shot.png")
    result = run_cli("strip", str(src), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    out = tmp_path / "shot.clean.png"
    # pixels unchanged (strip does not cover), metadata gone
    assert np.array_equal(np.asarray(Image.open(out).convert("RGB")), np.asarray(Image.open(src).convert("RGB")))
    assert "covered" not in result.stdout
    target = tmp_path / "given.jpg"
    result = run_cli("strip", "--format", "jpg", "-o", str(target), str(src), cwd=tmp_path)
    assert result.returncode == 0 and target.read_bytes()[:2] == b"\xff\xd8"


def test_strip_refuses_to_overwrite_the_input(tmp_path):
    src = write(tmp_path / "shot.png")
    before = sha256(src)
    result = run_cli("strip", "-o", str(src), str(src), cwd=tmp_path)
    assert result.returncode == 8  # the output is not written
    assert "overwrite" in result.stderr
    assert sha256(src) == before


# ------------------------------------------------------------- usage errors
@pytest.mark.parametrize("args", [
    [], ["redact"], ["frobnicate"], ["redact", "--style", "swirl", "x.png"], ["scan"],
    ["redact", "--format", "gif", "x.png"], ["strip"],
])
def test_usage_errors_exit_2(args, tmp_path):
    result = run_cli(*args, cwd=tmp_path)
    assert result.returncode == 2, (args, result.stdout, result.stderr)


def test_missing_file_exit_3(tmp_path):
    result = run_cli("redact", "missing.png", cwd=tmp_path)
    assert result.returncode == 3
    assert result.stderr.strip() == "redactor: missing.png: no such file"


def test_version_and_help_exit_0(tmp_path):
    assert run_cli("--version", cwd=tmp_path).returncode == 0
    result = run_cli("redact", "--help", cwd=tmp_path)
    assert result.returncode == 0 and "--style" in result.stdout


def test_missing_language_data_is_a_clear_error_and_no_output(tmp_path):
    src = write(tmp_path / "shot.png")
    empty = tmp_path / "no-tessdata"
    empty.mkdir()
    config = tmp_path / "config.toml"
    config.write_text(f'tessdata = "{empty}"\n')  # the user's own folder, named in the settings
    result = run_cli("redact", "--no-visual", str(src), cwd=tmp_path,
                     env={"TESSDATA_PREFIX": str(empty), "REDACTOR_CONFIG": str(config)})
    assert result.returncode == 5  # OCR missing
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "language data" in lines[0] and "install" in lines[0], result.stderr
    assert str(empty) in lines[0] and "ind" in lines[0]
    assert not (tmp_path / "shot.redacted.png").exists()
    assert leftovers(tmp_path, ["shot.png", "no-tessdata", "config.toml"]) == []


def test_broken_language_data_is_a_clear_error_with_leptonica_quiet(tmp_path):
    """Leptonica's own messages are off; what really fails still reaches the user, in one line."""
    src = write(tmp_path / "shot.png")
    broken = tmp_path / "tessdata"
    broken.mkdir()
    for code in ("ind", "eng"):
        (broken / f"{code}.traineddata").write_bytes(b"\x00not a model" * 100)
    result = run_cli("redact", str(src), cwd=tmp_path, env={"REDACTOR_TESSDATA": str(broken)})
    assert result.returncode != 0
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "could not load" in lines[0], result.stderr
    assert not (tmp_path / "shot.redacted.png").exists()


# What Leptonica (Tesseract's image library) prints when its messages are on.
LEPTONICA_MESSAGE = re.compile(r"^(Error|Warning|Info) in \w+:", re.MULTILINE)


def leptonica_complaint_page(path: Path) -> Path:
    """A page Tesseract reads normally while Leptonica prints "Error in boxClipToRectangle: box
    outside rectangle": large text, a small line cut by the top edge and a short mark on the
    bottom-left edge (as on a photographed receipt)."""
    image = Image.new("RGB", (600, 200), "white")
    draw = ImageDraw.Draw(image)
    draw.text((400, -9), "Rp25.000", fill="black", font=font(14))
    draw.text((30, 66), "Nama Budi Santoso", fill="black", font=font(28))
    draw.text((30, 104), "Alamat Jl Merdeka 5", fill="black", font=font(28))
    draw.line((0, 194, 0, 199), fill="black")
    image.save(path)
    return path


def test_leptonica_messages_never_reach_the_users_terminal(tmp_path):
    pytest.importorskip("tesserocr")  # the tesseract program's own messages are captured with its output
    src = leptonica_complaint_page(tmp_path / "receipt.png")
    # With Leptonica's messages on, this page does make it print them (else the test proves nothing).
    probe = ("import sys, tesserocr\n"
             "from PIL import Image\n"
             "from redactor.ocr import get_engine, run_ocr\n"
             "engine = get_engine()\n"
             "tesserocr.set_leptonica_log_level(tesserocr.LeptLogLevel.ERROR)\n"
             "run_ocr(Image.open(sys.argv[1]).convert('RGB'), engine=engine)\n")
    loud = subprocess.run([sys.executable, "-c", probe, str(src)], capture_output=True, text=True, timeout=120)
    assert loud.returncode == 0, loud.stderr
    assert LEPTONICA_MESSAGE.search(loud.stderr), loud.stderr
    redacted = run_cli("redact", str(src), "-o", str(tmp_path / "out.png"), cwd=tmp_path)
    assert redacted.returncode == 0, redacted.stderr
    assert "covered Nama" in redacted.stdout
    batch = run_cli("batch", str(src), "-o", str(tmp_path / "out"), cwd=tmp_path)
    assert batch.returncode == 0, batch.stderr
    for result in (redacted, batch):
        assert not LEPTONICA_MESSAGE.search(result.stderr), result.stderr
        assert "Error" not in result.stderr and "Error" not in result.stdout


def test_batch_name_collisions_and_output_beside_inputs(tmp_path):
    src = tmp_path / "in"
    write(src / "a.png")
    render_lines(CLEAN, size=14).image.save(src / "a.jpg", quality=95)
    out = tmp_path / "out"
    result = run_cli("batch", str(src), "-o", str(out), "--jobs", "1", "--no-visual", "--format", "png",
                     cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    outputs = sorted(p.name for p in out.iterdir() if p.suffix == ".png")
    assert len(outputs) == 2, outputs                    # neither output overwrote the other
    report = json.loads((out / "report.json").read_text())
    assert len({r["output"] for r in report["results"]}) == 2


def latest_report(data_folder: Path) -> Path:
    return max((data_folder / "reports").glob("batch-*.json"), key=lambda p: p.stat().st_mtime_ns)


def test_batch_beside_inputs_gives_each_input_its_own_output(tmp_path, own_data_folder):
    src = tmp_path / "in"
    write(src / "a.png")
    render_lines(CLEAN, size=14).image.save(src / "a.jpg", quality=95)
    result = run_cli("batch", str(src), "-o", str(src), "--jobs", "1", "--no-visual", "--format", "png", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (src / "a.redacted.png").is_file()
    assert not (src / "report.json").exists()  # never among the user's own pictures
    report = json.loads(latest_report(own_data_folder).read_text())
    outputs = [r["output"] for r in report["results"]]
    assert len(set(outputs)) == 2, f"two inputs written to one output: {outputs}"
    # a second run skips the outputs of the first
    again = run_cli("batch", str(src), "-o", str(src), "--jobs", "1", "--no-visual", "--format", "png", cwd=tmp_path)
    assert again.returncode == 0 and json.loads(latest_report(own_data_folder).read_text())["files"] == 2


def test_redact_several_files_with_the_same_stem_into_a_folder(tmp_path):
    a = write(tmp_path / "a.png")
    b = tmp_path / "a.jpg"
    render_lines(CLEAN, size=14).image.save(b, quality=95)
    out_dir = tmp_path / "out"
    result = run_cli("redact", "--no-visual", "-o", str(out_dir), str(a), str(b), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert len(list(out_dir.iterdir())) == 2, sorted(p.name for p in out_dir.iterdir())


def test_control_characters_in_file_names_are_not_printed_raw(tmp_path):
    name = "esc\x1b[31mred\nforged.png"
    write(tmp_path / name)
    result = run_cli("redact", "--no-visual", "--", name, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "\x1b" not in result.stdout + result.stderr
    assert not any(line.startswith("forged") for line in result.stdout.splitlines()), result.stdout


def test_library_warnings_never_reach_the_user(tmp_path):
    """A file with corrupt EXIF is still processed, and stderr carries no Python warning text."""
    path = tmp_path / "bad_exif.jpg"
    render_lines(CLEAN, size=14).image.save(path, "JPEG", exif=b"Exif\x00\x00MM\x00*\x00\x00\x00\x08\xff\xff")
    result = run_cli("strip", str(path), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stderr == "", result.stderr


def test_redact_refuses_output_equal_to_input(tmp_path):
    src = write(tmp_path / "shot.png")
    before = sha256(src)
    result = run_cli("redact", "--no-visual", "-o", str(src), str(src), cwd=tmp_path)
    assert result.returncode == 8
    assert "overwrite" in result.stderr
    assert sha256(src) == before


def test_scan_flags_gps_location_in_the_file(tmp_path):
    """scan is the check before posting: a clean-looking photo that carries its GPS position is not safe as is."""
    path = tmp_path / "photo.jpg"
    exif = Image.Exif()
    gps = exif.get_ifd(0x8825)
    gps[1], gps[2] = "S", (6.0, 54.0, 53.0)
    gps[3], gps[4] = "E", (107.0, 36.0, 35.0)
    render_lines(CLEAN, size=14).image.save(path, "JPEG", quality=95, exif=exif.tobytes())
    from redactor.load import load_path

    assert "gps" in load_path(path).metadata_found
    result = run_cli("scan", "--no-visual", str(path), cwd=tmp_path)
    assert "GPS" in result.stdout
    assert result.returncode == 1, result.stdout


def test_ocr_timeout_fails_closed(tmp_path):
    """An OCR that runs out of time is an error: no output that could be mistaken for a redacted image."""
    src = tmp_path / "dense.png"
    render_lines(["Rapat koordinasi hari Senin pukul 09.00 di ruang rapat lantai tiga gedung utama"] * 200,
                 size=14, pitch=1.5).image.save(src)
    config = tmp_path / "config.toml"
    config.write_text("ocr_timeout = 1\nvisual = false\n")
    result = run_cli("--config", str(config), "redact", str(src), cwd=tmp_path)
    assert result.returncode == 6
    assert result.stderr.strip() == f"redactor: {src}: OCR timed out after 1 s"
    assert not (tmp_path / "dense.redacted.png").exists()
    assert leftovers(tmp_path, ["dense.png", "config.toml"]) == []


def test_redact_warns_about_images_better_not_posted(tmp_path):
    src = write(tmp_path / "screen.png", ["SIMPEG Data Pegawai", f"NIK: {NIK}", "Nama : Siti Rahmawati"])
    result = run_cli("redact", "--no-visual", str(src), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    warnings = [line for line in result.stdout.splitlines() if ": needs checking: " in line]
    assert len(warnings) == 1 and "internal system" in warnings[0]
    clean = write(tmp_path / "clean.png", CLEAN)
    result = run_cli("redact", "--no-visual", str(clean), cwd=tmp_path)
    assert "needs checking" not in result.stdout


def test_long_scrolling_screenshot_as_webp_is_a_clear_error(tmp_path):
    src = tmp_path / "long.png"
    Image.new("RGB", (100, 17000), "white").save(src)
    result = run_cli("strip", "--format", "webp", str(src), cwd=tmp_path)
    assert result.returncode == 4, result.stderr[-500:]
    assert "Traceback" not in result.stderr
    assert len([line for line in result.stderr.splitlines() if line.strip()]) == 1
    assert leftovers(tmp_path, ["long.png"]) == []


def test_a_file_named_like_an_option_never_changes_what_the_options_mean(tmp_path):
    write(tmp_path / "shot.png", CLEAN)
    for name in ("--term", "--te", "-o", "--style=blur"):
        (tmp_path / name).write_bytes(b"decoy")
    result = run_cli("redact", "--no-visual", "shot.png", "--term", "evaluasi", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "covered" in result.stdout and "(1 covered" in result.stdout, result.stdout
    assert not (tmp_path / "evaluasi.redacted.png").exists()


def test_dash_rewrite_touches_only_existing_files_where_a_file_can_stand(tmp_path, monkeypatch):
    from redactor.cli import build_parser
    from redactor.cli_args import dash_files_as_paths

    monkeypatch.chdir(tmp_path)
    for name in ("--term", "--te", "-o", "-rf.png", "-oout.png", "--style=blur"):
        (tmp_path / name).write_bytes(b"x")
    parser = build_parser()

    def rewrite(*argv):
        return dash_files_as_paths(parser, list(argv))

    assert rewrite("redact", "a.png", "--term", "X") == ["redact", "a.png", "--term", "X"]
    assert rewrite("redact", "a.png", "--te", "X") == ["redact", "a.png", "--te", "X"]
    assert rewrite("redact", "a.png", "-o", "-rf.png") == ["redact", "a.png", "-o", "-rf.png"]
    assert rewrite("redact", "-oout.png", "a.png") == ["redact", "-oout.png", "a.png"]
    assert rewrite("redact", "--style=blur", "a.png") == ["redact", "--style=blur", "a.png"]
    assert rewrite("redact", "-rf.png") == ["redact", "./-rf.png"]
    assert rewrite("redact", "--", "-rf.png") == ["redact", "--", "-rf.png"]
    assert rewrite("integrate", "uninstall", "-rf.png") == ["integrate", "uninstall", "-rf.png"]


def test_batch_into_a_folder_inside_the_tree_never_overwrites_an_input(tmp_path):
    tree = tmp_path / "tree"
    write(tree / "a.png")
    inner = write(tree / "sub" / "a.png", CLEAN)
    before = sha256(inner)
    result = run_cli("batch", str(tree), "-o", str(tree / "sub"), "--recursive", "--jobs", "1", "--no-visual",
                     "--format", "png", cwd=tmp_path, env={"XDG_DATA_HOME": str(tmp_path / "data")})
    assert sha256(inner) == before, "an input was overwritten by the batch"
    reports = list((tmp_path / "data").rglob("*.json")) + list((tree / "sub").glob("report*.json"))
    assert len(reports) == 1, reports
    report = json.loads(reports[0].read_text())
    outputs = [Path(r["output"]).resolve() for r in report["results"]]
    assert all(Path(p).is_file() for p in outputs), report
    assert len(set(outputs)) == 2 and inner.resolve() not in outputs


def test_plan_never_targets_an_input_another_output_or_an_existing_file(tmp_path):
    from redactor.batch import collect_inputs, plan_outputs

    for name in ("one/x.png", "two/x.png", "out/x.png"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(b"x")
    out = tmp_path / "out"
    plan = plan_outputs(collect_inputs([tmp_path / "one"]) + collect_inputs([tmp_path / "two"])
                        + collect_inputs([out]), out, "png")
    targets = [dst for _, dst in plan]
    assert len(set(targets)) == 3
    assert all(not dst.exists() for dst in targets), "a planned output would replace a file already there"
    # a second batch into the same folder: the first batch's files stay
    for dst in targets:
        dst.write_bytes(b"first batch")
    again = plan_outputs(collect_inputs([tmp_path / "one"]), out, "png")
    assert not again[0][1].exists() and again[0][1].name == "x (2).png"
    # beside the inputs: an earlier NAME.redacted.png is kept, NAME.redacted (2).png is not read as an input
    (tmp_path / "one" / "x.redacted.png").write_bytes(b"earlier")
    beside = plan_outputs(collect_inputs([tmp_path / "one"]), None, "png")
    assert [dst.name for _, dst in beside] == ["x.redacted (2).png"]
    (tmp_path / "one" / "x.redacted (2).png").write_bytes(b"earlier")
    assert [src.name for src, _ in collect_inputs([tmp_path / "one"])] == ["x.png"]


def _imported_in_order(stderr: str) -> list[str]:
    """Module names in the order `-X importtime` reports them finishing."""
    return [line.split("|")[-1].strip() for line in stderr.splitlines() if line.startswith("import time:")]


def test_redact_starts_loading_the_ocr_models_before_it_imports_the_detectors(tmp_path):
    # A fresh process (the right-click action) loads the models beside its imports, not after them.
    src = write(tmp_path / "in.png")
    result = run_cli("redact", str(src), "-o", str(tmp_path / "out.png"), env={"PYTHONPROFILEIMPORTTIME": "1"})
    assert result.returncode == 0, result.stderr[-2000:]
    order = _imported_in_order(result.stderr)
    assert "tesserocr" in order and "redactor.detect" in order
    assert order.index("tesserocr") < order.index("redactor.detect")


def test_the_argument_parser_loads_no_detector(tmp_path):
    result = run_cli("packs", "--help", env={"PYTHONPROFILEIMPORTTIME": "1"})
    assert result.returncode == 0
    assert "redactor.detect" not in _imported_in_order(result.stderr)
    assert "redactor.pipeline" not in _imported_in_order(result.stderr)
