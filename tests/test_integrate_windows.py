"""Windows Explorer entries: the same install code, with the registry replaced
by a dictionary, checked key by key; and the .reg export."""

from __future__ import annotations

import re
from pathlib import Path

from redactor import integrate
from redactor.integrate import windows
from test_integrate_helpers import windows_argv

EXE = r"C:\Program Files\Redactor\redactorw.exe"
ICON = r"C:\Program Files\Redactor\redactorw.exe,0"
SHELL = r"Software\Classes\SystemFileAssociations\image\shell"


class FakeRegistry:
    """Records every call, in order."""

    def __init__(self) -> None:
        self.values: dict[tuple[str, str], str] = {}
        self.calls: list[tuple] = []

    def set_value(self, key: str, name: str, value: str) -> None:
        self.calls.append(("set", key, name, value))
        self.values[(key, name)] = value

    def get_value(self, key: str, name: str) -> str | None:
        return self.values.get((key, name))

    def delete_tree(self, key: str) -> None:
        self.calls.append(("delete", key))
        for k in [k for k in self.values if k[0] == key or k[0].startswith(key + "\\")]:
            del self.values[k]

    def notify_shell(self) -> None:
        self.calls.append(("notify",))


def ctx(language: str = "en"):
    return integrate.make_context(
        platform="windows", command=EXE, language=language, out=lambda _m: None
    )


def test_install_writes_exact_keys_and_values() -> None:
    reg = FakeRegistry()
    assert integrate.install(ctx(), registry=reg) == 0
    # Exactly these values, nothing else.
    assert reg.values == {
        (rf"{SHELL}\Redactor.Redact", "MUIVerb"): "Redact…",
        (rf"{SHELL}\Redactor.Redact", "Icon"): windows.default_icon(),
        (rf"{SHELL}\Redactor.Redact", "MultiSelectModel"): "Player",
        (rf"{SHELL}\Redactor.Redact\command", ""): f'"{EXE}" gui -- "%1"',
        (rf"{SHELL}\Redactor.RedactAuto", "MUIVerb"): "Redact automatically",
        (rf"{SHELL}\Redactor.RedactAuto", "Icon"): windows.default_icon(),
        (rf"{SHELL}\Redactor.RedactAuto", "MultiSelectModel"): "Player",
        (rf"{SHELL}\Redactor.RedactAuto\command", ""): f'"{EXE}" redact --notify --gather -- "%1"',
    }
    # Explorer is told after the keys are written, once.
    assert reg.calls[-1] == ("notify",)
    assert reg.calls.count(("notify",)) == 1


def test_labels_in_indonesian() -> None:
    reg = FakeRegistry()
    integrate.install(ctx("id"), registry=reg)
    assert reg.values[(rf"{SHELL}\Redactor.Redact", "MUIVerb")] == "Sensor…"
    assert reg.values[(rf"{SHELL}\Redactor.RedactAuto", "MUIVerb")] == "Sensor otomatis"


def test_command_gives_the_program_the_file_unchanged() -> None:
    reg = FakeRegistry()
    integrate.install(ctx(), registry=reg)
    command = reg.values[(rf"{SHELL}\Redactor.RedactAuto\command", "")]
    for name in [r"C:\Users\Budi Santoso\Pictures\KTP ünï.png", r"D:\-dash.png", r"C:\a&b (1).jpg"]:
        expanded = command.replace("%1", name)
        assert windows_argv(expanded) == [EXE, "redact", "--notify", "--gather", "--", name]


def test_python_launcher_quoting() -> None:
    c = integrate.make_context(platform="windows", command=EXE, out=lambda _m: None)
    c.launcher = integrate.common.Launcher((r"C:\Users\Budi Santoso\venv\Scripts\pythonw.exe", "-m", "redactor"))
    entries = {(e.key, e.name): e.value for e in windows.registry_entries(c, icon=ICON)}
    command = entries[(rf"{SHELL}\Redactor.Redact\command", "")]
    assert command == r'"C:\Users\Budi Santoso\venv\Scripts\pythonw.exe" -m redactor gui -- "%1"'


