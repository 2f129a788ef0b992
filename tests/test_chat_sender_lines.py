"""A video call's chat: the sender line over each message ("10:34 From Agnes Suryani, S.H. to Everyone", "Dari Ayu
Rahman ke Semua Orang"). The sender is covered; the call's own words around it stay readable, also as OCR reads
them off a shrunk, recompressed screenshot ("Fron", "Dail", "ke Bemua Orang"). Synthetic OCR words (see
conftest.make_ocr)."""
from __future__ import annotations

from dataclasses import replace

import pytest

from conftest import assert_value_covered, assert_value_visible, make_ocr, uncovered_chars
from redactor.detect import detect
from redactor.detect.kinds.names import addressed_to_recipients, misread_sender_label, reads_as_recipients

_MESSAGE = "Silakan isi daftar hadir sebelum jam sepuluh"


@pytest.mark.parametrize("line, name", [
    ("10:34 From Agnes Suryani, S.H. to Everyone", "Agnes Suryani"),
    ("10:00 Dari Ayu Rahman Handayani ke Semua Orang", "Ayu Rahman Handayani"),
    ("10:19 Fron Yuliani Nugroho Manurung to Everyone", "Yuliani Nugroho Manurung"),    # "From" misread
    ("10:19 Dail Ayu Rahman Handayani ke Semua Orang", "Ayu Rahman Handayani"),         # "Dari" misread
    ("10:21 Frorn Bayu Setiawan Nainggolan to Me (Privately)", "Bayu Setiawan Nainggolan"),
])
def test_the_sender_of_a_chat_line_is_covered(line, name):
    assert_value_covered([line, _MESSAGE], name, row=0)


@pytest.mark.parametrize("line, label", [
    ("10:19 Fron Yuliani Nugroho Manurung to Everyone", "Fron"),
    ("10:19 Dail Ayu Rahman Handayani ke Semua Orang", "Dail"),
    ("10:21 Frum Bayu Setiawan Nainggolan to Me (Privately)", "Frum"),
    ("10:19 Dail Ayu Rahman Handayani kepada Semua", "Dail"),
])
def test_a_misread_sender_label_stays_visible(line, label):
    assert_value_visible([line, _MESSAGE], label, row=0)


@pytest.mark.parametrize("line, words", [
    ("10:19 Dari Ayu Rahman Handayani ke Bemua Orang.", "Bemua Orang."),   # one letter read wrong
    ("10:19 Dari Ayu Rahman Handayani ke Semua Peserta", "Semua Peserta"),
    ("10:19 From Ayu Rahman Handayani to All Panelists", "All Panelists"),
])
def test_the_recipients_of_a_chat_line_stay_visible(line, words):
    assert_value_visible([line, _MESSAGE], words, row=0)


@pytest.mark.parametrize("line, name", [
    ("10:19 Dani Rahman Handayani to Everyone", "Dani Rahman Handayani"),     # a given name one letter from "Dari"
    ("10:19 Fron Agnes Suryani", "Fron Agnes Suryani"),                       # no recipients: no sender line
    ("Sudah dikirim Fira Handayani Nugroho kemarin", "Fira Handayani Nugroho"),
])
def test_a_name_like_a_misread_label_is_covered_whole(line, name):
    assert_value_covered([line, _MESSAGE], name, row=0)


def test_the_lists_words():
    assert misread_sender_label("Fron") and misread_sender_label("Dail") and misread_sender_label("Frum")
    assert not misread_sender_label("From") and not misread_sender_label("Dani") and not misread_sender_label("Agnes")
    assert addressed_to_recipients(", S.H. to Everyone") and addressed_to_recipients(" ta Evoryone")
    assert not addressed_to_recipients(" Nugroho Manurung") and not addressed_to_recipients("")
    assert reads_as_recipients(["Bemua", "Orang"]) and reads_as_recipients(["Semua", "Orang"])
    assert not reads_as_recipients(["Semua", "Pratama"]) and not reads_as_recipients(["Sena", "Orang"])


@pytest.mark.parametrize("line, name, label", [
    ("1034 Dati Ardisngiyah Pangaribuan ke Semua Orang", "Ardisngiyah Pangaribuan", "Dati"),
    ("0827 Fron Yuliani Nugscto Murarung ta Everyone", "Yuliani Nugscto Murarung", "Fron"),
])
def test_a_sender_read_unsurely_is_covered_without_its_label(line, name, label):
    """Read off a shrunk screenshot at low confidence: the sender line itself says the words are a sender."""
    layout = make_ocr([line, _MESSAGE])
    unsure = set(name.split())  # the sender's words read with almost no confidence, the label surely
    ocr = replace(layout.ocr, words=tuple(replace(w, conf=15.0) if w.text in unsure else w for w in layout.ocr.words))
    findings = detect(ocr).findings
    assert not uncovered_chars(layout, findings, name, 0), findings
    assert len(uncovered_chars(layout, findings, label, 0)) == len(label), findings
