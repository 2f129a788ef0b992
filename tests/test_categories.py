"""The category registry: one table the engine, the command line, the reports and the app all read,
and a pack that adds a category of its own without code."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from conftest import render_lines, run_cli
from redactor.categories import BUILTIN, LANGUAGES
from redactor.detect.packs import builtin_pack_texts, load_categories, read_pack
from redactor.errors import RedactorError
from redactor.findings import VerdictKind
from redactor.messages import VERDICT_MESSAGES

# An agency's pack: a student number (NIM) is not one of the built-in categories.
STUDENT_PACK = '''
[pack]
name = "kampus"

[[category]]
id = "student_id"
label = "NIM"
group = "identity"
name_en = "student number"
name_id = "nomor induk mahasiswa"
personal = true

[[recognizer]]
id = "nim"
category = "student_id"
kind = "digits"
lengths = [10]
labels = ["NIM"]
label_required = true
score = 0.9
'''


def student_pack(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "kampus.toml").write_text(STUDENT_PACK, encoding="utf-8")
    return folder


def test_every_category_a_shipped_pack_or_detector_reports_is_in_the_registry():
    from redactor.visual import card

    reported = {r.category for _name, text in builtin_pack_texts() for r in read_pack(text, _name)}
    reported |= {label.category for label in card._LABELS}
    reported |= {"face", "photo", "signature", "qr_code", "barcode", "masked_area", "own_term", "manual"}
    assert reported <= set(BUILTIN), reported - set(BUILTIN)


def test_the_registry_tables_agree():
    orders = [c.order for c in BUILTIN.values()]
    assert len(set(orders)) == len(orders)  # one place in the list each
    for c in BUILTIN.values():
        assert c.label.strip() and c.name_en.strip() and c.name_id.strip(), c.id
        assert re.fullmatch(r"#[0-9a-f]{6}", c.colour), c.id
        assert c.group != "other", c.id
    # Picture regions are the visual detectors' categories; personal data the text kinds of a person.
    assert {c.id for c in BUILTIN.values() if c.region} == {"face", "photo", "qr_code", "barcode", "signature",
                                                             "masked_area"}
    assert not any(c.region and c.personal for c in BUILTIN.values())
    for kind in ("gps", "camera", "datetime", "author", "exif", "pdf_info", "text_layer"):
        assert kind in BUILTIN.metadata
    assert BUILTIN.metadata_order("gps") < BUILTIN.metadata_order("exif")


def test_every_verdict_has_its_words_in_every_language():
    for kind in VerdictKind:
        if kind is VerdictKind.NONE:
            assert kind not in VERDICT_MESSAGES
            continue
        for form in ("line", "short", "banner", "alert"):
            for language in LANGUAGES:
                assert VERDICT_MESSAGES[kind][form][language].strip(), (kind, form, language)
        assert "{name}" in VERDICT_MESSAGES[kind]["alert"]["id"]


def test_a_pack_category_is_registered_after_the_built_in_ones(tmp_path):
    registry = load_categories([student_pack(tmp_path / "packs")])
    student = registry["student_id"]
    assert (student.label, student.group, student.personal, student.region) == ("NIM", "identity", True, False)
    assert student.name("id") == "nomor induk mahasiswa" and student.counted(2) == "2 student numbers"
    assert student.colour == BUILTIN["nik"].colour  # its group's colour
    assert registry.ordered()[-1] is student


@pytest.mark.parametrize("table, message", [
    ('[[category]]\nid = "nik"\nlabel = "X"\nname_en = "x"\n', "already declared"),
    ('[[category]]\nid = "a"\nlabel = "A"\nname_en = "a"\nlenght = 3\n', "unknown key 'lenght'"),
    ('[[category]]\nid = "a"\nlabel = "A"\n', "lacks 'name_en'"),
    ('[[category]]\nid = "a"\nlabel = "A"\nname_en = "a"\npersonal = "yes"\n', "'personal' must be bool"),
    ('[[recognizer]]\nid = "r"\ncategory = "nope"\nkind = "terms"\nterms = ["x"]\n', "names category 'nope'"),
])
def test_a_wrong_category_table_names_the_pack_and_the_key(table, message, tmp_path):
    from redactor.detect.packs import load_recognizers

    (tmp_path / "bad.toml").write_text(table, encoding="utf-8")
    with pytest.raises(RedactorError, match=re.escape(message)) as caught:
        load_recognizers([tmp_path])
    assert "bad.toml" in str(caught.value)


def test_a_pack_category_shows_in_the_command_line_and_its_report(tmp_path):
    packs = student_pack(tmp_path / "packs")
    image = tmp_path / "kartu.png"
    render_lines(["Kartu Mahasiswa", "NIM: 2101234567", "Program Studi: Hukum"], size=18).image.save(image)

    scan = run_cli("scan", "--json", "--patterns", str(packs), str(image), cwd=tmp_path)
    assert scan.returncode == 1, scan.stderr
    findings = json.loads(scan.stdout)[0]["findings"]
    assert [(f["category"], f["preview"][:3]) for f in findings] == [("student_id", "NIM")]
    assert "2101234567" not in scan.stdout

    text = run_cli("scan", "--patterns", str(packs), str(image), cwd=tmp_path)
    assert "(student number, " in text.stdout
    indonesian = run_cli("scan", "--patterns", str(packs), str(image), cwd=tmp_path, env={"LANGUAGE": "id"})
    assert "(nomor induk mahasiswa, " in indonesian.stdout

    out = tmp_path / "out"
    batch = run_cli("batch", "--patterns", str(packs), str(tmp_path), "-o", str(out), cwd=tmp_path)
    assert batch.returncode == 0, batch.stderr
    assert "student number 1" in batch.stdout  # the table's details column
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["results"][0]["categories"] == {"student_id": 1}


def test_a_pack_category_is_listed_in_the_app_settings(qtbot, tmp_path):  # noqa: ANN001
    from ui_support import make_settings
    from redactor.ui.settings_dialog import SettingsDialog

    packs = student_pack(tmp_path / "packs")
    (tmp_path / "config.toml").write_text(f'pattern_dirs = ["{packs.as_posix()}"]\n', encoding="utf-8")
    dialog = SettingsDialog(make_settings(tmp_path))
    qtbot.addWidget(dialog)
    listed = {dialog.categories.item(i).data(Qt.ItemDataRole.UserRole): dialog.categories.item(i).text()
              for i in range(dialog.categories.count())}
    assert listed["student_id"] == "student number"
    assert list(listed)[-1] == "student_id"  # after the built-in ones
    assert "nik" in listed and "manual" not in listed
