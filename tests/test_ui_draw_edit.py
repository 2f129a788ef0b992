"""Drawing near or over found boxes never uncovers them: real mouse events on the real image view,
real Tesseract."""
from __future__ import annotations

import pytest

from ui_support import make_settings, mouse_drag, show_review_window, view_point, write_sample  # noqa: I001

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from redactor.ui import language as i18n

pytestmark = pytest.mark.usefixtures("tesseract")
TIMEOUT = 120_000


@pytest.fixture
def window(qtbot, tmp_path):  # noqa: ANN001, ANN201
    win = show_review_window(qtbot, make_settings(tmp_path))
    win.open_path(str(write_sample(tmp_path / "surat.png", with_metadata=False)))
    qtbot.waitUntil(lambda: win.doc is not None and win.doc.analysed and not win.session.busy, timeout=TIMEOUT)
    yield win
    i18n.install("en")


def click(win, x: float, y: float) -> None:  # noqa: ANN001
    QTest.mouseClick(win.canvas.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     view_point(win, x, y))


def nik_region(win):  # noqa: ANN001, ANN201
    return next(r for r in win.doc.regions.values() if r.category == "nik")


def shown_is_black(win, x: int, y: int) -> bool:  # noqa: ANN001
    shown = win.canvas._pixmap_item.pixmap().toImage()
    if shown.isNull():
        return False
    colour = shown.pixelColor(x, y)
    return max(colour.red(), colour.green(), colour.blue()) < 10


def test_a_drag_that_starts_inside_a_found_box_draws_a_new_box_and_leaves_the_found_one(qtbot, window):  # noqa: ANN001
    assert window.canvas.tool() == "draw"
    nik = nik_region(window)
    box = nik.boxes[0]
    centre = (box.left + box.width / 2, box.top + box.height / 2)
    steps_before = window.doc.undo_stack.count()

    mouse_drag(window, centre, (centre[0] + 150, centre[1] + 90))

    assert window.doc.regions[nik.id].boxes == (box,)  # not moved, not resized
    drawn = [r for r in window.doc.regions.values() if r.manual]
    assert len(drawn) == 1
    assert abs(drawn[0].boxes[0].left - centre[0]) <= 3 and abs(drawn[0].boxes[0].top - centre[1]) <= 3
    assert window.doc.undo_stack.count() == steps_before + 1
    assert window.doc.undo_stack.text(steps_before) == "Draw box"
    qtbot.waitUntil(lambda: shown_is_black(window, box.left + 6, box.top + box.height // 2), timeout=10_000)


def test_drawing_from_the_corner_of_the_box_just_drawn_starts_another_box(window):  # noqa: ANN001
    mouse_drag(window, (600, 280), (760, 340))
    first = next(r for r in window.doc.regions.values() if r.manual)
    corner = first.boxes[0]
    assert window.canvas.selected_ids() == [first.id]
    mouse_drag(window, (corner.right, corner.bottom), (corner.right + 120, corner.bottom + 50))
    assert window.doc.regions[first.id].boxes == (corner,)
    assert sum(r.manual for r in window.doc.regions.values()) == 2


def test_a_click_in_draw_mode_picks_the_box_under_it_and_a_click_beside_it_drops_the_pick(window):  # noqa: ANN001
    nik = nik_region(window)
    box = nik.boxes[0]
    steps_before = window.doc.undo_stack.count()
    click(window, box.left + box.width / 2, box.top + box.height / 2)
    assert window.canvas.selected_ids() == [nik.id]
    assert window.panel.selected_ids() == [nik.id]
    click(window, 900, 400)
    assert window.canvas.selected_ids() == []
    assert window.doc.undo_stack.count() == steps_before  # a click is no edit


def test_with_the_edit_tool_a_found_box_grows_from_its_edges_but_never_moves_or_shrinks(qtbot, window):  # noqa: ANN001
    window.canvas.setFocus()
    QTest.keyClick(window.canvas, Qt.Key.Key_V)
    assert window.canvas.tool() == "edit"
    nik = nik_region(window)
    box = nik.boxes[0]
    centre = (box.left + box.width / 2, box.top + box.height / 2)

    mouse_drag(window, centre, (centre[0] + 200, centre[1] + 100))
    assert window.doc.regions[nik.id].boxes == (box,)
    assert window.canvas.selected_ids() == [nik.id]
    assert "stays over its value" in window.statusBar().currentMessage()

    mouse_drag(window, (box.right, box.top + box.height / 2), (box.right + 60, box.top + box.height / 2))
    grown = window.doc.regions[nik.id].boxes[0]
    assert (grown.left, grown.top, grown.bottom) == (box.left, box.top, box.bottom)
    assert grown.right == pytest.approx(box.right + 60, abs=3)

    mouse_drag(window, (grown.right, box.top + box.height / 2), (box.left + 20, box.top + box.height / 2))
    assert window.doc.regions[nik.id].boxes[0] == box  # back to what was found, no smaller
    window.action("undo").trigger()
    assert window.doc.regions[nik.id].boxes[0] == grown


def test_with_the_edit_tool_a_box_you_drew_moves_and_the_message_is_indonesian(qtbot, window):  # noqa: ANN001
    i18n.install("id")
    mouse_drag(window, (600, 280), (760, 340))
    drawn = next(r for r in window.doc.regions.values() if r.manual)
    before = drawn.boxes[0]
    window.action("toolEdit").trigger()
    qtbot.waitUntil(lambda: window.action("toolEdit").text().replace("&", "") == "Ubah kotak")
    mouse_drag(window, (before.left + 40, before.top + 20), (before.left - 60, before.top + 20))
    after = window.doc.regions[drawn.id].boxes[0]
    assert after.left == pytest.approx(before.left - 100, abs=3) and (after.width, after.height) == (before.width, before.height)

    nik = nik_region(window)
    box = nik.boxes[0]
    mouse_drag(window, (box.left + 20, box.top + box.height / 2), (box.left + 20, box.top + 200))
    assert window.doc.regions[nik.id].boxes == (box,)
    assert "tetap menutupi" in window.statusBar().currentMessage()


def test_another_button_pressed_while_drawing_neither_ends_nor_restarts_the_box(window):  # noqa: ANN001
    viewport = window.canvas.viewport()
    p0, p1, p2 = view_point(window, 600, 280), view_point(window, 700, 320), view_point(window, 760, 340)
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, p0)
    QTest.mouseMove(viewport, p1)
    QTest.mousePress(viewport, Qt.MouseButton.RightButton, Qt.KeyboardModifier.NoModifier, p1)
    QTest.mouseRelease(viewport, Qt.MouseButton.RightButton, Qt.KeyboardModifier.NoModifier, p1)
    assert not any(r.manual for r in window.doc.regions.values())  # still drawing
    QTest.mouseMove(viewport, p2)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, p2)
    drawn = [r.boxes[0] for r in window.doc.regions.values() if r.manual]
    assert len(drawn) == 1
    assert abs(drawn[0].left - 600) <= 3 and abs(drawn[0].right - 760) <= 3


