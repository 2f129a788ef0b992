"""macOS Finder: two Quick Actions (Automator service workflows) in
~/Library/Services, each a "Run Shell Script" step receiving image files as
arguments. They appear under Quick Actions in Finder's right-click menu.
"""

from __future__ import annotations

import plistlib
import shlex
import shutil
import uuid
from pathlib import Path

from redactor.integrate.common import (
    LABELS,
    Context,
    Manifest,
    atomic_write,
    ensure_dir,
    labels,
)

BUNDLE_PREFIX = "org.redactor.quickaction"
# Automator runs scripts with a minimal PATH; Homebrew's Tesseract lives here.
PATH_PREFIX = 'export PATH="/opt/homebrew/bin:/usr/local/bin:$PATH"'


def services_dir(ctx: Context) -> Path:
    return ctx.home / "Library" / "Services"


def manifest_path(ctx: Context) -> Path:
    return ctx.home / "Library" / "Application Support" / "redactor" / "integration.json"


def command_string(ctx: Context, which: str) -> str:
    argv = ctx.launcher.review() if which == "review" else ctx.launcher.auto()
    return f'{PATH_PREFIX}\n{shlex.join(argv)} "$@"\n'


def _uuid(which: str, part: str) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"{BUNDLE_PREFIX}.{which}.{part}")).upper()


def info_plist(ctx: Context, which: str) -> dict:
    label = labels(ctx.language)[which]
    return {
        "CFBundleDevelopmentRegion": "en",
        "CFBundleIdentifier": f"{BUNDLE_PREFIX}.{which}",
        "CFBundleName": label,
        "CFBundleShortVersionString": "1.0",
        "NSServices": [
            {
                "NSMenuItem": {"default": label},
                "NSMessage": "runWorkflowAsService",
                "NSRequiredContext": {"NSApplicationIdentifier": "com.apple.finder"},
                "NSSendFileTypes": ["public.image"],
            }
        ],
    }


def document_wflow(ctx: Context, which: str) -> dict:
    action = {
        "AMAccepts": {"Container": "List", "Optional": True, "Types": ["com.apple.cocoa.path"]},
        "AMActionVersion": "2.0.3",
        "AMApplication": ["Automator"],
        "AMParameterProperties": {
            "COMMAND_STRING": {},
            "CheckedForUserDefaultShell": {},
            "inputMethod": {},
            "shell": {},
            "source": {},
        },
        "AMProvides": {"Container": "List", "Types": ["com.apple.cocoa.path"]},
        "ActionBundlePath": "/System/Library/Automator/Run Shell Script.action",
        "ActionName": "Run Shell Script",
        "ActionParameters": {
            "COMMAND_STRING": command_string(ctx, which),
            "CheckedForUserDefaultShell": True,
            "inputMethod": 1,  # pass input as arguments ("$@")
            "shell": "/bin/zsh",
            "source": "",
        },
        "BundleIdentifier": "com.apple.RunShellScript",
        "CFBundleVersion": "2.0.3",
        "CanShowSelectedItemsWhenRun": False,
        "CanShowWhenRun": True,
        "Category": ["AMCategoryUtilities"],
        "Class Name": "RunShellScriptAction",
        "InputUUID": _uuid(which, "input"),
        "Keywords": ["Shell", "Script", "Command", "Run", "Unix"],
        "OutputUUID": _uuid(which, "output"),
        "UUID": _uuid(which, "action"),
        "UnlocalizedApplications": ["Automator"],
        "arguments": {},
        "isViewVisible": True,
    }
    return {
        "AMApplicationBuild": "523",
        "AMApplicationVersion": "2.10",
        "AMDocumentVersion": "2",
        "actions": [{"action": action}],
        "connectors": {},
        "workflowMetaData": {
            "applicationBundleID": "com.apple.finder",
            "applicationBundleIDsByPath": {
                "/System/Library/CoreServices/Finder.app": "com.apple.finder"
            },
            "applicationPath": "/System/Library/CoreServices/Finder.app",
            "applicationPaths": ["/System/Library/CoreServices/Finder.app"],
            "inputTypeIdentifier": "com.apple.Automator.fileSystemObject.image",
            "outputTypeIdentifier": "com.apple.Automator.nothing",
            "presentationMode": 15,
            "processesInput": False,
            "serviceApplicationBundleID": "com.apple.finder",
            "serviceApplicationPath": "/System/Library/CoreServices/Finder.app",
            "serviceInputTypeIdentifier": "com.apple.Automator.fileSystemObject.image",
            "serviceOutputTypeIdentifier": "com.apple.Automator.nothing",
            "serviceProcessesInput": False,
            "systemImageName": "NSActionTemplate",
            "useAutomaticInputType": False,
            "workflowTypeIdentifier": "com.apple.Automator.servicesMenu",
        },
    }


