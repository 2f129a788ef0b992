"""What a file carries besides its pixels (GPS location first) is shown as soon as it opens."""
from __future__ import annotations

from pathlib import Path

import pytest

from ui_support import make_settings, sample_image, show_review_window  # noqa: I001

from PIL import Image

from redactor.ui import language as i18n


@pytest.fixture
def window(qtbot, tmp_path):  # noqa: ANN001, ANN201
    win = show_review_window(qtbot, make_settings(tmp_path))
    yield win
    i18n.install("en")


def photo_with_gps(path: Path, image: Image.Image) -> Path:
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"
    exif[0x0110] = "Phone 12"
    exif.get_ifd(0x8825).update({1: "S", 2: (6.0, 54.0, 51.0), 3: "E", 4: (107.0, 36.0, 35.0)})
    image.save(path, "JPEG", quality=92, exif=exif)
    return path


def open_and_watch(qtbot, window, path: Path) -> list[tuple[str, str, str]]:  # noqa: ANN001
    """Open `path`; returns every banner shown (level, title, text) until the scan has finished."""
    seen: list[tuple[str, str, str]] = []
    show = window.banner.show_message

    def recording(level, title, text="", button=""):  # noqa: ANN001, ANN202
        seen.append((level, title, text))
        show(level, title, text, button)

    window.banner.show_message = recording
    window.open_files([str(path)])
    qtbot.waitUntil(lambda: window.doc is not None and window.doc.analysed and not window.session.busy, timeout=60_000)
    return seen


def test_a_photo_with_gps_says_so_while_it_is_scanned_and_after(qtbot, window, tmp_path, tesseract):  # noqa: ANN001
    blank = Image.new("RGB", (900, 600), (90, 140, 110))  # nothing personal in the pixels
    seen = open_and_watch(qtbot, window, photo_with_gps(tmp_path / "kebun.jpg", blank))
    while_scanning = [s for s in seen if s[1] == "Looking for personal data…"]
    assert while_scanning, seen
    assert "GPS location" in while_scanning[0][2] and while_scanning[0][0] == "warn"

    assert window.banner.level == "warn"
    assert window.banner.title.text() == "The file records where it was taken"
    text = window.banner.text.text()
    assert text.index("GPS location") < text.index("camera make and model")  # location first
    assert "never the original file" in text


def test_findings_and_location_together(qtbot, window, tmp_path, tesseract):  # noqa: ANN001
    open_and_watch(qtbot, window, photo_with_gps(tmp_path / "surat.jpg", sample_image()))
    assert window.banner.title.text().startswith("Found: 1 NIK")
    assert window.banner.text.text().startswith("The file records where it was taken (GPS location).")


def test_no_metadata_no_note(qtbot, window, tmp_path, tesseract):  # noqa: ANN001
    path = tmp_path / "plain.png"
    sample_image().save(path)
    open_and_watch(qtbot, window, path)
    assert "GPS" not in window.banner.text.text() and "Hidden details" not in window.banner.text.text()


def test_the_note_in_indonesian(qtbot, window, tmp_path, tesseract):  # noqa: ANN001
    i18n.install("id")
    blank = Image.new("RGB", (900, 600), (90, 140, 110))
    open_and_watch(qtbot, window, photo_with_gps(tmp_path / "foto.jpg", blank))
    text = window.banner.text.text()
    assert "lokasi GPS" in text and "merek dan model kamera" in text, text
    assert text.index("lokasi GPS") < text.index("merek dan model kamera")
