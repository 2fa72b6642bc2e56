"""Thematic support: the tracks on (at most ten) supported actions, with their next step."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ... import formatting
from ...domain import MAX_SUPPORTED_ACTIONS
from ...domain.work import TrackStatus, label, track_overdue
from ...services.overview import CatalogueRecord, PartnershipDetail, TrackRecord, catalogue
from .. import colors
from ..context import AppContext
from ..i18n import QT_TRANSLATE_NOOP, current_language, translate
from ..table_menu import MenuItem
from ..table_model import KEY, Column
from ..widgets import babel_locale
from .action_dialogs import UNCERTAIN
from .tab_tools import RowTable, heading
from .track_dialog import TrackDialog, cap_reached, room_left

OVERDUE = str(QT_TRANSLATE_NOOP("TracksTab", "achterstallig"))


def _number(track: TrackRecord) -> int:
    return int(track.action_number) if track.action_number.isdigit() else 999


class TracksTab(QWidget):
    def __init__(self, context: AppContext, partnership_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.partnership_id = partnership_id
        self.detail: PartnershipDetail | None = None
        self.catalogue: dict[str, CatalogueRecord] = {}
        self.read_only = False  # a colleague's partnership (set_read_only)
        self.room = True  # room for another track (show_detail)

        self.count_label = heading()
        self.count_label.setAccessibleName(self.tr("Aantal acties met thematische ondersteuning"))
        self.table = RowTable(self, self._columns(), self.tr("Ondersteuningstrajecten"))
        self.model, self.proxy, self.view = self.table.model, self.table.proxy, self.table.view
        self.view.row_activated.connect(lambda _r: self.edit_track())
        self.view.menu_items = [
            MenuItem(
                self.tr("Bewer&ken…"),
                self.edit_track,
                lambda: self.selected() is not None and not self.read_only,
                default=True,
            )
        ]
        self.table.on_delete(self.remove_track)

        self.add_button = QPushButton(self.tr("Traject &toevoegen…"))
        self.add_button.clicked.connect(self.add_track)
        self.edit_button = QPushButton(self.tr("Bewer&ken…"))
        self.edit_button.setToolTip(self.tr("Het gekozen traject bewerken (Enter)"))
        self.edit_button.clicked.connect(self.edit_track)
        self.remove_button = QPushButton(self.tr("&Verwijderen"))
        self.remove_button.setToolTip(
            self.tr("Verwijdert het traject (Delete; ongedaan maken met Ctrl+Z)")
        )
        self.remove_button.clicked.connect(self.remove_track)
        insert = QShortcut(QKeySequence(Qt.Key.Key_Insert), self)
        insert.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        insert.activated.connect(self.add_track)

        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.count_label)
        layout.addWidget(self.view)
        self.view.selectionModel().currentChanged.connect(lambda *_: self._enable())
        self._enable()

    def _certain(self, track: TrackRecord) -> bool:
        action = self.catalogue.get(track.action_id)
        return action is None or action.number_certain

    def _columns(self) -> list[Column[TrackRecord]]:
        def overdue(t: TrackRecord) -> bool:
            return track_overdue(t.due_date, t.status, dt.date.today())

        lang, locale = current_language(), babel_locale()
        return [
            Column(
                self.tr("Actie"),
                lambda t: f"{t.action_number}{'' if self._certain(t) else '?'} – {t.action_title}",
                sort_key=lambda t: int(t.action_number) if t.action_number.isdigit() else 999,
                row_tooltip=lambda t: (
                    t.action_title
                    + ("" if self._certain(t) else f" ({translate('ActionDialogs', UNCERTAIN)})")
                ),
                export=lambda t: f"{t.action_number} – {t.action_title}",
                priority=KEY,
                min_chars=20,
                max_chars=40,
            ),
            Column(self.tr("Thema"), lambda t: label(t.theme, lang)),
            Column(self.tr("Fase"), lambda t: label(t.phase, lang)),
            Column(
                self.tr("Status"),
                lambda t: label(t.status, lang),
                foreground=lambda t: colors.OK if t.status == TrackStatus.DONE else None,
            ),
            Column(
                self.tr("Volgende stap"),
                lambda t: t.next_step,
                row_tooltip=lambda t: t.next_step,
                min_chars=14,
                max_chars=60,
            ),
            Column(
                self.tr("Vervaldatum"),
                lambda t: formatting.short_date(t.due_date, empty="", locale=locale),
                sort_key=lambda t: (t.due_date or dt.date.max).toordinal(),
                export=lambda t: t.due_date,
                priority=KEY,
                foreground=lambda t: colors.ERROR if overdue(t) else None,
                bold=overdue,
                row_tooltip=lambda t: translate("TracksTab", OVERDUE) if overdue(t) else "",
            ),
        ]

    def show_detail(self, detail: PartnershipDetail) -> None:
        self.detail = detail
        self.catalogue = {a.id: a for a in catalogue(self.context.db)}
        self._show_count(detail.tracks)
        self.view.export_title = self.tr("Ondersteuning {name}").format(name=detail.record.name)
        self.table.set_rows(list(detail.tracks), key=lambda t: t.id)
        self._enable()

    def _show_count(self, tracks: tuple[TrackRecord, ...]) -> None:
        """The count ("N van 10") with the supported actions in its tooltip; at the cap, the add
        button says what is still possible (or, with nothing left, why it is off)."""
        per_action: dict[str, list[TrackRecord]] = {}
        for t in tracks:
            per_action.setdefault(t.action_id, []).append(t)
        count, cap = len(per_action), MAX_SUPPORTED_ACTIONS
        if count == cap:
            text = self.tr("{count} van {max} acties met thematische ondersteuning (het maximum)")
        elif count > cap:
            text = self.tr(
                "{count} van {max} acties met thematische ondersteuning (meer dan toegelaten)"
            )
        else:
            text = self.tr("{count} van {max} acties met thematische ondersteuning")
        self.count_label.setText(text.format(count=count, max=cap))
        too_many = count > MAX_SUPPORTED_ACTIONS
        self.count_label.setStyleSheet(f"color: {colors.ERROR.name()};" if too_many else "")
        lang = current_language()
        lines = [
            f"{group[0].action_number} – {group[0].action_title}: "
            + ", ".join(f"{label(t.theme, lang)} ({label(t.phase, lang)})" for t in group)
            for group in sorted(per_action.values(), key=lambda g: _number(g[0]))
        ]
        listed = self.tr("Acties met thematische ondersteuning (hoogstens {max}):").format(max=cap)
        empty = self.tr("Nog geen actie met thematische ondersteuning (hoogstens {max}).")
        self.count_label.setToolTip("\n".join([listed, *lines]) if lines else empty.format(max=cap))
        supported = {a.id for a in self.catalogue.values() if a.supported}
        at_cap = cap_reached(tracks)
        room = self.room = not at_cap or room_left(tracks, supported)
        self.add_button.setEnabled(room and not self.read_only)
        if not room:
            tip = self.tr(
                "Niet mogelijk: {count} acties hebben thematische ondersteuning (hoogstens "
                "{max}) en elk ervan heeft al een traject voor elk thema en elke fase. Bewerk "
                "of verwijder een traject."
            ).format(count=count, max=cap)
        elif at_cap:
            tip = self.tr(
                "Het maximum van {max} acties met thematische ondersteuning is bereikt: een "
                "nieuw traject kan nog voor een van die acties, met een ander thema of een "
                "andere fase (Insert)."
            ).format(max=cap)
        else:
            tip = self.tr("Een ondersteuningstraject toevoegen (Insert)")
        self.add_button.setToolTip(tip)

    def set_read_only(self, read_only: bool) -> None:
        """A colleague's partnership: no track is added, changed or removed here."""
        self.read_only = read_only
        self.add_button.setEnabled(self.room and not read_only)
        self._enable()

    def _enable(self) -> None:
        chosen = self.selected() is not None and not self.read_only
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def selected(self) -> TrackRecord | None:
        return self.table.selected()

    def add_track(self) -> None:
        if self.detail is None or not self.add_button.isEnabled() or self.read_only:
            return
        dialog = TrackDialog(list(self.catalogue.values()), None, self, self.detail.tracks)
        if not dialog.exec() or dialog.values()["action_id"] is None:
            return
        v = dialog.values()
        service = self.context.portfolio
        outcome = self.context.execute(
            lambda: service.add_support_track(
                self.partnership_id,
                v["action_id"],
                v["theme"],
                phase=v["phase"],
                next_step=v["next_step"],
                due_date=v["due_date"],
                status=v["status"],
            ),
            self,
        )
        if outcome is not None and outcome.created_id:
            self.table.select(lambda t: t.id == outcome.created_id)

    def edit_track(self) -> None:
        track = self.selected()
        if track is None or self.read_only:
            return
        existing = self.detail.tracks if self.detail else ()
        dialog = TrackDialog(list(self.catalogue.values()), track, self, existing)
        if not dialog.exec():
            return
        changes = dialog.changes()
        if changes:
            service = self.context.portfolio
            self.context.execute(lambda: service.update_support_track(track.id, **changes), self)

    def remove_track(self) -> None:
        track = self.selected()
        if track is not None and not self.read_only:
            service = self.context.portfolio
            self.context.execute(lambda: service.delete_support_track(track.id), self)

    def focus_subject(self, subject: str) -> bool:
        """Select the track on the action with this catalogue number."""
        if self.table.select(lambda t: t.action_number == subject):
            self.view.setFocus()
            return True
        return False