def test_deleting_every_found_box_never_says_no_personal_data_was_found(qtbot, window):  # noqa: ANN001
    """Ctrl+A, Delete: the values are still in the picture, left visible by the user; the banner and the
    list say so instead of 'No personal data found'."""
    found = len(window.doc.regions)
    assert found >= 2
    window.canvas.setFocus()
    QTest.keyClick(window.canvas, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(window.canvas, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: not window.doc.regions)
    window.refresh()
    title, text = window.banner.title.text(), window.banner.text.text()
    assert "No personal data found" not in title and title == "Nothing will be covered", title
    assert f"{found} items left visible by you" in text, text
    assert window.banner.level == "warn"
    assert "Nothing to cover was found" not in window.panel.empty.text()
    QTest.keyClick(window.canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # and back
    qtbot.waitUntil(lambda: len(window.doc.regions) == found)
    window.refresh()
    assert window.banner.title.text().startswith("Found:")


def test_undo_goes_back_to_the_findings_as_found_and_never_uncovers_them(qtbot, window):  # noqa: ANN001
    """The findings of the scan are where editing starts: Ctrl+Z pressed once too often (or at once after the
    drop) leaves every found box in place, and Undo is greyed out instead of offering to uncover them all."""
    found = {region_id: region.boxes for region_id, region in window.doc.regions.items()}
    assert len(found) >= 2
    window.canvas.setFocus()
    assert not window.action("undo").isEnabled()
    QTest.keyClick(window.canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert {i: r.boxes for i, r in window.doc.regions.items()} == found
    mouse_drag(window, (600, 280), (760, 340))
    assert len(window.doc.regions) == len(found) + 1
    for _ in range(3):
        QTest.keyClick(window.canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert {i: r.boxes for i, r in window.doc.regions.items()} == found
    assert all(region.enabled for region in window.doc.regions.values())
    assert not window.action("undo").isEnabled() and window.action("redo").isEnabled()
    window.refresh()
    assert window.banner.title.text().startswith("Found:")
    QTest.keyClick(window.canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert len(window.doc.regions) == len(found) + 1  # the drawn box is back


def test_a_box_you_draw_is_covered_as_drawn_not_a_third_of_its_height_wider(qtbot, window, tmp_path):  # noqa: ANN001
    """A drawn box is the user's own choice of area: the saved copy is black inside it and stays readable a
    few pixels outside it. (Text boxes from OCR get a margin that grows with the text; a drawn box of 150 px
    had grown 45 px on every side, over the words beside it.)"""
    import numpy as np
    from PIL import Image

    mouse_drag(window, (500, 250), (900, 400))  # over the last line and the white below it
    drawn = next(r for r in window.doc.regions.values() if r.manual).boxes[0]
    out = tmp_path / "out.png"
    with qtbot.waitSignal(window.export_finished, timeout=TIMEOUT):
        window.save_to(out)
    with Image.open(out) as saved:
        pixels = np.asarray(saved.convert("L"))
    inside = pixels[drawn.top:drawn.bottom, drawn.left:drawn.right]
    assert (inside < 10).mean() > 0.99
    around = [pixels[drawn.top + 20:drawn.bottom - 20, drawn.left - 12],   # left of it
              pixels[drawn.top - 12, drawn.left + 20:drawn.right - 20],    # above it
              pixels[drawn.bottom + 12, drawn.left + 20:drawn.right - 20]]  # below it
    for strip in around:
        assert (strip < 10).mean() < 0.5, "the cover reaches past the drawn box"
