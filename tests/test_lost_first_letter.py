"""A label whose first letter Tesseract dropped ("ama" for "Nama") still names the value under it.

Small grey labels stacked over their values, as a bill's payment proof sets every field, lose their first
letter now and then.  The rest of the label, alone on its line, labels the value as the whole one does;
the same letters inside a longer line, or beside other cells on their row, label nothing.
"""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from conftest import make_ocr, uncovered_chars
from redactor.config import Config
from redactor.detect import detect
from redactor.pipeline import redact_file

FIXTURE = Path(__file__).parent / "fixtures_visual" / "bill_proof_stacked_labels.png"


def _findings(rows):
    layout = make_ocr(rows)
    return layout, detect(layout.ocr).findings


@pytest.mark.parametrize("label, value, category", [
    ("ama", "OKI PURBA", "person_name"),
    ("ama Lengkap", "Rina Kusumawati", "person_name"),
    ("lamat", "Jl. Kenanga No. 12, Sleman", "address"),
    ("lamat :", "Dusun Krajan RT 03 RW 05", "address"),
])
def test_a_label_without_its_first_letter_labels_the_value_under_it(label, value, category):
    rows = [[(40, "Produk")], [(40, "PLN Pascabayar")], [(40, label)], [(40, value)], [(40, "Periode")], [(40, "DES24")]]
    layout, findings = _findings(rows)
    assert not uncovered_chars(layout, findings, value, 3), [(f.category, f.preview) for f in findings]
    assert any(f.category == category for f in findings)


@pytest.mark.parametrize("rows", [
    [[(40, "Produk ama")], [(40, "OKI PURBA")]],             # the letters inside a longer line
    [[(40, "ama"), (300, "Status")], [(40, "OKI PURBA")]],   # not alone on its row: a table's cells
])
def test_the_rest_of_a_label_elsewhere_labels_nothing(rows):
    _, findings = _findings(rows)
    assert not [f for f in findings if f.category == "person_name"], [(f.category, f.preview) for f in findings]


@pytest.mark.usefixtures("tesseract")
def test_a_bill_proofs_name_under_a_label_read_without_its_first_letter_is_covered(tmp_path):
    out = tmp_path / "out.png"
    redact_file(FIXTURE, out, config=Config(visual=False))
    before = np.asarray(Image.open(FIXTURE).convert("L")).astype(np.float64)
    after = np.asarray(Image.open(out).convert("L")).astype(np.float64)
    name = (slice(402, 431), slice(43, 235))  # "OKI PURBA", under the label read "ama"
    assert before[name].std() > 4, "test bug: no ink there"
    assert after[name].std() < 4 or abs(np.corrcoef(before[name].ravel(), after[name].ravel())[0, 1]) < 0.35
    labels = (slice(107, 146), slice(0, 400))  # "Produk" and its value stay as drawn
    assert np.array_equal(before[labels], after[labels])
