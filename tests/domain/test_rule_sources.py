"""Every rule code has its source: the agency's sentence and page, or a remark saying why not."""

from __future__ import annotations

from igs_desktop.domain.findings import RULE_SOURCES, RULES


def test_every_rule_has_a_source_and_no_source_lacks_a_rule() -> None:
    assert set(RULE_SOURCES) == set(RULES)


def test_a_source_quotes_a_page_or_says_why_it_cannot() -> None:
    for code, source in RULE_SOURCES.items():
        assert source.page, code
        if source.quote:
            assert source.url.startswith("https://www.vlaanderen.be/plan-samenleven/"), code
        else:
            assert source.remark, code  # no published sentence: the remark says so
