"""The strict pack schema and `redactor packs check`: what an agency runs before it deploys its pack."""
from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_cli
from redactor.detect.check import check_packs
from redactor.detect.packs import builtin_pack_texts, load_recognizers, read_pack
from redactor.errors import RedactorError

GOOD = '''
[pack]
name = "pemkot-contoh"
description = "Internal systems of Pemerintah Kota Contoh"

[[recognizer]]
id = "contoh_systems"
category = "internal_system"
kind = "terms"
terms = ["SIMANTAP", "Lapor Mantap"]
score = 0.9
[[recognizer.example]]
text = "Laporan kinerja diunggah ke SIMANTAP hari ini"
expect = "SIMANTAP"
[[recognizer.near_miss]]
text = "Mantap sekali laporannya"

[[recognizer]]
id = "contoh_ticket"
category = "credential"
kind = "digits"
lengths = [8]
label_required = true
labels = ["Kode Akses"]
[[recognizer.example]]
text = "Kode Akses: 99012345"
expect = "99012345"
[[recognizer.near_miss]]
text = "Nomor antrean 99012345"
'''


def write(folder: Path, text: str, name: str = "contoh.toml") -> Path:
    folder.mkdir(exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")
    return folder


def load_error(tmp_path, text: str) -> str:
    with pytest.raises(RedactorError) as info:
        load_recognizers([write(tmp_path / "p", text)])
    message = str(info.value)
    assert "\n" not in message and "contoh.toml" in message
    return message


RECOGNIZER = '[[recognizer]]\nid = "ticket"\ncategory = "credential"\nkind = "digits"\n'


@pytest.mark.parametrize("extra, words", [
    ('lenghts = [8]\nlengths = [8]\n', ["'ticket'", "unknown key 'lenghts'", "did you mean 'lengths'"]),
    ('lengths = 8\n', ["'ticket'", "'lengths'", "list of whole numbers"]),
    ('lengths = [8]\nlabel_required = "yes"\n', ["'ticket'", "'label_required'", "true or false"]),
    ('lengths = [8]\nscore = 3\n', ["'ticket'", "'score'", "at most 1"]),
    ('lengths = [8]\npattern = "\\\\d+"\n', ["'ticket'", "'pattern'", "no effect on kind 'digits'"]),
    ('', ["'ticket'", "lacks 'lengths'"]),
    ('lengths = [8]\n[[recognizer.example]]\ntext = "Kode 12345678"\n', ["'ticket'", "example 1", "lacks 'expect'"]),
    ('lengths = [8]\n[[recognizer.example]]\ntext = "Kode 1"\nexpect = "2"\n', ["'ticket'", "not part of its text"]),
    ('lengths = [8]\npage_kind = "chat"\n', ["'ticket'", "'page_kind'", "no effect on kind 'digits'"]),
])
def test_a_malformed_recognizer_is_an_error_naming_pack_recognizer_and_key(extra, words, tmp_path):
    message = load_error(tmp_path, RECOGNIZER + extra)
    for word in words:
        assert word in message, message


@pytest.mark.parametrize("text, words", [
    ('[[recogniser]]\nid = "a"\n', ["unknown key 'recogniser'", "did you mean 'recognizer'"]),
    ('[pack]\nname = "x"\nversion = 2\n', ["[pack]", "unknown key 'version'"]),
    ('[[recognizer]]\ncategory = "x"\nkind = "terms"\nterms = ["A"]\n', ["recognizer 1", "lacks 'id'"]),
])
def test_unknown_tables_and_pack_keys_are_errors(text, words, tmp_path):
    message = load_error(tmp_path, text)
    for word in words:
        assert word in message, message


def test_a_good_pack_passes_the_check_and_its_examples_run(tmp_path):
    assert check_packs(write(tmp_path / "p", GOOD)) == []
    recs = {r.id: r for r in read_pack(GOOD, "contoh.toml")}
    assert recs["contoh_ticket"].examples == (("Kode Akses: 99012345", "99012345"),)
    assert recs["contoh_systems"].near_misses == ("Mantap sekali laporannya",)


def test_the_check_reports_every_problem_one_line_each(tmp_path):
    bad = GOOD.replace('expect = "99012345"', 'expect = "Kode"').replace(
        'text = "Mantap sekali laporannya"', 'text = "Buka Lapor Mantap"')
    bad += '\n[[recognizer]]\nid = "nik"\ncategory = "nik"\nkind = "regex"\npattern = "x"\nlenghts = [1]\n'
    bad += '\n[[recognizer]]\nid = "contoh_hosts"\ncategory = "internal_url"\nkind = "regex"\npattern = "x"\n'
    bad += '\n[[recognizer]]\nid = "nip"\ncategory = "nip"\nkind = "terms"\nterms = ["NIP"]\n'
    problems = check_packs(write(tmp_path / "p", bad))
    assert all("contoh.toml" in line and "\n" not in line for line in problems), problems
    joined = "\n".join(problems)
    assert "'contoh_ticket': example 1" in joined and "should cover 'Kode'" in joined
    assert "'contoh_systems': near_miss 1" in joined and "should find nothing" in joined
    assert "'nik': unknown key 'lenghts'" in joined
    assert "'nip': id already used by shipped pack" in joined
    assert len(problems) == 4, problems
    assert "99012345" not in joined.split("should cover")[1], "a finding is shown masked, never raw"


def test_a_term_that_can_never_match_is_reported(tmp_path):
    pack = '[[recognizer]]\nid = "systems"\ncategory = "internal_system"\nkind = "terms"\n' \
           'terms = ["SIMANTAP", "e-Lapor"]\n'
    assert check_packs(write(tmp_path / "p", pack)) == []
    problems = check_packs(write(tmp_path / "p", pack + 'not_terms = ["e-Lapor"]\n'))
    assert len(problems) == 1 and "term 'e-Lapor' is not found" in problems[0], problems


def test_the_shipped_packs_pass_their_own_check():
    """CI runs every example and near miss of the shipped packs."""
    assert check_packs() == []


def test_every_shipped_recognizer_carries_an_example():
    missing = [r.id for name, text in builtin_pack_texts() for r in read_pack(text, name) if not r.examples]
    assert not missing, f"shipped recognizers without an [[recognizer.example]]: {missing}"


def test_cli_packs_check_exits_1_with_one_line_per_problem_and_0_when_clean(tmp_path):
    good = run_cli("packs", "check", str(write(tmp_path / "good", GOOD)), cwd=tmp_path)
    assert good.returncode == 0, good.stdout + good.stderr
    assert good.stdout == ""
    bad = run_cli("packs", "check", str(write(tmp_path / "bad", GOOD.replace("lengths", "lenghts"))), cwd=tmp_path)
    assert bad.returncode == 1, bad.stdout + bad.stderr
    lines = bad.stdout.splitlines()
    assert lines and all("contoh.toml" in line for line in lines), bad.stdout
    assert any("unknown key 'lenghts'" in line for line in lines)
    missing = run_cli("packs", "check", str(tmp_path / "nowhere"), cwd=tmp_path)
    assert missing.returncode == 2 and "does not exist" in missing.stderr
    shipped = run_cli("packs", "check", cwd=tmp_path)
    assert shipped.returncode == 0, shipped.stdout + shipped.stderr


@pytest.mark.parametrize("kind, words", [('"forum"', ["'page_kind'", "unknown kind 'forum'", "chat"]),
                                         ("true", ["'page_kind'", "text in quotes"])])
def test_a_page_kind_must_be_one_the_detector_knows(kind, words, tmp_path):
    text = ('[[recognizer]]\nid = "handles"\ncategory = "username"\nkind = "regex"\npattern = "@[a-z]+"\n'
            f"page_kind = {kind}\n")
    message = load_error(tmp_path, text)
    for word in words:
        assert word in message, message
