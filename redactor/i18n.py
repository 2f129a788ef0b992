"""The command line's language: English, or Bahasa Indonesia on an Indonesian system (GNU gettext catalogues).

Messages are marked `_("...")` in the source; `redactor/locale/redactor.pot` collects them and
`redactor/locale/id/LC_MESSAGES/redactor.po` translates them.  `scripts/update_cli_translations.py`
refreshes both and compiles the `.mo` file that ships.  The language comes from LANGUAGE, LC_ALL,
LC_MESSAGES or LANG, as for every gettext program; on Windows, where those are rarely set, from the
display language of the user's Windows.
"""
from __future__ import annotations

import gettext
import locale
import os
import sys
from pathlib import Path

DOMAIN = "redactor"
LOCALE_DIR = Path(__file__).resolve().parent / "locale"


def system_languages() -> list[str]:
    """The user's languages, first choice first (an empty list: English)."""
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable)
        if value:
            return [part for part in value.split(":") if part]
    if sys.platform == "win32":
        try:
            import ctypes

            name = locale.windows_locale.get(ctypes.windll.kernel32.GetUserDefaultUILanguage())
        except Exception:  # no Windows API: English
            name = None
        if name:
            return [name]
    return []


def translation(languages: list[str] | None = None) -> gettext.NullTranslations:
    """The catalogue for `languages` (default: the system's); English when there is none."""
    return gettext.translation(DOMAIN, LOCALE_DIR, languages=system_languages() if languages is None else languages,
                               fallback=True)


_catalogue = translation()


def use(languages: list[str] | None = None) -> None:
    """Switch the language (default: the system's again)."""
    global _catalogue
    _catalogue = translation(languages)


def _(message: str) -> str:
    return _catalogue.gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    return _catalogue.ngettext(singular, plural, n)


def N_(message: str) -> str:
    """Marks a message for translation where it is defined; `_()` translates it where it is shown."""
    return message


def language() -> str:
    """"id" when the Indonesian catalogue is in use, else "en"."""
    info = _catalogue.info() if isinstance(_catalogue, gettext.GNUTranslations) else {}
    return "id" if info.get("language", "").startswith("id") else "en"
