"""Settings → Your lists: "always leave visible" beside "always cover", used by the next scan."""
from __future__ import annotations

import pytest

from ui_support import NIK, font, ink_fraction, make_settings, show_review_window  # noqa: I001

from PIL import Image, ImageDraw
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QTabWidget

from redactor.config import load_config
from redactor.ui import language as i18n
from redactor.ui.app import make_app
from redactor.ui.settings_dialog import SettingsDialog


HOTLINE = "0811-2233-4455"  # an office's public mobile number, printed where a person's would be


def office_page(path):  # noqa: ANN001, ANN201
    image = Image.new("RGB", (1000, 300), "white")
    draw = ImageDraw.Draw(image)
    draw.text((40, 40), f"NIK: {NIK}", fill="black", font=font(44))
    # Labelled as a person's mobile ("HP"), so the scan finds it: a "Hotline" is a service line, never covered.
    draw.text((40, 160), f"HP {HOTLINE}", fill="black", font=font(44))
    image.save(path)
    return path


@pytest.fixture
def window(qtbot, tmp_path):  # noqa: ANN001, ANN201
    win = show_review_window(qtbot, make_settings(tmp_path))
    yield win


def test_a_number_on_the_visible_list_is_found_unticked_and_stays_readable(qtbot, window, tmp_path, tesseract):  # noqa: ANN001
    dialog = SettingsDialog(window.settings, window)
    qtbot.addWidget(dialog)
    dialog.visible_terms.setFocus()
    qtbot.keyClicks(dialog.visible_terms, HOTLINE.replace("-", " "))  # typed another way than printed
    qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    assert window.settings.get("detect/visible_terms") == [HOTLINE.replace("-", " ")]
    # The command line and the right-click entries read the same list.
    assert load_config(window.settings.config_path).visible_terms == (HOTLINE.replace("-", " "),)

    src = office_page(tmp_path / "kontak.png")
    window.open_files([str(src)])
    qtbot.waitUntil(lambda: window.doc is not None and window.doc.analysed and not window.session.busy, timeout=60_000)
    phone = next(r for r in window.doc.regions.values() if r.category == "phone")
    nik = next(r for r in window.doc.regions.values() if r.category == "nik")
    assert not phone.enabled and nik.enabled
    assert window.panel.finding_item(phone.id).checkState(0) == Qt.CheckState.Unchecked
    assert "left visible" in window.banner.text.text()

    with qtbot.waitSignal(window.export_finished, timeout=30_000):
        window.action("save").trigger()
    saved = Image.open(tmp_path / "kontak.redacted.png")
    box = nik.boxes[0]
    assert ink_fraction(saved, (box.left + 3, box.top + 3, box.right - 3, box.bottom - 3)) > 0.98
    p = phone.boxes[0]
    assert 0.02 < ink_fraction(saved, (p.left, p.top, p.right, p.bottom)) < 0.6  # the digits are still there
    assert NIK not in phone.preview


def test_the_lists_tab_speaks_indonesian(qtbot, tmp_path):  # noqa: ANN001
    make_app()
    i18n.install("id")
    try:
        dialog = SettingsDialog(make_settings(tmp_path))
        qtbot.addWidget(dialog)
        tab_widget = dialog.findChild(QTabWidget)
        titles = [tab_widget.tabText(i) for i in range(tab_widget.count())]
        assert "Daftar Anda" in titles
        assert dialog.visible_terms.accessibleName() == "Selalu biarkan terlihat"
    finally:
        i18n.install("en")
