"""A civil servant's functional position beside the name in a staff list ("Statistisi Ahli Pertama",
"Analis Kepegawaian Ahli Muda") is no one's name: its grade word "Ahli" breaks a run of capitalised words,
as the position's other words do; and a titled name's degrees end where their letters end ("Drs. Sutrisno
Hidayat, S.E. Kepala Sub Bagian Umum": the position after the degrees stays).  On synthetic OCR words (see
conftest.make_ocr) and end to end with real Tesseract."""
from __future__ import annotations

import pytest
from PIL import Image, ImageDraw

from conftest import make_ocr, uncovered_chars
from redactor.detect import detect
from test_names_addresses_e2e import Screen
from test_screens_e2e import _redact, assert_covered, assert_unchanged


def _uncovered(rows, value: str) -> int:
    layout = make_ocr(rows)
    assert layout.value_boxes(value), f"test bug: {value!r} not in {rows!r}"
    return len(uncovered_chars(layout, detect(layout.ocr).findings, value))


@pytest.mark.parametrize("rows, value", [
    ([[(20, "Dewi Saputra, S.Kom"), (420, "Statistisi Ahli Pertama")]], "Statistisi Ahli Pertama"),
    ([[(20, "Ir. Krisna Kurniawan"), (420, "Statistisi Ahli Madya")]], "Statistisi Ahli Madya"),
    (["Statistisi Ahli Pertama"], "Statistisi Ahli Pertama"),
    (["Drs. Sutrisno Hidayat, S.E. Kepala Sub Bagian Umum"], "Kepala Sub Bagian Umum"),
    (["Dra. Rina Kusuma, M.Si Kepala Seksi"], "Kepala Seksi"),
])
def test_a_position_beside_a_name_stays_visible(rows, value):
    assert _uncovered(rows, value) == len(value.replace(" ", ""))


@pytest.mark.parametrize("rows, value", [
    ([[(20, "Fajar Purba"), (420, "Statstsi Ahh Pertama")]], "Statstsi Ahh Pertama"),   # a blurred photo's reading
    ([[(20, "Fajar Purba"), (420, "Statistisi Ahl Muda")]], "Statistisi Ahl Muda"),
])
def test_a_position_read_with_ocr_noise_stays_visible(rows, value):
    assert _uncovered(rows, value) == len(value.replace(" ", ""))


@pytest.mark.parametrize("rows, value", [
    ([[(20, "Dewi Saputra, S.Kom"), (420, "Statistisi Ahli Pertama")]], "Dewi Saputra, S.Kom"),
    (["Dewi Saputra Statistisi Ahli Pertama"], "Dewi Saputra"),        # name and position read as one cell
    (["Drs. Sutrisno Hidayat, S.E. Kepala Sub Bagian Umum"], "Sutrisno Hidayat, S.E."),
    (["Pemohon: Drs. Sutrisno Hidayat, S.Kom"], "Sutrisno Hidayat, S.Kom"),
    (["Drs. Sutrisno Hidayat, S.T., M.T."], "Sutrisno Hidayat, S.T., M.T."),
    (["Ani Muda"], "Ani Muda"),                                         # "Ani" is a given name
])
def test_the_name_and_its_degrees_are_still_covered(rows, value):
    assert _uncovered(rows, value) == 0


@pytest.mark.usefixtures("tesseract")
def test_a_staff_list_covers_its_names_and_leaves_their_positions(tmp_path):
    screen = Screen(Image.new("RGB", (1000, 300), "white"))
    ImageDraw.Draw(screen.image).rectangle((0, 0, 1000, 60), fill=(0, 102, 153))
    screen.text((30, 16), "Pegawai Aktif", (255, 255, 255), 24, True, title="Pegawai Aktif")
    screen.text((30, 100), "Drs. Sutrisno Hidayat, S.E.", size=22, first="Sutrisno Hidayat")
    screen.text((520, 100), "Statistisi Ahli Pertama", size=22, position="Statistisi Ahli Pertama")
    screen.text((30, 160), "Fajar Purba Handayani, A.Md", size=22, second="Fajar Purba Handayani")
    screen.text((520, 160), "Statistisi Ahli Muda", size=22, grade="Statistisi Ahli Muda")
    out = _redact(screen, tmp_path)
    assert_covered(screen, out, "first", "second")
    assert_unchanged(screen, out, "title", "position", "grade")
