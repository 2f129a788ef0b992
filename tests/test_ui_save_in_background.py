"""Saving in the review window: the encode, the atomic write and its read-back run off the window's thread,
quitting never loses a save the user asked for, and an export that must wait says why.
Real widgets, real key presses, real Tesseract, real files."""
from __future__ import annotations

import threading

import pytest
from PIL import Image

from ui_support import analysed, long_page, on_next_modal, review_window, write_sample  # noqa: F401, I001 (review_window is the `window` fixture)

from PySide6.QtCore import QPoint, QTimer, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QToolTip
from PySide6.QtTest import QTest

from redactor import export
from redactor.findings import Box
from redactor.ui import language as i18n
from redactor.ui.analysis_process import shared

TIMEOUT = 120_000


def analysing(window) -> bool:  # noqa: ANN001
    return window.doc is not None and window.session.busy and shared().working


class HeldEncoder:
    """`export.encode` that records the thread it runs on and waits (at most a few seconds) to be let go:
    a save caught in the middle, as a large photo's would be."""

    def __init__(self, monkeypatch) -> None:  # noqa: ANN001
        self.real = export.encode
        self.threads: list[threading.Thread] = []
        self.release = threading.Event()
        self.entered = threading.Event()
        monkeypatch.setattr(export, "encode", self)

    def __call__(self, image, fmt="png", **kwargs):  # noqa: ANN001, ANN204
        self.threads.append(threading.current_thread())
        self.entered.set()
        self.release.wait(5)
        return self.real(image, fmt, **kwargs)


