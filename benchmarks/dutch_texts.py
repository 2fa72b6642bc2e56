"""Dutch texts for generated notes, follow-ups and partnerships (benchmarks/generate.py).

Sentences are put together from parts, so that notes differ in length and wording but share
the words a support contact searches for (``SEARCH_WORDS``), in several forms ("bibliotheek",
"bibliotheken"), next to the names of the governments they are about.
"""

from __future__ import annotations

import random

# Words that occur in many notes, for the search benchmarks to type.
SEARCH_WORDS = ("oefenkansen", "taalcafé", "bibliotheek", "vrijwilligers", "nieuwkomers", "jeugd")

WHO = (
    "De schepen van integratie",
    "De bibliothecaris",
    "De jeugdconsulent",
    "De taalcoach",
    "De stuurgroep",
    "Een welzijnswerker",
    "De coördinator van het onthaalbureau",
    "Een vrijwilliger van het taalcafé",
    "De directeur van de basisschool",
    "De buurtwerker",
    "De sportdienst",
    "Het OCMW",
    "De cultuurbeleidscoördinator",
    "Een ouder uit de wijk",
)
SAYS = (
    "bevestigt",
    "meldt",
    "merkt op",
    "benadrukt",
    "vertelt",
    "stelt vast",
    "vraagt na of",
)
WHAT = (
    "de oefenkansen Nederlands",
    "het taalcafé",
    "de buddywerking voor nieuwkomers",
    "de praatgroep op zaterdag",
    "het onthaal van nieuwkomers",
    "de huiswerkbegeleiding",
    "de sportkampen voor de jeugd",
    "de cultuurbonnen",
    "het buurtfeest",
    "de ouderavonden op school",
    "de vrijetijdspas",
    "het inburgeringstraject",
    "de wijkwerking",
    "de jeugdraad",
    "de zomerschool",
    "de vorming rond discriminatie",
    "de leesclub in de bibliotheek",
    "de vrijwilligers van de bibliotheken",
    "de samenwerking met de scholen",
    "de ontmoetingsplekken in de buurt",
)
HOW = (
    "goed loopt",
    "achterblijft bij de verwachtingen",
    "meer bereik nodig heeft",
    "uitgebreid wordt naar een tweede locatie",
    "na de zomer opnieuw start",
    "vertraging oploopt door een tekort aan vrijwilligers",
    "veel nieuwe deelnemers trekt",
    "beter bekend moet raken bij de gezinnen",
    "samen met de partners geëvalueerd wordt",
)
FACTS = (
    "In {place} namen {n} mensen deel aan {what}.",
    "{place} telt {n} inschrijvingen voor {what}.",
    "De telling van {what} in {place} staat op {n} deelnemers per maand.",
    "Voor {what} in {place} zijn {n} vrijwilligers actief.",
    "Het bereik van {what} steeg tot {n} gezinnen in {place}.",
)
AGREEMENTS = (
    "Afspraak: {what} in {place} opvolgen tegen het volgende overleg.",
    "We bezorgen het verslag over {what} aan de partners in {place}.",
    "De stuurgroep beslist in het voorjaar over {what}.",
    "Volgende stap: de cijfers over {what} naast die van vorig projectjaar leggen.",
    "Te bekijken of {place} mee aansluit bij {what}.",
)
OPENINGS = {
    "veldonderzoek": ("Rondgang", "Bezoek aan", "Buurtwandeling rond", "Terreinbezoek:"),
    "data-onderzoek": ("Cijfers over", "Analyse van", "Bevraging over", "Telling van"),
    "overleg": ("Overleg over", "Stuurgroep:", "Vergadering over", "Afstemming rond"),
    "telefoongesprek": ("Telefoon over", "Belronde over", "Gesprek over", "Telefonisch:"),
    "kennisdeling": ("Wat werkt:", "Kennisdeling over", "Inspiratie:", "Goede praktijk:"),
    "andere": ("Notitie over", "Nota:", "Stand van zaken:", "Kort:"),
}
TAGS = (
    "taal",
    "oefenkansen",
    "verbinding",
    "participatie",
    "onderwijs",
    "jeugd",
    "wonen",
    "werk",
    "zorg",
    "kpi",
    "doorstorting",
    "drempel",
    "stuurgroep",
    "cijfers",
    "vrijwilligers",
)
FOLLOW_UPS = (
    "Verslag bezorgen aan {place}",
    "Tussentijdse KPI opvragen bij {place}",
    "Afspraken van de stuurgroep rondsturen",
    "Nagaan of {place} wil aansluiten",
    "Cijfers niet-EU14 van {place} controleren",
    "Evaluatie van {what} plannen",
    "Doorstorting aan {place} nakijken",
    "Vrijwilligers voor {what} zoeken",
)
SESSION_TOPICS = (
    "Bovenlokale kennisdeling: oefenkansen Nederlands",
    "Polarisatie: een gezamenlijke aanpak",
    "Vrijwilligers vinden en houden",
    "Het bereik van jongeren vergroten",
    "Cijfers niet-EU14 lezen en gebruiken",
    "Onthaal van nieuwkomers in kleine gemeenten",
)
PARTNERSHIP_KPIS = (
    "Samen {n} oefenkansen Nederlands per jaar",
    "Samen {n} volwassen anderstaligen nemen deel aan een oefenkans",
    "{n} jongeren in contact met sport en cultuur",
    "Een gezamenlijk actieplan en {n} deelnemers aan ontmoetingsactiviteiten",
)
ARRANGEMENTS = (
    "Doorstorting per deelnemer uit de eigen gemeente, jaarlijks na de eindrapportering",
    "Doorstorting in verhouding tot het aantal inwoners van niet-EU14-herkomst",
    "Vast bedrag per projectjaar volgens de samenwerkingsovereenkomst",
)


def sentence(rng: random.Random, places: list[str]) -> str:
    """One sentence of a note about ``places`` (government names)."""
    place = rng.choice(places)
    what = rng.choice(WHAT)
    roll = rng.random()
    if roll < 0.45:
        return f"{rng.choice(WHO)} {rng.choice(SAYS)} dat {what} in {place} {rng.choice(HOW)}."
    if roll < 0.75:
        return rng.choice(FACTS).format(place=place, what=what, n=rng.randint(3, 240))
    return rng.choice(AGREEMENTS).format(place=place, what=what)


def note_text(rng: random.Random, kind: str, places: list[str]) -> tuple[str, str]:
    """A title and a body: 40 % one sentence, 45 % a paragraph, 15 % two to four paragraphs
    (about 300 characters on average)."""
    title = f"{rng.choice(OPENINGS[kind])} {rng.choice(WHAT)} in {rng.choice(places)}"
    roll = rng.random()
    if roll < 0.4:
        return title, sentence(rng, places)
    paragraphs = 1 if roll < 0.85 else rng.randint(2, 4)
    body = "\n\n".join(
        " ".join(sentence(rng, places) for _ in range(rng.randint(2, 5))) for _ in range(paragraphs)
    )
    return title, body


def tags(rng: random.Random) -> list[str]:
    return rng.sample(TAGS, rng.choice((0, 1, 1, 2, 2, 3)))


def follow_up_title(rng: random.Random, places: list[str]) -> str:
    return rng.choice(FOLLOW_UPS).format(place=rng.choice(places), what=rng.choice(WHAT))


def partnership_kpi(rng: random.Random) -> str:
    return rng.choice(PARTNERSHIP_KPIS).format(n=rng.randrange(100, 1000, 10))
