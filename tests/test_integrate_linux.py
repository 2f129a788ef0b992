"""Linux file-manager entries, installed into a temporary home.

Checks every file written (content, mode, desktop-file-validate), runs each
entry's command line the way its file manager would, and checks that
uninstall leaves the tree exactly as it was.
"""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from redactor import integrate
from redactor.integrate import linux
from redactor.integrate.common import (
    IMAGE_MIME_TYPES,
    Launcher,
    desktop_exec_arg,
    detect_language,
)
from test_integrate_helpers import (
    desktop_exec_argv,
    keyfile_unescape,
    nemo_exec_argv,
    read_keyfile,
    recorded,
    run,
    snapshot,
    thunar_command,
    write_recorder,
)

# Names a user might really have: spaces, unicode, quotes, shell characters,
# a leading dash, a percent sign.
AWKWARD_NAMES = [
    "Screenshot 2024-05-01 at 10.00.png",
    "KTP ünï cödé — Budi.png",
    "-starts with dash.png",
    "it's \"quoted\" $HOME `x` %F 100%.png",
    "back\\slash.png",
]


def ctx_for(home: Path, language: str = "en", command: str | None = None, **kw):
    return integrate.make_context(
        home=home, platform="linux", language=language, command=command, out=lambda _m: None, **kw
    )


def installed_paths(home: Path) -> dict[str, int]:
    return {
        str(p.relative_to(home)): stat.S_IMODE(p.stat().st_mode)
        for p in home.rglob("*")
        if p.is_file()
    }


# --------------------------------------------------------------------------
# What gets written
# --------------------------------------------------------------------------


