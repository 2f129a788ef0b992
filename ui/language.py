"""UI language: English source strings, Bahasa Indonesia from ui/i18n/redactor_id.qm.

Indonesian is chosen when the setting is "auto" and the system locale is
Indonesian.  Switching at run time removes the old translators and installs
new ones; widgets retranslate themselves on QEvent.LanguageChange.
"""
from __future__ import annotations

from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

LANGUAGES = ("en", "id")
_installed: list[QTranslator] = []
_current = "en"


def i18n_dir() -> Path:
    return Path(str(resources.files("redactor.ui") / "i18n"))


def system_language() -> str:
    name = QLocale.system().name().lower()
    return "id" if name.startswith(("id", "in")) else "en"


def resolve(choice: str) -> str:
    return choice if choice in LANGUAGES else system_language()


def install(choice: str) -> str:
    """Install translators for `choice` (auto/en/id); returns the language in effect."""
    global _current
    app = QCoreApplication.instance()
    language = resolve(choice)
    _current = language
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(QLocale.Language.Indonesian if language == "id" else QLocale.Language.English))
    ours = QTranslator(app)
    if ours.load(f"redactor_{language}", str(i18n_dir())):
        app.installTranslator(ours)
        _installed.append(ours)
    if language == "en":  # English source strings; the .qm only holds plural forms
        return language
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt)
        _installed.append(qt)
    return language


def current() -> str:
    return _current
