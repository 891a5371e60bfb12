"""The credit-line grammar: "Tekst: …", "Fot. © UMT 2025, autor: …, licencja: CC BY-NC 4.0", ….

A credit line is a short line that starts with a role keyword followed by ':' or an abbreviation
dot, and whose remainder is a list of names, organisations, a copyright notice and a licence.
Anything else — notably a body sentence that merely starts with "Tekst" or "Fotografie" — is not
a credit, so it stays in the article text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from collections.abc import Mapping

# Each keyword must be followed by ':' or be an abbreviation ending in '.', which is what tells a
# credit ("Fot. Jan Nowak", "Tekst: …") from a sentence ("Tekst porozumienia jest dostępny…").
_ROLE_WORDS = [
    ("text", r"tekst|autor(?:ka)?\s+tekstu|txt"),
    ("photo", r"fot(?:o|ografi[ae])?|zdj(?:ęci[ae]|ecia|ecie)?|autor(?:ka)?\s+zdjęć"),
    ("video", r"film|wideo|video|nagranie|realizacja(?:\s+filmu)?"),
    ("graphics", r"grafik[ai]|graf|infografika|ilustracj[ae]|il|rys"),
    ("editing", r"opracowanie|oprac|opr|redakcja|red"),
    ("source", r"źródło|zrodlo|źr|zr"),
]
_ROLE_BY_WORD = [(role, re.compile(rf"(?:{words})$", re.IGNORECASE)) for role, words in _ROLE_WORDS]
_ANY_ROLE = "|".join(words for _, words in _ROLE_WORDS)
# "Fot." / "fot.:" / "Tekst:" / "Tekst i fot.:" — the role words, then the punctuation that ends them.
ROLE_PREFIX = re.compile(
    rf"^(?P<words>(?:{_ANY_ROLE})(?:\.?\s+(?:i|oraz|&)\s+(?:{_ANY_ROLE}))*)"
    r"(?:\s*:|\.\s*:?)\s*(?P<rest>.*)$",
    re.IGNORECASE | re.DOTALL,
)
MAX_CREDIT_LENGTH = 240
# Where one credit line holds several: "Tekst: X; fot. Y", "Tekst: X / fot. Y", "Tekst: X, fot. Y".
SEGMENT_BREAK = re.compile(
    rf"\s*;\s*|\s+[/|]\s+(?=\S)|\s*,\s*(?=(?:{_ANY_ROLE})(?:\s*:|\.))", re.IGNORECASE
)
PARENTHESISED = re.compile(r"\s*\(([^()]+)\)")

LICENCE_WORDS = re.compile(r"\blicencj[aię]\s*:?\s*", re.IGNORECASE)
CC_LICENCE = re.compile(
    r"\bCC[\s-]?(?P<kind>0|BY(?:[\s-]+(?:NC|SA|ND)){0,2})(?:[\s-]*(?P<version>[1-4]\.[05]))?(?:\s+PL\b)?",
    re.IGNORECASE,
)
ALL_RIGHTS_RESERVED = re.compile(r"\bwszelkie\s+prawa\s+zastrze[żz]one\b|\ball\s+rights\s+reserved\b", re.IGNORECASE)
PUBLIC_DOMAIN = re.compile(r"\bdomena\s+publiczna\b|\bpublic\s+domain\b", re.IGNORECASE)
COPYRIGHT = re.compile(
    r"(?:©|\(c\)|copyright)\s*(?:(?P<year_before>(?:19|20)\d\d)\s+)?(?P<holder>[^,;©]*?)"
    r"\s*(?P<year>(?:19|20)\d\d)?\s*(?=[,;]|$)",
    re.IGNORECASE,
)
AUTHOR = re.compile(r"\bautor(?:ka|zy|ki)?\s*:\s*(?P<names>[^,;]+(?:\s+i\s+[^,;]+)?)", re.IGNORECASE)

ALL_RIGHTS_RESERVED_ID = "LicenseRef-All-Rights-Reserved"
PUBLIC_DOMAIN_ID = "LicenseRef-Public-Domain"

_UPPER = "A-ZĄĆĘŁŃÓŚŹŻ"
_LOWER = "a-ząćęłńóśźżéüöä"
NAME_WORD = re.compile(rf"^(?:[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}][{_LOWER}]+)*|[{_UPPER}]\.(?:-[{_UPPER}]\.)?)$")
# Lower-case particles that may sit inside a name ("Jan de Vries", "Anna van der Berg").
NAME_PARTICLES = frozenset({"de", "van", "der", "von", "da", "di", "du", "la", "le", "y"})
ORGANISATION_START = re.compile(
    r"^(?:archiwum|materiał(?:y|ów)|biuro|wydział|urząd|urzędu|centrum|muzeum|fundacj[ai]|"
    r"stowarzyszeni[ea]|teatr|uniwersytet|szkoła|zespół|instytut|agencj[ai]|spółka|miejsk[iae]|"
    r"rad[ay]|kancelari[ai]|redakcj[ai]|referat|departament|ośrodek|dom|galeria|biblioteka|klub|"
    r"związek|policj[ai]|straż|komend[ay]|szpital|zakład|przedsiębiorstwo|towarzystwo|"
    r"orkiestra|filharmonia|urzędu|nadesłane|organizator(?:zy)?|pixabay|unsplash|freepik|"
    r"shutterstock|adobe\s+stock|wikimedia|pap|urząd|kujawsko)\b",
    re.IGNORECASE,
)
DOMAIN = re.compile(r"\b[\w-]+\.(?:pl|com|eu|org|net|gov\.pl|info)\b", re.IGNORECASE)
ACRONYM = re.compile(rf"^[{_UPPER}]{{2,}}\b")


@dataclass(frozen=True)
class Credit:
    role: str
    person: str | None = None
    organisation: str | None = None
    copyright_holder: str | None = None
    year: int | None = None
    license: str | None = None
    license_url: str | None = None
    raw: str = ""
    image_url: str | None = None

    def as_dict(self) -> dict:
        return dict(self.__dict__)


NO_ABBREVIATIONS: Mapping[str, str] = {}


def expand_organisation(name: str, abbreviations: Mapping[str, str] = NO_ABBREVIATIONS) -> str:
    """A site's abbreviation (``UMT``) → the full name; "archiwum UMT" is left as written."""
    return abbreviations.get(name.strip(), name.strip())


