"""A group's members as a chat app lists them under the group's name, on synthetic OCR words: saved contacts by
name, the others by number, the reader as "Anda"."""
from __future__ import annotations

from conftest import make_ocr, uncovered_chars
from redactor.detect import detect


def _uncovered(line: str, value: str) -> list:
    lay = make_ocr([line])
    return uncovered_chars(lay, detect(lay.ocr).findings, value)


def test_every_member_of_a_groups_list_is_covered():
    line = "Dewi Lestari, +62 812-3456-7890, Rudi Hartono, Rahman Hakiman, Anda"
    for value in ("Dewi Lestari", "+62 812-3456-7890", "Rudi Hartono", "Rahman Hakiman"):
        assert not _uncovered(line, value), f"{value} left readable in a group's member list"


def test_the_reader_an_office_and_a_meeting_in_a_list_of_names_stay_visible():
    line = "Hadir: Budi Santoso, Siti Aminah, Kepala Dinas, Rapat Koordinasi, Anda"
    for value in ("Kepala Dinas", "Rapat Koordinasi", "Anda"):
        assert len(_uncovered(line, value)) == len(value.replace(" ", "")), f"{value} covered as a member"


def test_a_list_with_one_name_found_is_no_member_list():
    line = "Dewi Lestari, Rahman Hakiman, Bandung Barat"
    assert len(_uncovered(line, "Bandung Barat")) == len("BandungBarat")
