"""User settings: a TOML file shared by the command line and the app."""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from conftest import render_lines, run_cli
from redactor.config import (Config, config_from_dict, config_to_toml, default_config_path, load_config,
                             save_config)
from redactor.errors import RedactorError


def test_missing_file_gives_defaults(tmp_path):
    config = load_config(tmp_path / "none.toml")
    assert config == Config()
    assert config.style == "box" and config.lang == "ind+eng" and config.visual


def test_values_are_read_and_relative_pattern_dirs_resolved(tmp_path):
    path = tmp_path / "conf" / "config.toml"
    path.parent.mkdir()
    path.write_text('style = "erase"\nown_terms = ["Budi Santoso", "  ", "Dinas Kominfo"]\n'
                    'disabled_categories = ["plate"]\npattern_dirs = ["packs", "/abs/packs"]\n'
                    'visual = false\nocr_timeout = 30\ntesseract_cmd = "/opt/t/tesseract"\n', encoding="utf-8")
    config = load_config(path)
    assert config.style == "erase"
    assert config.own_terms == ("Budi Santoso", "Dinas Kominfo")     # blank terms dropped
    assert config.disabled_categories == frozenset({"plate"})
    assert config.pattern_dirs == (path.parent / "packs", Path("/abs/packs"))
    assert config.visual is False and config.ocr_timeout == 30
    assert config.tesseract_cmd == "/opt/t/tesseract"


def test_invalid_toml_is_a_one_line_error_naming_the_file(tmp_path):
    path = tmp_path / "config.toml"
    path.write_text("style = \n[[")
    with pytest.raises(RedactorError) as info:
        load_config(path)
    assert str(path) in str(info.value) and "not valid TOML" in str(info.value)


def test_round_trip_through_save(tmp_path):
    config = Config(style="pixelate", own_terms=('Kantor "Pusat"', r"C:\data"), disabled_categories=frozenset({"face"}),
                    pattern_dirs=(tmp_path / "p",), tesseract_cmd="/usr/bin/tesseract", visual=False, ocr_timeout=45)
    path = save_config(config, tmp_path / "sub" / "config.toml")
    assert load_config(path) == config
    assert config_from_dict({}) == Config()
    assert "own_terms" in config_to_toml(config)


def test_default_path_follows_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("REDACTOR_CONFIG", str(tmp_path / "x.toml"))
    assert default_config_path() == tmp_path / "x.toml"
    monkeypatch.delenv("REDACTOR_CONFIG")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    if default_config_path().parent.parent == tmp_path / "xdg":   # Linux layout
        assert default_config_path() == tmp_path / "xdg" / "redactor" / "config.toml"


def test_with_changes_returns_a_new_config():
    base = Config()
    changed = base.with_changes(style="blur")
    assert base.style == "box" and changed.style == "blur"


# ------------------------------------------------------------ command line
def _screen(path: Path):
    rendered = render_lines(["Kantor Dinas Kesehatan Kota", "HP 0812-3456-7890", "Rapat koordinasi"], size=16)
    rendered.save(path)
    return rendered


def test_cli_reads_own_terms_style_and_disabled_categories_from_config(tesseract, tmp_path):
    rendered = _screen(tmp_path / "shot.png")
    config = tmp_path / "my settings.toml"
    config.write_text('own_terms = ["Dinas Kesehatan"]\nstyle = "erase"\ndisabled_categories = ["phone"]\n'
                      'visual = false\n', encoding="utf-8")
    result = run_cli("--config", str(config), "redact", str(tmp_path / "shot.png"), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    out = np.asarray(Image.open(tmp_path / "shot.redacted.png").convert("RGB"))
    left, top, right, bottom = rendered.bbox(0, "Dinas Kesehatan")
    assert (out[top:bottom, left:right] == 255).all(), "own term not erased (erase on white is white)"
    left, top, right, bottom = rendered.bbox(1, "0812-3456-7890")
    original = np.asarray(rendered.image)
    assert np.array_equal(out[top:bottom, left:right], original[top:bottom, left:right]), "phone was turned off"


def test_cli_user_config_from_xdg_folder(tesseract, tmp_path):
    _screen(tmp_path / "shot.png")
    user = tmp_path / "xdg" / "redactor"
    user.mkdir(parents=True)
    (user / "config.toml").write_text('own_terms = ["Dinas Kesehatan"]\nvisual = false\n')
    result = run_cli("scan", "--json", "--off", "phone", str(tmp_path / "shot.png"), cwd=tmp_path,
                     env={"XDG_CONFIG_HOME": str(tmp_path / "xdg")})
    assert result.returncode == 1, result.stderr
    assert '"own_term"' in result.stdout and '"phone"' not in result.stdout


def test_cli_broken_config_exits_2(tmp_path):
    config = tmp_path / "config.toml"
    config.write_text("own_terms = [")
    _screen(tmp_path / "shot.png")
    result = run_cli("--config", str(config), "scan", str(tmp_path / "shot.png"), cwd=tmp_path)
    assert result.returncode == 2
    assert "not valid TOML" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize("text, key", [
    ("own_terms = 5\n", "own_terms"),
    ('style = "bogus"\n', "style"),
    ("style = 3\n", "style"),
    ('visual = "no"\n', "visual"),
    ('ocr_timeout = "fast"\n', "ocr_timeout"),
    ("disabled_categories = [1, 2]\n", "disabled_categories"),
    ('pattern_dirs = {a = 1}\n', "pattern_dirs"),
])
def test_a_setting_of_the_wrong_type_is_one_line_naming_it(text, key, tmp_path):
    settings = tmp_path / "config.toml"
    settings.write_text(text)
    with pytest.raises(RedactorError) as info:
        load_config(settings)
    assert key in str(info.value) and str(settings) in str(info.value) and "\n" not in str(info.value)
    result = run_cli("--config", str(settings), "scan", "nothing.png", cwd=tmp_path)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and key in result.stderr


def test_own_terms_as_one_text_is_one_term_not_its_letters(tmp_path):
    settings = tmp_path / "config.toml"
    settings.write_text('own_terms = "Budi Santoso"\n')
    assert load_config(settings).own_terms == ("Budi Santoso",)
