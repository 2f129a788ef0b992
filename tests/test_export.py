"""Export stage: fresh encodes written atomically, never over the input, never partially."""
from __future__ import annotations

import io
import os
import stat
import subprocess
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from conftest import jpeg_segments, leftovers, png_end, sha256
from redactor import export
from redactor.errors import ExportError
from redactor.export import default_output_path, encode, save_image, write_atomic
from redactor.pipeline import strip_file


def picture(width=64, height=48, seed=0) -> Image.Image:
    rng = np.random.default_rng(seed)
    return Image.fromarray(rng.integers(0, 256, (height, width, 3), dtype=np.uint8))


# ------------------------------------------------------------------ encoding
@pytest.mark.parametrize("fmt, magic", [("png", b"\x89PNG"), ("jpg", b"\xff\xd8\xff"), ("jpeg", b"\xff\xd8\xff"),
                                        ("webp", b"RIFF")])
def test_encode_each_format_ends_at_its_end_marker(fmt, magic):
    data = encode(picture(), fmt)
    assert data.startswith(magic)
    if fmt == "png":
        assert png_end(data) == len(data)
    elif fmt.startswith("jp"):
        assert jpeg_segments(data)[1] == len(data)
    else:
        assert int.from_bytes(data[4:8], "little") + 8 == len(data)
    assert Image.open(io.BytesIO(data)).size == (64, 48)


def test_png_encode_is_lossless_and_deterministic():
    image = picture()
    data = encode(image, "png")
    assert data == encode(image.copy(), "png")
    assert np.array_equal(np.asarray(Image.open(io.BytesIO(data)).convert("RGB")), np.asarray(image))


def test_encode_drops_alpha_and_info():
    image = picture().convert("RGBA")
    image.info["comment"] = b"secret"
    data = encode(image, "png")
    assert Image.open(io.BytesIO(data)).mode == "RGB"
    assert b"secret" not in data


def test_unknown_format_is_refused():
    with pytest.raises(ExportError, match="unknown output format"):
        encode(picture(), "gif")


def test_default_output_names(tmp_path):
    assert default_output_path(Path("/x/shot.png")) == Path("/x/shot.redacted.png")
    assert default_output_path(Path("/x/photo.jpeg"), "jpg") == Path("/x/photo.redacted.jpg")
    assert default_output_path(Path("/x/a.b.png"), "webp", tmp_path) == tmp_path / "a.b.redacted.webp"


def test_save_image_takes_format_from_suffix(tmp_path):
    result = save_image(picture(), tmp_path / "out.jpg")
    assert result.path.read_bytes()[:3] == b"\xff\xd8\xff"
    assert result.n_bytes == result.path.stat().st_size


# ------------------------------------------------------------- atomic writes
def test_write_goes_through_a_temp_file_in_the_target_folder(tmp_path, monkeypatch):
    moves = []
    real_replace = os.replace

    def spy(src, dst):
        moves.append((Path(src), Path(dst), Path(src).read_bytes()))
        return real_replace(src, dst)

    monkeypatch.setattr(export.os, "replace", spy)
    target = tmp_path / "out" / "shot.redacted.png"
    target.parent.mkdir()
    data = encode(picture(), "png")
    result = write_atomic(data, target)
    assert len(moves) == 1
    src, dst, written = moves[0]
    assert src.parent == target.parent and src != target and dst == target
    assert written == data                           # complete before the rename
    assert result.path == target and target.read_bytes() == data
    assert leftovers(target.parent, [target.name]) == []


def test_output_equal_to_input_is_refused(tmp_path):
    source = tmp_path / "shot.png"
    picture().save(source)
    before = sha256(source)
    with pytest.raises(ExportError, match="overwrite the original"):
        write_atomic(b"new", source, protect=source)
    with pytest.raises(ExportError, match="overwrite the original"):
        strip_file(source, source)
    # also through another spelling of the same path and through a hard link
    with pytest.raises(ExportError):
        strip_file(source, tmp_path / "." / "shot.png")
    link = tmp_path / "link.png"
    os.link(source, link)
    with pytest.raises(ExportError):
        strip_file(source, link)
    assert sha256(source) == before
    assert leftovers(tmp_path, ["shot.png", "link.png"]) == []


def test_larger_file_at_output_path_is_fully_replaced(tmp_path):
    """aCropalypse regression: the old file's tail must not survive after the new end marker."""
    target = tmp_path / "shot.redacted.png"
    old = encode(picture(800, 600, seed=9), "png")
    target.write_bytes(old)
    data = encode(picture(32, 16), "png")
    assert len(old) > 10 * len(data)
    result = write_atomic(data, target)
    assert target.stat().st_size == len(data) == result.n_bytes
    assert png_end(target.read_bytes()) == len(data)


def test_missing_output_folder_is_a_clear_error(tmp_path):
    with pytest.raises(ExportError, match="does not exist"):
        write_atomic(b"x", tmp_path / "nowhere" / "out.png")


