"""The review window, driven through its real widgets with real Tesseract."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from ui_support import NIK, ink_fraction, make_settings, on_next_modal, sample_image, write_sample  # noqa: I001

from PIL import Image
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QGuiApplication
from PySide6.QtWidgets import QMessageBox

from redactor.ui import language as i18n
from redactor.ui.app import make_app
from redactor.ui.review import MainWindow, pil_to_qimage

ANALYSIS_TIMEOUT = 60_000


@pytest.fixture
def window(qtbot, tmp_path):  # noqa: ANN001, ANN201
    make_app()
    i18n.install("en")
    win = MainWindow(make_settings(tmp_path))
    win.ask_before_discarding = False  # tests close windows with edits in them
    qtbot.addWidget(win)
    win.resize(1200, 800)
    win.show()
    yield win
    i18n.install("en")


def wait_analysed(qtbot, win) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: win.doc is not None and win.doc.analysed and not win.session.busy, timeout=ANALYSIS_TIMEOUT)


def by_category(win) -> dict[str, list]:  # noqa: ANN001
    out: dict[str, list] = {}
    for region in win.doc.regions.values():
        out.setdefault(region.category, []).append(region)
    return out


def drag(qtbot, win, start: tuple[int, int], end: tuple[int, int]) -> None:  # noqa: ANN001
    """Drag on the canvas between two image coordinates."""
    view = win.canvas
    viewport = view.viewport()
    p0 = view.mapFromScene(QPointF(*start))
    p1 = view.mapFromScene(QPointF(*end))
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=p0)
    qtbot.mouseMove(viewport, pos=QPoint((p0.x() + p1.x()) // 2, (p0.y() + p1.y()) // 2))
    qtbot.mouseMove(viewport, pos=p1)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=p1)


def test_start_screen_shows_drop_zone_and_recent(window, tmp_path):  # noqa: ANN001
    assert window.pages.currentWidget() is window.start_page
    assert "Drop" in window.start_page.title.text()
    assert not window.action("save").isEnabled()
    window.settings.add_recent(str(tmp_path / "a.png"))
    window.start_page.set_recent(window.settings.recent_files())
    assert window.start_page.recent.count() == 1


def test_open_review_edit_undo_export(qtbot, window, tmp_path):  # noqa: ANN001
    src = write_sample(tmp_path / "surat.png")
    window.open_files([str(src)])
    wait_analysed(qtbot, window)

    found = by_category(window)
    assert "nik" in found and "phone" in found, found
    nik_box = found["nik"][0].boxes[0]
    phone_region = found["phone"][0]
    phone_box = phone_region.boxes[0]
    assert NIK not in found["nik"][0].preview  # only masked previews reach the screen
    assert "NIK" in window.banner.title.text() and "phone" in window.banner.title.text()
    assert window.banner.level == "ok"
    assert window.panel.category_item("nik") is not None
    # The view shows the style preview: the NIK is already black on screen.
    def preview_is_covered() -> bool:
        shown = window.canvas._pixmap_item.pixmap().toImage()
        if shown.isNull():
            return False
        c = shown.pixelColor(nik_box.left + nik_box.width // 2, nik_box.top + nik_box.height // 2)
        return c.red() < 10 and c.green() < 10 and c.blue() < 10
    qtbot.waitUntil(preview_is_covered, timeout=10_000)

    # Untick the phone number in the panel: it stays visible in the safe copy.
    item = window.panel.finding_item(phone_region.id)
    item.setCheckState(0, Qt.CheckState.Unchecked)
    assert not window.doc.regions[phone_region.id].enabled
    qtbot.waitUntil(lambda: window.panel.finding_item(phone_region.id).checkState(0) == Qt.CheckState.Unchecked)

    # Selecting in the list selects on the image, and the reverse.
    window.panel.finding_item(found["nik"][0].id).setSelected(True)
    assert window.canvas.selected_ids() == [found["nik"][0].id]

    # Draw a box over the meeting line with the mouse.
    drag(qtbot, window, (40, 285), (400, 340))
    manual = [r for r in window.doc.regions.values() if r.manual]
    assert len(manual) == 1
    drawn = manual[0].boxes[0]
    assert abs(drawn.left - 40) <= 3 and abs(drawn.bottom - 340) <= 3
    assert window.canvas.selected_ids() == [manual[0].id]

    # Undo the box, redo it; undo back to the findings as they were found, and no further.
    stack = window.doc.undo_stack
    window.action("undo").trigger()
    assert not any(r.manual for r in window.doc.regions.values())
    window.action("redo").trigger()
    assert any(r.manual for r in window.doc.regions.values())
    window.action("undo").trigger()  # the box
    window.action("undo").trigger()  # the untick
    assert window.doc.regions[phone_region.id].enabled
    assert not stack.canUndo() and not window.action("undo").isEnabled()
    assert len(window.doc.regions) == sum(len(v) for v in found.values())
    for _ in range(2):
        window.action("redo").trigger()
    assert len(window.doc.regions) == len(found.get("nik")) + len(found.get("phone")) + sum(
        len(v) for k, v in found.items() if k not in ("nik", "phone")) + 1
    assert not window.doc.regions[phone_region.id].enabled

    # Save: NAME.redacted.png beside the original, never over it.
    with qtbot.waitSignal(window.export_finished, timeout=30_000):
        window.action("save").trigger()  # written on the thread pool
    out = tmp_path / "surat.redacted.png"
    assert out.is_file()
    assert src.read_bytes() != out.read_bytes()
    result = Image.open(out)
    assert result.size == (1000, 420)
    assert ink_fraction(result, (nik_box.left + 4, nik_box.top + 4, nik_box.right - 4, nik_box.bottom - 4)) > 0.98
    assert ink_fraction(result, (drawn.left + 4, drawn.top + 4, drawn.right - 4, drawn.bottom - 4)) > 0.98
    phone_ink = ink_fraction(result, (phone_box.left, phone_box.top, phone_box.right, phone_box.bottom))
    assert 0.02 < phone_ink < 0.6  # unticked: the digits are still there
    assert "exif" not in result.info and not result.getexif()
    assert not getattr(result, "text", {})
    note = window.export_banner.text.text()
    assert "camera" in note and "PNG text" in note


def test_keyboard_undo_redo_and_delete(qtbot, window, tmp_path):  # noqa: ANN001
    src = write_sample(tmp_path / "a.png", with_metadata=False)
    window.open_path(str(src))
    wait_analysed(qtbot, window)
    n = len(window.doc.regions)
    assert n >= 2
    first = next(iter(window.doc.regions))
    window.canvas.select_regions([first])
    window.canvas.setFocus()
    qtbot.keyClick(window.canvas, Qt.Key.Key_Delete)
    assert first not in window.doc.regions
    qtbot.keyClick(window.canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert first in window.doc.regions
    qtbot.keyClick(window.canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert first not in window.doc.regions


def test_category_checkbox_and_style_and_before_after(qtbot, window, tmp_path):  # noqa: ANN001
    window.open_path(str(write_sample(tmp_path / "b.png", with_metadata=False)))
    wait_analysed(qtbot, window)
    top = window.panel.category_item("nik")
    top.setCheckState(0, Qt.CheckState.Unchecked)
    assert not any(r.enabled for r in window.doc.regions.values() if r.category == "nik")
    window.doc.undo_stack.undo()
    assert all(r.enabled for r in window.doc.regions.values() if r.category == "nik")

    window.style_combo.setCurrentIndex(window.style_combo.findData("erase"))
    assert window.doc.style == "erase"
    window.doc.undo_stack.undo()
    assert window.doc.style == "box"
    assert window.style_combo.currentData() == "box"

    window.canvas.setFocus()
    qtbot.keyPress(window.canvas, Qt.Key.Key_Space)
    assert window.editor.showing_original
    qtbot.keyRelease(window.canvas, Qt.Key.Key_Space)
    assert not window.editor.showing_original


def test_move_box_with_mouse(qtbot, window, tmp_path):  # noqa: ANN001
    window.open_path(str(write_sample(tmp_path / "c.png", with_metadata=False)))
    wait_analysed(qtbot, window)
    drag(qtbot, window, (600, 300), (800, 360))
    region = next(r for r in window.doc.regions.values() if r.manual)
    before = region.boxes[0]
    centre = (before.left + before.width // 2, before.top + before.height // 2)
    window.canvas.setFocus()
    qtbot.keyClick(window.canvas, Qt.Key.Key_V)  # the Edit tool moves boxes; Draw never does
    assert window.canvas.tool() == "edit" and window.action("toolEdit").isChecked()
    drag(qtbot, window, centre, (centre[0] - 100, centre[1]))
    after = window.doc.regions[region.id].boxes[0]
    assert after.left < before.left - 50 and after.width == before.width
    window.doc.undo_stack.undo()
    assert window.doc.regions[region.id].boxes[0] == before


def test_paste_from_clipboard_and_copy(qtbot, window):  # noqa: ANN001
    QGuiApplication.clipboard().setImage(pil_to_qimage(sample_image()))
    window.action("paste").trigger()
    wait_analysed(qtbot, window)
    assert window.doc.source is None
    found = by_category(window)
    assert "nik" in found
    box = found["nik"][0].boxes[0]
    window.action("copy").trigger()
    copied = QGuiApplication.clipboard().image()
    assert not copied.isNull() and copied.width() == 1000
    colour = copied.pixelColor(box.left + box.width // 2, box.top + box.height // 2)
    assert colour.red() < 10 and colour.green() < 10 and colour.blue() < 10
    assert "only pixels" in window.export_banner.text.text()
    # With no original to sit beside, a save goes to the path the user picks.
    assert window.default_save_path() is None


def test_drop_file_on_window(qtbot, window, tmp_path):  # noqa: ANN001
    src = write_sample(tmp_path / "dropped.png", with_metadata=False)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(src))])
    event = QDropEvent(QPointF(100, 100), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    wait_analysed(qtbot, window)
    assert window.doc.source == src
    assert window.settings.recent_files()[0] == str(src)


def test_dropping_a_web_link_says_to_save_the_image_first(qtbot, window):  # noqa: ANN001
    mime = QMimeData()
    mime.setUrls([QUrl("https://example.go.id/foto/ktp.jpg")])
    event = QDropEvent(QPointF(100, 100), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    assert window.doc is None and not window.session.busy
    assert "Save the image to this computer first" in window.statusBar().currentMessage()
    i18n.install("id")
    window.dropEvent(event)
    assert "Simpan dulu gambarnya" in window.statusBar().currentMessage()


def test_broken_file_shows_words_not_traceback(qtbot, window, tmp_path):  # noqa: ANN001
    from ui_support import on_next_modal

    broken = tmp_path / "broken.png"
    broken.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 40)

    def read_and_close(box: QMessageBox) -> tuple[str, str, str]:
        seen = (box.windowTitle(), box.text(), box.informativeText())
        box.button(QMessageBox.StandardButton.Ok).click()
        return seen

    shown = on_next_modal(read_and_close)
    window.open_path(str(broken))
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    title, bold, text = shown[0]
    assert title == "Cannot open this file" and title in bold  # the title is also the first line
    assert "broken.png" in text and "Traceback" not in text
    assert window.pages.currentWidget() is window.start_page
    assert str(broken) not in window.settings.recent_files()  # a file that failed is not "recent"


def test_missing_tesseract_gets_install_steps(qtbot, window, tmp_path):  # noqa: ANN001
    # The analysis process finds no language data in the folder the user chose: OCR cannot run.
    (tmp_path / "no-language-data").mkdir()
    window.settings.set("detect/tessdata", str(tmp_path / "no-language-data"))
    window.open_path(str(write_sample(tmp_path / "d.png", with_metadata=False)))
    wait_analysed(qtbot, window)
    boxes = [w for w in window.findChildren(QMessageBox) if w.isVisible()]
    assert boxes and "Tesseract" in boxes[0].text()
    assert window.banner.level == "warn"
    assert window.action("save").isEnabled()  # the user can still cover by hand and save
    for box in boxes:
        box.close()


def test_indonesian_strings(qtbot, window, tmp_path):  # noqa: ANN001
    i18n.install("id")  # LanguageChange events are posted; the window retranslates when they arrive
    qtbot.waitUntil(lambda: window.action("save").text().replace("&", "") == "Simpan salinan aman")
    assert window.start_page.title.text() == "Tarik tangkapan layar atau foto ke sini"
    window.open_path(str(write_sample(tmp_path / "e.png", with_metadata=False)))
    wait_analysed(qtbot, window)
    title = window.banner.title.text()
    assert title.startswith("Ditemukan: 1 NIK, 1 nomor HP"), title
    assert "sudah ditutup" in title
    # At the smallest window size the Indonesian toolbar still shows Save and Copy.
    window.resize(window.minimumWidth(), 700)
    qtbot.waitUntil(lambda: window.save_button.isVisible() and window.copy_button.isVisible())
    assert window.save_button.text().strip() == "Simpan"
    i18n.install("en")
    qtbot.waitUntil(lambda: window.action("save").text().replace("&", "") == "Save safe copy")


def test_keyboard_box_navigation_nudge_and_rescan(qtbot, window, tmp_path):  # noqa: ANN001
    window.open_path(str(write_sample(tmp_path / "k.png", with_metadata=False)))
    wait_analysed(qtbot, window)
    ids = list(window.doc.regions)
    window.canvas.setFocus()
    qtbot.keyClick(window.canvas, Qt.Key.Key_Tab)
    assert window.canvas.selected_ids() == [ids[0]]
    qtbot.keyClick(window.canvas, Qt.Key.Key_Tab)
    assert window.canvas.selected_ids() == [ids[1]]
    assert window.panel.selected_ids() == [ids[1]]  # the list follows the image
    # A found box stays over its value: the arrow keys leave it and say why.
    before = window.doc.regions[ids[1]].boxes[0]
    qtbot.keyClick(window.canvas, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert window.doc.regions[ids[1]].boxes[0] == before
    assert "stays over its value" in window.statusBar().currentMessage()

    # A box you drew moves with them, as one undo step.
    drag(qtbot, window, (600, 300), (800, 360))
    drawn = next(r for r in window.doc.regions.values() if r.manual)
    before = drawn.boxes[0]
    qtbot.keyClick(window.canvas, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert window.doc.regions[drawn.id].boxes[0].left == before.left + 10
    window.action("undo").trigger()
    assert window.doc.regions[drawn.id].boxes[0] == before
    n_auto = sum(not r.manual for r in window.doc.regions.values())
    window.action("rescan").trigger()
    wait_analysed(qtbot, window)
    assert sum(not r.manual for r in window.doc.regions.values()) == n_auto  # replaced, not doubled
    assert sum(r.manual for r in window.doc.regions.values()) == 1           # your box stays


def test_click_on_box_selects_it_in_list(qtbot, window, tmp_path):  # noqa: ANN001
    window.open_path(str(write_sample(tmp_path / "s.png", with_metadata=False)))
    wait_analysed(qtbot, window)
    region = by_category(window)["phone"][0]
    box = region.boxes[0]
    point = window.canvas.mapFromScene(QPointF(box.left + box.width / 2, box.top + box.height / 2))
    qtbot.mouseClick(window.canvas.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert window.canvas.selected_ids() == [region.id]
    assert window.panel.selected_ids() == [region.id]
    # Double-click in the list zooms the image to that finding.
    window.panel.zoom_requested.emit(region.id)
    assert window.canvas.zoom() > 1.0
    seen = window.canvas.mapFromScene(QPointF(box.left + box.width / 2, box.top + box.height / 2))
    assert window.canvas.viewport().rect().contains(seen)


def test_dropping_many_files_opens_batch_window(qtbot, window, tmp_path):  # noqa: ANN001
    files = [write_sample(tmp_path / f"m{i}.png", with_metadata=False) for i in range(2)]
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in files])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    batch = window._batch_window
    assert batch is not None and batch.isVisible()
    qtbot.addWidget(batch)
    assert batch.table.rowCount() == 2


def test_resize_box_from_its_corner(qtbot, window, tmp_path):  # noqa: ANN001
    window.open_path(str(write_sample(tmp_path / "r.png", with_metadata=False)))
    wait_analysed(qtbot, window)
    drag(qtbot, window, (600, 300), (800, 360))
    region = next(r for r in window.doc.regions.values() if r.manual)
    assert window.canvas.selected_ids() == [region.id]  # a new box is selected, so its handles show
    before = region.boxes[0]
    window.action("toolEdit").trigger()
    drag(qtbot, window, (before.right, before.bottom), (before.right + 100, before.bottom + 30))
    after = window.doc.regions[region.id].boxes[0]
    assert (after.left, after.top) == (before.left, before.top)
    assert after.width == pytest.approx(before.width + 100, abs=3)
    assert after.height == pytest.approx(before.height + 30, abs=3)
    window.action("undo").trigger()
    assert window.doc.regions[region.id].boxes[0] == before


def test_unsaved_edits_are_not_lost_silently(qtbot, window, tmp_path):  # noqa: ANN001
    window.ask_before_discarding = True
    first = write_sample(tmp_path / "first.png", with_metadata=False)
    second = write_sample(tmp_path / "second.png", with_metadata=False)
    window.open_path(str(first))
    wait_analysed(qtbot, window)
    def answer(button):  # noqa: ANN001, ANN202
        def click(box: QMessageBox) -> str:
            text = f"{box.windowTitle()}|{box.text()}|{box.informativeText()}"
            box.button(button).click()
            return text
        return on_next_modal(click)

    # Straight after the scan nothing is at stake: no question.
    drag(qtbot, window, (600, 300), (800, 360))
    asked = answer(QMessageBox.StandardButton.Cancel)
    window.open_path(str(second))        # cancelled: the edited image stays
    # Like the app's other message boxes: the title is also the box's bold first line.
    assert asked and asked[0].startswith("Unsaved changes|<b>Unsaved changes</b>|") and "first.png" in asked[0]
    assert window.doc.source == first
    answer(QMessageBox.StandardButton.Save)
    window.open_path(str(second))        # saved first, then replaced
    assert (tmp_path / "first.redacted.png").is_file()
    wait_analysed(qtbot, window)
    assert window.doc.source == second
    window.ask_before_discarding = False


def test_drag_out_gives_a_clean_png_file(qtbot, window, tmp_path):  # noqa: ANN001
    src = write_sample(tmp_path / "share.png")
    window.open_path(str(src))
    wait_analysed(qtbot, window)
    assert window.drag_button.isEnabled()
    mime = window.drag_mime()
    files = [u.toLocalFile() for u in mime.urls()]
    assert len(files) == 1 and files[0].endswith("share.redacted.png") and files[0] != str(src)
    folder = os.stat(Path(files[0]).parent)        # not a shared /tmp folder others can list or fill
    assert folder.st_uid == os.getuid() and not folder.st_mode & 0o077
    shared = Image.open(files[0])
    assert not shared.getexif() and not getattr(shared, "text", {})
    nik = by_category(window)["nik"][0].boxes[0]
    assert ink_fraction(shared, (nik.left + 4, nik.top + 4, nik.right - 4, nik.bottom - 4)) > 0.98
    assert mime.hasImage()


def test_a_finding_from_a_turned_page_is_covered_as_the_engine_covers_it():
    """Polygons only (a sideways scan): the app must not pad the polygons' bounds as if they were a text box."""
    from redactor.cover import regions_for
    from redactor.findings import Finding
    from redactor.ui.document import Region

    standing_line = ((300.0, 40.0), (330.0, 40.0), (330.0, 640.0), (300.0, 640.0))  # text turned by 90 degrees
    finding = Finding("nik", (), 0.9, "NIK 32••••••••••••01", "nik", polygons=(standing_line,))
    region = Region.from_finding(finding)
    assert region.boxes == (finding.bounds,)  # still drawn and picked by its bounds
    assert regions_for([region.to_finding()], 1000, 1000) == regions_for([finding], 1000, 1000)