def plan(ctx: Context) -> list[tuple[Path, bytes]]:
    out: list[tuple[Path, bytes]] = []
    for which in ("review", "auto"):
        bundle = services_dir(ctx) / f"{labels(ctx.language)[which]}.workflow"
        contents = bundle / "Contents"
        out.append((contents / "Info.plist", plistlib.dumps(info_plist(ctx, which))))
        out.append((contents / "document.wflow", plistlib.dumps(document_wflow(ctx, which))))
    return out


def install(ctx: Context) -> int:
    manifest = Manifest(manifest_path(ctx))
    status = 0
    for path, data in plan(ctx):
        if ctx.dry_run:
            ctx.note(f"would write {path}")
            continue
        reason = ctx.unsafe(path)
        if reason:
            ctx.note(f"skipped {path}: {reason}")
            status = 1
            continue
        ensure_dir(path.parent, manifest)
        atomic_write(path, data, 0o644)
        manifest.files[str(path)] = "finder"
        ctx.note(f"wrote {path}")
    if not ctx.dry_run:
        manifest.save()
        ctx.refresh(["/System/Library/CoreServices/pbs", "-flush"])
    return status


def _bundles(ctx: Context) -> list[Path]:
    names = {f"{table[w]}.workflow" for table in LABELS.values() for w in ("review", "auto")}
    return [services_dir(ctx) / n for n in sorted(names)]


def uninstall(ctx: Context) -> int:
    manifest = Manifest(manifest_path(ctx))
    for bundle in _bundles(ctx):
        info = bundle / "Contents" / "Info.plist"
        if not info.exists():
            continue
        try:
            ident = plistlib.loads(info.read_bytes()).get("CFBundleIdentifier", "")
        except Exception:  # noqa: BLE001 - a foreign or broken bundle: not ours
            ident = ""
        if not str(ident).startswith(BUNDLE_PREFIX):
            continue  # a workflow of the same name that we did not write
        reason = ctx.unsafe(bundle)
        if reason:
            ctx.note(f"left {bundle}: {reason}")
            continue
        if ctx.dry_run:
            ctx.note(f"would remove {bundle}")
            continue
        shutil.rmtree(bundle)
        ctx.note(f"removed {bundle}")
    if ctx.dry_run:
        return 0
    if manifest.path.exists():
        manifest.path.unlink()
    manifest.remove_empty_dirs(ctx)
    ctx.refresh(["/System/Library/CoreServices/pbs", "-flush"])
    return 0


def status(ctx: Context) -> list[tuple[str, str, str]]:
    rows = []
    for which in ("review", "auto"):
        bundle = services_dir(ctx) / f"{labels(ctx.language)[which]}.workflow"
        wanted = {p: d for p, d in plan(ctx) if bundle in p.parents}
        if not any(p.exists() for p in wanted):
            state = "missing"
        elif all(p.exists() and p.read_bytes() == d for p, d in wanted.items()):
            state = "installed"
        else:
            state = "outdated"
        rows.append(("finder", state, str(bundle)))
    return rows