def test_install_writes_every_expected_file_with_its_mode(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    assert linux.install(ctx_for(home), list(linux.DESKTOPS)) == 0

    files = installed_paths(home)
    share = ".local/share"
    expected = {
        f"{share}/applications/redactor.desktop": 0o644,
        f"{share}/nautilus/scripts/Redact…": 0o755,
        f"{share}/nautilus/scripts/Redact automatically": 0o755,
        f"{share}/kio/servicemenus/redactor.desktop": 0o755,  # KF6 needs +x
        f"{share}/nemo/actions/redactor-redact.nemo_action": 0o644,
        f"{share}/nemo/actions/redactor-redact-auto.nemo_action": 0o644,
        ".config/Thunar/uca.xml": 0o644,
        f"{share}/redactor/integration.json": 0o644,
        f"{share}/icons/hicolor/scalable/apps/redactor.svg": 0o644,
    }
    for size in linux.ICON_SIZES:
        expected[f"{share}/icons/hicolor/{size}x{size}/apps/redactor.png"] = 0o644
    assert files == expected


def test_icons_are_real_images_of_the_right_size(tmp_path: Path) -> None:
    from PIL import Image

    linux.install(ctx_for(tmp_path), [])
    for size in linux.ICON_SIZES:
        with Image.open(tmp_path / f".local/share/icons/hicolor/{size}x{size}/apps/redactor.png") as im:
            assert im.size == (size, size)
    svg = (tmp_path / ".local/share/icons/hicolor/scalable/apps/redactor.svg").read_text()
    ET.fromstring(svg)


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils missing")
def test_desktop_files_pass_desktop_file_validate(tmp_path: Path) -> None:
    linux.install(ctx_for(tmp_path), list(linux.DESKTOPS))
    app = tmp_path / ".local/share/applications/redactor.desktop"
    result = run(["desktop-file-validate", str(app)])
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in (result.stdout + result.stderr).lower()

    # A Dolphin service menu is Type=Service, a KDE extension the validator
    # does not know; the only complaints allowed are the ones about that type.
    menu = tmp_path / ".local/share/kio/servicemenus/redactor.desktop"
    result = run(["desktop-file-validate", str(menu)])
    lines = [l for l in (result.stdout + result.stderr).splitlines() if l.strip()]
    allowed = (
        'key "MimeType" is present in group "Desktop Entry", but the type is "Service"',
        'key "Actions" is present in group "Desktop Entry", but the type is "Service"',
    )
    unexpected = [l for l in lines if not any(a in l for a in allowed)]
    assert unexpected == []


def test_app_entry_offers_open_with_for_images(tmp_path: Path) -> None:
    linux.install(ctx_for(tmp_path), [])
    entry = read_keyfile(tmp_path / ".local/share/applications/redactor.desktop")
    main = entry["Desktop Entry"]
    assert main["Type"] == "Application"
    assert main["Name"] == "Redactor"
    assert main["Icon"] == "redactor"
    assert main["MimeType"].split(";")[:-1] == list(IMAGE_MIME_TYPES)
    exe = integrate.make_context(home=tmp_path, platform="linux").launcher.argv
    assert desktop_exec_argv(main["Exec"], ["/a b.png"]) == [*exe, "gui", "--", "/a b.png"]
    auto = entry["Desktop Action redact-auto"]
    assert auto["Name[id]"] == "Sensor otomatis"
    assert desktop_exec_argv(auto["Exec"], ["/x.png"]) == [*exe, "redact", "--notify", "--", "/x.png"]


def test_kde_service_menu_content(tmp_path: Path) -> None:
    linux.install(ctx_for(tmp_path), ["kde"])
    menu = read_keyfile(tmp_path / ".local/share/kio/servicemenus/redactor.desktop")
    head = menu["Desktop Entry"]
    assert head["Type"] == "Service"
    assert head["X-KDE-ServiceTypes"] == "KonqPopupMenu/Plugin"
    assert head["Actions"] == "redactReview;redactAuto;"
    assert "image/png;" in head["MimeType"] and "image/jpeg;" in head["MimeType"]
    assert menu["Desktop Action redactReview"]["Name"] == "Redact…"
    assert menu["Desktop Action redactReview"]["Name[id]"] == "Sensor…"
    assert menu["Desktop Action redactAuto"]["Name"] == "Redact automatically"


def test_nemo_actions_content(tmp_path: Path) -> None:
    linux.install(ctx_for(tmp_path), ["cinnamon"])
    for name, label in (("redactor-redact", "Redact…"), ("redactor-redact-auto", "Redact automatically")):
        action = read_keyfile(tmp_path / f".local/share/nemo/actions/{name}.nemo_action")["Nemo Action"]
        assert action["Name"] == label
        assert action["Active"] == "true"
        assert action["Selection"] == "NotNone"
        assert action["Quote"] == "double"
        assert action["Mimetypes"].startswith("image/png;")
        assert action["Icon-Name"] == "redactor"


def test_thunar_actions_in_new_uca_xml(tmp_path: Path) -> None:
    linux.install(ctx_for(tmp_path), ["xfce"])
    root = ET.parse(tmp_path / ".config/Thunar/uca.xml").getroot()
    assert root.tag == "actions"
    ids = [a.findtext("unique-id") for a in root]
    assert ids == ["redactor-review-1", "redactor-auto-1"]
    for action in root:
        assert action.find("image-files") is not None
        assert action.findtext("icon") == "redactor"
        assert "%F" in action.findtext("command")
        names = {n.get("{http://www.w3.org/XML/1998/namespace}lang"): n.text for n in action.findall("name")}
        assert set(names) == {None, "id"}


def test_gnome_script_names_follow_the_locale(tmp_path: Path) -> None:
    linux.install(ctx_for(tmp_path, language="id"), ["gnome"])
    scripts = sorted(p.name for p in (tmp_path / ".local/share/nautilus/scripts").iterdir())
    assert scripts == ["Sensor otomatis", "Sensor…"]


def test_language_detection() -> None:
    assert detect_language({"LANG": "id_ID.UTF-8"}) == "id"
    assert detect_language({"LANGUAGE": "id:en", "LANG": "en_US.UTF-8"}) == "id"
    assert detect_language({"LC_ALL": "en_GB.UTF-8", "LANG": "id_ID.UTF-8"}) == "en"
    assert detect_language({"LANG": "C.UTF-8"}) == "en"
    assert detect_language({"LANG": "Indonesian_Indonesia.1252"}) == "id"


def test_detect_desktops() -> None:
    none = lambda _p: None  # noqa: E731
    assert linux.detect_desktops({"XDG_CURRENT_DESKTOP": "ubuntu:GNOME"}, none) == ["gnome"]
    assert linux.detect_desktops({"XDG_CURRENT_DESKTOP": "KDE"}, none) == ["kde"]
    assert linux.detect_desktops({"XDG_CURRENT_DESKTOP": "X-Cinnamon"}, none) == ["cinnamon"]
    assert linux.detect_desktops({"XDG_CURRENT_DESKTOP": "XFCE"}, lambda p: p == "nemo") == ["xfce", "cinnamon"]
    assert linux.detect_desktops({}, none) == list(linux.DESKTOPS)


# --------------------------------------------------------------------------
# Quoting: every entry hands the program exactly the selected files
# --------------------------------------------------------------------------


@pytest.fixture()
def recorder(tmp_path: Path) -> tuple[Path, Path]:
    """A stand-in program installed under a hostile directory name."""
    prog = tmp_path / "opt dir" / "it's \"odd\" $PATH `x` 50% ünï" / "redactor"
    record = tmp_path / "argv.bin"
    write_recorder(prog, record)
    return prog, record


@pytest.fixture()
def awkward_files(tmp_path: Path) -> list[str]:
    folder = tmp_path / "My Pictures ünï"
    folder.mkdir()
    paths = []
    for name in AWKWARD_NAMES:
        (folder / name).write_bytes(b"not read by the recorder")
        paths.append(str(folder / name))
    return paths


def test_exec_quoting_round_trips() -> None:
    for arg in ["plain", "a b", 'q"uote', "back\\slash", "$HOME", "`cmd`", "100%", "ünï"]:
        line = desktop_exec_arg(arg) + " %F"
        assert desktop_exec_argv(line, []) == [arg]


def test_gnome_script_passes_selected_files(tmp_path, recorder, awkward_files) -> None:
    prog, record = recorder
    linux.install(ctx_for(tmp_path / "home", command=str(prog)), ["gnome"])
    scripts = tmp_path / "home/.local/share/nautilus/scripts"
    for name, head in (("Redact automatically", ["redact", "--notify", "--"]), ("Redact…", ["gui", "--"])):
        # As GNOME Files runs it: selected paths one per line in the variable,
        # current directory set to the folder, names as arguments.
        env = dict(os.environ, NAUTILUS_SCRIPT_SELECTED_FILE_PATHS="\n".join(awkward_files) + "\n")
        folder = Path(awkward_files[0]).parent
        result = run([str(scripts / name), *[Path(p).name for p in awkward_files]], env=env, cwd=folder)
        assert result.returncode == 0, result.stderr
        assert recorded(record) == [*head, *awkward_files]
        # Without the variable (a remote folder) the arguments pass through as given.
        env.pop("NAUTILUS_SCRIPT_SELECTED_FILE_PATHS")
        result = run([str(scripts / name), *awkward_files], env=env, cwd=folder)
        assert recorded(record) == [*head, *awkward_files]


def test_kde_exec_passes_selected_files(tmp_path, recorder, awkward_files) -> None:
    prog, record = recorder
    linux.install(ctx_for(tmp_path / "home", command=str(prog)), ["kde"])
    menu = read_keyfile(tmp_path / "home/.local/share/kio/servicemenus/redactor.desktop")
    argv = desktop_exec_argv(menu["Desktop Action redactAuto"]["Exec"], awkward_files)
    assert argv[0] == str(prog)
    assert run(argv).returncode == 0
    assert recorded(record) == ["redact", "--notify", "--", *awkward_files]
    argv = desktop_exec_argv(menu["Desktop Action redactReview"]["Exec"], awkward_files)
    run(argv)
    assert recorded(record) == ["gui", "--", *awkward_files]


def test_app_entry_exec_passes_selected_files(tmp_path, recorder, awkward_files) -> None:
    prog, record = recorder
    linux.install(ctx_for(tmp_path / "home", command=str(prog)), [])
    entry = read_keyfile(tmp_path / "home/.local/share/applications/redactor.desktop")
    run(desktop_exec_argv(entry["Desktop Entry"]["Exec"], awkward_files))
    assert recorded(record) == ["gui", "--", *awkward_files]


def test_nemo_exec_passes_selected_files(tmp_path, recorder, awkward_files) -> None:
    prog, record = recorder
    linux.install(ctx_for(tmp_path / "home", command=str(prog)), ["cinnamon"])
    actions = tmp_path / "home/.local/share/nemo/actions"
    auto = read_keyfile(actions / "redactor-redact-auto.nemo_action")["Nemo Action"]
    run(nemo_exec_argv(auto["Exec"], awkward_files))
    assert recorded(record) == ["redact", "--notify", "--", *awkward_files]
    review = read_keyfile(actions / "redactor-redact.nemo_action")["Nemo Action"]
    run(nemo_exec_argv(review["Exec"], awkward_files))
    assert recorded(record) == ["gui", "--", *awkward_files]


def test_thunar_command_passes_selected_files(tmp_path, recorder, awkward_files) -> None:
    prog, record = recorder
    linux.install(ctx_for(tmp_path / "home", command=str(prog)), ["xfce"])
    root = ET.parse(tmp_path / "home/.config/Thunar/uca.xml").getroot()
    commands = {a.findtext("unique-id"): a.findtext("command") for a in root}
    # Thunar runs the expanded command with /bin/sh -c.
    run(["/bin/sh", "-c", thunar_command(commands["redactor-auto-1"], awkward_files)])
    assert recorded(record) == ["redact", "--notify", "--", *awkward_files]
    run(["/bin/sh", "-c", thunar_command(commands["redactor-review-1"], awkward_files)])
    assert recorded(record) == ["gui", "--", *awkward_files]


# --------------------------------------------------------------------------
# Uninstall restores the tree exactly
# --------------------------------------------------------------------------

THUNAR_PRETTY = """<?xml version="1.0" encoding="UTF-8"?>
<actions>
<action>
\t<icon>utilities-terminal</icon>
\t<name>Open Terminal Here</name>
\t<submenu></submenu>
\t<unique-id>1700000000000000-1</unique-id>
\t<command>exo-open --working-directory %f --launch TerminalEmulator</command>
\t<description>Example for a custom action</description>
\t<range></range>
\t<patterns>*</patterns>
\t<startup-notify/>
\t<directories/>
</action>
<action>
\t<icon>image</icon>
\t<name>Resize &amp; rotate</name>
\t<unique-id>1700000000000001-2</unique-id>
\t<command>convert %f -resize 50%% %f.small.png</command>
\t<description>Mine</description>
\t<patterns>*.png</patterns>
\t<image-files/>
</action>
</actions>
"""

# Thunar itself saves the whole file on one line.
THUNAR_ONE_LINE = (
    '<?xml encoding="UTF-8" version="1.0"?>\n<actions><action><icon></icon><name>Mine</name>'
    "<unique-id>1-1</unique-id><command>echo %F</command><description></description>"
    "<patterns>*</patterns><other-files/></action></actions>\n"
)


def populate(home: Path, uca: str | None) -> None:
    """A lived-in home: other scripts, other menus, other apps' files."""
    share = home / ".local/share"
    (share / "applications").mkdir(parents=True)
    (share / "applications/gimp.desktop").write_text("[Desktop Entry]\nType=Application\nName=GIMP\nExec=gimp %U\n")
    (share / "nautilus/scripts").mkdir(parents=True)
    mine = share / "nautilus/scripts/Send to phone"
    mine.write_text("#!/bin/sh\necho hi\n")
    mine.chmod(0o750)
    (share / "icons/hicolor/48x48/apps").mkdir(parents=True)
    (share / "icons/hicolor/48x48/apps/other.png").write_bytes(b"\x89PNG other")
    if uca is not None:
        (home / ".config/Thunar").mkdir(parents=True)
        (home / ".config/Thunar/uca.xml").write_text(uca, encoding="utf-8")
        (home / ".config/Thunar/uca.xml").chmod(0o600)


@pytest.mark.parametrize("uca", [None, THUNAR_PRETTY, THUNAR_ONE_LINE], ids=["no-uca", "pretty-uca", "one-line-uca"])
def test_uninstall_restores_the_tree_exactly(tmp_path: Path, uca: str | None) -> None:
    home = tmp_path / "home"
    home.mkdir()
    populate(home, uca)
    before = snapshot(home)

    ctx = ctx_for(home)
    assert linux.install(ctx, list(linux.DESKTOPS)) == 0
    after_install = snapshot(home)
    assert after_install != before
    if uca is not None:
        root = linux.uca_parse((home / ".config/Thunar/uca.xml").read_text())
        ids = [a.findtext("unique-id") for a in root]
        assert ids[-2:] == ["redactor-review-1", "redactor-auto-1"]
        assert len(ids) == len(linux.uca_parse(uca)) + 2  # the user's actions kept
        assert stat.S_IMODE((home / ".config/Thunar/uca.xml").stat().st_mode) == 0o600
    # A second install changes nothing.
    assert linux.install(ctx, list(linux.DESKTOPS)) == 0
    assert snapshot(home) == after_install

    assert linux.uninstall(ctx) == 0
    assert snapshot(home) == before


def test_uninstall_from_empty_home_leaves_it_empty(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    assert integrate.main(["install", "--home", str(home), "--desktop", "all"]) == 0
    assert integrate.main(["uninstall", "--home", str(home)]) == 0
    assert list(home.iterdir()) == []


def test_switching_language_leaves_no_stale_scripts(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    populate(home, THUNAR_PRETTY)
    before = snapshot(home)
    linux.install(ctx_for(home, language="en"), list(linux.DESKTOPS))
    linux.install(ctx_for(home, language="id"), list(linux.DESKTOPS))
    scripts = sorted(p.name for p in (home / ".local/share/nautilus/scripts").iterdir())
    assert scripts == ["Send to phone", "Sensor otomatis", "Sensor…"]
    linux.uninstall(ctx_for(home, language="en"))
    assert snapshot(home) == before


def test_uninstall_without_manifest_removes_only_our_files(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    populate(home, THUNAR_PRETTY)
    before = snapshot(home)
    linux.install(ctx_for(home), list(linux.DESKTOPS))
    (home / ".local/share/redactor/integration.json").unlink()
    linux.uninstall(ctx_for(home))
    after = snapshot(home)
    # Every file is back as it was; only directories we created may remain.
    assert {k: v for k, v in after.items() if v[0] == "file"} == {
        k: v for k, v in before.items() if v[0] == "file"
    }


def test_a_foreign_file_with_our_name_is_not_removed(tmp_path: Path) -> None:
    home = tmp_path / "home"
    other = home / ".local/share/kio/servicemenus/redactor.desktop"
    other.parent.mkdir(parents=True)
    other.write_text("[Desktop Entry]\nType=Service\nName=Someone else's\n")
    linux.uninstall(ctx_for(home))
    assert other.exists()


def test_broken_uca_xml_is_left_untouched(tmp_path: Path) -> None:
    home = tmp_path / "home"
    (home / ".config/Thunar").mkdir(parents=True)
    broken = "<actions><action><name>half"
    (home / ".config/Thunar/uca.xml").write_text(broken)
    assert linux.install(ctx_for(home), ["xfce"]) == 1
    assert (home / ".config/Thunar/uca.xml").read_text() == broken


def test_user_edits_in_between_are_kept(tmp_path: Path) -> None:
    """Thunar may rewrite uca.xml (one line) after we install; uninstall still works."""
    home = tmp_path / "home"
    home.mkdir()
    populate(home, THUNAR_PRETTY)
    ctx = ctx_for(home)
    linux.install(ctx, ["xfce"])
    uca = home / ".config/Thunar/uca.xml"
    root = ET.parse(uca).getroot()
    oneline = '<?xml encoding="UTF-8" version="1.0"?>\n' + ET.tostring(root, encoding="unicode").replace("\n", "").replace("\t", "")
    uca.write_text(oneline)
    linux.uninstall(ctx)
    ids = [a.findtext("unique-id") for a in linux.uca_parse(uca.read_text())]
    assert ids == ["1700000000000000-1", "1700000000000001-2"]


# --------------------------------------------------------------------------
# Command line: status, dry run
# --------------------------------------------------------------------------


def test_status_reports_each_component(tmp_path: Path, capsys) -> None:
    home = tmp_path / "home"
    home.mkdir()
    assert integrate.main(["status", "--home", str(home), "--platform", "linux"]) == 0
    out = capsys.readouterr().out
    assert "missing" in out and "installed" not in out
    integrate.main(["install", "--home", str(home), "--desktop", "gnome,kde", "--platform", "linux"])
    capsys.readouterr()
    integrate.main(["status", "--home", str(home), "--platform", "linux"])
    rows = [l.split(None, 2) for l in capsys.readouterr().out.splitlines()]
    states = {}
    for component, state, _where in rows:
        states.setdefault(component, set()).add(state)
    assert states["app"] == {"installed"}
    assert states["gnome"] == {"installed"}
    assert states["kde"] == {"installed"}
    assert states["cinnamon"] == {"missing"}
    assert states["xfce"] == {"missing"}
    ctx = ctx_for(home)
    assert integrate.is_installed(ctx)


def test_dry_run_changes_nothing(tmp_path: Path, capsys) -> None:
    home = tmp_path / "home"
    home.mkdir()
    assert integrate.main(["install", "--home", str(home), "--desktop", "all", "--dry-run"]) == 0
    assert list(home.iterdir()) == []
    assert "would write" in capsys.readouterr().out


def test_unknown_desktop_is_a_usage_error(tmp_path: Path) -> None:
    assert integrate.main(["install", "--home", str(tmp_path), "--desktop", "windowmaker"]) == 2


def test_launcher_is_an_absolute_path() -> None:
    launcher = integrate.make_context(platform="linux").launcher
    assert os.path.isabs(launcher.argv[0])
    assert Path(launcher.argv[0]).exists()


# --------------------------------------------------------------------------
# End to end: the installed entries really redact (needs `redactor redact`)
# --------------------------------------------------------------------------


def make_sample(path: Path) -> None:
    from PIL import Image, ImageDraw, ImageFont

    image = Image.new("RGB", (900, 160), "white")
    draw = ImageDraw.Draw(image)
    try:
        font = ImageFont.truetype("DejaVuSans.ttf", 28)
    except OSError:
        font = ImageFont.load_default(size=28)
    draw.text((20, 30), "Email: budi.santoso@example.com", fill="black", font=font)
    draw.text((20, 90), "HP: 0812-3456-7890", fill="black", font=font)
    image.save(path)


@pytest.fixture(scope="module")
def real_redactor() -> Launcher:
    launcher = integrate.make_context(platform="linux").launcher
    probe = subprocess.run([*launcher.argv, "redact", "--help"], capture_output=True, text=True, timeout=120)
    assert probe.returncode == 0, "the `redactor redact` command is not available: " + probe.stderr[-500:]
    return launcher


@pytest.fixture()
def notify_log(tmp_path: Path) -> tuple[dict[str, str], Path]:
    """A stand-in notify-send on PATH that records its arguments."""
    bindir = tmp_path / "fakebin"
    log = tmp_path / "notify.log"
    write_recorder(bindir / "notify-send", log)
    env = dict(os.environ, PATH=f"{bindir}{os.pathsep}{os.environ.get('PATH', '')}")
    return env, log


def expect_outputs(paths: list[str]) -> None:
    for p in paths:
        out = Path(p).with_name(Path(p).stem + ".redacted.png")
        assert out.exists(), f"no {out.name} beside {Path(p).name}"
        assert out.stat().st_size > 0


@pytest.fixture()
def samples(tmp_path: Path) -> list[str]:
    folder = tmp_path / "Screenshots ünï"
    folder.mkdir()
    paths = []
    for name in ["layar 1.png", "-dash ünï.png", "it's $x.png"]:
        make_sample(folder / name)
        paths.append(str(folder / name))
    return paths


def test_e2e_gnome_script_redacts(tmp_path, real_redactor, samples, notify_log) -> None:
    env, log = notify_log
    home = tmp_path / "home"
    linux.install(ctx_for(home), ["gnome"])
    script = home / ".local/share/nautilus/scripts/Redact automatically"
    env = dict(env, NAUTILUS_SCRIPT_SELECTED_FILE_PATHS="\n".join(samples) + "\n")
    result = run([str(script), *[Path(p).name for p in samples]], env=env, cwd=Path(samples[0]).parent)
    assert result.returncode in (0, 2), result.stderr
    expect_outputs(samples)
    assert log.exists(), "no desktop notification was sent"


def test_e2e_kde_nemo_thunar_redact(tmp_path, real_redactor, samples, notify_log) -> None:
    env, _log = notify_log
    home = tmp_path / "home"
    linux.install(ctx_for(home), ["kde", "cinnamon", "xfce"])
    share = home / ".local/share"

    def clean() -> None:
        for p in samples:
            Path(p).with_name(Path(p).stem + ".redacted.png").unlink(missing_ok=True)

    menu = read_keyfile(share / "kio/servicemenus/redactor.desktop")
    result = run(desktop_exec_argv(menu["Desktop Action redactAuto"]["Exec"], samples), env=env)
    assert result.returncode in (0, 2), result.stderr
    expect_outputs(samples)
    clean()

    nemo = read_keyfile(share / "nemo/actions/redactor-redact-auto.nemo_action")["Nemo Action"]
    result = run(nemo_exec_argv(nemo["Exec"], samples[:1]), env=env)
    assert result.returncode in (0, 2), result.stderr
    expect_outputs(samples[:1])
    clean()

    root = ET.parse(home / ".config/Thunar/uca.xml").getroot()
    command = next(a.findtext("command") for a in root if a.findtext("unique-id") == "redactor-auto-1")
    result = run(["/bin/sh", "-c", thunar_command(command, samples[1:])], env=env)
    assert result.returncode in (0, 2), result.stderr
    expect_outputs(samples[1:])


def test_e2e_review_entry_opens_one_window(tmp_path, real_redactor, samples) -> None:
    """ "Redact…" twice: the first opens the window, the second hands its files
    to it and exits (needs `redactor gui` from the app)."""
    home = tmp_path / "home"
    linux.install(ctx_for(home), ["kde"])
    menu = read_keyfile(home / ".local/share/kio/servicemenus/redactor.desktop")
    exec_line = menu["Desktop Action redactReview"]["Exec"]
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_RUNTIME_DIR=str(runtime),
        REDACTOR_NO_NOTIFY="1",
    )
    first = subprocess.Popen(
        desktop_exec_argv(exec_line, samples[:1]), env=env,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        # Wait until the first one listens (its socket appears in the runtime dir).
        deadline = time.monotonic() + 60
        while not list(runtime.rglob("*.sock")):
            assert first.poll() is None, "the window did not start: " + first.stderr.read()[-2000:]
            assert time.monotonic() < deadline, "the window never started listening"
            time.sleep(0.1)
        second = subprocess.run(
            desktop_exec_argv(exec_line, samples[1:]), env=env,
            capture_output=True, text=True, timeout=60,
        )
        assert second.returncode == 0, second.stderr
        assert first.poll() is None, "the first window closed: " + first.stderr.read()[-2000:]
    finally:
        first.kill()
        first.wait()


def test_uninstall_never_deletes_what_a_hostile_manifest_lists(tmp_path: Path) -> None:
    """Run as root with --home H, uninstall used to delete any path H's user wrote into integration.json."""
    home = tmp_path / "home"
    home.mkdir()
    victim = tmp_path / "etc" / "shadow"
    victim.parent.mkdir()
    victim.write_text("root:$6$secret\n")
    inside = home / "notes.txt"                  # inside the home but not a file an install writes
    inside.write_text("mine")
    ctx = ctx_for(home)
    assert linux.install(ctx, list(linux.DESKTOPS)) == 0
    manifest = home / ".local/share/redactor/integration.json"
    data = json.loads(manifest.read_text())
    data["files"][str(victim)] = "app"
    data["files"][str(inside)] = "kde"
    data["created_dirs"].append(str(victim.parent))
    empty = tmp_path / "empty-system-dir"
    empty.mkdir()
    data["created_dirs"].append(str(empty))
    manifest.write_text(json.dumps(data))
    linux.uninstall(ctx)
    assert victim.read_text() == "root:$6$secret\n" and inside.read_text() == "mine" and empty.is_dir()


def test_uninstall_keeps_a_changed_file_with_our_name(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    ctx = ctx_for(home)
    linux.install(ctx, ["kde"])
    menu = home / ".local/share/kio/servicemenus/redactor.desktop"
    menu.write_text("[Desktop Entry]\nType=Service\nName=Mine now\n")   # listed in the manifest, not ours now
    linux.uninstall(ctx)
    assert menu.read_text().endswith("Mine now\n")


def test_install_and_uninstall_refuse_symlinked_folders(tmp_path: Path) -> None:
    home = tmp_path / "home"
    elsewhere = tmp_path / "system" / "servicemenus"
    elsewhere.mkdir(parents=True)
    (home / ".local/share/kio").mkdir(parents=True)
    os.symlink(elsewhere, home / ".local/share/kio/servicemenus")
    ctx = ctx_for(home)
    assert linux.install(ctx, ["kde"]) == 1                      # skipped, and says so
    assert list(elsewhere.iterdir()) == []
    # a file of ours that a link now leads to is not deleted through the link either
    planted = elsewhere / "redactor.desktop"
    planted.write_text(f"[Desktop Entry]\n{linux.MARKER}=kde\n")
    linux.uninstall(ctx)
    assert planted.exists()


def test_gnome_script_never_splits_a_name_at_a_newline(tmp_path, recorder) -> None:
    """A selected `a<newline>b.png` used to reach the tool as `a` and `b.png`: an unselected b.png was redacted."""
    prog, record = recorder
    linux.install(ctx_for(tmp_path / "home", command=str(prog)), ["gnome"])
    script = tmp_path / "home/.local/share/nautilus/scripts/Redact automatically"
    folder = tmp_path / "pics"
    folder.mkdir()
    tricky = folder / "a\nb.png"
    tricky.write_bytes(b"x")
    (folder / "b.png").write_bytes(b"x")              # not selected
    env = dict(os.environ, NAUTILUS_SCRIPT_SELECTED_FILE_PATHS=f"{tricky}\n")
    result = run([str(script), tricky.name], env=env, cwd=folder)
    assert result.returncode == 0, result.stderr
    assert recorded(record) == ["redact", "--notify", "--", str(tricky)]
    # Only the variable (no arguments): its lines are not trusted when one is not a file.
    (folder / "a").unlink(missing_ok=True)
    record.unlink(missing_ok=True)
    result = run([str(script)], env=env, cwd=folder)
    assert result.returncode != 0 and not record.exists()
