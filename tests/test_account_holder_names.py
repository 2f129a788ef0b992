"""The holder's name a transfer writes after its account's number ("3092835193 a.n. AYU TANJUNG"): after "a.n."
written as a label, words that are also words or places ("ayu", "tanjung") are a name all the same; an office,
a position, a group or an organisation signed for ("a.n. KEPALA DINAS …", "a.n. Pejabat Pembuat Komitmen",
"a.n. PT MAJU JAYA") is none.  Synthetic OCR words (conftest.make_ocr)."""
from __future__ import annotations

import pytest

from conftest import assert_value_covered, assert_value_visible


@pytest.mark.parametrize("rows, name", [
    (["Sudah saya transfer ke rek BCA", "3092835193 a.n. AYU TANJUNG"], "AYU TANJUNG"),
    (["Transfer ke BRI 872323737338159 a.n. Bunga Melati"], "Bunga Melati"),
    (["rek Mandiri 1370012345678 a/n INDAH PERMATA SARI"], "INDAH PERMATA SARI"),
])
def test_a_holders_name_of_words_and_places_is_covered(rows, name):
    assert_value_covered(rows, name)


@pytest.mark.parametrize("rows, name", [
    # OCR's readings of the label: its last dot lost, its first dot lost
    (["3092835193 a.n AYU TANJUNG"], "AYU TANJUNG"),
    (["3092835193 an. AYU TANJUNG"], "AYU TANJUNG"),
])
def test_the_label_as_ocr_reads_it(rows, name):
    assert_value_covered(rows, name)


@pytest.mark.parametrize("rows, words", [
    (["a.n. KEPALA DINAS PENDIDIKAN", "Sekretaris"], "KEPALA DINAS PENDIDIKAN"),
    (["a.n. Pejabat Pembuat Komitmen"], "Pembuat Komitmen"),
    (["Transfer ke BNI 0123456789 a.n. PT MAJU JAYA"], "MAJU JAYA"),
    (["a.n. Panitia Pelaksana"], "Panitia Pelaksana"),
    (["a.n. Direktur Utama"], "Direktur Utama"),
])
def test_an_office_a_position_or_a_business_signed_for_is_no_name(rows, words):
    assert_value_visible(rows, words)
