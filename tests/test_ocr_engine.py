"""The OCR engine: libtesseract in process, the tesseract program as the fallback, and nothing on disk.

Both engines run for real here (CI has the tesserocr wheel and Debian's tesseract);
the fallback is forced the way it happens on a user's machine: tesserocr cannot be imported.
"""
from __future__ import annotations

import os
import re
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
import textwrap
import threading
import time
from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from conftest import font

from redactor.ocr import engine as engine_mod
from redactor.ocr import get_engine, run_ocr

pytestmark = pytest.mark.usefixtures("tesseract")

REAL = shutil.which("tesseract")
LINES = [
    "Nama Lengkap : Siti Rahmawati",
    "NIK : 3273015507879901",
    "Telepon : 0812-3456-7890",
    "Alamat : Jl. Merdeka No. 17, Bandung",
]


def page() -> Image.Image:
    image = Image.new("RGB", (760, 60 + 44 * len(LINES)), "white")
    draw = ImageDraw.Draw(image)
    for i, line in enumerate(LINES):
        draw.text((24, 24 + 44 * i), line, fill=(20, 20, 20), font=font(20))
    return image


@pytest.fixture
def fresh_engines():
    engine_mod.forget_engines()
    yield
    engine_mod.forget_engines()


@pytest.fixture
def program_only(monkeypatch, fresh_engines):
    """As on a machine where tesserocr cannot be imported."""
    monkeypatch.setitem(sys.modules, "tesserocr", None)
    assert not engine_mod.library_available()


def test_library_engine_reads_in_process_with_the_shipped_language_data(fresh_engines, monkeypatch):
    monkeypatch.delenv("REDACTOR_TESSDATA", raising=False)
    monkeypatch.delenv("TESSDATA_PREFIX", raising=False)
    monkeypatch.delenv("REDACTOR_TESSERACT", raising=False)
    engine = get_engine()
    assert isinstance(engine, engine_mod.LibraryEngine)
    assert engine.tessdata == engine_mod.BUNDLED_TESSDATA
    assert engine.version.startswith("5.")
    for code in ("ind", "eng", "osd"):
        assert (engine_mod.BUNDLED_TESSDATA / f"{code}.traineddata").stat().st_size > 1_000_000
    assert "Apache License" in (engine_mod.BUNDLED_TESSDATA / "LICENSE").read_text()
    text = " ".join(w.text for w in run_ocr(page(), engine=engine).words)
    assert "3273015507879901" in text and "Rahmawati" in text
    assert get_engine() is engine  # made once per process


def test_the_users_own_language_data_folder_is_used(tmp_path, fresh_engines, monkeypatch):
    for code in ("ind", "eng"):
        shutil.copy(engine_mod.BUNDLED_TESSDATA / f"{code}.traineddata", tmp_path)
    monkeypatch.setenv("REDACTOR_TESSDATA", str(tmp_path))
    engine = get_engine()
    assert isinstance(engine, engine_mod.LibraryEngine) and engine.tessdata == tmp_path
    # A folder named in the settings must hold the languages itself.
    engine_mod.forget_engines()
    with pytest.raises(engine_mod.OcrError, match="has no"):
        get_engine("ind+eng", tessdata=str(tmp_path / "empty"))


def test_engines_are_reused_across_bands_and_images(fresh_engines):
    engine = get_engine()
    run_ocr(page(), engine=engine, bands=2)
    run_ocr(page(), engine=engine, bands=2)
    idle = engine._idle["ind+eng"]
    assert 1 <= idle.qsize() <= 2  # at most one API object per band thread, kept for the next image


def test_models_load_in_the_background_and_go_to_the_first_reads(fresh_engines):
    engine = get_engine()
    engine.warm(2)
    assert engine._made["ind+eng"] == 2
    words = run_ocr(page(), engine=engine, bands=2).words
    assert any("3273015507879901" in w.text for w in words)
    assert engine._made["ind+eng"] == 2  # the reads took the loaded ones: none was loaded twice


def test_warm_up_loads_the_models_a_first_image_needs(fresh_engines):
    from redactor.config import Config
    from redactor.pipeline import warm_up
    from redactor.visual import faces

    faces._net.cache_clear()
    warm_up(Config(), cores=2)
    engine = get_engine()
    assert engine._made["ind+eng"] == 2  # one reader per band of the first image, already loaded
    assert faces._net.cache_info().currsize == 1  # and the face model
    words = run_ocr(page(), engine=engine, bands=2).words
    assert any("3273015507879901" in w.text for w in words)
    assert engine._made["ind+eng"] == 2  # the image's bands used them: nothing was loaded again


