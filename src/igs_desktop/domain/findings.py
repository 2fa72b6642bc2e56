"""Findings and the rule catalogue: one stable code per rule of the programme.

Findings carry the code, tests name it and reports print it, so the catalogue below is the one
place where a code, its severity and its description are written down.
"""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import Enum
from types import MappingProxyType

from .language import Language, Text


class Severity(Enum):
    """An error blocks the application; a warning asks the support contact to look."""

    ERROR = "error"
    WARNING = "warning"

    @property
    def label_nl(self) -> str:
        """The word the UI and reports print."""
        return "fout" if self is Severity.ERROR else "waarschuwing"

    def label(self, lang: Language) -> str:
        """The word in `lang`: "fout"/"waarschuwing", "error"/"warning"."""
        return self.label_nl if lang is Language.NL else self.value


@dataclass(frozen=True)
class Finding:
    """One broken rule. `subjects` names what it is about, so the UI can point at it.

    Subjects are NIS codes for findings about governments, action numbers for findings about
    actions, and empty for findings about the partnership as a whole. `message` is the Dutch
    sentence, `message_en` the same in English (written by the same rule from the same values);
    `text(lang)` picks one.
    """

    code: str
    severity: Severity
    message: str
    subjects: tuple[str, ...]
    message_en: str = ""

    def text(self, lang: Language) -> str:
        """The message in `lang` (Dutch when no English sentence was given)."""
        return self.message_en if lang is Language.EN and self.message_en else self.message


@dataclass(frozen=True)
class RuleInfo:
    """A rule of the programme as the UI's tooltips and the README list it."""

    code: str
    severity: Severity
    description_nl: str
    description_en: str

    def description(self, lang: Language) -> str:
        return self.description_en if lang is Language.EN else self.description_nl


_E, _W = Severity.ERROR, Severity.WARNING
_CATALOGUE = (
    RuleInfo(
        "REGION_MIXED",
        _E,
        "Alle actieve leden liggen in dezelfde referentieregio.",
        "All active members lie in the same reference region.",
    ),
    RuleInfo(
        "MULTIPLE_PARTNERSHIPS",
        _E,
        "Een lokaal bestuur is actief lid van hoogstens één samenwerkingsverband, "
        "behalve als al die lidmaatschappen in projectjaar 1 zijn gevormd.",
        "A government is an active member of at most one partnership, unless all those "
        "memberships were formed in project year 1.",
    ),
    RuleInfo(
        "BELOW_THRESHOLD",
        _E,
        "De aanvrager telt meer dan 7.500 inwoners van niet-EU14-herkomst "
        "(een samenwerkingsverband: de som van zijn actieve leden).",
        "The applicant counts more than 7,500 inhabitants of non-EU14 origin "
        "(a partnership: the sum of its active members).",
    ),
    RuleInfo(
        "FIGURE_MISSING",
        _W,
        "Van een actief lid ontbreekt het bevolkingscijfer van het projectjaar.",
        "An active member has no population figure for the project year.",
    ),
    RuleInfo(
        "SUBMITTER_MISSING",
        _E,
        "Er is precies één indienend lokaal bestuur.",
        "There is exactly one submitting government.",
    ),
    RuleInfo(
        "SUBMITTER_NOT_MEMBER",
        _E,
        "De indiener is een actief lid van het samenwerkingsverband.",
        "The submitter is an active member of the partnership.",
    ),
    RuleInfo(
        "KPI_MISSING",
        _W,
        "De aanvraag vermeldt de KPI die de leden samen willen halen.",
        "The application names the KPI the members want to reach together.",
    ),
    RuleInfo(
        "TOO_MANY_SUPPORTED_ACTIONS",
        _E,
        "Thematische ondersteuning geldt voor hoogstens 10 acties per aanvrager.",
        "Thematic support covers at most 10 actions per applicant.",
    ),
    RuleInfo(
        "ACTION_NOT_SUPPORTED",
        _E,
        "Thematische ondersteuning is er alleen voor acties die de catalogus als "
        "ondersteund markeert.",
        "Thematic support is only for actions the catalogue marks as supported.",
    ),
    RuleInfo(
        "STIMULUS_TWICE",
        _E,
        "De stimulans 'samenwerking' wordt maar één keer per projectjaar ontvangen.",
        "The cooperation stimulus is received only once per project year.",
    ),
    RuleInfo(
        "STIMULUS_NOT_ELIGIBLE",
        _E,
        "De stimulans vraagt een bestaand samenwerkingsverband (minstens twee leden die al "
        "actief waren vóór dat projectjaar) of een lid met meer dan 7.500 op zich (ook als het "
        "niet eerder deelnam), dat dat projectjaar minstens één nieuw lokaal bestuur opneemt. "
        "Een stimulusjaar vlak na een stimulusjaar, met de voorwaarden nog vervuld, is een "
        "verlenging.",
        "The stimulus needs an existing partnership (at least two members active before that "
        "year) or a member with more than 7,500 on its own (whether or not it took part "
        "before), that takes in at least one new government that project year. A stimulus year "
        "directly after a stimulus year, with the conditions still met, is an extension.",
    ),
    RuleInfo(
        "NEW_MEMBER_ACTIONS_UNREPORTED",
        _W,
        "Bij leden die nieuw zijn in het programma (ook in het jaar dat het "
        "samenwerkingsverband start) staat genoteerd met welke acties het samenwerkingsverband "
        "met hen van start gaat; niet bij besturen die eerder al deelnamen.",
        "When members new to the programme join (also in the year the partnership is formed), "
        "the actions rolled out with them are recorded; not for returning governments.",
    ),
    RuleInfo(
        "TRANSFER_ARRANGEMENT_MISSING",
        _W,
        "Elk lid behalve de indiener heeft een afspraak over hoe de subsidie wordt doorgestort.",
        "Every member other than the submitter has an arrangement on passing on the subsidy.",
    ),
    RuleInfo(
        "TRANSFERS_EXCEED_SUBSIDY",
        _E,
        "De doorstortingen aan partners zijn samen niet hoger dan de ontvangen subsidie.",
        "Transfers to partners add up to no more than the subsidy received.",
    ),
    RuleInfo(
        "KPI_BELOW_25_PERCENT",
        _W,
        "Een actie onder 25% van haar KPI-doel bij de tussentijdse rapportering riskeert "
        "haar subsidie.",
        "An action below 25% of its KPI target at the interim report risks its subsidy.",
    ),
)