def licence_from_text(text: str) -> tuple[str | None, str | None]:
    """The SPDX id and canonical URL of the licence a credit names, if any."""
    if ALL_RIGHTS_RESERVED.search(text):
        return ALL_RIGHTS_RESERVED_ID, None
    if PUBLIC_DOMAIN.search(text):
        return PUBLIC_DOMAIN_ID, None
    match = CC_LICENCE.search(text)
    if not match:
        return None, None
    kind = re.sub(r"[\s-]+", "-", match.group("kind").upper())
    version = match.group("version")
    if kind == "0":
        return "CC0-1.0", "https://creativecommons.org/publicdomain/zero/1.0/"
    if not version:
        return f"LicenseRef-CC-{kind}", None
    return f"CC-{kind}-{version}", _cc_url(kind, version)


def _cc_url(kind: str, version: str) -> str:
    return f"https://creativecommons.org/licenses/{kind.lower()}/{version}/"


def classify_name(item: str, abbreviations: Mapping[str, str] = NO_ABBREVIATIONS) -> str | None:
    """'person', 'organisation', or None when the item reads like a sentence, not a name."""
    item = item.strip()
    if not item:
        return None
    if item in abbreviations or DOMAIN.search(item) or ORGANISATION_START.search(item):
        return "organisation"
    words = item.split()
    if 2 <= len(words) <= 4 and all(NAME_WORD.match(w) or w in NAME_PARTICLES for w in words):
        if NAME_WORD.match(words[0]) and NAME_WORD.match(words[-1]):
            return "person"
    if len(words) > 8:
        return None
    lower_words = [w for w in words if w[:1].islower() and len(w) > 3]
    if (item[:1].isupper() or ACRONYM.match(item)) and len(lower_words) <= 2:
        return "organisation"
    return None


def _split_names(text: str) -> list[str]:
    """Names separated by commas or ' i ' ("Jan Nowak i Anna Kowalska")."""
    names = []
    for part in re.split(r"\s*[,;]\s*", text):
        names.extend(p for p in re.split(r"\s+(?:i|oraz|&)\s+", part) if p.strip())
    return [n.strip(" .") for n in names if n.strip(" .")]


