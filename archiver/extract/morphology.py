"""Polish morphology from Morfeusz 2 and its SGJP dictionary (inside the ``morfeusz2`` wheel).

What the people extractor asks of a word: is it a first name or a surname, in which case, number
and gender, and what is its nominative (lemma); and, for a role's adjectives, the nominative
singular of a given gender. Each distinct word is analysed once (~60 µs) and remembered.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import morfeusz2

CASES = ("nom", "gen", "dat", "acc", "inst", "loc", "voc")


@dataclass(frozen=True)
class Reading:
    lemma: str  # the nominative (singular, masculine for adjectives), without SGJP's ":Sm1"-style tags
    pos: str  # subst, adj, ppas, verb forms, ign (unknown word)…
    numbers: frozenset[str]
    cases: frozenset[str]
    genders: frozenset[str]  # m1 (persons), m2, m3, f, n
    labels: frozenset[str]  # imię, nazwisko, nazwa_geograficzna, nazwa_pospolita, …

    @property
    def female(self) -> bool:
        return self.genders == {"f"}

    def agrees(self, other: Reading) -> bool:
        return bool(self.cases & other.cases and self.numbers & other.numbers and self.genders & other.genders)


@lru_cache(maxsize=1)
def _morfeusz() -> morfeusz2.Morfeusz:
    return morfeusz2.Morfeusz(generate=True, expand_tags=False)


def _reading(lemma: str, tag: str, labels: list[str]) -> Reading:
    parts = tag.split(":")
    pos = parts[0]
    numbers = cases = genders = frozenset()
    if pos in ("subst", "adj", "ppas", "pact", "depr") and len(parts) >= 4:
        numbers, cases, genders = (frozenset(p.split(".")) for p in parts[1:4])
    elif pos == "praet" and len(parts) >= 3:
        numbers, genders = frozenset(parts[1].split(".")), frozenset(parts[2].split("."))
    lemma = lemma.split(":")[0]
    if "nazwisko" in labels:  # the dictionary's "stuPałkowski": a compound's capital inside
        lemma = "-".join(part[:1].upper() + part[1:].lower() for part in lemma.split("-"))
    return Reading(lemma, pos, numbers, cases, genders, frozenset(labels))


# No word of Polish is this long; Morfeusz 2 crashes the process (a segmentation fault) on a run of some ten
# thousand punctuation marks, which a hostile page can hold in one "word".
MAX_WORD_LENGTH = 64


@lru_cache(maxsize=65536)
def readings(word: str) -> tuple[Reading, ...]:
    """Every reading of one word (no spaces, no hyphenated compounds: analyse their parts); none for a longer
    string than any word."""
    if len(word) > MAX_WORD_LENGTH:
        return ()
    found = []
    for _start, _end, (_form, lemma, tag, labels, _qualifiers) in _morfeusz().analyse(word):
        reading = _reading(lemma, tag, labels)
        if reading not in found:
            found.append(reading)
    return tuple(found)


def is_known(word: str) -> bool:
    return any(r.pos != "ign" for r in readings(word))


def is_first_name(word: str) -> bool:
    """A capitalised word the dictionary knows as a first name ("Grzegorz", "Kasia")."""
    return word[:1].isupper() and any(r.pos == "subst" and "imię" in r.labels for r in readings(word))


def is_surname(word: str) -> bool:
    """A word the dictionary knows as a surname ("Nowak", "Radny"), whatever else it may be."""
    return any("nazwisko" in r.labels for r in readings(word))


def may_name_someone(word: str) -> bool:
    """False for a word the dictionary knows only as something else than a first name or surname
    ("Urzędu", "Turystyki", "Bydgoszczy"); an unknown word may be anybody's name."""
    found = readings(word)
    return not found or any(r.pos == "ign" or "nazwisko" in r.labels or "imię" in r.labels or "przydomek" in r.labels for r in found)


@lru_cache(maxsize=8192)
def adjective_form(lemma: str, gender: str, number: str = "sg", case: str = "nom") -> str | None:
    """The form of an adjective ``lemma`` in a given gender, number and case ("prasowy", "f" → "prasowa")."""
    return _generated_form(lemma, "adj", number, case, gender)


@lru_cache(maxsize=4096)
def noun_form(lemma: str, case: str, number: str = "sg") -> str | None:
    """The form of a common noun ``lemma`` in a case and number ("komisja", "gen" → "komisji")."""
    return _generated_form(lemma, "subst", number, case)


def _generated_form(lemma: str, pos: str, number: str, case: str, gender: str | None = None) -> str | None:
    """The first form Morfeusz generates for ``lemma`` as that part of speech in that number, case (and
    gender); an adjective in its positive degree ("prasowa", not "prasowsza")."""
    for form, _lemma, tag, *_ in _morfeusz().generate(lemma):
        parts = tag.split(":")
        if parts[0] != pos or len(parts) < (5 if pos == "adj" else 3) or (pos == "adj" and parts[4] != "pos"):
            continue
        if number in parts[1].split(".") and case in parts[2].split(".") and (gender is None or gender in parts[3].split(".")):
            return form
    return None


def nominative_of_genitive(words: list[str]) -> list[str]:
    """A name that a phrase put in the genitive, back in the nominative: the leading adjectives and
    the first noun change, the rest is a complement and stays ("Wojewódzkiego Ośrodka Kultury w
    Lublinie" → "Wojewódzki Ośrodek Kultury w Lublinie"). Unchanged when it does not start so."""
    if not words or is_first_name(words[0]):
        return words  # a person's name: "ze zbiorów Zbigniewa Bąka"
    adjectives = []
    for index, word in enumerate(words):
        found = readings(word.lower())
        noun = next((r for r in found if r.pos == "subst" and "gen" in r.cases and "sg" in r.numbers), None)
        if noun is not None:
            gender = sorted(noun.genders)[0]
            changed = [adjective_form(a.lemma, gender) or words[i] for i, a in adjectives]
            if not all(changed) or not noun.lemma.isalpha():
                return words
            nominative = [_adjective_like(words[i], form) for (i, _), form in zip(adjectives, changed)]
            following = []  # "Biblioteki Uniwersyteckiej" → "Biblioteka Uniwersytecka"
            for after in words[index + 1 :]:
                agreeing = next((r for r in readings(after.lower()) if r.pos == "adj" and r.agrees(noun)), None)
                form = adjective_form(agreeing.lemma, gender) if agreeing else None
                if form is None:
                    break
                following.append(_adjective_like(after, form))
            rest = words[index + 1 + len(following) :]
            return [*nominative, _capital_like(word, noun.lemma), *following, *rest]
        adjective = next((r for r in found if r.pos == "adj" and "gen" in r.cases and "sg" in r.numbers), None)
        if adjective is None:
            return words
        adjectives.append((index, adjective))
    return words


def _capital_like(original: str, word: str) -> str:
    return word[:1].upper() + word[1:] if original[:1].isupper() else word


def _adjective_like(original: str, form: str) -> str:
    """ "Kujawsko-Pomorskiego" → "Kujawsko-Pomorski": only a joined adjective's last part declines."""
    prefix, dash, last = original.rpartition("-")
    return prefix + dash + _capital_like(last, form)