# ------------------------------------------------------- read-only / disk full
def _run(*cmd) -> bool:
    return subprocess.run(list(cmd), capture_output=True).returncode == 0


@pytest.fixture
def readonly_dir(tmp_path):
    folder = tmp_path / "readonly"
    folder.mkdir()
    (folder / "existing.txt").write_text("keep")
    undo = None
    if os.geteuid() != 0:
        folder.chmod(0o555)
        undo = lambda: folder.chmod(0o755)  # noqa: E731
    elif _run("chattr", "+i", str(folder)):
        undo = lambda: _run("chattr", "-i", str(folder))  # noqa: E731
    elif _run("mount", "-t", "tmpfs", "-o", "ro,size=64k", "tmpfs", str(folder)):
        undo = lambda: _run("umount", str(folder))  # noqa: E731
    else:
        pytest.skip("cannot make a read-only folder here (root without chattr or mount)")
    try:
        (folder / "probe").write_bytes(b"")
    except OSError:
        pass
    else:
        undo()
        pytest.skip("folder is still writable")
    yield folder
    undo()


def test_read_only_folder_gives_clear_error_and_no_partial_file(readonly_dir, tmp_path):
    source = tmp_path / "shot.png"
    picture().save(source)
    before = sha256(source)
    names_before = sorted(p.name for p in readonly_dir.iterdir())
    with pytest.raises(ExportError) as info:
        strip_file(source, readonly_dir / "shot.clean.png")
    message = str(info.value)
    assert "\n" not in message and ("permission" in message.lower() or "read-only" in message.lower()
                                    or "cannot write" in message.lower())
    assert sorted(p.name for p in readonly_dir.iterdir()) == names_before
    assert sha256(source) == before


@pytest.fixture
def tiny_disk(tmp_path):
    folder = tmp_path / "tiny"
    folder.mkdir()
    if os.geteuid() != 0 or not _run("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(folder)):
        pytest.skip("needs root and tmpfs to simulate a full disk")
    yield folder
    _run("umount", str(folder))


def test_disk_full_removes_the_temp_file(tiny_disk):
    data = encode(picture(400, 400, seed=3), "png")   # ~480 KB of noise: does not fit in 64 KB
    with pytest.raises(ExportError) as info:
        write_atomic(data, tiny_disk / "big.png")
    assert "disk full" in str(info.value) or "space" in str(info.value).lower()
    assert list(tiny_disk.iterdir()) == []


def test_longest_legal_output_name_is_written(tmp_path):
    """255 bytes is the usual limit; the temp file must not need more than the output name itself."""
    name = "a" * 236 + ".redacted.png"       # 249 characters
    result = write_atomic(encode(picture(), "png"), tmp_path / name)
    assert result.path.name == name and result.path.is_file()
    assert leftovers(tmp_path, [name]) == []


def test_symlink_at_output_path_is_replaced_not_followed(tmp_path):
    victim = tmp_path / "important.txt"
    victim.write_text("do not touch")
    link = tmp_path / "shot.redacted.png"
    link.symlink_to(victim)
    data = encode(picture(), "png")
    write_atomic(data, link)
    assert victim.read_text() == "do not touch"
    assert not link.is_symlink() and link.read_bytes() == data


def test_symlink_to_the_input_is_refused(tmp_path):
    source = tmp_path / "shot.png"
    picture().save(source)
    before = sha256(source)
    link = tmp_path / "out.png"
    link.symlink_to(source)
    with pytest.raises(ExportError):
        strip_file(source, link)
    assert sha256(source) == before


@pytest.mark.parametrize("fmt, size", [("webp", (100, 17000)), ("jpg", (100, 66000))])
def test_format_size_limits_are_a_clear_export_error(fmt, size):
    """Long scrolling screenshots exceed WebP (16383 px) and JPEG (65535 px) limits: say so, do not crash."""
    with pytest.raises(ExportError) as info:
        encode(Image.new("RGB", size, "white"), fmt)
    assert "\n" not in str(info.value)


def test_png_has_no_such_limit_for_long_screenshots():
    data = encode(Image.new("RGB", (100, 17000), "white"), "png")
    assert png_end(data) == len(data)


@pytest.mark.skipif(not hasattr(os, "fchmod"), reason="POSIX file modes")
def test_saved_copy_gets_the_users_usual_file_mode(tmp_path):
    """The safe copy is made to be shared: not the private 0600 of the temp file it was written to."""
    old = os.umask(0o022)
    try:
        import importlib
        import redactor.export as export
        importlib.reload(export)
        result = export.save_image(Image.new("RGB", (8, 8), "white"), tmp_path / "a.png")
    finally:
        os.umask(old)
        importlib.reload(export)
    assert stat.S_IMODE(result.path.stat().st_mode) == 0o644
