"""Every export is read back from disk and checked before it takes its name: it decodes to the
expected picture, carries no metadata, and its covered areas are covered.  One engine function does
this for the CLI, a batch and the app; a file that fails never appears."""
from __future__ import annotations

import io

import numpy as np
import pytest
from PIL import Image, ImageDraw, PngImagePlugin

from conftest import leftovers, sha256
from redactor import export
from redactor.batch import run_batch
from redactor.cli import main as cli_main
from redactor.cover import apply_cover
from redactor.errors import ExportError
from redactor.export import check_saved_image, covered_boxes, save_image, write_atomic
from redactor.findings import Box, Finding
from redactor.pdf import check_saved_pdf, open_pdf, save_pdf

NIK = "3273015507879901"


def page_with_nik() -> Image.Image:
    image = Image.new("RGB", (900, 200), "white")
    draw = ImageDraw.Draw(image)
    from ui_support import font

    draw.text((30, 60), f"NIK: {NIK}", fill="black", font=font(44))
    return image


def covered_page() -> tuple[Image.Image, Image.Image, list[Box]]:
    original = page_with_nik()
    finding = Finding(category="nik", boxes=(Box(150, 50, 560, 70),), score=1.0, preview="3273********9901", detector="test")
    boxes = covered_boxes([finding])
    return original, apply_cover(original, [finding], "box"), boxes


@pytest.mark.parametrize("suffix", ["png", "jpg", "webp"])
def test_a_covered_picture_is_saved_and_passes_its_own_check(tmp_path, suffix):
    _, covered, boxes = covered_page()
    result = save_image(covered, tmp_path / f"out.{suffix}", covered=boxes)
    assert result.path.exists()
    check_saved_image(result.path, covered, boxes)  # the same check, run again by hand, passes
    assert leftovers(tmp_path, [f"out.{suffix}"]) == []


@pytest.mark.parametrize("suffix", ["png", "jpg"])
def test_a_file_whose_covered_area_shows_the_content_is_refused_and_never_appears(tmp_path, suffix):
    """The bytes on disk are not the covered picture (an encoder or a writer gone wrong)."""
    original, covered, boxes = covered_page()
    target = tmp_path / f"out.{suffix}"
    with pytest.raises(ExportError, match="covered area is not covered"):
        write_atomic(export.encode(original, suffix), target,
                     check=lambda written: check_saved_image(written, covered, boxes))
    assert leftovers(tmp_path, []) == []


@pytest.mark.parametrize("corner", ["top_left", "bottom_right"])
def test_a_lossless_file_differing_from_its_cover_by_one_pixel_is_refused(tmp_path, corner):
    """A PNG's covered areas must hold the cover exactly: one channel of one pixel off is a leak."""
    _, covered, boxes = covered_page()
    altered = covered.copy()
    box = boxes[0]
    x, y = (box.left, box.top) if corner == "top_left" else (box.right - 1, box.bottom - 1)
    r, g, b = altered.getpixel((x, y))
    altered.putpixel((x, y), (r, g, b ^ 1))
    with pytest.raises(ExportError, match="covered area is not covered"):
        write_atomic(export.encode(altered, "png"), tmp_path / "out.png",
                     check=lambda written: check_saved_image(written, covered, boxes))
    assert leftovers(tmp_path, []) == []


def test_a_refused_file_leaves_an_older_file_of_that_name_as_it_was(tmp_path):
    original, covered, boxes = covered_page()
    target = tmp_path / "out.png"
    save_image(covered, target, covered=boxes)
    before = sha256(target)
    with pytest.raises(ExportError):
        write_atomic(export.encode(original, "png"), target,
                     check=lambda written: check_saved_image(written, covered, boxes))
    assert sha256(target) == before
    assert leftovers(tmp_path, ["out.png"]) == []


def test_a_file_that_carries_metadata_is_refused(tmp_path):
    _, covered, _ = covered_page()
    info = PngImagePlugin.PngInfo()
    info.add_text("Author", "Budi Santoso")
    buffer = io.BytesIO()
    covered.save(buffer, "PNG", pnginfo=info)
    with pytest.raises(ExportError, match="still carries metadata"):
        write_atomic(buffer.getvalue(), tmp_path / "out.png", check=lambda p: check_saved_image(p, covered))
    assert leftovers(tmp_path, []) == []


