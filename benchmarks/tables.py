"""The tables of docs/performance.md, written from results.json: a pure function of the results.

``render(results)`` gives the markdown; ``replace_tables(text, tables)`` puts it between the
markers ``<!-- bench:start -->`` and ``<!-- bench:end -->`` of the document, leaving the rest as
it is. The targets of issue 13 stand next to each figure (met / missed).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

START = "<!-- bench:start -->"
END = "<!-- bench:end -->"

MET = "met"
MISSED = "**missed**"

# What each measurement is called in the tables, in the order shown.
STARTUP = "startup"
INTERACTIONS = {
    "open_page": "open a partnership page",
    "filter": "filter the portfolio (one key)",
    "search": "note search (a word typed)",
    "year": "change the project year",
}
WITHOUT_WINDOW = {
    "check.cli": "`igs-desktop check` (fresh process)",
    "check.rules": "`services.rules.check_all` (in-process)",
    "plan": "support plan (one partnership)",
    "follow_up": "follow-up report",
}

# Issue 13's targets.
STARTUP_TIMES_FLOOR = {1.0: 1.5, 100.0: 2.0}  # scale: at most this many times the floor's wall
INTERACTION_MEDIAN_MS = 50.0
INTERACTION_P95_MS = 100.0
INTERACTION_TARGET_SCALE = 100.0
SECONDS_TARGETS = {"check.cli": 1.0, "check.rules": 1.0, "plan": 0.3, "follow_up": 3.0}
SECONDS_TARGET_SCALE = {"check.cli": 100.0, "check.rules": 100.0}  # others: every scale
FOLLOW_UP_PAGES = 100  # the target is for a report of about this many pages
FOLLOW_UP_MIN_PAGES = 90
MEMORY_TIMES_FLOOR = 2.5
MEMORY_TARGET_SCALE = 100.0


@dataclass(frozen=True)
class Figure:
    """One measurement as stored in results.json."""

    id: str
    scale: float | str
    data: Mapping[str, Any]

    @property
    def median(self) -> float:
        return float(self.data["median"])


def _scale_text(scale: float | str) -> str:
    return str(scale) if isinstance(scale, str) else f"{scale:g}"


def _scale_order(scale: float | str) -> tuple[int, float]:
    return (0, 0.0) if isinstance(scale, str) else (1, float(scale))


def seconds(value: float) -> str:
    if value < 0.1:
        return f"{value * 1000:.0f} ms" if value >= 0.01 else f"{value * 1000:.1f} ms"
    return f"{value:.2f} s"


def _optional_seconds(value: float | None) -> str:
    return "" if value is None else seconds(value)


def millis(value: float) -> str:
    return f"{value:.1f} ms" if value < 10 else f"{value:.0f} ms"


def mib(value: float | None) -> str:
    return "—" if value is None else f"{value:.0f} MiB"


def verdict(ok: bool) -> str:
    return MET if ok else MISSED


def _figures(results: Mapping[str, Any], wanted: str) -> list[Figure]:
    found = [
        Figure(m["id"], m["scale"], m) for m in results.get("measurements", []) if m["id"] == wanted
    ]
    return sorted(found, key=lambda f: _scale_order(f.scale))


def _memory_cells(figure: Figure, floor: Mapping[str, Any]) -> list[str]:
    peak = figure.data.get("peak_rss_mib")
    floor_peak = floor.get("peak_rss_mib")
    if peak is None or not floor_peak:
        return [mib(peak), "", ""]
    ratio = peak / floor_peak
    target = ""
    if figure.scale == MEMORY_TARGET_SCALE:
        target = f"≤ {MEMORY_TIMES_FLOOR:g}×: {verdict(ratio <= MEMORY_TIMES_FLOOR)}"
    return [mib(peak), f"{ratio:.1f}×", target]


def _row(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def machine_text(results: Mapping[str, Any]) -> str:
    m = results.get("machine", {})
    load = results.get("load_average", {})
    parts = [
        f"{m.get('cpu', '?')}, {m.get('cores', '?')} cores, {m.get('ram_gib', '?')} GiB",
        str(m.get("os", "?")),
        f"Python {m.get('python', '?')}",
        f"PySide6 {m.get('pyside6', '?')} (Qt {m.get('qt', '?')})",
        f"SQLite {m.get('sqlite', '?')}",
    ]
    at = f" at commit {results['commit']}" if results.get("commit") else ""
    text = f"Measured {results.get('date', '?')}{at} on {'; '.join(parts)}."
    if load:
        text += (
            f" Load average (1 min) {load.get('before', ['?'])[0]} before, "
            f"{load.get('after', ['?'])[0]} after."
        )
    return text


def datasets_table(results: Mapping[str, Any]) -> list[str]:
    sets = sorted(results.get("datasets", []), key=lambda d: _scale_order(d["scale"]))
    if not sets:
        return []
    lines = [
        "| scale | applicants | memberships | governments | notes | follow-ups | "
        "change-log rows | database | generated in |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for d in sets:
        rows = d.get("rows", {})
        made = d.get("generated_in_s")
        lines.append(
            _row(
                [
                    _scale_text(d["scale"]),
                    *(
                        f"{rows.get(t, 0):,}"
                        for t in (
                            "partnership",
                            "membership",
                            "government",
                            "note",
                            "follow_up",
                            "change_log",
                        )
                    ),
                    f"{d.get('database_mib', 0):g} MiB",
                    "?" if made is None else f"{made:g} s",
                ]
            )
        )
    return lines


def _startup_target(scale: float | str) -> float | None:
    if isinstance(scale, str):
        return STARTUP_TIMES_FLOOR[1.0]  # the demo is smaller than the agency
    return STARTUP_TIMES_FLOOR.get(float(scale))


def startup_table(results: Mapping[str, Any]) -> list[str]:
    floor = results.get("floor") or {}
    figures = _figures(results, STARTUP)
    if not floor and not figures:
        return []
    lines = [
        "| start-up to a painted portfolio | runs | wall to the paint (median) | min – max | "
        "× floor | target | wall to exit (median) | painted (app's clock) | peak memory | "
        "× floor | target |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    if floor:
        lines.append(
            _row(
                [
                    "floor: bare PySide6, one 1200×800 window",
                    str(floor["runs"]),
                    seconds(floor["median"]),
                    f"{seconds(floor['min'])} – {seconds(floor['max'])}",
                    "1.0×",
                    "",
                    _optional_seconds(floor.get("exit_median")),
                    "",
                    mib(floor.get("peak_rss_mib")),
                    "1.0×",
                    "",
                ]
            )
        )
    for f in figures:
        ratio = f.median / floor["median"] if floor else None
        limit = _startup_target(f.scale)
        target = ""
        if ratio is not None and limit is not None:
            target = f"≤ {limit:g}×: {verdict(ratio <= limit)}"
        paint = f.data.get("portfolio_painted_s") or f.data.get("first_paint_s")
        lines.append(
            _row(
                [
                    f"scale {_scale_text(f.scale)}",
                    str(f.data["runs"]),
                    seconds(f.median),
                    f"{seconds(f.data['min'])} – {seconds(f.data['max'])}",
                    "" if ratio is None else f"{ratio:.1f}×",
                    target,
                    _optional_seconds(f.data.get("exit_median")),
                    _optional_seconds(paint),
                    *_memory_cells(f, floor),
                ]
            )
        )
    return lines


def interactions_table(results: Mapping[str, Any]) -> list[str]:
    floor = results.get("floor") or {}
    rows: list[str] = []
    for key, label in INTERACTIONS.items():
        for f in _figures(results, key):
            median, p95 = f.median, float(f.data["p95"])
            ok = median <= INTERACTION_MEDIAN_MS and p95 <= INTERACTION_P95_MS
            target = verdict(ok)
            if f.scale != INTERACTION_TARGET_SCALE:
                target += " (target is for scale 100)"
            settled = f.data.get("settled_median")
            rows.append(
                _row(
                    [
                        label,
                        _scale_text(f.scale),
                        str(f.data["runs"]),
                        millis(median),
                        millis(p95),
                        millis(float(f.data["max"])),
                        target,
                        "" if settled is None else millis(settled),
                        "" if f.data.get("first") is None else millis(f.data["first"]),
                        *_memory_cells(f, floor)[:2],
                    ]
                )
            )
    if not rows:
        return []
    return [
        "| in the window | scale | samples | median | p95 | max | target: median ≤ 50 ms, "
        "p95 ≤ 100 ms | settled (median) | first time | peak memory | × floor |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
        *rows,
    ]


def _seconds_target(f: Figure) -> str:
    limit = SECONDS_TARGETS.get(f.id)
    if limit is None:
        return ""
    if f.id == "follow_up":
        pages = int(f.data.get("pages", 0))
        if pages < FOLLOW_UP_MIN_PAGES:
            return f"≤ {limit:g} s for {FOLLOW_UP_PAGES} pages: not comparable ({pages} pages)"
        return f"≤ {limit:g} s: {verdict(f.median <= limit)} ({pages} pages)"
    applies = SECONDS_TARGET_SCALE.get(f.id)
    text = f"≤ {seconds(limit)}: {verdict(f.median <= limit)}"
    if applies is not None and f.scale != applies:
        text += f" (target is for scale {applies:g})"
    return text


def without_window_table(results: Mapping[str, Any]) -> list[str]:
    floor = results.get("floor") or {}
    rows: list[str] = []
    for key, label in WITHOUT_WINDOW.items():
        for f in _figures(results, key):
            rows.append(
                _row(
                    [
                        label,
                        _scale_text(f.scale),
                        str(f.data["runs"]),
                        seconds(f.median),
                        f"{seconds(f.data['min'])} – {seconds(f.data['max'])}",
                        _seconds_target(f),
                        *_memory_cells(f, floor),
                    ]
                )
            )
    if not rows:
        return []
    return [
        "| without the window | scale | runs | median | min – max | target | peak memory | "
        "× floor | target |",
        "|---|---|---|---|---|---|---|---|---|",
        *rows,
    ]


def notes_lines(results: Mapping[str, Any]) -> list[str]:
    """What was measured exactly where the table cannot say it: partnerships, pages."""
    lines = []
    for f in _figures(results, "plan") + _figures(results, "follow_up"):
        d = f.data
        what = "support plan" if f.id == "plan" else "follow-up report"
        parts = [f"{d.get('pages', '?')} pages", f"{d.get('kib', '?')} KiB"]
        if d.get("pages_as_generated") is not None:
            parts[0] += f" ({d['pages_as_generated']} before notes were moved to it)"
        if d.get("data_median") is not None:
            parts.append(f"data gathered in {seconds(d['data_median'])} (median)")
        if d.get("notes") is not None:
            period = " to ".join(d.get("period", []))
            parts.append(f"{d['notes']:,} notes meant for reports, period {period}")
        lines.append(
            f"- {what}, scale {_scale_text(f.scale)}: {d.get('partnership', '?')}; "
            + ", ".join(parts)
            + "."
        )
    for f in _figures(results, "check.rules"):
        d = f.data
        lines.append(
            f"- check, scale {_scale_text(f.scale)}: {d.get('partnerships', '?'):,} partnerships,"
            f" {d.get('findings', '?'):,} findings, project year {d.get('year', '?')}."
        )
    for error in results.get("errors", []):
        first_line = str(error.get("error", "")).splitlines()[0] if error.get("error") else ""
        lines.append(
            f"- **not measured**: {error.get('what')} at scale "
            f"{_scale_text(error.get('scale', '?'))}: {first_line}"
        )
    for f in _figures(results, "search"):
        pauses = f.data.get("typing_pause_ms")
        if pauses:
            lines.append(
                f"- note search, scale {_scale_text(f.scale)}: the typing pause of "
                f"{', '.join(str(p) for p in pauses)} ms was set to 0 for the measurement; "
                "a typing user waits that much longer."
            )
    return lines


def render(results: Mapping[str, Any]) -> str:
    """The markdown between the markers: machine, data, then the three tables."""
    parts: list[list[str]] = [
        [machine_text(results)],
        datasets_table(results),
        startup_table(results),
        interactions_table(results),
        without_window_table(results),
        notes_lines(results),
    ]
    command = results.get("command")
    if command:
        parts.insert(1, [f"Command: `{command}`."])
    return "\n\n".join("\n".join(p) for p in parts if p) + "\n"


def replace_tables(text: str, tables: str) -> str:
    """``text`` with what stands between the markers replaced by ``tables``; the markers are
    appended at the end when the document has none yet."""
    block = f"{START}\n{tables.rstrip()}\n{END}"
    if START not in text or END not in text:
        return f"{text.rstrip()}\n\n{block}\n"
    head, rest = text.split(START, 1)
    _old, tail = rest.split(END, 1)
    return f"{head}{block}{tail}"