def test_saving_runs_off_the_window_thread_and_the_window_answers_keys_meanwhile(  # noqa: ANN001
        qtbot, window, tmp_path, monkeypatch):
    source = write_sample(tmp_path / "surat.png")
    window.open_path(str(source))
    qtbot.waitUntil(lambda: analysed(window), timeout=TIMEOUT)
    encoder = HeldEncoder(monkeypatch)
    target = tmp_path / "surat.redacted.png"

    QTest.keyClick(window.canvas, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(encoder.entered.is_set, timeout=10_000)
    assert encoder.threads[0] is not threading.main_thread()  # the window's thread is free
    assert not target.exists()
    assert "Saving" in window.statusBar().currentMessage()
    before = window.status_zoom.text()
    QTest.keyClick(window.canvas, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)  # the window still answers
    qtbot.waitUntil(lambda: window.status_zoom.text() != before, timeout=2000)

    with qtbot.waitSignal(window.export_finished, timeout=TIMEOUT):
        encoder.release.set()
    assert target.is_file() and window.doc.undo_stack.isClean()
    with Image.open(target) as saved:
        assert saved.size == (1000, 420)


class HeldPdfEncoder(HeldEncoder):
    """`pdf.encode_pdf`, held the same way."""

    def __init__(self, monkeypatch) -> None:  # noqa: ANN001
        from redactor import pdf

        self.real = pdf.encode_pdf
        self.threads = []
        self.release = threading.Event()
        self.entered = threading.Event()
        monkeypatch.setattr(pdf, "encode_pdf", self)

    def __call__(self, pages):  # noqa: ANN001, ANN204
        self.threads.append(threading.current_thread())
        self.entered.set()
        self.release.wait(5)
        return self.real(pages)


def zoom_answers(qtbot, window) -> None:  # noqa: ANN001
    before = window.status_zoom.text()
    QTest.keyClick(window.canvas, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.status_zoom.text() != before, timeout=2000)


def test_saving_a_pdf_runs_off_the_window_thread_and_the_window_answers_keys_meanwhile(  # noqa: ANN001
        qtbot, window, tmp_path, monkeypatch):
    pypdf = pytest.importorskip("pypdf")
    source = tmp_path / "surat.pdf"
    Image.open(write_sample(tmp_path / "surat.png")).convert("RGB").save(source, "PDF", resolution=150.0)
    window.open_files([str(source)])
    qtbot.waitUntil(lambda: analysed(window) and window.pdf.active, timeout=TIMEOUT)
    encoder = HeldPdfEncoder(monkeypatch)
    target = tmp_path / "surat.redacted.pdf"

    QTest.keyClick(window.canvas, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(encoder.entered.is_set, timeout=10_000)
    assert encoder.threads[0] is not threading.main_thread()
    assert not target.exists() and "Saving" in window.statusBar().currentMessage()
    zoom_answers(qtbot, window)
    assert window.save_to(tmp_path / "second.pdf") is False  # one save at a time, and the user is told
    assert "Still saving" in window.statusBar().currentMessage()

    with qtbot.waitSignal(window.export_finished, timeout=TIMEOUT):
        encoder.release.set()
    assert len(pypdf.PdfReader(str(target)).pages) == 1 and window.doc.undo_stack.isClean()


def test_a_pdf_save_that_fails_writes_nothing_and_says_why(qtbot, window, tmp_path, monkeypatch):  # noqa: ANN001
    from redactor import pdf
    from redactor.errors import ExportError

    source = tmp_path / "surat.pdf"
    Image.open(write_sample(tmp_path / "surat.png")).convert("RGB").save(source, "PDF", resolution=150.0)
    window.open_files([str(source)])
    qtbot.waitUntil(lambda: analysed(window) and window.pdf.active, timeout=TIMEOUT)

    def wrong_page_count(written, expected):  # noqa: ANN001, ANN202 - the read-back finds a page missing
        raise ExportError("saved_pdf_pages", count=expected - 1, expected=expected)

    monkeypatch.setattr(pdf, "check_saved_pdf", wrong_page_count)
    def read_and_close(box: QMessageBox) -> str:
        text = box.text() + " " + box.informativeText()
        box.accept()
        return text

    told = on_next_modal(read_and_close)
    target = tmp_path / "surat.redacted.pdf"
    with qtbot.waitSignal(window.export_failed, timeout=TIMEOUT) as failed:
        assert window.save_to(target)
    assert failed.args == [str(target)] and not target.exists()
    qtbot.waitUntil(lambda: bool(told), timeout=5000)
    assert "wrong number of pages" in told[0]
    assert not list(tmp_path.glob("*.pdf.*")) and window.exporter.saving is None


def test_quitting_during_a_save_finishes_the_save_first(qtbot, window, tmp_path, monkeypatch):  # noqa: ANN001
    window.open_path(str(write_sample(tmp_path / "surat.png")))
    qtbot.waitUntil(lambda: analysed(window), timeout=TIMEOUT)
    encoder = HeldEncoder(monkeypatch)
    target = tmp_path / "surat.redacted.png"
    QTest.keyClick(window.canvas, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(encoder.entered.is_set, timeout=10_000)
    QTimer.singleShot(300, encoder.release.set)  # the encoder finishes a moment after Ctrl+Q
    QTest.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert target.is_file()  # written, read back and named before the window went
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)


def test_quitting_while_a_save_waits_for_the_findings_asks_and_save_and_quit_saves_first(  # noqa: ANN001
        qtbot, window, tmp_path):
    window.ask_before_discarding = True
    window.open_path(str(long_page(tmp_path / "long.png")))
    qtbot.waitUntil(lambda: analysing(window), timeout=TIMEOUT)
    target = window.default_save_path()
    QTest.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert window.exporter.save_waiting

    def save_and_quit(box: QMessageBox) -> str:
        # Like the app's other message boxes: the title is also the box's bold first line.
        assert box.windowTitle() == "The safe copy is not saved yet"
        assert box.text() == "<b>The safe copy is not saved yet</b>"
        text = box.text() + " " + box.informativeText()
        box.button(QMessageBox.StandardButton.Save).click()
        return text

    asked = on_next_modal(save_and_quit)
    QTest.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(asked), timeout=5000)
    assert "not saved yet" in asked[0] and "“long.png” is still being checked" in asked[0]
    assert window.isVisible() and not target.exists()  # it waits for the findings, then saves, then quits
    assert "quit" in window.banner.text.text()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=TIMEOUT)
    assert target.is_file()
    assert {f.category for f in window.doc.findings() if f.enabled} >= {"nik", "phone"}


@pytest.mark.parametrize("button, visible", [(QMessageBox.StandardButton.Cancel, True),
                                             (QMessageBox.StandardButton.Discard, False)])
