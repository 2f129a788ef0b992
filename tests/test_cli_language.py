"""The command line speaks Indonesian on an Indonesian system and English otherwise (gettext catalogues)."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO, render_lines, run_cli
from redactor import i18n

NIK = "3273015507879901"
INDONESIAN = {"LANG": "id_ID.UTF-8"}


def screens(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    render_lines(["RAHASIA", "Nota Dinas Nomor 12 Tahun 2024"], size=16).image.save(folder / "nota.png")
    render_lines([f"NIK: {NIK}", "HP 0812-3456-7890"], size=16).image.save(folder / "data.png")
    return folder


@pytest.mark.usefixtures("tesseract")
def test_batch_and_redact_speak_indonesian_on_an_indonesian_system(tmp_path):
    src = screens(tmp_path / "in")
    result = run_cli("batch", str(src), "--no-visual", "--jobs", "1", cwd=tmp_path, env=INDONESIAN)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["berkas", "status", "temuan", "rincian"]
    rows = {line.split()[0]: line for line in lines[1:3]}
    assert "perlu diperiksa" in rows["nota.png"] and "dokumen berklasifikasi" in rows["nota.png"]
    assert "ditutup" in rows["data.png"] and "nomor HP 1" in rows["data.png"]
    assert "Salinan aman: 1 dari 2 berkas, di samping berkas asli (NAMA.redacted.EXT)" in result.stdout
    assert NIK not in result.stdout
    single = run_cli("redact", "--no-visual", str(src / "data.png"), "-o", str(tmp_path / "x.png"), cwd=tmp_path,
                     env=INDONESIAN)
    assert f"{src / 'data.png'}: menulis {tmp_path / 'x.png'} (2 ditutup; metadata dihapus: tidak ada)" in single.stdout


def test_errors_and_help_in_indonesian(tmp_path):
    missing = run_cli("redact", str(tmp_path / "hilang.png"), cwd=tmp_path, env=INDONESIAN)
    assert missing.returncode == 3
    assert missing.stderr.strip() == f"redactor: {tmp_path / 'hilang.png'}: berkas tidak ada"
    usage = run_cli("batch", cwd=tmp_path, env=INDONESIAN)
    assert usage.returncode == 2 and "galat: argumen berikut wajib diisi: DIR" in usage.stderr
    help_text = run_cli("batch", "--help", cwd=tmp_path, env=INDONESIAN).stdout
    assert help_text.startswith("penggunaan: redactor batch")
    assert "sertakan subfolder" in help_text and "tampilkan bantuan ini lalu keluar" in help_text
    (tmp_path / "Pictures" / "2024").mkdir(parents=True)
    render_lines(["x"]).image.save(tmp_path / "Pictures" / "2024" / "a.png")
    nested = run_cli("batch", str(tmp_path / "Pictures"), cwd=tmp_path, env=INDONESIAN)
    assert nested.stderr.strip().endswith("tidak ada gambar; gambar di subfoldernya ikut diproses dengan --recursive")


@pytest.mark.parametrize("env, language", [
    ({"LANG": "id_ID.UTF-8"}, "id"),
    ({"LANG": "C.UTF-8", "LANGUAGE": "id:en"}, "id"),   # GNU's preference list
    ({"LANG": "id_ID.UTF-8", "LC_ALL": "en_US.UTF-8"}, "en"),  # LC_ALL outranks LANG
    ({"LANG": "en_US.UTF-8"}, "en"),
    ({"LANG": "C"}, "en"),
    ({"LANG": "de_DE.UTF-8"}, "en"),  # no German catalogue: English
])
def test_language_follows_the_locale_variables(env, language, tmp_path):
    result = run_cli("redact", str(tmp_path / "missing.png"), cwd=tmp_path, env=env)
    expected = "berkas tidak ada" if language == "id" else "no such file"
    assert result.stderr.strip().endswith(expected), result.stderr


def test_windows_display_language_when_no_locale_variable_is_set(monkeypatch):
    import ctypes

    class Kernel32:
        @staticmethod
        def GetUserDefaultUILanguage() -> int:  # noqa: N802 - the Windows API's name
            return 0x0421  # Indonesian (Indonesia)

    class WinDLL:
        kernel32 = Kernel32

    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(ctypes, "windll", WinDLL, raising=False)
    assert i18n.system_languages() == ["id_ID"]
    try:
        i18n.use()
        assert i18n.language() == "id"
        assert i18n._("no such file") == "berkas tidak ada"
        assert i18n.ngettext("{n} file redacted", "{n} files redacted", 3).format(n=3) == "3 berkas disensor"
    finally:
        monkeypatch.undo()
        i18n.use()


def test_shipped_catalogue_is_complete_and_compiled():
    """Every message is translated and the shipped .mo matches the .po (babel, as the script compiles it)."""
    pytest.importorskip("babel")
    result = subprocess.run([sys.executable, str(REPO / "scripts" / "update_cli_translations.py"), "--check"],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr


def test_translations_keep_every_placeholder():
    babel_po = pytest.importorskip("babel.messages.pofile")
    po = REPO / "redactor" / "locale" / "id" / "LC_MESSAGES" / "redactor.po"
    catalog = babel_po.read_po(po.open("rb"))
    fields = re.compile(r"\{[^}]*\}|%\([a-z_]+\)[sr]|%[sr]")
    checked = 0
    for message in catalog:
        if not message.id or not message.string:
            continue
        source = message.id[-1] if isinstance(message.id, tuple) else message.id
        targets = message.string if isinstance(message.string, tuple) else (message.string,)
        for target in filter(None, targets):  # argparse's developer errors may stay untranslated
            assert sorted(fields.findall(target)) == sorted(fields.findall(source)), (source, target)
            checked += 1
    assert checked > 120