RULES: Mapping[str, RuleInfo] = MappingProxyType({rule.code: rule for rule in _CATALOGUE})
"""Every rule code, in the order of DESIGN.md's table (the order findings are listed in)."""

_RULE_ORDER = {code: index for index, code in enumerate(RULES)}


@dataclass(frozen=True)
class RuleSource:
    """Where a rule comes from: the agency's own words and the page that says them.

    ``quote`` is copied word for word from ``page`` (empty where the agency publishes no
    sentence for the rule); ``remark`` says how the rule follows from it, in Dutch.
    """

    quote: str
    page: str  # the page's title
    url: str
    remark: str = ""


_IGS = "https://www.vlaanderen.be/plan-samenleven/intergemeentelijke-samenwerkingen"
_MONEY = "https://www.vlaanderen.be/plan-samenleven/financiele-ondersteuning"
_STIMULI = "https://www.vlaanderen.be/plan-samenleven/financiele-stimulansen"
_KPI = "https://www.vlaanderen.be/plan-samenleven/inhoudelijke-rapportering-projectjaar-1-kpi"
_YEAR3 = "https://www.vlaanderen.be/plan-samenleven/hoe-indienen-voor-plan-samenleven-projectjaar-3"
_SUBMITTER = (
    "Binnen dat samenwerkingsverband dient 1 stad of gemeente de subsidieaanvraag in. "
    "Die stad of gemeente zal de subsidie ontvangen."
)

