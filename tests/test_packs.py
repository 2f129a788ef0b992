"""Pattern packs: an agency adds its own hostnames and system names as data, without code."""
from __future__ import annotations

import re
import time
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from conftest import make_ocr, render_lines, run_cli, uncovered_chars
from redactor.categories import BUILTIN
from redactor.detect import detect
from redactor.detect.packs import builtin_pack_texts, label_pattern, load_recognizers, pack_problems, read_pack
from redactor.errors import RedactorError

AGENCY_PACK = '''
[pack]
name = "pemkot-contoh"
description = "Internal systems of Pemerintah Kota Contoh"

[[recognizer]]
id = "contoh_systems"
category = "internal_system"
kind = "terms"
terms = ["SIMANTAP", "e-Gajiku", "Sidak Kota", "Gajiku Online", "Lapor Mantap"]
score = 0.9

[[recognizer]]
id = "contoh_hosts"
category = "internal_url"
kind = "regex"
pattern = '(?P<value>\\b[a-z0-9-]+\\.kotacontoh\\.go\\.id(?:/\\S*)?)'
flags = "i"
score = 0.9

[[recognizer]]
id = "contoh_ticket"
category = "credential"
kind = "digits"
lengths = [8]
label_required = true
labels = ["Kode Akses"]
score = 0.8
'''


@pytest.fixture
def agency_dir(tmp_path) -> Path:
    folder = tmp_path / "packs"
    folder.mkdir()
    (folder / "pemkot_contoh.toml").write_text(AGENCY_PACK, encoding="utf-8")
    (folder / "README.txt").write_text("not a pack: ignored")
    return folder


# System names without the generic `e-`/`SI` shapes: only the agency's pack knows them.
ROWS = ["Buka Gajiku Online lalu Lapor Mantap", "srv-arsip.kotacontoh.go.id/login", "Kode Akses 99012345"]


def test_agency_pack_adds_systems_and_hosts_without_code(agency_dir):
    layout = make_ocr(ROWS)
    without = detect(layout.ocr)
    assert not {f.category for f in without.findings} & {"internal_system", "internal_url", "credential"}
    with_pack = detect(layout.ocr, pattern_dirs=[agency_dir])
    cats = {f.category for f in with_pack.findings}
    assert {"internal_system", "internal_url", "credential"} <= cats
    for value in ["Gajiku Online", "Lapor Mantap", "srv-arsip.kotacontoh.go.id/login", "99012345"]:
        assert not uncovered_chars(layout, with_pack.findings, value), value


def test_terms_tolerate_case_hyphen_and_space(agency_dir):
    layout = make_ocr(["simantap", "E GAJIKU", "eGajiku", "Sidak-Kota"])
    detection = detect(layout.ocr, pattern_dirs=[agency_dir])
    assert len([f for f in detection.findings if f.category == "internal_system"]) == 4


def test_pack_can_redefine_a_shipped_recognizer_by_id_only_when_it_says_so(tmp_path, caplog):
    folder = tmp_path / "p"
    folder.mkdir()
    (folder / "off.toml").write_text('[[recognizer]]\nid = "internal_system"\ncategory = "internal_system"\n'
                                     'kind = "terms"\nterms = ["SIASN"]\ndefault_on = false\nreplace = true\n')
    layout = make_ocr(["Login MonSAKTI dan TNDE"])  # listed names only, no generic e-/SI shape
    assert "internal_system" in {f.category for f in detect(layout.ocr).findings}
    with caplog.at_level("WARNING"):
        assert "internal_system" not in {f.category for f in detect(layout.ocr, pattern_dirs=[folder]).findings}
    assert any("replaces" in r.getMessage() and "internal_system" in r.getMessage() for r in caplog.records)


def test_a_pack_reusing_a_shipped_id_never_switches_it_off_silently(tmp_path):
    """A pack with `id = "nik"` used to replace the built-in NIK recognizer without a word."""
    folder = tmp_path / "p"
    folder.mkdir()
    (folder / "mine.toml").write_text('[[recognizer]]\nid = "nik"\ncategory = "nik"\nkind = "terms"\n'
                                      'terms = ["Kantor Contoh"]\ndefault_on = false\n')
    with pytest.raises(RedactorError) as info:
        load_recognizers([folder])
    message = str(info.value)
    assert "mine.toml" in message and "'nik'" in message and "replace = true" in message and "\n" not in message


