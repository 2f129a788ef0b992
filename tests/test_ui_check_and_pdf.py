"""The app's export check and PDF review, through the real window with real Tesseract."""
from __future__ import annotations

import pytest

from ui_support import NIK, PHONE, make_settings, sample_image, write_sample, show_review_window  # noqa: I001

from PySide6.QtGui import QGuiApplication

from redactor.findings import Box
from redactor.ui import language as i18n

pytestmark = pytest.mark.usefixtures("tesseract")
TIMEOUT = 120_000


@pytest.fixture
def window(qtbot, tmp_path):  # noqa: ANN001, ANN201
    win = show_review_window(qtbot, make_settings(tmp_path))
    yield win
    i18n.install("en")


def wait_analysed(qtbot, win) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: win.doc is not None and win.doc.analysed and not win.session.busy, timeout=TIMEOUT)


def test_save_is_checked_and_a_misplaced_box_is_offered_for_covering(qtbot, window, tmp_path):  # noqa: ANN001
    src = write_sample(tmp_path / "surat.png")
    window.open_files([str(src)])
    wait_analysed(qtbot, window)
    nik = next(r for r in window.doc.regions.values() if r.category == "nik")
    box = nik.boxes[0]
    # The user drags the NIK's box off its value, onto the empty right-hand side.
    window.doc.set_box(nik.id, 0, Box(box.left, box.top + 60, box.width, box.height))
    with qtbot.waitSignal(window.export_check.finished, timeout=TIMEOUT) as blocker:
        assert window.save_to(tmp_path / "out.png")
    check = blocker.args[0]
    assert "nik" in {f.category for f in check.still_readable}
    banner = window.export_check.banner
    assert banner.isVisible() and banner.level == "danger"
    assert "still readable" in banner.title.text()
    assert NIK not in banner.text.text() and "•" in banner.text.text()
    assert banner.button.isVisible()
    # "Cover them": the value gets a box again and the copy is saved and checked once more.
    with qtbot.waitSignal(window.export_check.finished, timeout=TIMEOUT) as blocker:
        banner.button.click()
    assert blocker.args[0].clean
    # A clean check is said in the "Saved" banner: one banner, not two stacked over the image.
    assert banner.isHidden()
    assert window.export_banner.title.text() == "Saved “out.png”"
    assert "Checked: no data still readable. The copy was read again" in window.export_banner.text.text()
    covering = [r for r in window.doc.regions.values() if r.category == "nik" and r.enabled]
    assert len(covering) == 2


def test_a_copy_showing_what_the_user_switched_off_is_not_called_free_of_data(qtbot, window, tmp_path):  # noqa: ANN001
    """The check leaves alone what the user chose to show; its banner says so instead of "no data readable"."""
    src = write_sample(tmp_path / "surat.png")
    window.open_files([str(src)])
    wait_analysed(qtbot, window)
    shown = [r.id for r in window.doc.regions.values() if r.category in ("nik", "phone")]
    window.doc.set_enabled(shown, False)
    with qtbot.waitSignal(window.export_check.finished, timeout=TIMEOUT) as blocker:
        assert window.save_to(tmp_path / "out.png")
    assert blocker.args[0].clean
    banner = window.export_check.banner
    assert banner.isVisible() and banner.level == "warn"
    assert banner.title.text() == "Checked: only what you chose to show is readable"
    assert f"{len(shown)} values found on the image" in banner.text.text()
    assert "no data still readable" not in window.export_banner.text.text()
    # Covered again, the same copy is free of data.
    window.doc.set_enabled(shown, True)
    with qtbot.waitSignal(window.export_check.finished, timeout=TIMEOUT):
        assert window.save_to(tmp_path / "out2.png")
    assert "Checked: no data still readable" in window.export_banner.text.text()


def test_copy_is_checked_in_indonesian(qtbot, window, tmp_path):  # noqa: ANN001
    i18n.install("id")
    window.retranslate()
    src = write_sample(tmp_path / "surat.png", with_metadata=False)
    window.open_files([str(src)])
    wait_analysed(qtbot, window)
    with qtbot.waitSignal(window.export_check.finished, timeout=TIMEOUT):
        window.copy_to_clipboard()
    assert not QGuiApplication.clipboard().image().isNull()
    assert window.export_check.banner.isHidden()
    assert window.export_banner.title.text().startswith("Tersalin")
    assert "Diperiksa: tidak ada data yang masih terbaca." in window.export_banner.text.text()


