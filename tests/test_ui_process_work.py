"""Every reading the review window asks for runs in its analysis process, never in a thread of the window's
own process: a PDF's pages and the check of an exported copy too. So opening something else, or quitting,
ends that reading at once. Real widgets, real Tesseract, real files."""
from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest
from PIL import Image

from ui_support import analysed, long_page, review_window, write_sample  # noqa: F401, I001 (review_window is the `window` fixture)

from PySide6.QtCore import QThreadPool

from redactor.ui.analysis_process import shared

TIMEOUT = 120_000


def no_reading_in_the_window_process() -> bool:
    return QThreadPool.globalInstance().activeThreadCount() == 0


def test_a_pdf_is_read_in_the_analysis_process_and_opening_an_image_ends_it(qtbot, window, tmp_path):  # noqa: ANN001
    scan = tmp_path / "scan.pdf"
    Image.open(long_page(tmp_path / "long.png")).save(scan, "PDF", resolution=150.0)  # seconds of OCR
    window.open_files([str(scan)])
    qtbot.waitUntil(lambda: shared().working, timeout=10_000)
    reader = shared().pid
    qtbot.wait(300)
    assert window.session.busy and shared().working
    assert no_reading_in_the_window_process()
    # The user drops an image instead: the PDF's reading ends, the image is analysed.
    sample = write_sample(tmp_path / "surat.png")
    window.open_path(str(sample))
    qtbot.waitUntil(lambda: analysed(window), timeout=TIMEOUT)
    assert shared().pid != reader
    assert window.doc.name == "surat.png" and window.doc.findings()
    assert window.session.analysis_error is None


def test_the_check_of_a_saved_copy_runs_in_the_analysis_process(qtbot, window, tmp_path):  # noqa: ANN001
    window.open_path(str(write_sample(tmp_path / "surat.png")))
    qtbot.waitUntil(lambda: analysed(window), timeout=TIMEOUT)
    qtbot.waitUntil(no_reading_in_the_window_process, timeout=10_000)  # the covered preview has been drawn
    with qtbot.waitSignal(window.export_check.finished, timeout=TIMEOUT) as blocker:
        assert window.save_to(tmp_path / "out.png")
        qtbot.waitUntil(lambda: window.export_check.running, timeout=30_000)  # once the file is written
        assert shared().working
        assert no_reading_in_the_window_process()
    assert blocker.args[0].clean
    assert "Checked: no data still readable" in window.export_banner.text.text()


@pytest.mark.usefixtures("tesseract")
def test_the_analysis_process_never_runs_the_apps_main_script_again(tmp_path):  # noqa: ANN001
    """A main script without the `if __name__ == "__main__"` guard still starts its analysis process once,
    and the process loads no Qt: spawn runs the parent's main script in the child unless told otherwise."""
    marks = tmp_path / "marks.txt"
    script = tmp_path / "embedding_app.py"
    script.write_text(textwrap.dedent(f"""
        import os, sys
        with open({str(marks)!r}, "a") as out:
            out.write(f"{{os.getpid()}}\\n")
        import PySide6.QtCore
        from redactor.config import Config
        from redactor.ui.analysis_process import AnalysisProcess
        process = AnalysisProcess()
        assert process.start(Config()).result(timeout=120) is None
        import probe_modules
        print("qt in the process:", process.call(probe_modules.loaded, "PySide6").result(timeout=60))
        process.close()
    """))
    (tmp_path / "probe_modules.py").write_text("import sys\n\ndef loaded(name):\n    return name in sys.modules\n")
    run = subprocess.run([sys.executable, str(script)], cwd=tmp_path, capture_output=True, text=True, timeout=300,
                         env={**os.environ, "PYTHONPATH": str(tmp_path)})
    assert run.returncode == 0, run.stderr[-3000:]
    assert "qt in the process: False" in run.stdout
    assert len(marks.read_text().split()) == 1, "the main script ran again in the analysis process"
