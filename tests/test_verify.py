"""The export check ("Diperiksa") end to end with real Tesseract on images the tests render.

A correct output reads clean; an output whose box landed beside its value (made through the public
API: the findings shifted before covering) is flagged with the value's category and a masked preview.
"""
from __future__ import annotations

import json
from dataclasses import replace

import pytest

from conftest import render_lines
from redactor.config import Config
from redactor.cover import apply_cover
from redactor.export import save_image
from redactor.findings import Box, Finding
from redactor.load import LoadedImage
from redactor.pipeline import analyse, redact_file
from redactor.verify import inferred_from_context, left_visible_boxes, original_of, verify_file, verify_image

pytestmark = pytest.mark.usefixtures("tesseract")

FAST = Config(visual=False)
LINES = [
    "Data pegawai untuk rapat koordinasi",
    "NIK: 3273015507879901",
    "Email: siti.rahma@example.org",
    "Rapat hari Senin di ruang utama",
]


def _shot(tmp_path, name="shot.png"):
    rendered = render_lines(LINES, size=14, width=900)
    path = tmp_path / name
    rendered.image.save(path)
    return rendered, path


def _shifted(finding, dx):
    return replace(finding, boxes=tuple(Box(b.left + dx, b.top, b.width, b.height) for b in finding.boxes))


def test_correct_output_reads_clean(tmp_path):
    _, path = _shot(tmp_path)
    result = redact_file(path, tmp_path / "out.png", config=FAST)
    assert {"nik", "email"} <= {f.category for f in result.analysis.findings}
    check = verify_file(result.output.path, FAST)
    assert check.clean, check.previews()
    assert check.summary() == "clean"
    assert check.seconds > 0


def test_box_beside_its_value_is_flagged_with_a_masked_preview(tmp_path):
    rendered, _ = _shot(tmp_path)
    analysis = analyse(LoadedImage(rendered.image, "PNG", ()), FAST)
    nik = next(f for f in analysis.findings if f.category == "nik")
    others = [f for f in analysis.findings if f is not nik]
    # The NIK's box lands 400 px to its right, on empty background: the value stays in plain sight.
    misplaced = apply_cover(rendered.image, others + [_shifted(nik, 400)], "box")
    out = save_image(misplaced, tmp_path / "misplaced.png")
    check = verify_file(out.path, FAST)
    assert not check.clean
    flagged = [f for f in check.still_readable if f.category == "nik"]
    assert flagged, [f.category for f in check.still_readable]
    assert "3273015507879901" not in flagged[0].preview and "•" in flagged[0].preview
    # Where it is: over the value's ink, so the app can cover exactly that.
    value = rendered.bbox(1, "3273015507879901")
    box = flagged[0].bounds
    assert box.left <= value[0] + 5 and box.right >= value[2] - 5
    assert {f.category for f in check.still_readable} == {"nik"}


def test_value_left_visible_on_purpose_is_not_reported(tmp_path):
    rendered, _ = _shot(tmp_path)
    analysis = analyse(LoadedImage(rendered.image, "PNG", ()), FAST)
    findings = [replace(f, enabled=f.category != "email") for f in analysis.findings]
    covered = apply_cover(rendered.image, findings, "box")
    check = verify_image(covered, FAST, left_visible=left_visible_boxes(findings))
    assert check.clean, check.previews()
    # Without that choice the e-mail address is a value still readable.
    assert {f.category for f in verify_image(covered, FAST).still_readable} == {"email"}