def roles_of(words: str) -> list[str]:
    roles = []
    for word in re.split(r"\.?\s+(?:i|oraz|&)\s+", words.strip()):
        word = word.strip().rstrip(".")
        for role, pattern in _ROLE_BY_WORD:
            if pattern.match(word):
                if role not in roles:
                    roles.append(role)
                break
    return roles


def _parse_segment(segment: str, raw: str, abbreviations: Mapping[str, str]) -> list[Credit] | None:
    match = ROLE_PREFIX.match(segment.strip())
    if not match:
        return None
    roles = roles_of(match.group("words"))
    rest = match.group("rest").strip().rstrip(".").strip()
    if not roles or not rest:
        return None

    licence, licence_url = licence_from_text(rest)
    rest = ALL_RIGHTS_RESERVED.sub("", PUBLIC_DOMAIN.sub("", rest))
    rest = CC_LICENCE.sub("", LICENCE_WORDS.sub("", rest))

    holder = year = None
    copyright_match = COPYRIGHT.search(rest)
    if copyright_match:
        holder = expand_organisation(copyright_match.group("holder").strip(), abbreviations) or None
        year_text = copyright_match.group("year") or copyright_match.group("year_before")
        year = int(year_text) if year_text else None
        rest = rest[: copyright_match.start()] + rest[copyright_match.end() :]

    people: list[str] = []
    author_match = AUTHOR.search(rest)
    if author_match:
        people.extend(_split_names(author_match.group("names")))
        rest = rest[: author_match.start()] + rest[author_match.end() :]

    organisations: list[str] = []
    # "Anna Grzybowska (Biuro Rady Miasta)": the bracket names where the person works.
    rest = PARENTHESISED.sub(lambda m: f", {m.group(1)}", rest)
    for item in _split_names(rest):
        kind = classify_name(item, abbreviations)
        if kind is None:
            return None
        if kind == "person":
            people.append(item)
        else:
            organisations.append(expand_organisation(item, abbreviations))

    if not people and not organisations and not holder:
        return None
    shared = dict(copyright_holder=holder, year=year, license=licence, license_url=licence_url, raw=raw)
    credits = []
    for role in roles:
        if people:
            organisation = organisations[0] if len(organisations) == 1 else None
            credits.extend(Credit(role, person=p, organisation=organisation, **shared) for p in people)
            if len(organisations) > 1:
                credits.extend(Credit(role, organisation=o, **shared) for o in organisations)
        elif organisations:
            credits.extend(Credit(role, organisation=o, **shared) for o in organisations)
        else:
            credits.append(Credit(role, **shared))
    return credits


def parse_credit_line(line: str, abbreviations: Mapping[str, str] = NO_ABBREVIATIONS) -> list[Credit]:
    """Every credit in one line of text; an empty list when the line is not a credit line.

    ``Tekst: X; fot. Y`` gives two credits; ``Tekst i fot.: X`` gives one person two roles.
    ``abbreviations`` are the site's short names of organisations, expanded in the credits.
    """
    raw = " ".join(line.split())
    text = raw.strip(" /|–—-*_")
    if not text or len(text) > MAX_CREDIT_LENGTH:
        return []
    segments = SEGMENT_BREAK.split(text)
    credits: list[Credit] = []
    for segment in segments:
        parsed = _parse_segment(segment, raw, abbreviations)
        if parsed is None:
            return []
        credits.extend(parsed)
    return credits


CAPTION_CREDIT_START = re.compile(
    rf"(?:^|(?<=[\s,;/|–—(-]))(?=(?:{_ANY_ROLE})(?:\s*:|\.))", re.IGNORECASE
)


def split_caption_credit(text: str, abbreviations: Mapping[str, str] = NO_ABBREVIATIONS) -> tuple[str, str | None, list[Credit]]:
    """Separate "Caption text, fot. Jan Nowak" into caption, credit text and its credits."""
    text = " ".join(text.split())
    for match in reversed(list(CAPTION_CREDIT_START.finditer(text))):
        tail = text[match.start() :].rstrip(") ")  # "Opis (fot. Jan Nowak)"
        credits = parse_credit_line(tail, abbreviations)
        if credits:
            caption = text[: match.start()].rstrip(" ,;/|–—(-")
            return caption, tail, credits
    return text, None, []