def test_quitting_while_a_save_waits_can_be_cancelled_or_the_save_dropped(  # noqa: ANN001
        qtbot, window, tmp_path, button, visible):
    window.ask_before_discarding = True
    window.open_path(str(long_page(tmp_path / "long.png")))
    qtbot.waitUntil(lambda: analysing(window), timeout=TIMEOUT)
    target = window.default_save_path()
    QTest.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    asked = on_next_modal(lambda box: box.button(button).click() or True)
    QTest.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(asked), timeout=5000)
    qtbot.wait(100)
    assert window.isVisible() is visible
    if visible:  # cancelled: the window stays and the save still happens when the findings are in
        with qtbot.waitSignal(window.export_finished, timeout=TIMEOUT):
            pass
        assert target.is_file()
    else:
        assert not target.exists() and not window.exporter.save_waiting


def tooltip_of(widget) -> str:  # noqa: ANN001
    """What hovering `widget` shows, as Qt shows it (a disabled button still gets its tooltip)."""
    QToolTip.hideText()
    event = QHelpEvent(QHelpEvent.Type.ToolTip, QPoint(5, 5), widget.mapToGlobal(QPoint(5, 5)))
    QApplication.sendEvent(widget, event)
    return QToolTip.text() if QToolTip.isVisible() else ""


@pytest.mark.parametrize("lang, words", [("en", "once the personal data"), ("id", "setelah data pribadi")])
def test_copy_greyed_during_the_analysis_says_why(qtbot, window, tmp_path, lang, words):  # noqa: ANN001
    i18n.install(lang)
    window.open_path(str(long_page(tmp_path / "long.png")))
    qtbot.waitUntil(lambda: analysing(window), timeout=TIMEOUT)
    assert not window.copy_button.isEnabled() and not window.action("copy").isEnabled()
    assert words in tooltip_of(window.copy_button)
    assert words in window.action("copy").statusTip()
    qtbot.waitUntil(lambda: analysed(window), timeout=TIMEOUT)
    assert window.copy_button.isEnabled()
    assert words not in tooltip_of(window.copy_button) and not window.action("copy").statusTip()


def test_the_busy_pulse_moves_only_while_the_image_is_read(qtbot, window, tmp_path):  # noqa: ANN001
    """The wait is shown by a slim pulse that moves a few times a second while the analysis runs, and stops
    (no timer left) once the findings are in: the analysis keeps the cores."""
    window.open_path(str(long_page(tmp_path / "long.png")))
    qtbot.waitUntil(lambda: analysing(window), timeout=TIMEOUT)
    pulse = window.busy.bar
    assert window.busy.isVisible() and pulse.running
    first = pulse.frame
    qtbot.waitUntil(lambda: pulse.frame != first, timeout=2000)
    qtbot.waitUntil(lambda: analysed(window), timeout=TIMEOUT)
    assert not window.busy.isVisible() and not pulse.running
    grab = pulse.grab().toImage()  # it paints: track and segment
    assert grab.width() >= 120 and grab.height() == 8


# Dragging the copy out ---------------------------------------------------------------------------------

def point_at_drag_button(window) -> None:  # noqa: ANN001
    """The pointer comes onto the drag-out button, as a hand about to drag the copy out moves it there."""
    QTest.mouseMove(window.canvas.viewport(), window.canvas.viewport().rect().center())  # from over the image
    QTest.mouseMove(window.drag_button, window.drag_button.rect().center())


def test_the_drag_out_copy_is_made_off_the_window_thread_and_a_drag_only_writes_it(  # noqa: ANN001
        qtbot, window, tmp_path, monkeypatch):
    from ui_support import NIK, ink_fraction

    encoder = HeldEncoder(monkeypatch)
    encoder.release.set()  # recorded, not held
    window.open_path(str(write_sample(tmp_path / "surat.png")))
    qtbot.waitUntil(lambda: analysed(window), timeout=TIMEOUT)
    # Once the pointer is on the drag-out button, the copy is covered, encoded and checked on the pool.
    point_at_drag_button(window)
    qtbot.waitUntil(lambda: window.exporter.drag_copy.ready, timeout=10_000)
    assert encoder.threads and all(t is not threading.main_thread() for t in encoder.threads)
    encoded = len(encoder.threads)

    mime = window.drag_mime()
    assert len(encoder.threads) == encoded  # the drag only writes bytes made before it
    dropped = mime.urls()[0].toLocalFile()
    assert dropped.endswith("surat.redacted.png")  # written already: a drop may land at once
    with Image.open(dropped) as shared_copy:
        assert not shared_copy.getexif() and not getattr(shared_copy, "text", {})
        nik = next(r for r in window.doc.regions.values() if r.category == "nik").boxes[0]
        assert ink_fraction(shared_copy, (nik.left + 4, nik.top + 4, nik.right - 4, nik.bottom - 4)) > 0.98
    assert NIK not in window.statusBar().currentMessage()
    assert mime.hasImage() and mime.imageData().width() == 1000
    with qtbot.waitSignal(window.export_check.finished, timeout=TIMEOUT) as blocker:
        pass
    assert blocker.args[0].clean