@pytest.mark.parametrize("pattern", [r"(\d+)+!", r"(\d|\d\d)+!", r"(?:\d|\d(?=\d))+!"])
def test_a_catastrophic_pattern_is_refused_when_its_pack_loads(pattern, tmp_path):
    folder = tmp_path / "p"
    folder.mkdir()
    (folder / "slow.toml").write_text(f"[[recognizer]]\nid = \"slow\"\ncategory = \"x\"\nkind = \"regex\"\n"
                                      f"pattern = '{pattern}'\n")
    started = time.monotonic()
    with pytest.raises(RedactorError) as info:
        load_recognizers([folder])
    assert "slow.toml" in str(info.value) and "'slow'" in str(info.value)
    assert time.monotonic() - started < 60


def test_every_pack_pattern_search_has_a_time_limit(tmp_path, monkeypatch):
    """A pattern that passes the load-time probes but blows up on some line still cannot hang detection."""
    from redactor.detect import packs

    folder = tmp_path / "p"
    folder.mkdir()
    (folder / "odd.toml").write_text("[[recognizer]]\nid = \"odd\"\ncategory = \"credential\"\nkind = \"regex\"\n"
                                     "pattern = '(?:Q|QQ)+!'\n")
    recognizers = {r.id: r for r in load_recognizers([folder])}
    monkeypatch.setattr(packs, "PATTERN_TIMEOUT_S", 0.2)
    started = time.monotonic()
    with pytest.raises(RedactorError) as info:
        list(recognizers["odd"].regex.finditer("Q" * 60 + "x!"))
    assert "'odd'" in str(info.value) and "odd" in str(info.value)
    assert time.monotonic() - started < 30


@pytest.mark.parametrize("text, message", [
    ("[[recognizer\nid = 1", "not valid TOML"),
    ('[[recognizer]]\ncategory = "x"\nkind = "terms"\n', "lacks 'id'"),
    ('[[recognizer]]\nid = "a"\ncategory = "x"\nkind = "magic"\n', "unknown kind"),
    ('[[recognizer]]\nid = "a"\ncategory = "x"\nkind = "digits"\nlengths = [5]\nvalidator = "nope"\n',
     "unknown validator"),
    ('[[recognizer]]\nid = "a"\ncategory = "x"\nkind = "regex"\npattern = "(unclosed"\n', "bad pattern"),
    ('[[recognizer]]\nid = "a"\ncategory = "x"\nkind = "regex"\n', "lacks 'pattern'"),
    ('[[recognizer]]\nid = "a"\ncategory = "x"\nkind = "labelled"\nlabels = ["L"]\nvalue = "shape"\n',
     "unknown value shape"),
])
def test_malformed_pack_gives_a_clear_error(text, message, tmp_path):
    folder = tmp_path / "bad"
    folder.mkdir()
    (folder / "broken.toml").write_text(text)
    with pytest.raises(RedactorError) as info:
        load_recognizers([folder])
    assert message in str(info.value)
    assert "broken.toml" in str(info.value)
    assert "\n" not in str(info.value)


def test_missing_pattern_folder_is_an_error(tmp_path):
    with pytest.raises(RedactorError, match="does not exist"):
        load_recognizers([tmp_path / "nowhere"])


# -------------------------------------------------------------- shipped packs
def test_shipped_patterns_pass_the_backtracking_probes():
    """Loading for a redaction probes only the user's packs; the shipped patterns are probed here, as
    `redactor packs check` does."""
    for name, text in builtin_pack_texts():
        _entries, problems = pack_problems(text, name, probe=True)
        assert not problems, problems


def test_a_shipped_pattern_would_be_refused_by_the_probes():
    name, text = builtin_pack_texts()[0]
    slow = text + "\n[[recognizer]]\nid = \"slow\"\ncategory = \"credential\"\nkind = \"regex\"\npattern = '(\\d+)+!'\n"
    _entries, problems = pack_problems(slow, name, probe=True)
    assert any("'slow'" in p and "backtracks" in p for p in problems)


