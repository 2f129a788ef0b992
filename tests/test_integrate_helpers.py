"""Helpers for the integration tests: how each file manager turns an entry's
command line plus the selected files into a program's argument list.

Each function follows the file manager's documented or source behaviour, so a
quoting mistake in what we install shows up as a wrong argument list here.
"""

from __future__ import annotations

import os
import re
import shlex
import stat
import subprocess
from pathlib import Path


def snapshot(root: Path) -> dict[str, tuple[str, int, bytes]]:
    """Every path under root with its kind, permission bits and content."""
    out: dict[str, tuple[str, int, bytes]] = {}
    for dirpath, dirnames, filenames in os.walk(root):
        for name in dirnames + filenames:
            full = Path(dirpath) / name
            rel = str(full.relative_to(root))
            st = full.lstat()
            if stat.S_ISDIR(st.st_mode):
                out[rel] = ("dir", stat.S_IMODE(st.st_mode), b"")
            else:
                out[rel] = ("file", stat.S_IMODE(st.st_mode), full.read_bytes())
    return out


def read_keyfile(path: Path) -> dict[str, dict[str, str]]:
    """A minimal Desktop Entry / key-file reader: {group: {key: raw value}}."""
    groups: dict[str, dict[str, str]] = {}
    current: dict[str, str] | None = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = groups.setdefault(line[1:-1], {})
            continue
        assert current is not None, f"key outside a group: {line!r}"
        key, _, value = line.partition("=")
        assert key not in current, f"duplicate key {key}"
        current[key] = value
    return groups


def keyfile_unescape(value: str) -> str:
    out, i = [], 0
    table = {"s": " ", "n": "\n", "t": "\t", "r": "\r", "\\": "\\"}
    while i < len(value):
        ch = value[i]
        if ch == "\\" and i + 1 < len(value) and value[i + 1] in table:
            out.append(table[value[i + 1]])
            i += 2
        else:
            out.append(ch)
            i += 1
    return "".join(out)


def desktop_exec_argv(raw_value: str, files: list[str]) -> list[str]:
    """Expand an Exec= value as the Desktop Entry spec says (KDE, GNOME "Open With")."""
    value = keyfile_unescape(raw_value)
    tokens: list[tuple[str, bool]] = []  # (text, was_quoted)
    i, cur, quoted, in_token = 0, [], False, False
    while i < len(value):
        ch = value[i]
        if quoted:
            if ch == "\\" and i + 1 < len(value) and value[i + 1] in '"`$\\':
                cur.append(value[i + 1])
                i += 2
                continue
            if ch == '"':
                quoted = False
                i += 1
                continue
            cur.append(ch)
        elif ch == '"':
            quoted, in_token = True, True
        elif ch == " ":
            if in_token:
                tokens.append(("".join(cur), True))
                cur, in_token = [], False
        else:
            cur.append(ch)
            in_token = True
        i += 1
    assert not quoted, "unterminated quote in Exec"
    if in_token:
        tokens.append(("".join(cur), True))
    argv: list[str] = []
    for text, _ in tokens:
        if text == "%F":
            argv.extend(files)
            continue
        argv.append(re.sub(r"%(.)", lambda m: "%" if m.group(1) == "%" else "", text))
    return argv


def nemo_exec_argv(raw_value: str, files: list[str]) -> list[str]:
    """Nemo with Quote=double: each path goes in "..." with " and \\ escaped,
    %% becomes %, then g_spawn_command_line_async parses it like a shell."""

    def path_token(p: str) -> str:
        return '"' + p.replace("\\", "\\\\").replace('"', '\\"') + '"'

    def repl(m: re.Match[str]) -> str:
        return "%" if m.group(0) == "%%" else " ".join(path_token(f) for f in files)

    command = re.sub(r"%%|%F", repl, keyfile_unescape(raw_value))
    return shlex.split(command)


def thunar_command(command: str, files: list[str]) -> str:
    """Thunar's %F: each path through g_shell_quote; %% is %. Run with /bin/sh -c."""

    def repl(m: re.Match[str]) -> str:
        return "%" if m.group(0) == "%%" else " ".join(shlex.quote(f) for f in files)

    return re.sub(r"%%|%F", repl, command)


def windows_argv(command: str) -> list[str]:
    """CommandLineToArgvW's rules for the quoting subprocess.list2cmdline makes."""
    argv, cur, i, quoted, in_arg = [], [], 0, False, False
    while i < len(command):
        ch = command[i]
        if ch == "\\":
            j = i
            while j < len(command) and command[j] == "\\":
                j += 1
            n = j - i
            if j < len(command) and command[j] == '"':
                cur.append("\\" * (n // 2))
                if n % 2:
                    cur.append('"')
                    i = j + 1
                else:
                    i = j
            else:
                cur.append("\\" * n)
                i = j
            in_arg = True
            continue
        if ch == '"':
            quoted = not quoted
            in_arg = True
        elif ch in " \t" and not quoted:
            if in_arg:
                argv.append("".join(cur))
                cur, in_arg = [], False
        else:
            cur.append(ch)
            in_arg = True
        i += 1
    if in_arg:
        argv.append("".join(cur))
    return argv


def write_recorder(path: Path, record: Path) -> None:
    """A stand-in `redactor` program that writes its arguments, NUL-separated."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        "#!/bin/sh\n"
        f"printf '%s\\0' \"$@\" > {shlex.quote(str(record))}\n",
        encoding="utf-8",
    )
    path.chmod(0o755)


def recorded(record: Path) -> list[str]:
    data = record.read_bytes()
    assert data.endswith(b"\0") or data == b""
    return [a.decode("utf-8") for a in data.split(b"\0")[:-1]]


def run(argv: list[str], **kw) -> subprocess.CompletedProcess[str]:
    return subprocess.run(argv, capture_output=True, text=True, timeout=180, **kw)
