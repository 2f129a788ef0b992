"""Batch workers start from a fresh interpreter, never as a fork of the process that runs the batch.

A fork copies the parent with only the thread that forked: a lock another thread held at that moment
stays held for ever in the worker. The app and the test runner run threads while a batch starts."""
from __future__ import annotations

import multiprocessing
import threading

import pytest
from PIL import Image, ImageDraw, ImageFont

from redactor.batch import run_batch
from redactor.ocr import engine as ocr_engine


def _page(path) -> None:  # noqa: ANN001
    image = Image.new("RGB", (900, 200), "white")
    try:
        font = ImageFont.truetype("DejaVuSans.ttf", 36)
    except OSError:
        font = ImageFont.load_default(36)
    ImageDraw.Draw(image).text((30, 70), "HP 0812-3456-7890", fill="black", font=font)
    image.save(path)


@pytest.mark.usefixtures("tesseract")
def test_a_batch_started_while_another_thread_makes_an_ocr_engine_does_not_hang(tmp_path):  # noqa: ANN001
    src = tmp_path / "in"
    src.mkdir()
    for i in range(2):
        _page(src / f"page{i}.png")
    plan = [(path, tmp_path / "out" / path.name) for path in sorted(src.iterdir())]
    # Another thread of this process is inside get_engine (the app warms its engine while a batch starts).
    holding, release = threading.Event(), threading.Event()

    def make_engine() -> None:
        with ocr_engine._ENGINES_LOCK:
            holding.set()
            release.wait(300)

    maker = threading.Thread(target=make_engine, daemon=True)
    maker.start()
    holding.wait(10)
    result: list = []
    batch = threading.Thread(target=lambda: result.append(run_batch(plan, jobs=2)), daemon=True)
    try:
        batch.start()
        batch.join(120)
        hung = batch.is_alive()
    finally:
        release.set()
        if batch.is_alive():  # the old way: the workers wait for a lock no thread of theirs will release
            for child in multiprocessing.active_children():
                child.kill()
            batch.join(60)
    assert not hung, "the batch's workers hung on a lock held by another thread of the parent"
    reports = result[0]
    assert [r.ok for r in reports] == [True, True], [r.error for r in reports]
    assert all((tmp_path / "out" / path.name).is_file() for path, _ in plan)
