"""Save screenshots of the desktop app to docs/screenshots/.

    xvfb-run -a .venv/bin/python scripts/ui_screenshots.py
    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/ui_screenshots.py

Renders realistic samples with Pillow (or uses assets/samples/*.png when
present), opens them in the real window with real Tesseract, and grabs the
main window with findings, the Edit tool on a selected box, an internal-system warning, the start screen and
the batch window, in English and Bahasa Indonesia.
"""
from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"


def _font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    names = (["DejaVuSans-Bold.ttf", "arialbd.ttf"] if bold else ["DejaVuSans.ttf", "arial.ttf"])
    for name in names:
        try:
            return ImageFont.truetype(name, size)
        except OSError:
            continue
    return ImageFont.load_default(size)


def chat_screenshot() -> Image.Image:
    """A phone chat where a colleague shares contact and identity details."""
    w, h = 720, 1000
    im = Image.new("RGB", (w, h), "#efe7de")
    d = ImageDraw.Draw(im)
    d.rectangle([0, 0, w, 96], fill="#075e54")
    d.ellipse([20, 22, 72, 74], fill="#cfd8dc")
    d.text((90, 22), "Grup Humas Dinas Kominfo", fill="white", font=_font(26, True))
    d.text((90, 58), "Sari, Andi, Anda", fill="#d0e8e4", font=_font(20))

    def bubble(y: int, lines: list[str], mine: bool = False, who: str = "") -> int:
        f = _font(26)
        lh = 38
        width = max(d.textlength(t, font=f) for t in lines) + 40
        height = len(lines) * lh + 28 + (30 if who else 0)
        x0 = w - width - 24 if mine else 24
        d.rounded_rectangle([x0, y, x0 + width, y + height], 14, fill="#dcf8c6" if mine else "white")
        ty = y + 14
        if who:
            d.text((x0 + 20, ty), who, fill="#b7478c", font=_font(20, True))
            ty += 30
        for t in lines:
            d.text((x0 + 20, ty), t, fill="#1b1b1b", font=f)
            ty += lh
        return y + height + 18

    y = 130
    y = bubble(y, ["Selamat pagi, data peserta", "pelatihan sudah saya kirim ya"], who="Sari")
    y = bubble(y, ["Nama: Rina Kartikasari", "NIK: 3273015507879901", "HP: 0812-3456-7890",
                   "Email: rina.kartika@gmail.com"], who="Sari")
    y = bubble(y, ["Siap, terima kasih Bu"], mine=True)
    y = bubble(y, ["Untuk transfer honor ke", "BCA 8720 1234 56 a.n. Rina"], who="Andi")
    y = bubble(y, ["Mohon segera diproses"], mine=True)
    d.rectangle([0, h - 80, w, h], fill="#f0f0f0")
    d.rounded_rectangle([16, h - 64, w - 90, h - 16], 24, fill="white")
    d.text((40, h - 54), "Ketik pesan", fill="#9e9e9e", font=_font(24))
    return im


def internal_screenshot() -> Image.Image:
    """An internal staff-performance system screen (posting these is discouraged)."""
    w, h = 1280, 760
    im = Image.new("RGB", (w, h), "#f4f6f9")
    d = ImageDraw.Draw(im)
    d.rectangle([0, 0, w, 64], fill="#1e3a8a")
    d.text((24, 16), "e-Kinerja  |  Badan Kepegawaian Daerah", fill="white", font=_font(26, True))
    d.text((w - 300, 20), "Selamat datang, Rina K.", fill="#dbeafe", font=_font(20))
    d.rectangle([0, 64, 230, h], fill="#ffffff")
    for i, item in enumerate(["Beranda", "Data Pegawai", "SKP", "Presensi", "Laporan", "Keluar"]):
        d.text((28, 96 + i * 48), item, fill="#1e3a8a" if i == 1 else "#475569", font=_font(22, i == 1))
    d.text((262, 90), "Data Pegawai", fill="#0f172a", font=_font(30, True))
    d.rounded_rectangle([262, 140, w - 32, h - 32], 12, fill="white", outline="#e2e8f0")
    rows = [("Nama", "Rina Kartikasari, S.Kom"), ("NIP", "198705152010012003"), ("NIK", "3273015507879901"),
            ("Pangkat/Gol", "Penata Muda Tk. I / III-b"), ("Unit Kerja", "Bidang Pengelolaan Informasi"),
            ("No. HP", "0812-3456-7890"), ("Email", "rina.kartika@gmail.com"),
            ("Alamat", "Jl. Cihampelas No. 12, Bandung")]
    for i, (label, value) in enumerate(rows):
        y = 168 + i * 62
        d.text((292, y), label, fill="#64748b", font=_font(24))
        d.text((540, y), value, fill="#0f172a", font=_font(24))
        d.line([292, y + 46, w - 64, y + 46], fill="#f1f5f9", width=2)
    return im