def test_a_label_covered_by_hand_does_not_make_the_check_cry_wolf(qtbot, window, tmp_path):  # noqa: ANN001
    """The user boxes a call centre's label; the number it named stays visible, as the analysis judged it.
    Read alone, the copy shows a bare phone number; beside what the analysis read there, it is clean."""
    from PIL import Image, ImageDraw

    from ui_support import font
    from redactor.config import Config
    from redactor.verify import verify_image

    image = Image.new("RGB", (1100, 300), "white")
    draw = ImageDraw.Draw(image)
    draw.text((40, 40), f"NIK: {NIK}", fill="black", font=font(40))
    draw.text((40, 160), "Call Center: +62 812 3456 7890", fill="black", font=font(40))
    image.save(tmp_path / "struk.png")
    window.open_files([str(tmp_path / "struk.png")])
    wait_analysed(qtbot, window)
    assert {r.category for r in window.doc.regions.values()} == {"nik"}
    label = Box(30, 150, int(font(40).getlength("Call Center:")) + 20, 60)
    window.doc.add_box(label)
    assert "phone" in {f.category for f in verify_image(window.doc.render(), Config(visual=False)).still_readable}
    with qtbot.waitSignal(window.export_check.finished, timeout=TIMEOUT) as blocker:
        assert window.save_to(tmp_path / "out.png")
    assert blocker.args[0].clean, blocker.args[0].previews()
    assert window.export_check.banner.isHidden()


def test_a_box_drawn_over_a_job_title_leaves_the_check_clean_and_a_name_box_slid_off_is_caught(  # noqa: ANN001
        qtbot, window, tmp_path):
    """A staff sheet whose names are known by their column only. A box drawn with the mouse over a job title
    changes the page around the labels; the check still judges the copy beside what the analysis read,
    so the copy is clean. A name's box then slid off its name is a leak, and the check says so."""
    from conftest import render_lines
    from ui_support import mouse_drag

    sheet = render_lines(["No   Nama                          Jabatan",
                          "1    Hendra Wijaya               Kepala Seksi",
                          "2    Sri Lestari                    Bendahara",
                          "3    Agus Prasetyo                Arsiparis",
                          "4    Dewi Anggraini               Analis Kepegawaian"], size=16, width=760)
    sheet.image.save(tmp_path / "pegawai.png")
    window.open_files([str(tmp_path / "pegawai.png")])
    wait_analysed(qtbot, window)
    names = [r for r in window.doc.regions.values() if r.category == "person_name"]
    assert len(names) == 4, [r.preview for r in window.doc.regions.values()]
    left, top, right, bottom = sheet.bbox(1, "Kepala Seksi")
    mouse_drag(window, (left - 4, top - 4), (right + 4, bottom + 4))
    drawn = [r for r in window.doc.regions.values() if r.manual]
    assert len(drawn) == 1 and drawn[0].boxes[0].left <= left and drawn[0].boxes[0].right >= right
    with qtbot.waitSignal(window.export_check.finished, timeout=TIMEOUT) as blocker:
        assert window.save_to(tmp_path / "drawn.png")
    assert blocker.args[0].clean, blocker.args[0].previews()
    assert window.export_check.banner.isHidden()
    assert "Checked: no data still readable" in window.export_banner.text.text()

    slid = names[1]
    box = slid.boxes[0]
    window.doc.set_box(slid.id, 0, Box(box.left, box.top + 32, box.width, box.height))
    with qtbot.waitSignal(window.export_check.finished, timeout=TIMEOUT) as blocker:
        assert window.save_to(tmp_path / "slid.png")
    assert [f.preview for f in blocker.args[0].still_readable] == [slid.preview]
    banner = window.export_check.banner
    assert banner.isVisible() and banner.level == "danger"
    assert "Sri" not in banner.text.text() and slid.preview in banner.text.text()


def _pdf(path, pages=2):  # noqa: ANN001, ANN202
    """A scanned two-page letter: page 1 with a NIK and a phone number, page 2 with a phone number."""
    from PIL import Image, ImageDraw

    from ui_support import font

    first = sample_image().resize((1654, 695))
    second = Image.new("RGB", (1654, 695), "white")
    ImageDraw.Draw(second).text((60, 60), f"Telp. {PHONE}", fill="black", font=font(60))
    first.save(path, "PDF", save_all=True, append_images=[second][:pages - 1], resolution=200.0)
    return path