def test_shipped_packs_load_with_unique_ids_and_known_categories():
    ids = []
    for name, text in builtin_pack_texts():
        recs = read_pack(text, name)
        assert recs, name
        ids.extend(r.id for r in recs)
        for rec in recs:
            assert rec.category in BUILTIN, (name, rec.id, rec.category)
            assert 0 < rec.score <= 1, rec.id
    duplicates = {i for i in ids if ids.count(i) > 1}
    assert not duplicates, f"shipped recognizers share ids (one silently replaces the other): {duplicates}"


def test_label_pattern_tolerates_missing_dots_and_spaces():
    regex = label_pattern(["No. KTP", "Tempat/Tgl Lahir", "E-mail"])
    for text in ["No. KTP", "NO KTP", "No.KTP", "noktp", "Tempat / Tgl Lahir", "TEMPAT/TGL LAHIR", "Email", "E mail"]:
        assert regex.search(text), text
    assert not regex.search("NoKTPX")
    assert label_pattern([]) is None


def test_label_pattern_reads_through_what_ocr_makes_of_an_l_and_a_slash():
    """A JPEG's or a photo's heading: "Tgl" read "Tg!", "Desa/Kel" read "DesalKel", "RT/RW" read "RTIRW"."""
    regex = label_pattern(["Tgl Lahir", "Desa/Kel", "RT/RW"])
    for text in ["Tg! Lahir", "Tg1 Lahir", "TgI Lahir", "DesalKel", "Desa|Kel", "RTIRW", "RT / RW"]:
        assert regex.search(text), text
    for text in ["Tg Lahir", "Desa Kel", "RTXRW", "Tgl Lahirnya"]:
        assert not regex.search(text), text


# ------------------------------------------------------------ command line
def _screen(path: Path) -> tuple[Path, object]:
    rendered = render_lines(["Buka Lapor Mantap hari ini", "Kantor Dinas Kesehatan Kota", "Rapat koordinasi"], size=16)
    rendered.save(path)
    return path, rendered


def test_cli_patterns_dir_and_term(agency_dir, tesseract, tmp_path):
    path, rendered = _screen(tmp_path / "shot.png")
    plain = run_cli("scan", "--no-visual", str(path), cwd=tmp_path)
    assert plain.returncode == 0, plain.stdout + plain.stderr
    with_pack = run_cli("scan", "--no-visual", "--json", "--patterns", str(agency_dir), str(path), cwd=tmp_path)
    assert with_pack.returncode == 1, with_pack.stderr
    assert "internal_system" in with_pack.stdout
    result = run_cli("redact", "--no-visual", "--patterns", str(agency_dir), "--term", "Dinas Kesehatan",
                     str(path), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Dinas Kesehatan" not in result.stdout
    out = np.asarray(Image.open(tmp_path / "shot.redacted.png").convert("RGB"))
    for line, value in [(0, "Lapor Mantap"), (1, "Dinas Kesehatan")]:
        left, top, right, bottom = rendered.bbox(line, value)
        assert (out[top:bottom, left:right] == 0).all(), value
    left, top, right, bottom = rendered.bbox(2)
    assert np.array_equal(out[top:bottom, left:right], np.asarray(rendered.image)[top:bottom, left:right])


def test_cli_malformed_pack_exits_2_with_one_line(tmp_path):
    folder = tmp_path / "bad"
    folder.mkdir()
    (folder / "broken.toml").write_text("[[recognizer\n")
    path = tmp_path / "shot.png"
    render_lines(["Rapat"], size=14).image.save(path)
    result = run_cli("scan", "--no-visual", "--patterns", str(folder), str(path), cwd=tmp_path)
    assert result.returncode == 2
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "not valid TOML" in lines[0] and "Traceback" not in result.stderr
    assert re.search(r"broken\.toml", lines[0])


def test_cli_missing_pattern_folder_exits_2(tmp_path):
    path = tmp_path / "shot.png"
    render_lines(["Rapat"], size=14).image.save(path)
    result = run_cli("redact", "--no-visual", "--patterns", str(tmp_path / "nowhere"), str(path), cwd=tmp_path)
    assert result.returncode == 2
    assert "does not exist" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "shot.redacted.png").exists()
