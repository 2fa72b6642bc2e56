"""The About dialog: version, where the data lives, and the source of every reference file."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from .. import APP_NAME, __version__
from ..services.reference import data_sources


class AboutDialog(QDialog):
    def __init__(self, database: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Over {app}").format(app=APP_NAME))
        self.resize(720, 520)
        version, sources = data_sources()
        as_of = self.tr("stand: {date}")
        rows = "".join(
            f"<tr><td><b>{escape(s.file)}</b><br>{escape(s.what)}</td>"
            f"<td>{escape(s.source)}<br>"
            f"<i>{escape(as_of.format(date=s.as_of))}; {escape(s.licence)}</i></td></tr>"
            for s in sources
        )
        self.text = QTextBrowser()
        self.text.setOpenExternalLinks(True)
        self.text.setAccessibleName(self.windowTitle())
        self.text.setHtml(
            f"<h2>{APP_NAME} {escape(__version__)}</h2>"
            + self.tr(
                "<p>De werkbank van de vaste ondersteuners van Plan Samenleven "
                "(Agentschap Integratie en Inburgering).</p>"
            )
            + self.tr("<p><b>Database:</b> {path}</p>").format(path=escape(database))
            + self.tr("<h3>Referentiegegevens (versie {version})</h3>").format(
                version=escape(version)
            )
            + self.tr(
                "<p>Cijfers over inwoners van niet-EU14-herkomst worden niet meegeleverd: "
                "het agentschap publiceert ze jaarlijks en u voert ze zelf in of importeert ze.</p>"
            )
            + f"<table cellpadding='4' border='1' cellspacing='0'>{rows}</table>"
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
