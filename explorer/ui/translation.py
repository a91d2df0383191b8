"""Loading the app's translation for the user's language (and Qt's own, for standard buttons).

Translations live in ``resources/translations/case_explorer_<lang>.qm`` (compiled from the
``.ts`` files by ``resources/translations/update.sh``). The language is the system's
(``QLocale.system()``) unless ``CASE_EXPLORER_LANG`` names one (``de``; ``en`` or ``C`` for none).
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from explorer import paths

LANG_VARIABLE = "CASE_EXPLORER_LANG"
_installed: list[QTranslator] = []


def chosen_locale() -> QLocale:
    override = os.environ.get(LANG_VARIABLE, "").strip()
    return QLocale(override) if override else QLocale.system()


def install(app: QCoreApplication, locale: QLocale | None = None) -> bool:
    """Install the translators for ``locale`` (default ``chosen_locale()``); True when the app's own loaded.

    Calling it again replaces the translators installed before."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    locale = locale or chosen_locale()
    if locale.language() in (QLocale.Language.C, QLocale.Language.English):
        return False
    folder = str(paths.resources_dir() / "translations")
    ours = QTranslator(app)
    loaded = ours.load(locale, "case_explorer", "_", folder)
    if loaded:
        app.installTranslator(ours)
        _installed.append(ours)
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    return loaded