def test_the_app_names_and_orders_every_category_the_engine_reports():
    from redactor.categories import BUILTIN
    from redactor.detect.packs import load_recognizers
    from redactor.ui.categories import category_name, ordered_categories
    from redactor.visual import card

    reported = {r.category for r in load_recognizers()} | {label.category for label in card._LABELS}
    reported |= {"face", "photo", "signature", "qr_code", "barcode", "masked_area", "own_term"}
    assert reported <= set(ordered_categories())
    assert all(category_name(c) == BUILTIN[c].name_en for c in reported)


def test_the_findings_list_built_again_keeps_what_was_closed_and_selected(qtbot, window, tmp_path):  # noqa: ANN001
    window.open_path(str(write_sample(tmp_path / "a.png", with_metadata=False)))
    wait_analysed(qtbot, window)
    panel = window.panel
    phone = by_category(window)["phone"][0].id
    panel.category_item("nik").setExpanded(False)
    panel.finding_item(phone).setSelected(True)  # as a click in the list does: the box is selected on the image too
    window.doc.set_enabled([phone], False)  # an edit: the list is built again
    qtbot.waitUntil(lambda: panel.finding_item(phone).checkState(0) == Qt.CheckState.Unchecked, timeout=2000)
    assert not panel.category_item("nik").isExpanded() and panel.category_item("phone").isExpanded()
    assert panel.selected_ids() == [phone]
    assert panel.category_item("nik").child(0).checkState(0) == Qt.CheckState.Checked
    assert panel.category_item("phone").checkState(0) == Qt.CheckState.Unchecked


def test_a_broken_file_opened_while_the_image_is_analysed_leaves_that_image_analysed(  # noqa: ANN001
        qtbot, window, tmp_path, tesseract):
    """Opening a file ends the analysis of the image on screen. When that file cannot be opened, the image
    stays on screen, and its analysis is started again: its findings come, and it can be saved."""
    from ui_support import on_next_modal

    sheet = write_sample(tmp_path / "sheet.png", with_metadata=False)
    broken = tmp_path / "broken.png"
    broken.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 40)
    shown = on_next_modal(lambda box: box.button(QMessageBox.StandardButton.Ok).click() or True)
    window.open_path(str(sheet))
    qtbot.waitUntil(lambda: window.doc is not None and window.session.busy, timeout=ANALYSIS_TIMEOUT)
    window.open_path(str(broken))  # while the sheet is being analysed
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    wait_analysed(qtbot, window)
    assert window.doc.source == sheet
    assert "nik" in by_category(window)
    assert window.action("save").isEnabled()