def test_pdf_opens_with_pages_and_saves_one_image_only_pdf(qtbot, window, tmp_path):  # noqa: ANN001
    pypdf = pytest.importorskip("pypdf")
    src = _pdf(tmp_path / "surat.pdf")
    window.open_files([str(src)])
    wait_analysed(qtbot, window)
    assert window.pdf.active and window.pdf.bar.isVisible()
    assert window.pdf.bar.label.text() == "Page 1 of 2"
    assert "nik" in {r.category for r in window.doc.regions.values()}
    assert not window.pdf.bar.previous.isEnabled()
    window.pdf.bar.next.click()
    assert window.pdf.bar.label.text() == "Page 2 of 2"
    assert "phone" in {r.category for r in window.doc.regions.values()}
    assert window.default_save_path() == tmp_path / "surat.redacted.pdf"
    with qtbot.waitSignal(window.export_check.finished, timeout=TIMEOUT) as blocker:
        window.save()
        window.pdf.bar.previous.click()  # paging while the copy is checked keeps the check
    assert blocker.args[0].clean, blocker.args[0].previews()
    assert "Checked: no data still readable" in window.export_banner.text.text()
    assert window.export_banner.isVisible() and window.export_check.banner.isHidden()
    reader = pypdf.PdfReader(str(tmp_path / "surat.redacted.pdf"))
    assert len(reader.pages) == 2
    assert all(page.extract_text().strip() == "" for page in reader.pages)
    assert "/Info" not in reader.trailer
    # Back on page 1: its regions are still there (pages keep their own review).
    assert window.pdf.bar.label.text() == "Page 1 of 2"
    assert "nik" in {r.category for r in window.doc.regions.values()}
    # Another file replaces the PDF and its page bar.
    window.open_files([str(write_sample(tmp_path / "foto.png"))])
    wait_analysed(qtbot, window)
    assert not window.pdf.active and not window.pdf.bar.isVisible()


def test_while_a_pdf_opens_the_banner_says_so_and_nothing_about_the_image_still_shown(qtbot, window, tmp_path):  # noqa: ANN001
    pytest.importorskip("pypdf")
    window.open_files([str(write_sample(tmp_path / "foto.png"))])  # carries camera details
    wait_analysed(qtbot, window)
    assert "camera" in window.banner.text.text()
    window.open_files([str(_pdf(tmp_path / "surat.pdf"))])
    assert window.session.busy
    assert window.banner.title.text() == "Opening the PDF…"
    assert "camera" not in window.banner.text.text() and "Looking" not in window.banner.title.text()
    wait_analysed(qtbot, window)
    assert window.pdf.active and window.banner.title.text().startswith("Found: 1 NIK")



def test_copy_of_a_classified_letter_does_not_invite_posting_it(qtbot, window, tmp_path):  # noqa: ANN001
    """A letter marked SANGAT RAHASIA: the red banner says not to post it even covered. Copy still copies
    the covered image, but its banner says what the red one says instead of "paste it into your chat"."""
    from PIL import Image, ImageDraw

    from ui_support import font

    image = Image.new("RGB", (1100, 360), "white")
    draw = ImageDraw.Draw(image)
    draw.text((40, 40), "SANGAT RAHASIA", fill="black", font=font(44))
    draw.text((40, 160), f"NIK: {NIK}", fill="black", font=font(40))
    draw.text((40, 260), "Rapat koordinasi hari Senin", fill="black", font=font(40))
    image.save(tmp_path / "surat_rahasia.png")
    for lang, invite, warning in (("en", "paste it into your chat", "classified"),
                                  ("id", "tempelkan ke obrolan", "rahasia")):
        i18n.install(lang)
        window.retranslate()
        window.open_files([str(tmp_path / "surat_rahasia.png")])
        wait_analysed(qtbot, window)
        assert window.doc.verdict.discouraged, window.doc.verdict
        with qtbot.waitSignal(window.export_check.finished, timeout=TIMEOUT):
            window.copy_to_clipboard()
        assert not QGuiApplication.clipboard().image().isNull()
        title = window.export_banner.title.text()
        assert invite not in title and warning in title.lower(), title
