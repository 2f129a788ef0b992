"""A place's plus code in a maps app (a saved home, a shared pin with no street address): "56F2+C5W Dusun
Krajan, Bondowoso" pins the home to a few metres; the code and the locality after it are covered.  Synthetic
OCR words (conftest.make_ocr)."""
from __future__ import annotations

from conftest import count_uncovered, letters

_SAVED = ["Tempat tersimpan", "Rumah", "Jl. Raya Bogor No. 81, RT.03/RW.01, Dusun", "Krajan, Desa Wringin",
          "© 56F2+C5W Dusun Krajan, Bondowoso", "Disimpan oleh Anda"]


def test_a_saved_homes_plus_code_and_locality_are_covered():
    assert count_uncovered(_SAVED, "56F2+C5W Dusun Krajan, Bondowoso") == 0


def test_a_full_plus_code_is_covered():
    assert count_uncovered(["Bagikan lokasi", "Kode plus: 6P58QQ2F+FV"], "6P58QQ2F+FV") == 0


def test_a_plus_code_read_with_spaces_is_covered():
    rows = ["Rumah", "© 56F2 +C5W Dusun Krajan , Bondowoso", "Disimpan oleh Anda"]
    assert count_uncovered(rows, "56F2 +C5W Dusun Krajan , Bondowoso") == 0


def test_sums_and_packages_with_a_plus_are_no_place():
    rows = ["Paket 2GB+5GB malam", "Skor 7890+25 poin", "Total CC+FG 2345"]
    for text in ("2GB+5GB", "7890+25"):
        assert count_uncovered(rows, text) == letters(text)