def test_cli_redact_verify_and_batch_column(cli, tmp_path):
    _, path = _shot(tmp_path)
    run = cli("redact", str(path), "--verify", "--no-visual", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert "checked: no data still readable" in run.stdout
    folder = tmp_path / "in"
    folder.mkdir()
    path.rename(folder / "shot.png")
    run = cli("batch", str(folder), "-o", str(tmp_path / "out"), "--verify", "--no-visual", "--jobs", "1",
              cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    report = json.loads((tmp_path / "out" / "report.json").read_text())
    assert report["results"][0]["verified"] == "clean"
    header = (tmp_path / "out" / "report.csv").read_text().splitlines()[0]
    assert "verified" in header and "still_readable" in header


def test_value_glued_to_its_label_is_flagged_when_its_box_slips(tmp_path):
    rendered = render_lines(["Rapat koordinasi", "Telp.0812-3456-7890", "Hari Senin"], size=14, width=700)
    analysis = analyse(LoadedImage(rendered.image, "PNG", ()), FAST)
    phone = next(f for f in analysis.findings if f.category == "phone")
    # The box slips down by a line and a half: the number under it is in plain sight.
    slipped = replace(phone, boxes=tuple(Box(b.left, b.top + 30, b.width, b.height) for b in phone.boxes))
    check = verify_image(apply_cover(rendered.image, [slipped], "box"), FAST)
    assert "phone" in {f.category for f in check.still_readable}, check.previews()


# The copy judged in the original's context -------------------------------------------------------------

def _covered_with_the_label(lines, row, label):
    """The first pass's findings plus a box over `label` (a user's own box, or a --term): the copy loses
    the label that told the first pass what the value beside it is."""
    rendered = render_lines(lines, size=14)
    analysis = analyse(LoadedImage(rendered.image, "PNG", ()), FAST)
    analysis.findings.append(Finding("custom", (Box.from_edges(*rendered.bbox(row, label)),), 1.0, "box", "user"))
    return rendered, analysis, apply_cover(rendered.image, analysis.findings, "box")


def test_text_the_first_pass_saw_and_left_is_not_reported_when_covering_took_its_label():
    # A company's call-centre number stays visible; with its label covered the copy alone reads a bare
    # phone number, but the first pass read the very same digits there, beside their label, and left them.
    _, analysis, covered = _covered_with_the_label(["Call Center: +62 812 3456 7890"], 0, "Call Center:")
    assert not any(f.category == "phone" for f in analysis.findings)
    assert "phone" in {f.category for f in verify_image(covered, FAST).still_readable}  # judged alone
    check = verify_image(covered, FAST, original=original_of(analysis))
    assert check.clean, check.previews()


def test_a_box_beside_its_value_is_still_flagged_in_the_originals_context(tmp_path):
    rendered, _ = _shot(tmp_path)
    analysis = analyse(LoadedImage(rendered.image, "PNG", ()), FAST)
    # The first pass found the NIK, but its box landed beside it: the same text at the same place, no
    # cover on it, yet a value the first pass set out to cover.
    analysis.findings = [_shifted(f, 400) if f.category == "nik" else f for f in analysis.findings]
    covered = apply_cover(rendered.image, analysis.findings, "box")
    check = verify_image(covered, FAST, original=original_of(analysis))
    assert "nik" in {f.category for f in check.still_readable}, check.previews()


def test_a_value_readable_under_a_cover_is_flagged_in_the_originals_context():
    # A box drawn over the NIK that hides nothing (a style too weak, a cover not drawn): the copy reads
    # inside the cover what the first pass read there.
    rendered = render_lines(LINES, size=14, width=900)
    analysis = analyse(LoadedImage(rendered.image, "PNG", ()), FAST)
    nik = next(f for f in analysis.findings if f.category == "nik")
    analysis.findings = [replace(f, category="custom") if f is nik else f for f in analysis.findings]
    shown = apply_cover(rendered.image, [f for f in analysis.findings if f is not nik and f.category != "custom"], "box")
    check = verify_image(shown, FAST, original=original_of(analysis))
    assert "nik" in {f.category for f in check.still_readable}, check.previews()


def test_the_rest_of_a_partly_covered_value_is_flagged_in_the_originals_context():
    rendered = render_lines(["Kontak:", "Email: siti.rahma.pertiwi@example.org"], size=14, width=900)
    analysis = analyse(LoadedImage(rendered.image, "PNG", ()), FAST)
    email = next(f for f in analysis.findings if f.category == "email")
    # Only the first few letters get covered: the rest of the address is still an address.
    left, top, right, bottom = rendered.bbox(1, "siti.")
    analysis.findings = [replace(email, boxes=(Box.from_edges(left, top, right, bottom),))]
    covered = apply_cover(rendered.image, analysis.findings, "box")
    assert "email" in {f.category for f in verify_image(covered, FAST).still_readable}
    check = verify_image(covered, FAST, original=original_of(analysis))
    assert "email" in {f.category for f in check.still_readable}, check.previews()


def test_cli_check_judges_the_copy_beside_what_the_first_pass_saw(cli, tmp_path):
    # --term covers the label only; the call-centre number it named stays, and the check does not cry wolf.
    path = tmp_path / "receipt.png"
    render_lines(["Toko Sumber Rejeki", "Call Center: +62 812 3456 7890", "Terima kasih"], size=14).image.save(path)
    run = cli("redact", str(path), "--verify", "--no-visual", "--term", "Call Center", cwd=tmp_path)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "checked: no data still readable" in run.stdout


STAFF = ["No   Nama                          Jabatan",
         "1    Hendra Wijaya               Kepala Seksi",
         "2    Sri Lestari                    Bendahara",
         "3    Agus Prasetyo                Arsiparis",
         "4    Dewi Anggraini               Analis Kepegawaian"]


def test_a_name_read_from_its_column_is_flagged_when_its_box_slips_beside_the_first_pass():
    # Alone, a name known only by the column it stands in is not reported (covering takes columns apart).
    # Beside the first pass it is a value that pass set out to cover: its box slid a row down, it is a leak.
    rendered = render_lines(STAFF, size=16, width=760)
    analysis = analyse(LoadedImage(rendered.image, "PNG", ()), FAST)
    names = [f for f in analysis.findings if f.category == "person_name"]
    assert len(names) == 4 and all(f.detector.endswith("_column") for f in names)
    slid = names[1]
    analysis.findings = [replace(f, boxes=tuple(Box(b.left, b.top + 32, b.width, b.height) for b in f.boxes))
                         if f is slid else f for f in analysis.findings]
    covered = apply_cover(rendered.image, analysis.findings, "box")
    check = verify_image(covered, FAST, original=original_of(analysis))
    assert [f.preview for f in check.still_readable] == [slid.preview], check.previews()
    assert "Sri" not in slid.preview
    # Each box on its value: nothing is readable, in the first pass's context or alone.
    analysis.findings = [slid if f.preview == slid.preview else f for f in analysis.findings]
    covered = apply_cover(rendered.image, analysis.findings, "box")
    assert verify_image(covered, FAST, original=original_of(analysis)).clean


@pytest.mark.parametrize(("detector", "inferred"), [
    ("person_name_column", True), ("person_name_unlabelled", True),
    # What detection derives from an inferred value: its repeats elsewhere, its wrapped line.
    ("person_name_column_part_repeat", True), ("person_name_column_repeat", True),
    ("person_name_unlabelled_part_repeat", True), ("phone_column_wrapped", True),
    # Found by its own shape or its label, and what derives from those.
    ("person_name", False), ("person_name_repeat", False), ("nik", False), ("nip_wrapped", False),
])
def test_findings_derived_from_an_inferred_value_are_inferred_too(detector, inferred):
    # A staff sheet copy once read the "NIP." labels beside their covers as a name ("NTA") in the
    # names' column, and the same misreading on other rows as its repeats: only the column's own
    # finding was set aside, and the repeats were reported as names still readable.
    assert inferred_from_context(detector) is inferred


# Pieces of text the copy reads differently beside a cover, judged beside the first pass ----------------

from redactor.cover import regions_for  # noqa: E402
from redactor.ocr.result import Word  # noqa: E402
from redactor.verify import Original, _seen_and_left  # noqa: E402


def _word(text, left, top=100, width=None, height=14):
    return Word(text, Box(left, top, width if width is not None else 8 * len(text), height), 90.0, 0)


def _judged(copy_words, original_words, covered_boxes, found_box, category="address"):
    """Whether the copy's finding over `found_box` is text the first pass saw there and left."""
    first_pass = tuple(Finding("phone", (box,), 0.9, "HP 08••••90", "phone") for box in covered_boxes)
    original = Original(size=(1000, 300), words=tuple(original_words), findings=first_pass)
    found = Finding(category, (found_box,), 0.8, "x••• L•", "test")
    return _seen_and_left(found, copy_words, original, regions_for(first_pass, 1000, 300))


def test_a_word_read_in_short_pieces_beside_a_cover_is_the_word_the_first_pass_left():
    # "kirim" read "kiri" + "La" where the cover of the address after it begins
    cover = Box(300, 100, 200, 14)
    assert _judged([_word("kiri", 250, width=30), _word("La", 280, width=14)], [_word("kirim", 250, width=40)],
                   [cover], Box(250, 100, 44, 14))
    # "3-G" read "5" + "G" (OCR-noisy: a digit misread)
    assert _judged([_word("5", 250, width=8), _word("G", 264, width=8)], [_word("3-G", 250, width=24)],
                   [cover], Box(250, 100, 24, 14), "plate")


def test_a_second_reading_of_the_same_words_is_what_the_first_pass_left():
    # two passes read "simpeg prod" inside "DATABASE-zsimpeg prod", and "Kal" over "Kotak Masuk"
    original = [_word("DATABASE-zsimpeg", 100, width=176), _word("prod", 280, width=37)]
    assert _judged([_word("simpeg prod", 190, width=97)], original, [], Box(190, 100, 60, 14), "internal_system")
    original = [_word("Kotak", 100, width=31), _word("Masuk", 136, width=36)]
    assert _judged([_word("Kal", 100, width=65), _word("Kotak", 100, width=31), _word("Masuk", 136, width=36)],
                   original, [], Box(100, 100, 72, 14), "person_name")


def test_a_cover_margin_touching_a_words_edge_does_not_make_it_a_remainder():
    # "token-nya" ends where the padded cover of the token after it begins: none of its letters is hidden
    token = Box(631, 100, 200, 14)  # its cover, padded, begins a pixel or two into "token-nya" (562..628)
    assert _judged([_word("token-nyaf", 562, width=80)], [_word("token-nya", 562, width=66)], [token],
                   Box(575, 100, 60, 14), "credential")


def test_the_rest_of_a_word_a_cover_hides_in_part_is_still_reported():
    # the cover hides "7890" of "0812-3456-7890": a short piece read outside it is a remainder, a leak
    cover = Box(330, 100, 40, 14)
    original = [_word("0812-3456-7890", 250, width=112)]
    assert not _judged([_word("081", 250, width=24)], original, [cover], Box(250, 100, 24, 14), "phone")
    # a reading of four letters or more that differs from what the first pass read there is reported
    assert not _judged([_word("Budi Santoso", 100, width=96)], [_word("Rapat", 100, width=40)], [],
                       Box(100, 100, 96, 14), "person_name")
    # with no word of the first pass at its place, a short piece is not explained either
    assert not _judged([_word("La", 600, width=14)], [_word("kirim", 250, width=40)], [], Box(600, 100, 14, 14))
