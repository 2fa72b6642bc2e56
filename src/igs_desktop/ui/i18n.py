"""The window's language: Dutch (nl-BE, the source language of every text) or English.

Every user-visible string of the window goes through Qt's translation functions: ``self.tr``
inside a QObject, `translate` (Qt's ``QCoreApplication.translate`` with an explicit context)
elsewhere, and ``QT_TRANSLATE_NOOP`` for texts defined at import time and translated where they
are shown. ``pyside6-lupdate`` collects them into ``resources/translations/igs_desktop_en.ts``;
``make translations`` compiles that to the ``.qm`` file loaded here. The choice is stored in the
settings (Beeld › Taal) and takes effect at the next start, like most desktop programs do.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QSettings,
    QTranslator,
)

from ..domain.language import Language
from ..paths import resource

log = logging.getLogger(__name__)

translate = QCoreApplication.translate
"""``translate("Context", "Dutch text")``: the English text when English is chosen."""

__all__ = ["QT_TRANSLATE_NOOP", "Language", "translate"]

LANGUAGE_KEY = "ui/language"
APP_CATALOGUE = "igs_desktop"
_TRANSLATOR_NAMES = ("igs_app_translator", "igs_qt_translator")


def locale_of(language: Language) -> QLocale:
    """The locale of numbers and dates in the widgets: nl-BE, or British English (day before
    month, as a Flemish reader expects, and the euro written the European way)."""
    if language is Language.EN:
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return QLocale(QLocale.Language.Dutch, QLocale.Country.Belgium)


def chosen_language(settings: QSettings) -> Language:
    """The language stored in the settings; Dutch when none (or an unknown one) is stored."""
    value = settings.value(LANGUAGE_KEY, Language.NL.value)
    try:
        return Language.parse(str(value))
    except ValueError:
        log.warning("Unknown language %r in the settings; using Dutch", value)
        return Language.NL


def choose_language(settings: QSettings, language: Language) -> None:
    settings.setValue(LANGUAGE_KEY, language.value)
    settings.sync()


def current_language() -> Language:
    """The language the running application speaks (as installed by `install_language`)."""
    app = QCoreApplication.instance()
    value = app.property("igs_language") if app is not None else None
    return Language.parse(str(value)) if value else Language.NL


def install_language(app: QCoreApplication, language: Language) -> None:
    """Install the app's and Qt's own translations for `language` (once per application).

    Dutch needs no catalogue of the app (its texts are Dutch) but Qt's ``qtbase_nl``; English
    needs the app's ``igs_desktop_en.qm`` and Qt's ``qtbase_en``. A missing file is logged and
    the app works on in the texts it has.
    """
    QLocale.setDefault(locale_of(language))
    app.setProperty("igs_language", language.value)
    for translator in app.findChildren(QTranslator):
        if translator.objectName() in _TRANSLATOR_NAMES:
            app.removeTranslator(translator)
            translator.deleteLater()
    if language is not Language.NL:
        own = QTranslator(app)
        folder = str(resource("translations"))
        if own.load(f"{APP_CATALOGUE}_{language.value}", folder) and app.installTranslator(own):
            own.setObjectName(_TRANSLATOR_NAMES[0])
        else:
            log.warning("No %s translation of the app in %s", language.value, folder)
            own.deleteLater()
    qt = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(locale_of(language), "qtbase", "_", folder) and app.installTranslator(qt):
        qt.setObjectName(_TRANSLATOR_NAMES[1])
    else:
        log.warning("Qt's own translations (qtbase_%s) not found in %s", language.value, folder)
        qt.deleteLater()
