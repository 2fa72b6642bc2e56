"""Every sentence the domain writes comes in English too: same rule, same numbers, no Dutch.

The scenarios below make each rule code fire (with the builders of the rule tests); a
hypothesis test does the same over random partnerships, what-ifs and stimulus verdicts.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from igs_desktop.domain import (
    RULES,
    ActionResult,
    Finding,
    Partnership,
    Subsidy,
    Transfer,
    check_partnership,
    simulate_join,
    simulate_leave,
    stimulus_status,
)
from igs_desktop.domain.calendar import (
    DeadlineState,
    ProjectYear,
    calendar_problems,
    deadlines,
    working_year,
)
from igs_desktop.domain.language import Language, Text
from igs_desktop.domain.text import format_amount, format_date, format_percent, join
from igs_desktop.domain.work import PartnershipStatus, Phase, Theme, TrackStatus, label

from .builders import gov, kortrijk, kuurne, lendelede, member, only, partnership, roeselare
from .test_properties import OUTSIDER, REGIONS, YEARS, governments, partnerships

EN = Language.EN
DUTCH_WORDS = re.compile(
    r"\b(en|het|van|de|een|is in|niet|geen|lid|leden|projectjaar|telt|tellen|bestuur|"
    r"samenwerkingsverband|stimulans|indiener|inwoners|herkomst|onbekend|minstens|voordien)\b"
)
NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def numbers(text: str, lang: Language) -> Counter[str]:
    """The numbers of a sentence, written the same way whatever the language's separators."""
    found = NUMBER.findall(text)
    if lang is Language.EN:
        return Counter(n.replace(",", "") for n in found)
    return Counter(n.replace(".", "").replace(",", ".") for n in found)


def assert_english(dutch: str, english: str) -> None:
    assert english and english != dutch
    assert DUTCH_WORDS.search(english) is None, english
    assert numbers(english, EN) == numbers(dutch, Language.NL), (dutch, english)


def with_new_member(**fields: object) -> Partnership:
    """Kortrijk and Lendelede since year 1 take in Kuurne (new to the programme) in year 2."""
    fields.setdefault("new_member_actions", ("5",))
    return partnership(
        member(kortrijk()), member(lendelede()), member(kuurne(), joined=2), **fields
    )


def leie() -> Partnership:
    return partnership(member(lendelede(), joined=2), member(kuurne()), id="leie", name="IGS Leie")


# code -> (partnership, year, others, supported): each makes that rule fire
SCENARIOS: dict[str, tuple[Partnership, int, list[Partnership], set[str] | None]] = {
    "REGION_MIXED": (partnership(member(kortrijk()), member(roeselare())), 1, [], None),
    "MULTIPLE_PARTNERSHIPS": (with_new_member(), 2, [leie()], None),
    "BELOW_THRESHOLD": (partnership(member(kortrijk(5_000)), member(lendelede())), 1, [], None),
    "FIGURE_MISSING": (partnership(member(kortrijk(7_000)), member(lendelede(None))), 1, [], None),
    "SUBMITTER_MISSING": (partnership(member(kortrijk()), submitter=None), 1, [], None),
    "SUBMITTER_NOT_MEMBER": (partnership(member(kortrijk()), submitter="99999"), 1, [], None),
    "KPI_MISSING": (partnership(member(kortrijk()), kpi=""), 1, [], None),
    "TOO_MANY_SUPPORTED_ACTIONS": (
        partnership(member(kortrijk()), supported_actions=tuple(map(str, range(1, 13)))),
        1,
        [],
        None,
    ),
    "ACTION_NOT_SUPPORTED": (
        partnership(member(kortrijk()), supported_actions=("7",)),
        1,
        [],
        {"5", "24"},
    ),
    "STIMULUS_TWICE": (with_new_member(stimulus_years=(2, 2)), 2, [], None),
    "STIMULUS_NOT_ELIGIBLE": (
        partnership(
            member(kortrijk(7_500), joined=2),
            member(kuurne(), joined=2),
            formed_year=2,
            stimulus_years=(2,),
            new_member_actions=("5",),
        ),
        2,
        [],
        None,
    ),
    "NEW_MEMBER_ACTIONS_UNREPORTED": (with_new_member(new_member_actions=()), 2, [], None),
    "TRANSFER_ARRANGEMENT_MISSING": (
        partnership(member(kortrijk()), member(lendelede(), arrangement="")),
        1,
        [],
        None,
    ),
    "TRANSFERS_EXCEED_SUBSIDY": (
        partnership(
            member(kortrijk()),
            member(lendelede()),
            subsidies=(Subsidy(1, Decimal("12345.5")),),
            transfers=(Transfer("34025", 1, Decimal("12345.51")),),
        ),
        1,
        [],
        None,
    ),
    "KPI_BELOW_25_PERCENT": (
        partnership(
            member(kortrijk()),
            action_results=(ActionResult("5", 1, Decimal("10000"), Decimal("2499.5")),),
        ),
        1,
        [],
        None,
    ),
}