def test_broken_language_data_fails_closed_on_the_first_read(tmp_path, fresh_engines):
    for code in ("ind", "eng"):
        (tmp_path / f"{code}.traineddata").write_bytes(b"\x00not a model" * 100)
    engine = get_engine(tessdata=str(tmp_path))
    engine.warm(2)  # loading fails in the background ...
    with pytest.raises(engine_mod.OcrError, match="could not load"):  # ... and the read says so
        run_ocr(page(), engine=engine)
    with pytest.raises(engine_mod.OcrError, match="could not load"):
        engine.check()


def test_both_engines_give_the_same_words(fresh_engines, monkeypatch):
    image = page()
    library = get_engine()
    assert isinstance(library, engine_mod.LibraryEngine)
    monkeypatch.setitem(sys.modules, "tesserocr", None)
    engine_mod.forget_engines()
    program = get_engine()
    assert isinstance(program, engine_mod.ProgramEngine)
    a, b = run_ocr(image, engine=library), run_ocr(image, engine=program)
    assert [w.text for w in a.words] == [w.text for w in b.words]
    for x, y in zip(a.words, b.words):
        assert abs(x.box.left - y.box.left) <= 2 and abs(x.box.right - y.box.right) <= 2, (x, y)
    # The same line structure: words grouped into the same lines.
    assert [[w.text for w in line.words] for line in a.lines()] == [[w.text for w in line.words] for line in b.lines()]


def test_the_fallback_is_used_where_tesserocr_cannot_be_imported(program_only, tmp_path):
    from redactor.config import Config
    from redactor.pipeline import redact_file

    src = tmp_path / "in.png"
    page().save(src)
    result = redact_file(src, tmp_path / "out.png", config=Config(visual=False))
    assert isinstance(get_engine(), engine_mod.ProgramEngine)
    assert any(f.category == "nik" for f in result.analysis.findings)


def recorder(tmp_path: Path) -> Path:
    """A tesseract that notes its working folder, that folder's mode and its temp folder, then runs the real one."""
    log = tmp_path / "seen.txt"
    script = tmp_path / "tesseract"
    script.write_text(textwrap.dedent(f"""\
        #!/bin/sh
        for a in "$@"; do case "$a" in --list-langs|--version) exec {REAL} "$@";; esac; done
        echo "$PWD $(stat -c %a "$PWD") $TMPDIR" >> {log}
        exec {REAL} "$@"
        """))
    script.chmod(0o755)
    return script


def test_the_fallback_runs_in_a_private_folder_removed_after_each_call(tmp_path, fresh_engines):
    script = recorder(tmp_path)
    engine = get_engine(tesseract_cmd=str(script))
    assert isinstance(engine, engine_mod.ProgramEngine)
    words = run_ocr(page(), engine=engine).words
    assert any("3273015507879901" in w.text for w in words)
    seen = (tmp_path / "seen.txt").read_text().split("\n")
    seen = [line.split() for line in seen if line]
    assert seen
    for folder, mode, tmpdir in seen:
        assert mode == "700" and tmpdir == folder
        assert Path(folder).parent == Path(tempfile.gettempdir())
        assert not Path(folder).exists(), "the private folder outlived the call"


