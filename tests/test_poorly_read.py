"""A page read mostly as scraps is no page found clean: it needs checking by eye (real Tesseract)."""
from __future__ import annotations

import pytest
from PIL import Image, ImageDraw, ImageFilter

from conftest import font, run_cli
from redactor.config import Config
from redactor.findings import NEEDS_REVIEW, VerdictKind
from redactor.load import load_path
from redactor.messages import verdict_message
from redactor.pipeline import analyse

pytestmark = pytest.mark.usefixtures("tesseract")

LINES = ["Nama Pegawai  Budi Santoso  NIP 198703122010011002",
         "Alamat Jl. Melati No. 12 RT 03/RW 05 Sleman",
         "Telepon 0812 3456 7890 email budi.santoso@contoh.go.id",
         "Jabatan Analis Kepegawaian Ahli Muda"]


def staff_page(path, blur: float) -> None:
    page = Image.new("RGB", (1200, 900), (250, 250, 248))
    draw = ImageDraw.Draw(page)
    for i in range(24):
        draw.text((40, 30 + i * 34), LINES[i % len(LINES)], font=font(18), fill=(30, 30, 30))
    page.filter(ImageFilter.GaussianBlur(blur)).save(path)


def test_a_page_read_surely_gets_no_reading_verdict(tmp_path):
    staff_page(tmp_path / "sharp.png", 0)
    analysis = analyse(load_path(tmp_path / "sharp.png"), Config())
    assert analysis.verdict.kind == VerdictKind.NONE
    assert analysis.outcome == "covered"


def test_a_page_read_as_scraps_needs_checking_however_little_was_found(tmp_path):
    # So blurred that Tesseract still boxes every word but reads almost none of them surely: the NIPs and phones
    # it did not read are not found, and the copy must not be called safe.
    staff_page(tmp_path / "blurred.png", 3.0)
    analysis = analyse(load_path(tmp_path / "blurred.png"), Config())
    assert len(analysis.ocr.words) >= 20
    assert analysis.verdict.kind == VerdictKind.POORLY_READ
    assert analysis.outcome == NEEDS_REVIEW


def test_the_command_line_says_so_in_the_users_words(tmp_path):
    staff_page(tmp_path / "blurred.png", 3.0)
    done = run_cli("redact", str(tmp_path / "blurred.png"), "-o", str(tmp_path / "out.png"),
                   env={"LANGUAGE": "en"})
    assert done.returncode == 0, done.stderr
    assert verdict_message("poorly_read", "line", "en") in done.stdout + done.stderr
    assert (tmp_path / "out.png").exists()


def test_every_form_of_the_verdict_has_both_languages():
    forms = {"line", "short", "banner", "alert"}
    for language in ("en", "id"):
        for form in forms:
            assert verdict_message("poorly_read", form, language)
    assert verdict_message("poorly_read", "line", "id") != verdict_message("poorly_read", "line", "en")