def test_no_drag_out_copy_is_made_until_the_pointer_comes_onto_the_drag_out_button(  # noqa: ANN001
        qtbot, window, tmp_path, monkeypatch):
    """The copy is seconds of CPU on a large photo: made for every image read, it took both cores from the
    analysis of the next image dropped. It is made once a drag is in sight, and a drag still gets it."""
    from redactor.ui.review.drag_out import PREPARE_AFTER_MS
    from ui_support import ink_fraction

    encoder = HeldEncoder(monkeypatch)
    encoder.release.set()
    window.open_path(str(write_sample(tmp_path / "surat.png", with_metadata=False)))
    qtbot.waitUntil(lambda: analysed(window), timeout=TIMEOUT)
    window.doc.add_box(Box(600, 40, 200, 60))  # an edit, and its pause
    qtbot.wait(PREPARE_AFTER_MS * 3)
    window.open_path(str(write_sample(tmp_path / "next.png", with_metadata=False)))
    qtbot.waitUntil(lambda: analysed(window) and window.doc.name == "next.png", timeout=TIMEOUT)
    qtbot.wait(PREPARE_AFTER_MS * 3)
    assert not encoder.threads and not window.exporter.drag_copy.ready

    point_at_drag_button(window)
    qtbot.waitUntil(lambda: window.exporter.drag_copy.ready, timeout=10_000)
    assert len(encoder.threads) == 1 and encoder.threads[0] is not threading.main_thread()
    nik = next(r for r in window.doc.regions.values() if r.category == "nik").boxes[0]
    with Image.open(window.drag_mime().urls()[0].toLocalFile()) as dropped:
        assert ink_fraction(dropped, (nik.left + 4, nik.top + 4, nik.right - 4, nik.bottom - 4)) > 0.98
    assert len(encoder.threads) == 1


def test_a_copy_dragged_into_another_app_is_not_asked_about_again_at_quit(qtbot, window, tmp_path):  # noqa: ANN001
    """Dropped into a chat or a folder, the safe copy is handed out, as with Copy: quitting does not ask to
    save the edits. A drag dropped nowhere handed nothing out: the question still comes."""
    window.open_path(str(write_sample(tmp_path / "surat.png", with_metadata=False)))
    qtbot.waitUntil(lambda: analysed(window), timeout=TIMEOUT)
    window.doc.add_box(Box(40, 285, 600, 55))  # an edit: unsaved
    window.ask_before_discarding = True

    def refuse(box: QMessageBox) -> str:
        text = box.windowTitle()
        box.button(QMessageBox.StandardButton.Cancel).click()
        return text

    asked = on_next_modal(refuse)
    assert window.drag_mime() is not None
    window.dragged_out(Qt.DropAction.IgnoreAction)  # Esc, or let go over the window itself
    assert not window.close()
    assert asked == ["Unsaved changes"] and window.isVisible()

    assert window.drag_mime() is not None
    window.dragged_out(Qt.DropAction.CopyAction)  # the chat app took the file
    asked, closing = [], [True]

    def watch() -> None:  # a question would be refused (and recorded) here, while close() waits for it
        dialog = QApplication.activeModalWidget()
        if dialog is not None:
            asked.append(refuse(dialog))
        elif closing:
            QTimer.singleShot(20, watch)

    QTimer.singleShot(0, watch)
    closed = window.close()
    closing.clear()
    assert closed and not window.isVisible()
    assert asked == []