def test_every_rule_has_a_scenario() -> None:
    assert set(SCENARIOS) == set(RULES)


@pytest.mark.parametrize("code", list(RULES))
def test_every_rule_writes_english_with_the_same_numbers(code: str) -> None:
    p, year, others, supported = SCENARIOS[code]
    findings = check_partnership(p, year, others, supported)
    assert code in {f.code for f in findings}
    for f in findings:
        assert_english(f.message, f.message_en)
        assert f.text(EN) == f.message_en and f.text(Language.NL) == f.message


def test_english_numbers_amounts_and_percentages_are_written_the_english_way() -> None:
    amounts = SCENARIOS["TRANSFERS_EXCEED_SUBSIDY"]
    f = only(check_partnership(amounts[0], 1), "TRANSFERS_EXCEED_SUBSIDY")
    assert "€12,345.51" in f.message_en and "€12,345.50" in f.message_en
    assert "€ 12.345,51" in f.message
    kpi = SCENARIOS["KPI_BELOW_25_PERCENT"]
    f = only(check_partnership(kpi[0], 1), "KPI_BELOW_25_PERCENT")
    assert "2,499.5 of the intended 10,000 (24.99%)" in f.message_en
    below = SCENARIOS["BELOW_THRESHOLD"]
    f = only(check_partnership(below[0], 1), "BELOW_THRESHOLD")
    assert f.message_en == (
        "Kortrijk (5,000) and Lendelede (2,222) count 7,222 inhabitants of non-EU14 origin "
        "together (project year 1); a partnership needs more than 7,500 together."
    )


def test_a_finding_without_english_falls_back_to_dutch() -> None:
    f = Finding("KPI_MISSING", RULES["KPI_MISSING"].severity, "De KPI ontbreekt.", ())
    assert f.text(EN) == "De KPI ontbreekt."


@settings(max_examples=150, deadline=None)
@given(partnerships(), YEARS)
def test_random_partnerships_have_english_findings_and_stimulus_verdicts(
    p: Partnership, year: int
) -> None:
    for f in check_partnership(p, year):
        assert_english(f.message, f.message_en)
    status = stimulus_status(p, year)
    assert_english(status.sentence, status.sentence_en)
    assert status.text(EN) == status.sentence_en


@settings(max_examples=100, deadline=None)
@given(
    partnerships(region=REGIONS[0], min_members=1),
    governments(str(OUTSIDER), REGIONS[1]) | governments(str(OUTSIDER), REGIONS[0]),
    YEARS,
    st.data(),
)
def test_random_what_ifs_explain_in_english(p, joiner, year, data) -> None:
    joined = simulate_join(p, joiner, year, [partnership(member(joiner), id="x", name="IGS X")])
    assert len(joined.explanation_en) == len(joined.explanation)
    for dutch, english in zip(joined.explanation, joined.explanation_in(EN), strict=True):
        assert_english(dutch, english)
    active = [m.nis_code for m in p.memberships if m.is_active(year)]
    if active:
        left = simulate_leave(p, data.draw(st.sampled_from(active)), year)
        assert left.explanation_in(Language.NL) == left.explanation
        for dutch, english in zip(left.explanation, left.explanation_en, strict=True):
            assert_english(dutch, english)


YEAR_2 = ProjectYear(2, dt.date(2023, 10, 1), dt.date(2024, 9, 30), interim_kpi_deadline=None)
YEAR_3 = ProjectYear(
    3,
    dt.date(2024, 10, 1),
    dt.date(2025, 9, 30),
    submission_deadline=dt.datetime(2024, 5, 6, 12, 0),
)


