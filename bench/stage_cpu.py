"""CPU seconds per stage of a one-core redaction, as `redactor batch --jobs 1` runs it.

    .venv/bin/python bench/stage_cpu.py [FOLDER ...] [--limit N] [--size 1920x1080|any] [--lang ind]
    .venv/bin/python bench/stage_cpu.py --profile /tmp/ocr-stages.prof   # cProfile of the same run

Default images: the 12 1920x1080 screenshots `bench/speed.py --only peer` times against the peer.
Every image is redacted in this process with one core (`redact_file(..., cores=1)`), after one
warm-up image, so model loading is left out.  Each stage is timed with `time.process_time` (CPU of the
whole process: user + system) and counted exclusively: the Tesseract calls made inside the page
preparation's caller, the second look at the top bars or the faint-text search count as
`tesseract`, not twice.  CPU time, unlike wall time, hardly depends on what else the machine runs.

`--export-check` adds the `--verify` check of every output.  `--lang` reads with other languages
than the settings' (`ind`, `ind+eng`).
"""
from __future__ import annotations

import argparse
import cProfile
import functools
import importlib
import os
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from speed import pick_images, screenshots  # noqa: E402

from redactor.testing import isolate_user_settings  # noqa: E402

# (module, attribute, stage): what is timed.  A method is named "Class.method".
STAGES = [
    ("redactor.pipeline", "load_path", "load"),
    ("redactor.pipeline", "looks_like_photo", "photo check"),
    ("redactor.pipeline", "_find_page", "page finder"),
    ("redactor.ocr.reader", "prepare", "ocr: prepare"),
    ("redactor.ocr.reader", "_band_edges", "ocr: bands"),
    ("redactor.ocr.engine", "LibraryEngine.words", "ocr: tesseract"),
    ("redactor.ocr.engine", "LibraryEngine.text", "ocr: tesseract"),
    ("redactor.ocr.engine", "LibraryEngine.orientation", "ocr: tesseract"),
    ("redactor.ocr.program", "ProgramEngine.words", "ocr: tesseract"),
    ("redactor.pipeline", "reread_top_bars", "ocr: top-bar second look"),
    ("redactor.visual.stamps", "find_stamps", "ocr: stamp finder"),
    ("redactor.pipeline", "detect", "detect: text"),
    ("redactor.detect.engine", "Detector._wrapped_candidates", "detect: wrapped lines"),
    ("redactor.pipeline", "widen_to_ink", "detect: widen to ink"),
    ("redactor.pipeline", "find_see_through_boxes", "detect: see-through boxes"),
    ("redactor.pipeline", "find_faint_text", "detect: faint text"),
    ("redactor.pipeline", "_layout_findings", "visual: layout"),
    ("redactor.pipeline", "_pixel_findings", "visual: faces, codes, signatures"),
    ("redactor.pipeline", "render", "cover"),
    ("redactor.pipeline", "save_image", "export"),
    ("redactor.verify", "verify_file", "export check"),
]


class StageClock:
    """Exclusive CPU seconds per stage: time spent in a nested stage is taken off its caller's."""

    def __init__(self):
        self.seconds: dict[str, float] = defaultdict(float)
        self._stack: list[list] = []  # [stage, start, nested seconds]

    def wrap(self, stage: str, func):
        @functools.wraps(func)
        def timed(*args, **kwargs):
            entry = [stage, time.process_time(), 0.0]
            self._stack.append(entry)
            try:
                return func(*args, **kwargs)
            finally:
                self._stack.pop()
                spent = time.process_time() - entry[1]
                self.seconds[stage] += spent - entry[2]
                if self._stack:
                    self._stack[-1][2] += spent
        return timed

    def install(self) -> None:
        for module_name, attribute, stage in STAGES:
            module = importlib.import_module(module_name)
            owner, name = module, attribute
            if "." in attribute:
                class_name, name = attribute.split(".")
                owner = getattr(module, class_name)
            setattr(owner, name, self.wrap(stage, getattr(owner, name)))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folders", nargs="*", type=Path)
    parser.add_argument("--size", default="1920x1080")
    parser.add_argument("--limit", type=int, default=12)
    parser.add_argument("--lang", help="OCR languages instead of the settings' (e.g. ind, ind+eng)")
    parser.add_argument("--export-check", action="store_true", help="also the --verify check of every output")
    parser.add_argument("--profile", type=Path, help="write a cProfile of the timed run (CPU clock) here")
    parser.add_argument("--cv-threads", type=int, help="OpenCV's threads (default: its own choice, one per core)")
    args = parser.parse_args()
    isolate_user_settings()  # a user's own settings must not change a benchmark
    paths = ([p for folder in args.folders for p in pick_images(folder, args.size, args.limit)]
             if args.folders else screenshots(args.limit))
    if not paths:
        print("no images matched", file=sys.stderr)
        return 2

    from redactor.config import Config
    from redactor.pipeline import redact_file
    from redactor.verify import verify_file

    config = Config() if args.lang is None else Config(lang=args.lang)
    if args.cv_threads:
        import cv2

        cv2.setNumThreads(args.cv_threads)
    clock = StageClock()
    with tempfile.TemporaryDirectory(prefix="redactor-stage-cpu-") as tmp:
        redact_file(paths[0], Path(tmp) / "warm.png", config=config, cores=1)  # models and word lists loaded
        clock.install()
        profile = cProfile.Profile(time.process_time) if args.profile else None
        start = time.process_time()
        for path in paths:
            if profile:
                profile.enable()
            result = redact_file(path, Path(tmp) / (path.stem + ".png"), config=config, cores=1)
            if args.export_check:
                verify_file(result.output.path, config, cores=1)
            if profile:
                profile.disable()
        total = time.process_time() - start
    if profile:
        profile.dump_stats(str(args.profile))
    timed = sum(clock.seconds.values())
    ocr = sum(v for k, v in clock.seconds.items() if k.startswith("ocr:"))
    print(f"{len(paths)} images, lang {config.lang}, one core, CPU seconds (user + system), load "
          f"{os.getloadavg()[0]:.1f}")
    for stage, seconds in sorted(clock.seconds.items(), key=lambda kv: -kv[1]):
        print(f"  {stage:34} {seconds:7.2f} s  {seconds / len(paths) * 1000:7.0f} ms/image")
    print(f"  {'other':34} {total - timed:7.2f} s")
    print(f"total {total:.2f} s CPU ({total / len(paths):.2f} s per image); OCR stage {ocr:.2f} s "
          f"({ocr / len(paths):.2f} s per image), of which tesseract {clock.seconds['ocr: tesseract']:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