def test_uninstall_removes_both_verbs_and_nothing_else() -> None:
    reg = FakeRegistry()
    reg.set_value(rf"{SHELL}\OtherApp.Edit", "MUIVerb", "Edit with Other")
    before = dict(reg.values)
    integrate.install(ctx(), registry=reg)
    reg.calls.clear()
    assert integrate.uninstall(ctx(), registry=reg) == 0
    assert reg.values == before
    assert reg.calls == [
        ("delete", rf"{SHELL}\Redactor.Redact"),
        ("delete", rf"{SHELL}\Redactor.RedactAuto"),
        ("notify",),
    ]


def test_status() -> None:
    reg = FakeRegistry()
    assert {r[1] for r in integrate.status(ctx(), registry=reg)} == {"missing"}
    integrate.install(ctx(), registry=reg)
    assert {r[1] for r in integrate.status(ctx(), registry=reg)} == {"installed"}
    assert integrate.is_installed(ctx(), registry=reg)
    reg.values[(rf"{SHELL}\Redactor.Redact", "Icon")] = "old.ico"
    states = {r[2]: r[1] for r in integrate.status(ctx(), registry=reg)}
    assert states[rf"HKCU\{SHELL}\Redactor.Redact"] == "outdated"


def test_dry_run_touches_nothing() -> None:
    reg = FakeRegistry()
    c = integrate.make_context(platform="windows", command=EXE, dry_run=True, out=lambda _m: None)
    integrate.install(c, registry=reg)
    integrate.uninstall(c, registry=reg)
    assert reg.calls == []


# --------------------------------------------------------------------------
# .reg export
# --------------------------------------------------------------------------


def parse_reg(text: str) -> tuple[dict[tuple[str, str], str], list[str]]:
    """Read a .reg file: values set, and keys deleted."""
    values: dict[tuple[str, str], str] = {}
    deleted: list[str] = []
    key = None
    for line in text.splitlines():
        if not line or line.startswith(";") or line.startswith("Windows Registry Editor"):
            continue
        m = re.fullmatch(r"\[(-?)HKEY_CURRENT_USER\\(.+)\]", line)
        if m:
            if m.group(1):
                deleted.append(m.group(2))
                key = None
            else:
                key = m.group(2)
            continue
        m = re.fullmatch(r'(@|"(?:[^"\\]|\\.)*")="((?:[^"\\]|\\.)*)"', line)
        assert m and key, f"unreadable line {line!r}"
        name = "" if m.group(1) == "@" else re.sub(r"\\(.)", r"\1", m.group(1)[1:-1])
        values[(key, name)] = re.sub(r"\\(.)", r"\1", m.group(2))
    return values, deleted


def test_reg_export_matches_what_install_writes(tmp_path: Path) -> None:
    out = tmp_path / "redactor.reg"
    assert integrate.main(["install", "--export-reg", str(out), "--command", EXE, "--lang", "en"]) == 0
    raw = out.read_bytes()
    assert raw.startswith(b"\xff\xfe")  # UTF-16 LE with BOM, as regedit writes
    text = raw[2:].decode("utf-16-le")
    assert text.startswith("Windows Registry Editor Version 5.00\r\n\r\n")
    assert "\r\n" in text and "\n" not in text.replace("\r\n", "")
    values, deleted = parse_reg(text)
    reg = FakeRegistry()
    integrate.install(ctx(), registry=reg)
    assert values == reg.values
    assert deleted == []
    # Readable by a person: the labels and the command appear as text.
    assert '"MUIVerb"="Redact…"' in text
    assert '@="\\"C:\\\\Program Files\\\\Redactor\\\\redactorw.exe\\" gui -- \\"%1\\""' in text


def test_reg_export_for_removal(tmp_path: Path) -> None:
    out = tmp_path / "redactor-remove.reg"
    assert integrate.main(["uninstall", "--export-reg", str(out), "--command", EXE]) == 0
    values, deleted = parse_reg(out.read_bytes()[2:].decode("utf-16-le"))
    assert values == {}
    assert deleted == [rf"{SHELL}\Redactor.Redact", rf"{SHELL}\Redactor.RedactAuto"]


def test_packaged_icon_exists() -> None:
    path = Path(windows.default_icon())
    assert path.exists() and path.read_bytes()[:4] == b"\x00\x00\x01\x00"  # ICO header