RULE_SOURCES: Mapping[str, RuleSource] = MappingProxyType(
    {
        "REGION_MIXED": RuleSource(
            "Lokale besturen kunnen enkel intergemeentelijk samenwerken binnen eenzelfde "
            "referentieregio en mogen maar toetreden tot 1 samenwerkingsverband.",
            "Intergemeentelijke samenwerkingen",
            _IGS,
        ),
        "MULTIPLE_PARTNERSHIPS": RuleSource(
            "Lokale besturen die in het 1ste projectjaar meerdere samenwerkingsverbanden "
            "afsloten, mogen die samenwerkingen behouden.",
            "Intergemeentelijke samenwerkingen",
            _IGS,
            "De regel zelf staat in de zin ervoor: lokale besturen 'mogen maar toetreden tot 1 "
            "samenwerkingsverband'.",
        ),
        "BELOW_THRESHOLD": RuleSource(
            "Lokale besturen in het Vlaamse Gewest die samenwerken binnen een referentieregio én "
            "die samen meer dan 7.500 inwoners van niet EU-14 herkomst tellen.",
            "Financiële ondersteuning",
            _MONEY,
            "Voor een bestuur alleen: 'Steden en gemeenten in het Vlaamse Gewest met meer dan "
            "7.500 inwoners van niet EU-14 herkomst.'",
        ),
        "FIGURE_MISSING": RuleSource(
            "Bekijk per gemeente het aantal inwoners van niet EU-14 herkomst (2022).",
            "Financiële ondersteuning",
            _MONEY,
            "Geen regel van het agentschap maar van de app: zonder het cijfer van een lid kan de "
            "drempel van 7.500 niet gecontroleerd worden.",
        ),
        "SUBMITTER_MISSING": RuleSource(_SUBMITTER, "Financiële ondersteuning", _MONEY),
        "SUBMITTER_NOT_MEMBER": RuleSource(
            _SUBMITTER,
            "Financiële ondersteuning",
            _MONEY,
            "De indiener is een van de samenwerkende besturen, dus een actief lid.",
        ),
        "KPI_MISSING": RuleSource(
            "Bij elke actie is een duidelijke en meetbare KPI bepaald.",
            "Financiële ondersteuning",
            _MONEY,
            "Een samenwerkingsverband rapporteert over zijn gezamenlijke doelstelling; de app "
            "vraagt daarom de KPI die de leden samen willen halen.",
        ),
        "TOO_MANY_SUPPORTED_ACTIONS": RuleSource(
            "",
            "Thematische ondersteuning door het agentschap",
            "",
            "Werkafspraak van het agentschap: thematische ondersteuning voor hoogstens 10 acties "
            "per aanvrager. Het agentschap publiceert er geen zin over.",
        ),
        "ACTION_NOT_SUPPORTED": RuleSource(
            "",
            "Thematische ondersteuning door het agentschap",
            "",
            "Welke acties thematische ondersteuning krijgen, is niet gepubliceerd (acties 5 en "
            "24 zijn bevestigd); de actiecatalogus van de app markeert ze, en u kunt dat "
            "aanpassen.",
        ),
        "STIMULUS_TWICE": RuleSource(
            "kan je maar éénmaal ontvangen, ongeacht het aantal acties dat je samen met andere "
            "lokale besturen indient en ongeacht of er 1 of meerdere nieuwe lokale besturen "
            "instappen in de intergemeentelijke samenwerking.",
            "Financiële stimulansen",
            _STIMULI,
            "Over de stimulans 'samenwerking'; dezelfde pagina: 'kan je maar 1 keer per "
            "projectjaar ontvangen.'",
        ),
        "STIMULUS_NOT_ELIGIBLE": RuleSource(
            "Bestaande IGS’en of lokale besturen met meer dan 7.500 inwoners van niet EU "
            "14-herkomst kunnen de financiële stimulans ‘samenwerkingsverband’ aanvragen als ze "
            "een nieuw lokaal bestuur in hun samenwerking opnemen.",
            "Intergemeentelijke samenwerkingen",
            _IGS,
            "Verlengen: 'kan je verlengen als je blijft voldoen aan de voorwaarden en als de "
            "begroting over voldoende middelen beschikt' (Financiële stimulansen).",
        ),
        "NEW_MEMBER_ACTIONS_UNREPORTED": RuleSource(
            "de actie(s) die worden gecontinueerd of stopgezet;",
            "Hoe indienen voor Plan Samenleven? (projectjaar 3)",
            _YEAR3,
            "De aanvraag vermeldt ook 'of er wijzigingen in het samenwerkingsverband zijn'; de "
            "app vraagt daarom per nieuw lid met welke acties het verband met hem van start gaat.",
        ),
        "TRANSFER_ARRANGEMENT_MISSING": RuleSource(
            _SUBMITTER,
            "Financiële ondersteuning",
            _MONEY,
            "Hoe de indiener de subsidie aan de partners doorstort, spreken de leden onderling "
            "af; de app vraagt die afspraak per lid.",
        ),
        "TRANSFERS_EXCEED_SUBSIDY": RuleSource(
            _SUBMITTER,
            "Financiële ondersteuning",
            _MONEY,
            "De indiener kan niet meer doorstorten dan hij ontving.",
        ),
        "KPI_BELOW_25_PERCENT": RuleSource(
            "Om dezelfde subsidies voor het tweede projectjaar te kunnen ontvangen, antwoorden "
            "de besturen op de vraag of 25% van de vooropgestelde KPI werd behaald.",
            "Inhoudelijke rapportering projectjaar 1 (KPI)",
            _KPI,
        ),
    }
)
"""Per rule code, the agency's sentence it comes from (Help › Regels shows them)."""


def make_finding(code: str, message: Text, subjects: Iterable[str] = ()) -> Finding:
    """A finding whose severity comes from the catalogue, so the two cannot disagree; its
    message in Dutch and in English."""
    return Finding(code, RULES[code].severity, message.nl, tuple(subjects), message.en)


def _natural_key(text: str) -> tuple[int, int, str]:
    # Action "5" comes before action "24"; NIS codes all have five digits anyway.
    if text.isascii() and text.isdecimal():
        return (0, int(text), text)
    return (1, 0, text)


def finding_sort_key(finding: Finding) -> tuple[object, ...]:
    """Rule order of the catalogue, then subjects, then the message as a last tie-break."""
    return (
        _RULE_ORDER.get(finding.code, len(_RULE_ORDER)),
        finding.code,
        tuple(_natural_key(s) for s in finding.subjects),
        finding.message,
    )
