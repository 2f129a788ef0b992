"""Lists pasted into a staff group's chat: one person a line with the NIP after a dash or a slash (the number
wrapped onto the next line), and a reminder naming who has not sent their data, its names cut by the bubble's
line wraps.  A greeting's "Bapak/Ibu." before the next sentence names no one.  Synthetic OCR words
(conftest.make_ocr) and one bubble read by real Tesseract."""
from __future__ import annotations

import pytest
from PIL import Image, ImageDraw

from conftest import count_uncovered, font, letters, pixels_covered, pixels_unchanged, redacted_pixels




@pytest.mark.parametrize("rows, value", [
    (["1. ROFIQ KUSUMA - NIP.", "196810062013052020 - +62 892-3113-629"], "ROFIQ KUSUMA"),
    (["3. NURUL TARIGAN, S.KOM. - NIP.", "198004182009051008 - 0818-1616-953"], "NURUL TARIGAN, S.KOM."),
    (["2. OKI WIJAYANTI / NIP 199709212020061001"], "OKI WIJAYANTI"),
])
def test_a_name_in_capitals_before_its_nip_label_is_covered(rows, value):
    assert count_uncovered(rows, value) == 0


@pytest.mark.parametrize("rows, value", [
    (["DATA PEGAWAI - NIP", "196810062013052020"], "DATA PEGAWAI"),
    (["BIDANG UMUM / NIP"], "BIDANG UMUM"),
])
def test_a_heading_in_capitals_before_the_label_stays_visible(rows, value):
    assert count_uncovered(rows, value) == letters(value)


@pytest.mark.parametrize("rows, value, row", [
    (["Yang belum kirim data: Kornelius", "Hasibuan Rahman, Handoko Kusuma, Joko", "Gunadi"], "Kornelius", 0),
    (["Yang belum kirim data: Kornelius", "Hasibuan Rahman, Handoko Kusuma, Joko", "Gunadi"], "Joko", 1),
    (["Yang belum kirim data: Kornelius", "Hasibuan Rahman, Handoko Kusuma, Joko", "Gunadi"], "Gunadi", 2),
    # a family name that is also a word of the language ("tanjung", a cape) wrapped at the list's end
    (["Belum absen: Eko Saputra, Joko", "Tanjung"], "Tanjung", 1),
    (["Belum absen: Eko Saputra, Joko", "Tanjung, Rina Marlina"], "Tanjung", 1),
])
def test_a_name_cut_by_a_line_wrap_in_a_list_is_covered(rows, value, row):
    assert count_uncovered(rows, value, row) == 0


@pytest.mark.parametrize("rows, value, row", [
    # an office and a position cut by the wrap stay visible
    (["Mohon hadir: Budi Santoso, Kepala", "Dinas, Sekretaris Badan"], "Kepala", 0),
    # a commenter's name over their comment, whose first word is followed by a comma
    (["Handoko Hidayat", "Betul, di tempat saya juga"], "Betul", 1),
    # prose whose line ends on a capital, no list
    (["Rapat besok bersama Budi Santoso di Gedung", "Sate lantai 3"], "Gedung", 0),
])
def test_an_office_or_prose_cut_by_a_wrap_stays_visible(rows, value, row):
    assert count_uncovered(rows, value, row) == letters(value)


@pytest.mark.parametrize("rows, value", [
    (["Selamat pagi Bapak/Ibu. Berikut daftar", "peserta rapat koordinasi"], "Berikut"),
    (["Terima kasih Ibu. Sampai jumpa besok"], "Sampai"),
    # the meeting's name on the next line, after the greeting's line ends on the list's label
    (["Selamat pagi Bapak/Ibu. Berikut daftar peserta", "Rakor Kepegawaian Triwulan II:"], "Rakor Kepegawaian"),
])
def test_the_sentence_after_a_greeting_is_no_name(rows, value):
    assert count_uncovered(rows, value) == letters(value)


def test_a_greeted_person_is_still_covered():
    assert count_uncovered(["Yth. Bapak Budi Santoso"], "Budi Santoso") == 0


@pytest.mark.usefixtures("tesseract")
def test_a_pasted_list_in_a_chat_bubble_read_by_tesseract(tmp_path):
    """A chat bubble as a phone draws it at device scale 2: the list's names in capitals before the NIP label,
    the numbers wrapped under them, and a reminder whose names the bubble's width cuts."""
    image = Image.new("RGB", (760, 720), (239, 234, 226))
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((20, 20, 740, 700), radius=16, fill=(255, 255, 255))
    f = font(28)
    lines = [("greeting", "Selamat pagi Bapak/Ibu. Berikut"), ("intro", "daftar peserta rapat:"),
             ("name1", "1. ROFIQ KUSUMA - NIP."), ("nip1", "196810062013052020 - 0812-3113-6291"),
             ("name2", "2. OKI WIJAYANTI - NIP."), ("nip2", "199709212020061001 - 0819-5418-6462"),
             ("remind", "Belum kirim: Hasibuan Rahman,"), ("remind2", "Handoko Kusuma, Joko"), ("last", "Gunadi")]
    boxes, y = {}, 40
    for key, text in lines:
        draw.text((44, y), text, fill=(17, 27, 33), font=f)
        boxes[key] = draw.textbbox((44, y), text, font=f)
        y += 40
    # the parts to check: the names, and the greeting's next word
    def part(key, text, sub):
        left, top, right, bottom = boxes[key]
        start = f.getlength(text[:text.index(sub)])
        return (int(44 + start), top, int(44 + start + f.getlength(sub)), bottom)

    checks = {"ROFIQ": part("name1", "1. ROFIQ KUSUMA - NIP.", "ROFIQ KUSUMA"),
              "OKI": part("name2", "2. OKI WIJAYANTI - NIP.", "OKI WIJAYANTI"),
              "Joko": part("remind2", "Handoko Kusuma, Joko", "Joko"), "Gunadi": boxes["last"],
              "Berikut": part("greeting", "Selamat pagi Bapak/Ibu. Berikut", "Berikut")}
    before, after = redacted_pixels(image, tmp_path, "chat.png")

    def unchanged(box):
        return pixels_unchanged(before, after, box)

    def covered(box):
        return pixels_covered(before, after, box)

    for key in ("ROFIQ", "OKI", "Joko", "Gunadi"):
        assert covered(checks[key]), f"{key} still readable"
    assert unchanged(checks["Berikut"]), "the greeting's next sentence was covered"