@pytest.mark.skipif(os.name == "nt", reason="POSIX signals")
@pytest.mark.parametrize("signame", ["SIGTERM", "SIGHUP"])
def test_a_signal_ends_the_child_and_removes_the_private_folder(tmp_path, signame):
    """Killed mid-OCR, redactor leaves neither a running Tesseract nor its folder behind."""
    note = tmp_path / "child.txt"
    slow = tmp_path / "tesseract"
    slow.write_text(textwrap.dedent(f"""\
        #!/bin/sh
        for a in "$@"; do case "$a" in --list-langs|--version) exec {REAL} "$@";; esac; done
        echo "$$ $PWD" > {note}
        exec sleep 60
        """))
    slow.chmod(0o755)
    src = tmp_path / "in.png"
    page().save(src)
    proc = subprocess.Popen([sys.executable, "-m", "redactor", "redact", str(src), "-o", str(tmp_path / "out.png"),
                             "--no-visual"], env={**os.environ, "REDACTOR_TESSERACT": str(slow)},
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 240  # a loaded machine starts Python slowly
    while not note.exists() or not note.read_text().strip():
        assert time.monotonic() < deadline and proc.poll() is None, proc.communicate()
        time.sleep(0.05)
    child_pid, folder = note.read_text().split()
    assert Path(folder).is_dir() and stat.S_IMODE(Path(folder).stat().st_mode) == 0o700
    started = _start_time(int(child_pid))
    proc.send_signal(getattr(signal, signame))
    proc.wait(timeout=60)
    assert proc.returncode == -getattr(signal, signame)  # still dies of the signal, after cleaning up
    assert not Path(folder).exists()
    assert child_gone(int(child_pid), within=30, started=started)
    assert not (tmp_path / "out.png").exists()


def _start_time(pid: int) -> str | None:
    """When process `pid` started (clock ticks since boot, from /proc), or None where /proc cannot say."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[19]
    except (OSError, IndexError):
        return None


def child_gone(pid: int, within: float, started: str | None = None) -> bool:
    """The killed Tesseract has ended. A loaded machine may take a moment to end and reap it; a zombie
    (ended, not yet reaped by its new parent) counts as ended, and so does another process that took its
    number (`started` differs: on a machine running many programs, process numbers come round again)."""
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return True
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            if fields[0] == "Z" or (started is not None and fields[19] != started):
                return True
        except (OSError, IndexError):
            return True
        time.sleep(0.1)
    return False


# ------------------------------------------------------------------ no files
def written_paths(trace: str) -> set[str]:
    """Paths a traced process opened for writing, created, renamed to or made as folders."""
    found = set()
    for line in trace.splitlines():
        m = re.search(r'(openat|open|creat)\((?:AT_FDCWD, )?"([^"]+)", ([A-Z_|]+)', line)
        if m and (m.group(1) == "creat" or re.search(r"O_WRONLY|O_RDWR|O_CREAT", m.group(3))):
            if "= -1" not in line:
                found.add(m.group(2))
        m = re.search(r'(rename|renameat2?|link|linkat|symlink|mkdir|mkdirat)\(.*"([^"]+)"[^"]*\)\s*=\s*0', line)
        if m:
            found.add(m.group(2))
    return found


@pytest.mark.skipif(sys.platform != "linux", reason="strace")
@pytest.mark.parametrize("engine", ["library", "program"])
def test_a_redaction_writes_no_file_but_its_output(tmp_path, engine):
    """strace every file the whole process tree opens for writing, creates, renames or links."""
    if shutil.which("strace") is None:
        if os.environ.get("CI"):
            pytest.fail("strace is required (apt install strace)")
        pytest.skip("strace not installed")
    work = tmp_path / "work"
    out_dir = tmp_path / "out"
    work.mkdir()
    out_dir.mkdir()
    src = work / "shot.png"
    page().save(src)
    temp = tmp_path / "tmp"  # the process's temp folder, watched on its own (others share /tmp)
    temp.mkdir()
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1", "TMPDIR": str(temp)}
    env.pop("REDACTOR_TESSERACT", None)
    if engine == "program":
        env["REDACTOR_TESSERACT"] = REAL
    trace_file = tmp_path / "trace.txt"
    # One trace file per thread and process (-ff): with one file, a call another thread interrupts is printed in
    # two pieces ("unlink(... <unfinished ...>", "<... unlink resumed>) = 0") and its removal was not seen.
    run = subprocess.run(["strace", "-f", "-ff", "-qq", "-o", str(trace_file), "-e",
                          "trace=open,openat,creat,rename,renameat,renameat2,link,linkat,symlink,mkdir,mkdirat,unlink,unlinkat",
                          sys.executable, "-m", "redactor", "redact", str(src), "-o", str(out_dir / "shot.png")],
                         cwd=work, env=env, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    trace = "\n".join(part.read_text() for part in sorted(tmp_path.glob(trace_file.name + ".*")))
    assert "openat(" in trace, "strace saw nothing: the check itself is broken"
    written = {p for p in written_paths(trace) if not p.startswith(("/dev/", "/proc/"))}
    removed = set(re.findall(r'unlink(?:at)?\((?:AT_FDCWD, )?"([^"]+)"[^)]*\)\s*=\s*0', trace))
    # The fallback's private folder, and the 4-byte file ("blat") with which Python's tempfile checks,
    # once per process, that the temp folder is writable (made 0600 with O_EXCL, removed at once).
    allowed = {p for p in written if engine == "program" and Path(p).parent == temp
               and (Path(p).name.startswith("redactor-ocr-") or (p in removed and len(Path(p).name) == 8))}
    outside = {p for p in written - allowed if Path(os.path.join(work, p)).parent != out_dir}
    assert not outside, f"written outside the output folder: {sorted(outside)}"
    assert any(Path(p).parent == out_dir for p in written), "the trace does not show the output being written"
    # Nothing left behind either: the temp and working folders hold what they held.
    assert list(temp.iterdir()) == []
    assert sorted(p.name for p in work.iterdir()) == ["shot.png"]
    assert [p.name for p in out_dir.iterdir()] == ["shot.png"]


def test_a_process_that_stops_while_models_load_waits_for_them_before_tearing_down(tmp_path):
    # A missing file is reported before the background model load ends. Tearing libtesseract down
    # under a loader still inside it crashed the process now and then (exit -11 instead of 2), so the
    # interpreter must wait for the loaders: by the time exit handlers run, every load has finished.
    script = textwrap.dedent("""
        import atexit, sys
        from redactor.config import Config
        from redactor.ocr import get_engine
        config = Config()
        engine = get_engine(config.lang, config.tesseract_cmd, config.ocr_timeout, config.tessdata)
        engine.warm(2)
        pending = [f for futures in engine._loading.values() for f in futures]
        atexit.register(lambda: print("loaded", sum(f.done() for f in pending), "of", len(pending)))
        sys.exit(7)
    """)
    result = subprocess.run([sys.executable, "-c", script], cwd=tmp_path, capture_output=True, text=True)
    assert result.returncode == 7
    assert "loaded 2 of 2" in result.stdout


_FIRST_SCREENSHOT = textwrap.dedent("""
    import resource, sys
    from redactor.heap import share_one_heap
    share_one_heap()  # as the window's analysis process does
    from PIL import Image, ImageDraw, ImageFont
    from redactor import pipeline
    from redactor.config import Config
    from redactor.load import LoadedImage
    if len(sys.argv) > 1:
        pipeline.WARM_UP_PAGE = (int(sys.argv[1]), int(sys.argv[2]))
    pipeline.warm_up(Config(), cores=2)
    shot = Image.new("RGB", (1920, 1080), (246, 247, 249))
    draw = ImageDraw.Draw(shot)
    text = ImageFont.truetype("DejaVuSans.ttf", 14)
    for row in range(36):
        draw.text((40, 40 + 28 * row), f"{row + 1}  Pegawai Contoh {row}   19850717201001{row % 2 + 1}{row:03d}   "
                  f"0812-{3000 + row}-4000   Jl. Contoh No. {row}, Bandung", font=text, fill=(30, 30, 30))
    before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
    pipeline.analyse(LoadedImage(image=shot, source_format="PNG", metadata_found=(), name="shot"), Config(), cores=2)
    print(resource.getrusage(resource.RUSAGE_SELF).ru_minflt - before)
""")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="page faults counted as Linux counts them")
def test_after_the_warm_up_a_first_screenshot_finds_its_memory_ready(tmp_path):
    """The warm-up analyses a page as large as a screenshot, so the first screenshot's analysis does not
    fault its working memory in afresh (about 20 000 pages after a small warm-up page)."""
    script = tmp_path / "first_screenshot.py"
    script.write_text(_FIRST_SCREENSHOT)
    faults = int(subprocess.run([sys.executable, str(script)], capture_output=True, text=True, check=True,
                                timeout=300).stdout.split()[-1])
    assert faults < 8000, faults


@pytest.mark.skipif(os.name == "nt", reason="POSIX signals")
def test_a_tesseract_starting_while_the_signal_ends_the_others_is_ended_too(tmp_path, fresh_engines, monkeypatch):
    """One band's Tesseract was starting on its thread when SIGTERM ended the running ones: it was not yet known,
    outlived redactor and went on reading.  The ending waits for it and ends it too."""
    from redactor.errors import OcrError
    from redactor.ocr import program

    monkeypatch.setattr(program, "_CHILDREN", program._Children())  # (its "ending" must not reach other tests)
    slow = tmp_path / "tesseract"
    slow.write_text(textwrap.dedent(f"""\
        #!/bin/sh
        for a in "$@"; do case "$a" in --list-langs|--version) exec {REAL} "$@";; esac; done
        exec sleep 60
        """))
    slow.chmod(0o755)
    engine = get_engine(tesseract_cmd=str(slow))
    started: list[subprocess.Popen] = []
    real_popen = subprocess.Popen

    def slow_to_start(*args, **kwargs):
        time.sleep(0.5)  # a loaded machine: the fork comes late
        started.append(real_popen(*args, **kwargs))
        return started[-1]

    monkeypatch.setattr(program.subprocess, "Popen", slow_to_start)
    failures: list[BaseException] = []

    def read() -> None:
        try:
            engine._run(page(), ["--psm", "11"], timeout=60)
        except OcrError as exc:
            failures.append(exc)

    band = threading.Thread(target=read)
    band.start()
    time.sleep(0.1)
    program._CHILDREN.end_all()
    band.join(timeout=30)
    assert not band.is_alive() and started
    assert started[0].poll() is not None, "a Tesseract outlived the ending"
