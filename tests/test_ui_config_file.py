"""The app follows hand edits of the shared settings file (config.toml), made while it runs or between runs."""
from __future__ import annotations

from ui_support import font, make_settings, show_review_window  # noqa: I001

from PIL import Image, ImageDraw

from redactor.config import load_config


def write(path, text: str) -> None:  # noqa: ANN001
    path.write_text(text, encoding="utf-8")


def test_a_hand_edit_after_the_first_run_is_seen(tmp_path):  # noqa: ANN001
    config = tmp_path / "config.toml"
    write(config, 'own_terms = ["Dinas Kominfo"]\n')
    settings = make_settings(tmp_path)  # the first run takes the file's values
    assert settings.get("detect/own_terms") == ["Dinas Kominfo"]

    write(config, 'own_terms = ["Dinas Kominfo", "Budi Santoso"]\nstyle = "erase"\n'
                  'disabled_categories = ["phone"]\nlang = "ind"\n')
    engine = settings.engine_config()
    assert engine.own_terms == ("Dinas Kominfo", "Budi Santoso")
    assert engine.style == "erase" and engine.disabled_categories == frozenset({"phone"}) and engine.lang == "ind"
    assert settings.get("detect/disabled_categories") == ["phone"]

    # The app's own change is written to the file, and the file's next hand edit wins again.
    settings.set("detect/own_terms", ["Dinas Kominfo"])
    assert settings.save_engine_config() == config
    assert load_config(config).own_terms == ("Dinas Kominfo",) and load_config(config).style == "erase"
    assert settings.engine_config().own_terms == ("Dinas Kominfo",)
    write(config, 'own_terms = ["Kantor Pusat"]\n')
    assert settings.engine_config().own_terms == ("Kantor Pusat",)
    assert settings.style == "box"  # the edited file no longer names a style: the default, as on the command line


def test_a_file_that_does_not_read_changes_nothing_until_it_does(tmp_path):  # noqa: ANN001
    config = tmp_path / "config.toml"
    write(config, 'own_terms = ["Dinas Kominfo"]\n')
    settings = make_settings(tmp_path)
    write(config, 'own_terms = ["Dinas Kominfo", "Budi\n')  # saved half-way through an edit
    assert settings.get("detect/own_terms") == ["Dinas Kominfo"]
    write(config, 'own_terms = ["Dinas Kominfo", "Budi Santoso"]\n')
    assert settings.get("detect/own_terms") == ["Dinas Kominfo", "Budi Santoso"]


def test_a_hand_edit_between_runs_is_seen_and_the_apps_own_choices_stay_otherwise(tmp_path):  # noqa: ANN001
    config = tmp_path / "config.toml"
    settings = make_settings(tmp_path)
    settings.set("detect/own_terms", ["Kantor Pusat"])
    settings.save_engine_config()
    settings.sync()
    again = make_settings(tmp_path)  # the next start, the file untouched
    assert again.get("detect/own_terms") == ["Kantor Pusat"]
    again.sync()
    write(config, config.read_text(encoding="utf-8").replace("Kantor Pusat", "Dinas Kominfo"))
    assert make_settings(tmp_path).get("detect/own_terms") == ["Dinas Kominfo"]


def test_the_window_covers_an_own_term_added_by_hand_while_it_runs(qtbot, tmp_path, tesseract):  # noqa: ANN001
    config = tmp_path / "config.toml"
    write(config, 'own_terms = ["Kantor Pusat"]\n')
    window = show_review_window(qtbot, make_settings(tmp_path))
    page = Image.new("RGB", (1000, 200), "white")
    ImageDraw.Draw(page).text((40, 60), "Rapat di Dinas Kominfo hari ini", fill="black", font=font(44))
    page.save(tmp_path / "rapat.png")
    page.save(tmp_path / "rapat-2.png")

    def own_terms_found(name: str) -> list[str]:
        window.open_files([str(tmp_path / name)])
        qtbot.waitUntil(lambda: window.doc is not None and window.doc.source is not None
                        and window.doc.source.name == name and window.doc.analysed and not window.session.busy,
                        timeout=60_000)
        return [r.preview for r in window.doc.regions.values() if r.category == "own_term"]

    assert own_terms_found("rapat.png") == []
    write(config, 'own_terms = ["Kantor Pusat", "Dinas Kominfo"]\n')  # edited by hand; the window stays open
    assert len(own_terms_found("rapat-2.png")) == 1


def test_the_tray_guard_warns_about_an_own_term_added_by_hand_while_it_runs(qtbot, tmp_path, tesseract,  # noqa: ANN001
                                                                            monkeypatch):
    from redactor.guard import WatchFolder
    from redactor.ui.guard_controller import GuardController

    monkeypatch.setenv("REDACTOR_NO_NOTIFY", "1")
    config = tmp_path / "config.toml"
    write(config, 'own_terms = ["Kantor Pusat"]\n')
    window = show_review_window(qtbot, make_settings(tmp_path))
    folder = tmp_path / "Screenshots"
    folder.mkdir()
    controller = GuardController(window, window.settings, folders=[WatchFolder(folder)])
    controller.set_enabled(True)  # switched on before the edit, and left on
    try:
        page = Image.new("RGB", (1000, 200), "white")
        ImageDraw.Draw(page).text((40, 60), "Rapat di Dinas Kominfo hari ini", fill="black", font=font(44))
        page.save(folder / "rapat.png")
        qtbot.waitUntil(lambda: controller.guard.checked == 1, timeout=60_000)
        assert controller.last_alert is None

        write(config, 'own_terms = ["Kantor Pusat", "Dinas Kominfo"]\n')  # edited by hand
        page.save(folder / "rapat-2.png")  # the same picture again: read again with the new terms
        qtbot.waitUntil(lambda: controller.last_alert is not None, timeout=60_000)
        alert = controller.last_alert
        assert alert.path == folder / "rapat-2.png"
        assert [f.category for f in alert.findings] == ["own_term"]
        assert "Dinas Kominfo" not in alert.summary()
    finally:
        controller.shutdown()