def test_a_drag_right_after_an_edit_hands_out_the_edited_copy(qtbot, window, tmp_path, monkeypatch):  # noqa: ANN001
    from redactor.findings import Box
    from ui_support import ink_fraction

    window.open_path(str(write_sample(tmp_path / "surat.png", with_metadata=False)))
    qtbot.waitUntil(lambda: analysed(window), timeout=TIMEOUT)
    point_at_drag_button(window)
    qtbot.waitUntil(lambda: window.exporter.drag_copy.ready, timeout=10_000)
    encoder = HeldEncoder(monkeypatch)
    encoder.release.set()
    line = (40, 285, 640, 340)  # "Rapat koordinasi hari Senin", visible until the user boxes it
    window.doc.add_box(Box.from_edges(*line))
    assert not window.exporter.drag_copy.ready
    mime = window.drag_mime()  # at once, before the pause after an edit: made now, off the window's thread
    assert encoder.threads and all(t is not threading.main_thread() for t in encoder.threads)
    with Image.open(mime.urls()[0].toLocalFile()) as dropped:
        assert ink_fraction(dropped, line) > 0.98
    window.doc.undo_stack.undo()
    with Image.open(window.drag_mime().urls()[0].toLocalFile()) as dropped:
        assert ink_fraction(dropped, line) < 0.5  # undone, the line is readable in the next drag again


def test_edits_in_a_row_make_one_drag_copy_at_a_time_and_the_last_one_is_handed_out(  # noqa: ANN001
        qtbot, window, tmp_path, monkeypatch):
    from redactor.findings import Box
    from ui_support import ink_fraction

    window.open_path(str(write_sample(tmp_path / "surat.png", with_metadata=False)))
    qtbot.waitUntil(lambda: analysed(window), timeout=TIMEOUT)
    point_at_drag_button(window)  # and it stays there while the boxes are drawn (with the keyboard, say)
    qtbot.waitUntil(lambda: window.exporter.drag_copy.ready, timeout=10_000)
    encoder = HeldEncoder(monkeypatch)  # a copy that takes long, as a large photo's does
    window.doc.add_box(Box(600, 40, 200, 60))
    qtbot.waitUntil(encoder.entered.is_set, timeout=10_000)
    boxes = [Box(40 + 120 * i, 290, 100, 50) for i in range(4)]
    for box in boxes:  # more edits, each after the pause that would start a copy
        window.doc.add_box(box)
        qtbot.wait(500)
    assert len(encoder.threads) == 1  # the out-of-date copy is not joined by more of them
    encoder.release.set()
    qtbot.waitUntil(lambda: window.exporter.drag_copy.ready, timeout=10_000)
    assert len(encoder.threads) == 2  # then one for the state on screen
    with Image.open(window.drag_mime().urls()[0].toLocalFile()) as dropped:
        assert all(ink_fraction(dropped, (b.left + 4, b.top + 4, b.right - 4, b.bottom - 4)) > 0.98 for b in boxes)
    assert len(encoder.threads) == 2


def test_a_pdf_drags_out_as_one_pdf_made_off_the_window_thread(qtbot, window, tmp_path, monkeypatch):  # noqa: ANN001
    pypdf = pytest.importorskip("pypdf")
    encoder = HeldPdfEncoder(monkeypatch)
    encoder.release.set()
    source = tmp_path / "surat.pdf"
    first = Image.open(write_sample(tmp_path / "surat.png")).convert("RGB")
    first.save(source, "PDF", resolution=150.0, save_all=True, append_images=[first.copy()])
    window.open_files([str(source)])
    qtbot.waitUntil(lambda: analysed(window) and window.pdf.active and all(d.analysed for d in window.pdf.docs),
                    timeout=TIMEOUT)
    point_at_drag_button(window)
    qtbot.waitUntil(lambda: window.exporter.drag_copy.ready, timeout=10_000)
    mime = window.drag_mime()
    assert encoder.threads and all(t is not threading.main_thread() for t in encoder.threads)
    dropped = mime.urls()[0].toLocalFile()
    assert dropped.endswith("surat.redacted.pdf") and len(pypdf.PdfReader(dropped).pages) == 2