def test_a_file_that_does_not_decode_or_has_the_wrong_size_is_refused(tmp_path):
    _, covered, _ = covered_page()
    data = export.encode(covered, "png")
    with pytest.raises(ExportError, match="does not read back"):
        write_atomic(data[: len(data) // 2], tmp_path / "cut.png", check=lambda p: check_saved_image(p, covered))
    smaller = export.encode(covered.resize((450, 100)), "png")
    with pytest.raises(ExportError, match=r"wrong size; it was not kept \(450x100, not 900x200\)"):
        write_atomic(smaller, tmp_path / "small.png", check=lambda p: check_saved_image(p, covered))
    assert leftovers(tmp_path, []) == []


def test_the_cli_and_a_batch_refuse_an_output_that_fails_its_check(tmp_path, monkeypatch, capsys):
    """Real OCR finds the NIK; the encoder then writes the uncovered picture: nothing may be called safe."""
    source = tmp_path / "in" / "ktp.png"
    source.parent.mkdir()
    page_with_nik().save(source)
    real_encode = export.encode
    monkeypatch.setattr(export, "encode", lambda image, fmt="png", **kw: real_encode(page_with_nik(), fmt, **kw))

    out = tmp_path / "out.png"
    assert cli_main(["redact", str(source), "-o", str(out)]) != 0
    assert "not covered" in capsys.readouterr().err
    assert not out.exists()

    # In this process: the faulty encoder is patched here, and batch workers start from a fresh interpreter.
    reports = run_batch([(source, tmp_path / "batch.png")], jobs=1)
    assert [r.ok for r in reports] == [False]
    assert "not covered" in reports[0].error
    assert not (tmp_path / "batch.png").exists()


def test_a_pdf_is_saved_checked_and_a_pdf_with_properties_is_refused(tmp_path):
    _, covered, _ = covered_page()
    result = save_pdf([(covered, (432.0, 96.0)), (covered, (432.0, 96.0))], tmp_path / "out.pdf")
    with open_pdf(result.path) as saved:
        assert len(saved) == 2 and saved.extras == ()
    with pytest.raises(ExportError, match=r"wrong number of pages; it was not kept \(2, not 3\)"):
        check_saved_pdf(result.path, 3)

    buffer = io.BytesIO()
    covered.save(buffer, "PDF", title="Laporan", author="Budi Santoso")
    with pytest.raises(ExportError, match="pdf_info"):
        write_atomic(buffer.getvalue(), tmp_path / "props.pdf", check=lambda p: check_saved_pdf(p, 1))
    assert leftovers(tmp_path, ["out.pdf"]) == []


def test_the_check_tolerates_a_lossy_encoders_error_but_not_content(tmp_path):
    """A JPEG of a cover moves its pixels a little; the text coming back moves them a lot."""
    original, covered, boxes = covered_page()
    saved = np.asarray(Image.open(io.BytesIO(export.encode(covered, "jpg"))).convert("RGB"), dtype=np.int16)
    leaked = np.asarray(original, dtype=np.int16)
    box = boxes[0]
    meant = np.asarray(covered, dtype=np.int16)[box.top:box.bottom, box.left:box.right]
    assert np.abs(saved[box.top:box.bottom, box.left:box.right] - meant).mean() < export.LOSSY_COVER_TOLERANCE
    assert np.abs(leaked[box.top:box.bottom, box.left:box.right] - meant).mean() > 4 * export.LOSSY_COVER_TOLERANCE


@pytest.mark.parametrize("fmt, photo", [("jpg", True), ("webp", False)])
def test_fine_coloured_patterns_a_lossy_encoder_cannot_keep_do_not_stop_a_save(tmp_path, fmt, photo):
    """1-px red/blue stripes lose their colour in any 4:2:0 encoder, cover or not: some covered areas are
    then far from the cover, but still nearer it than to the stripes, so the copy is kept."""
    stripes = np.tile(np.array([[255, 0, 0], [0, 0, 255]], np.uint8)[np.arange(400) % 2][None], (300, 1, 1))
    original = Image.fromarray(stripes)
    boxes = (Box(359, 37, 4, 8), Box(171, 135, 3, 3))
    filled = stripes.copy()
    for box in boxes:  # a plain fill in the colour around it, as "Fill with background colour" does
        filled[box.top:box.bottom, box.left:box.right] = (255, 0, 0)
    covered = Image.fromarray(filled)
    with pytest.raises(ExportError):  # the encoder's error alone is beyond the tolerance here
        save_image(covered, tmp_path / f"strict.{fmt}", fmt, photo=photo, covered=boxes)
    result = save_image(covered, tmp_path / f"out.{fmt}", fmt, photo=photo, covered=boxes, original=original)
    assert result.path.exists()


def test_a_lossy_file_showing_the_original_is_refused_when_the_original_is_known(tmp_path):
    original, covered, boxes = covered_page()
    with pytest.raises(ExportError, match="covered area is not covered"):
        write_atomic(export.encode(original, "jpg", photo=True), tmp_path / "leak.jpg",
                     check=lambda p: check_saved_image(p, covered, boxes, original))
    assert leftovers(tmp_path, []) == []