def letter_photo() -> Image.Image:
    im = Image.new("RGB", (900, 600), "#fbfbf8")
    d = ImageDraw.Draw(im)
    d.text((60, 50), "SURAT KETERANGAN", fill="#111", font=_font(34, True))
    d.text((60, 130), "Yang bertanda tangan di bawah ini menerangkan bahwa", fill="#222", font=_font(24))
    d.text((60, 190), "NIK: 3171234567890001", fill="#222", font=_font(26))
    d.text((60, 250), "Telp 0857-1122-3344", fill="#222", font=_font(26))
    d.text((60, 330), "adalah benar warga kelurahan kami.", fill="#222", font=_font(24))
    return im


def samples(folder: Path) -> dict[str, Path]:
    own = sorted((ROOT / "assets" / "samples").glob("*.png")) if (ROOT / "assets" / "samples").is_dir() else []
    paths = {}
    chat = folder / "chat-grup-humas.png"
    chat_screenshot().save(chat)
    paths["chat"] = chat
    internal = folder / "ekinerja-data-pegawai.png"
    internal_screenshot().save(internal)
    paths["internal"] = internal
    letter = folder / "surat-keterangan.jpg"
    letter_photo().save(letter, quality=90)
    paths["letter"] = letter
    for i, path in enumerate(own[:3]):
        paths[f"own{i}"] = path
    return paths


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # widget.grab() renders the same under Xvfb
    from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from redactor.ui import language as i18n
    from redactor.ui.app import make_app, prepare_processes
    from redactor.ui.batch_window import BatchWindow
    from redactor.ui.review import MainWindow
    from redactor.ui.settings import Settings

    prepare_processes()  # as the app does: batch workers forked from this threaded process could deadlock
    app = make_app()
    OUT.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="redactor-shots-"))
    files = samples(work)

    def pump(seconds: float = 0.3) -> None:
        loop = QEventLoop()
        QTimer.singleShot(int(seconds * 1000), loop.quit)
        loop.exec()

    def wait_for(predicate, timeout: float = 60) -> None:  # noqa: ANN001
        end = time.monotonic() + timeout
        while not predicate() and time.monotonic() < end:
            pump(0.05)

    def shoot(widget, name: str) -> None:  # noqa: ANN001
        pump(0.3)
        path = OUT / f"{name}.png"
        widget.grab().save(str(path))
        print("saved", path.relative_to(ROOT))

    for language in ("en", "id"):
        i18n.install(language)
        settings = Settings(work / f"ui-{language}.ini", config_path=work / "config.toml")
        for key in ("chat", "letter", "internal"):
            settings.add_recent(str(files[key]))
        window = MainWindow(settings)
        window.resize(1280 if language == "en" else 1024, 820)  # the narrower one checks the toolbar fits
        window.show()
        pump()
        shoot(window, "start-screen" if language == "en" else "start-screen-id")
        for key, name in (("chat", "review-findings"), ("internal", "review-internal-system")):
            window.open_path(str(files[key]))
            wait_for(lambda: window.doc is not None and window.doc.analysed and not window.session.busy)
            if key == "chat" and window.doc.regions:
                first = next(iter(window.doc.regions))
                window.canvas.select_regions([first])
                window.panel.select_regions([first])
            shoot(window, f"{name}-{language}")
            if key == "chat" and language == "en" and window.doc.regions:
                largest = max(window.doc.regions.values(), key=lambda r: r.boxes[0].width * r.boxes[0].height)
                window.canvas.select_regions([largest.id])
                window.panel.select_regions([largest.id])
                window.action("toolEdit").trigger()  # V: the selected box shows its handles
                shoot(window, "review-edit-en")
                window.action("toolDraw").trigger()
        if language == "en":
            window.open_path(str(files["letter"]))
            wait_for(lambda: window.doc is not None and window.doc.analysed and not window.session.busy)
            shown = []
            window.preview_ready.connect(lambda: shown.append(True))
            window.doc.set_style("pixelate")
            wait_for(lambda: bool(shown) and not window.session.preview.rendering)  # the pixelated preview is on screen
            window.save()  # beside the original, as Ctrl+S does: a photo's safe copy stays a JPEG
            wait_for(lambda: window.exporter.saving is None)  # written on the thread pool
            shoot(window, "review-pixelate-saved-en")
            from redactor.ui.settings_dialog import SettingsDialog

            dialog = SettingsDialog(settings, window)
            dialog.show()
            shoot(dialog, "settings-en")
            dialog.close()
        window.close()

        batch = BatchWindow(settings)
        batch.resize(1100, 600)
        batch.show()
        if language == "en":
            shoot(batch, "batch-empty")
        folder = work / f"batch-{language}"
        folder.mkdir()
        for key in ("chat", "internal", "letter"):
            target = folder / files[key].name
            target.write_bytes(files[key].read_bytes())
        (folder / "foto-rusak.jpg").write_bytes(b"\xff\xd8\xff\xe0" + b"\x00" * 64)
        batch.add_paths([str(folder)])
        done = []
        batch.batch_finished.connect(lambda: done.append(True))
        batch.start()
        wait_for(lambda: bool(done), timeout=300)
        shoot(batch, f"batch-done-{language}")
        batch.close()
    app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