def test_save_then_quit_stays_and_says_why_when_the_check_of_the_copy_is_not_clean(qtbot, window, tmp_path):  # noqa: ANN001
    """"Save, then quit", and the copy's check reads something still there: the window stays, nothing calls
    the copy safe, and the user sees what is readable and how to cover it. Here a QR code: QR codes were
    off in the settings when the image was read, and turned on while it was read (the check reads the
    copy with the settings as they are when it runs)."""
    zxingcpp = pytest.importorskip("zxingcpp")
    import numpy as np

    page = Image.open(long_page(tmp_path / "long.png")).convert("RGB")
    code = zxingcpp.write_barcode_to_image(zxingcpp.create_barcode("https://example.org/bayar?rek=1234567890",
                                                                   zxingcpp.BarcodeFormat.QRCode), scale=8)
    page.paste(Image.fromarray(np.asarray(code)).convert("RGB"), (2500, 100))
    page.save(tmp_path / "long.png")
    window.settings.set("detect/disabled_categories", ["qr_code"])
    window.ask_before_discarding = True
    window.open_path(str(tmp_path / "long.png"))
    qtbot.waitUntil(lambda: analysing(window), timeout=TIMEOUT)
    target = window.default_save_path()
    QTest.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    window.settings.set("detect/disabled_categories", [])
    asked = on_next_modal(lambda box: box.button(QMessageBox.StandardButton.Save).click() or True)
    QTest.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(asked), timeout=5000)

    with qtbot.waitSignal(window.export_check.finished, timeout=TIMEOUT) as blocker:
        pass
    check = blocker.args[0]
    assert [f.category for f in check.still_readable] == ["qr_code"]
    qtbot.wait(200)  # a clean check would close the window by now
    assert window.isVisible() and target.is_file()
    banner = window.export_check.banner
    assert banner.isVisible() and banner.level == "danger"
    assert "still readable" in banner.title.text() and "QR" in banner.text.text() and "1234567890" not in banner.text.text()
    assert banner.button.isVisible() and banner.button.text() == "Cover them"
    assert "Saved, but not quit" in window.statusBar().currentMessage()
    assert "no data still readable" not in window.export_banner.text.text()  # nothing calls it safe
    assert not window.exporter.quit_after_save

    # "Cover them": the code gets a box, the copy is saved and checked again, and the window still stays.
    with qtbot.waitSignal(window.export_check.finished, timeout=TIMEOUT) as blocker:
        banner.button.click()
    assert blocker.args[0].clean and window.isVisible()
    assert "Checked: no data still readable" in window.export_banner.text.text()


def test_the_safe_copy_dragged_back_over_its_own_window_is_not_taken(qtbot, window, tmp_path):  # noqa: ANN001
    """A hand drags the copy out with the drag-out button and lets go over the window itself (it changed its
    mind). The window does not take it, so the drag ends with nothing handed out: the image under review
    stays, and its edits still count as unsaved. A file dragged in from elsewhere is taken as before."""
    from PySide6.QtCore import QMimeData, QUrl
    from PySide6.QtGui import QDragEnterEvent

    class DragEnter(QDragEnterEvent):
        def __init__(self, mime: QMimeData, source) -> None:  # noqa: ANN001 - the widget the drag started from
            super().__init__(window.rect().center(), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                             Qt.KeyboardModifier.NoModifier)
            self._source = source

        def source(self):  # noqa: ANN202 - what Qt gives for a drag started in this app, None from another app
            return self._source

    source = write_sample(tmp_path / "surat.png", with_metadata=False)
    window.open_path(str(source))
    qtbot.waitUntil(lambda: analysed(window), timeout=TIMEOUT)
    window.doc.add_box(Box(40, 285, 600, 55))
    copy = window.drag_mime()
    own = DragEnter(copy, window.drag_button)
    own.setAccepted(True)
    window.dragEnterEvent(own)
    assert not own.isAccepted()
    window.dragged_out(Qt.DropAction.IgnoreAction)  # what the drag then ends with
    assert window.doc.source == source and not window.doc.undo_stack.isClean()

    other = QMimeData()
    other.setUrls([QUrl.fromLocalFile(str(write_sample(tmp_path / "other.png", with_metadata=False)))])
    outside = DragEnter(other, None)
    window.dragEnterEvent(outside)
    assert outside.isAccepted()
