"""Small builders for the domain tests.

Every population figure here is FICTITIOUS (11.111, 2.222, ...): the agency's real figures are
not used in tests. Names, NIS codes and reference regions are real.
"""

from igs_desktop.domain import Finding, Government, Membership, Partnership

ZUID_WEST = ("REFREG08", "Zuid-West-Vlaanderen")
MIDWEST = ("REFREG10", "Midwest")
ARRANGEMENT = "Doorstorting volgens de verdeelsleutel in de samenwerkingsovereenkomst."


def gov(
    nis: str, name: str, non_eu14: int | None, region: tuple[str, str] = ZUID_WEST
) -> Government:
    return Government(nis, name, region[0], non_eu14, region_name=region[1])


def kortrijk(non_eu14: int | None = 11_111) -> Government:
    return gov("34022", "Kortrijk", non_eu14)


def lendelede(non_eu14: int | None = 2_222) -> Government:
    return gov("34025", "Lendelede", non_eu14)


def kuurne(non_eu14: int | None = 1_234) -> Government:
    return gov("34023", "Kuurne", non_eu14)


def roeselare(non_eu14: int | None = 3_333) -> Government:
    return gov("36015", "Roeselare", non_eu14, MIDWEST)


def member(
    g: Government, joined: int = 1, left: int | None = None, arrangement: str = ARRANGEMENT
) -> Membership:
    return Membership(g, joined, left, arrangement)


def partnership(
    *memberships: Membership,
    submitter: str | None = "",
    formed_year: int = 1,
    id: str = "igs-kl",
    name: str = "IGS Kortrijk-Lendelede",
    kpi: str = "120 deelnemers aan ontmoetingsmomenten",
    **fields: object,
) -> Partnership:
    """A partnership with no problems of its own; the submitter defaults to the first member."""
    if submitter == "":
        submitter = memberships[0].nis_code if memberships else None
    return Partnership(
        id=id,
        name=name,
        submitter=submitter,
        memberships=memberships,
        formed_year=formed_year,
        kpi=kpi,
        **fields,  # type: ignore[arg-type]
    )


def codes(findings: list[Finding] | tuple[Finding, ...]) -> list[str]:
    return [f.code for f in findings]


def only(findings: list[Finding] | tuple[Finding, ...], code: str) -> Finding:
    """The single finding with `code`; fails the test when there is none or several."""
    matching = [f for f in findings if f.code == code]
    assert len(matching) == 1, f"expected one {code}, got {codes(findings)}"
    return matching[0]
