"""The review window's parts: one action table behind menus, keys, tooltips and the shortcut list;
the review session that loads and analyses in the background and fails closed."""
from __future__ import annotations

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMenu, QMessageBox

from ui_support import NIK, make_settings, sample_image, show_review_window, write_sample

from redactor.ui.review import actions as table

ANALYSIS_TIMEOUT = 90_000


@pytest.fixture
def settings(tmp_path):  # noqa: ANN001, ANN201
    return make_settings(tmp_path)


@pytest.fixture
def window(qtbot, settings):  # noqa: ANN001, ANN201
    return show_review_window(qtbot, settings)


def menu_actions(menu: QMenu) -> list:
    found = []
    for action in menu.actions():
        found.append(action)
        if action.menu() is not None:
            found.extend(menu_actions(action.menu()))
    return found


def native(sequence: QKeySequence) -> str:
    return sequence.toString(QKeySequence.SequenceFormat.NativeText)


def wait_analysed(qtbot, window) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: window.doc is not None and window.doc.analysed and not window.session.busy,
                    timeout=ANALYSIS_TIMEOUT)


# ------------------------------------------------------------------ the action table
def test_every_command_in_the_table_is_in_a_menu_with_its_keys(window):  # noqa: ANN001
    in_menus = [a for menu in window.menuBar().findChildren(QMenu) for a in menu_actions(menu)]
    for spec in table.ACTIONS:
        action = window.action(spec.name)
        assert action in in_menus, f"{spec.name} is in no menu"
        assert action.text(), f"{spec.name} has no text"
        assert [native(s) for s in action.shortcuts()] == [native(s) for s in table.key_sequences(spec)]
        assert callable(table.resolve_slot(window, spec)), spec.slot


def test_no_two_commands_share_a_key(window):  # noqa: ANN001
    """Qt fires neither of two actions bound to the same key: a clash would silently kill both."""
    seen: dict[str, str] = {}
    for spec in table.ACTIONS:
        for sequence in window.action(spec.name).shortcuts():
            key = sequence.toString(QKeySequence.SequenceFormat.PortableText)
            assert key not in seen, f"{key} is bound to {seen[key]} and {spec.name}"
            seen[key] = spec.name


def test_every_key_in_the_table_triggers_its_command(qtbot, window):  # noqa: ANN001
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)
    fired: list[str] = []
    for spec in table.ACTIONS:
        action = window.action(spec.name)
        action.triggered.disconnect()  # record instead of opening dialogs or quitting
        action.triggered.connect(lambda _checked=False, name=spec.name: fired.append(name))
        action.setEnabled(True)
    for spec in table.ACTIONS:
        for sequence in window.action(spec.name).shortcuts():
            fired.clear()
            QTest.keySequence(window, sequence)
            assert fired == [spec.name], f"{native(sequence)} fired {fired}, not {spec.name}"


def test_tooltips_name_the_first_key(window):  # noqa: ANN001
    for spec in table.ACTIONS:
        action = window.action(spec.name)
        if spec.tip and spec.keys:
            assert action.toolTip().endswith(f"({native(action.shortcuts()[0])})"), spec.name
    assert window.save_button.toolTip() == window.action("save").toolTip()


def test_the_shortcut_list_shows_every_key_of_the_table(window, monkeypatch):  # noqa: ANN001
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: shown.append(text))
    window.show_shortcuts()
    html = shown[0]
    rows = table.shortcut_rows()
    for spec in table.ACTIONS:
        if spec.keys:
            keys = " / ".join(native(s) for s in window.action(spec.name).shortcuts())
            assert f"<b>{keys}</b>" in html, spec.name
    for keys, text in rows:
        assert f"<tr><td><b>{keys}</b></td><td>{text}</td></tr>" in html
    assert len(rows) == sum(1 for spec in table.ACTIONS if spec.keys) + len(table.CANVAS_KEYS)
    assert "Space" in html and "Tab" in html  # the image view's own keys are listed too


def test_the_table_follows_the_language(qtbot, window):  # noqa: ANN001
    from redactor.ui import language as i18n

    i18n.install("id")
    try:
        qtbot.waitUntil(lambda: window.action("open").text().replace("&", "") == "Buka gambar…", timeout=5_000)
        assert window.action("open").toolTip().endswith(f"({native(window.action('open').shortcuts()[0])})")
        assert "Berkas" in [menu.title().replace("&", "") for _title, menu in window.menus]
        assert ("Tab", "Kotak berikutnya") in table.shortcut_rows()
    finally:
        i18n.install("en")