@pytest.mark.parametrize(
    "candidate",
    [
        ProjectYear(5, dt.date(2025, 10, 1), dt.date(2026, 9, 30)),  # not the next number
        ProjectYear(0, dt.date(2025, 10, 1), dt.date(2026, 9, 30)),  # below 1
        ProjectYear(4, dt.date(2025, 10, 1), dt.date(2025, 9, 1)),  # ends before it begins
        ProjectYear(4, dt.date(2025, 9, 1), dt.date(2026, 9, 30)),  # overlaps year 3
        ProjectYear(4, dt.date(2025, 11, 1), dt.date(2026, 9, 30)),  # leaves a gap
    ],
)
def test_calendar_problems_in_english(candidate: ProjectYear) -> None:
    dutch = calendar_problems([YEAR_2, YEAR_3], candidate)
    english = calendar_problems([YEAR_2, YEAR_3], candidate, EN)
    assert dutch and len(english) == len(dutch)
    for nl, en in zip(dutch, english, strict=True):
        assert_english(re.sub(r"\b[a-z]+ (\d{4})\b", r"\1", nl), en.replace(",", ""))


def test_calendar_notices_and_deadlines_in_english() -> None:
    after = working_year([YEAR_2, YEAR_3], dt.date(2026, 11, 29))
    assert after.notice_in(EN) == (
        "Project year 3 ended on September 30, 2025. There is no project year 4 yet."
    )
    assert after.notice == after.notice_in(Language.NL)
    before = working_year([YEAR_2, YEAR_3], dt.date(2020, 1, 1))
    assert before.notice_in(EN) == "Project year 2 does not begin until October 1, 2023."
    assert working_year([YEAR_3], dt.date(2025, 1, 1)).notice_in(EN) == ""
    moments = deadlines(YEAR_3)
    assert [d.label for d in moments] == [d.label_in(Language.NL) for d in moments]
    for d in moments:
        assert DUTCH_WORDS.search(d.label_in(EN)) is None and d.label_in(EN) != d.label
        assert DUTCH_WORDS.search(d.short_in(EN)) is None
    assert moments[1].time == dt.time(12, 0)
    assert {s.label(EN) for s in DeadlineState} == {"passed", "to come", "not known yet"}
    assert DeadlineState.UNKNOWN.label(Language.NL) == "nog niet bekend"


def test_work_labels_in_english() -> None:
    assert label(TrackStatus.RUNNING, EN) == "running" and label("lopend", EN) == "running"
    assert label(Phase.FOLLOW_UP, EN) == "follow up" and label(Theme.LANGUAGE, EN) == "language"
    assert label(PartnershipStatus.PREPARING, EN) == "in preparation"
    assert label("lopend", Language.NL) == "lopend"
    assert label("zelf getypt", EN) == "zelf getypt"  # not a choice: shown as typed


def test_domain_formatting_in_english_matches_babel() -> None:
    from igs_desktop import formatting

    day = dt.date(2026, 11, 29)
    assert format_date(day, EN) == "November 29, 2026" == formatting.date(day, locale="en")
    assert format_amount(Decimal("1234.56"), EN) == "€1,234.56"
    assert format_amount(Decimal("-1234.5"), EN) == "-€1,234.50"
    assert format_amount(Decimal("1234.56"), EN) == formatting.amount(
        Decimal("1234.56"), locale="en"
    )
    assert format_percent(Decimal(2499), Decimal(10000), EN) == "24.99%"
    assert join(["A", "B", "C"], EN) == "A, B and C"


def test_language_is_parsed_with_a_dutch_message() -> None:
    assert Language.parse(" EN ") is EN and Language.parse("nl") is Language.NL
    with pytest.raises(ValueError, match="Onbekende taal 'fr': kies 'nl' of 'en'"):
        Language.parse("fr")
    assert Text("ja", "yes").in_(EN) == "yes"
    assert [lang.native_name for lang in Language] == ["Nederlands", "English"]
    assert Language.NL.tag == "nl-BE"


def test_a_join_from_another_region_is_refused_in_english() -> None:
    o = simulate_join(partnership(member(kortrijk()), member(lendelede())), roeselare(), 2)
    assert any(
        "not in the same reference region as Kortrijk (Zuid-West-Vlaanderen)" in line
        for line in o.explanation_en
    )
    assert gov("1", "x", 1).name == "x"