# ------------------------------------------------------------------ the review session
def test_a_failing_analysis_shows_an_error_and_calls_nothing_safe(qtbot, window, settings, tmp_path):  # noqa: ANN001
    """OCR really fails (a language-data folder with no data in it): the banner says detection did not
    run, nothing is found or called safe, and the user may still cover by hand."""
    empty = tmp_path / "no-tessdata"
    empty.mkdir()
    settings.set("detect/tessdata", str(empty))
    window.open_path(str(write_sample(tmp_path / "ktp.png", with_metadata=False)))
    wait_analysed(qtbot, window)
    for box in window.findChildren(QMessageBox):
        box.close()
    session = window.session
    assert session.analysis_error
    assert window.banner.level == "warn"
    assert "did not run" in window.banner.title.text()
    assert window.banner.level != "ok" and "No personal data" not in window.banner.title.text()
    assert window.doc.regions == {} and window.doc.verdict.kind == "none"  # no verdict, not "clean"
    assert window.banner.button.text() == "Try again"
    assert window.action("save").isEnabled()  # covering by hand still works

    window.banner_action()  # Try again: it fails again the same way, and the window is not left busy
    assert session.busy
    wait_analysed(qtbot, window)
    for box in window.findChildren(QMessageBox):
        box.close()
    assert session.analysis_error and window.doc.regions == {}


def test_nothing_is_exported_while_the_session_is_busy(qtbot, window, tmp_path):  # noqa: ANN001
    window.open_path(str(write_sample(tmp_path / "a.png")))
    assert window.session.busy and not window.session.ready
    assert not window.action("copy").isEnabled() and not window.action("saveAs").isEnabled()
    assert window.action("save").isEnabled()  # pressed now, it waits for the findings (see test_ui_analysis_process)
    assert window.save_to(tmp_path / "early.png") is False
    assert window.drag_mime() is None
    wait_analysed(qtbot, window)
    assert window.session.ready and window.action("save").isEnabled()
    assert not (tmp_path / "early.png").exists()


def test_a_result_for_an_image_no_longer_shown_is_dropped(qtbot, window, tmp_path):  # noqa: ANN001
    """Open one image and at once another: only the second one's findings reach the screen."""
    first = write_sample(tmp_path / "first.png")
    blank = tmp_path / "blank.png"
    sample_image().crop((0, 250, 1000, 420)).save(blank)  # only the harmless last line
    window.open_path(str(first))
    qtbot.waitUntil(lambda: window.doc is not None, timeout=ANALYSIS_TIMEOUT)  # the first is being analysed
    window.open_path(str(blank))
    qtbot.waitUntil(lambda: window.doc is not None and window.doc.name == "blank.png" and window.doc.analysed
                    and not window.session.busy, timeout=ANALYSIS_TIMEOUT)
    qtbot.wait(1_500)  # time for a late result of the first image to arrive, if it were applied
    assert window.doc.name == "blank.png"
    assert not any(NIK[-4:] in f.preview or f.category == "nik" for f in window.doc.findings())


def test_the_banner_says_what_the_wait_is_for_while_the_first_file_opens(qtbot, window, tmp_path):  # noqa: ANN001
    window.open_path(str(write_sample(tmp_path / "a.png")))
    assert window.pages.currentWidget() is window.review_page
    assert window.banner.title.text() == "Opening the image…"
    wait_analysed(qtbot, window)
    assert window.banner.title.text().startswith("Found:")
    assert window.status_zoom.text().endswith("%")
    window.close_image()  # back on the start page: no zoom figure left over from the image
    assert window.pages.currentWidget() is window.start_page and window.status_zoom.text() == ""


@pytest.mark.parametrize("lang, words", [("en", "a covered area is not covered in the saved file"),
                                         ("id", "tidak tertutup di salinan")])
def test_a_save_that_fails_its_read_back_is_reported_and_leaves_no_file(qtbot, window, tmp_path, monkeypatch,
                                                                       lang, words):  # noqa: ANN001
    """The encoder writes the uncovered picture (a fault): the app says so in the user's language,
    keeps no file, and does not call the edits saved."""
    from PySide6.QtWidgets import QMessageBox as Box

    from redactor import export
    from redactor.ui import language as i18n
    from ui_support import on_next_modal

    window.open_path(str(write_sample(tmp_path / "a.png")))
    wait_analysed(qtbot, window)
    window.doc.set_enabled(list(window.doc.regions)[:1], False)
    window.doc.set_enabled(list(window.doc.regions)[:1], True)  # an edit: the document is not clean
    real_encode = export.encode
    monkeypatch.setattr(export, "encode", lambda image, fmt="png", **kw: real_encode(window.doc.image, fmt, **kw))
    i18n.install(lang)
    try:
        def read_and_close(box: Box) -> str:
            text = box.informativeText()
            box.button(Box.StandardButton.Ok).click()
            return text

        shown = on_next_modal(read_and_close)
        with qtbot.waitSignal(window.export_failed, timeout=30_000):
            assert window.save_to(tmp_path / "out.png")  # started; the write fails its read-back
        assert shown and words in shown[0]
    finally:
        i18n.install("en")
    assert not (tmp_path / "out.png").exists()
    assert not window.doc.undo_stack.isClean()
    assert window.export_banner.isHidden()
