"""People named in an article's text, with the role the article gives them, in the nominative.

A name is a known Polish first name followed by a surname ("Łukasz Walkusz", "Ewa
Banaszczyk-Kisiel"). The first name's grammatical case tells the surname's: "Łukasza Walkusza" is
genitive, so the surname loses its genitive ending too. simplemma (``archiver.lemmas``)
lemmatises first names and is the fallback for surnames; the rules below handle what a dictionary
cannot know (most surnames, and women's surnames, which decline only when adjectival).

Roles are the phrases Polish news wraps around a name: "Łukasz Walkusz, przewodniczący Rady
Miasta Gdańska", "prezydent Gdańska Paweł Gulewski", "dyrektor Biura Metropolii – Maja
Lewandowska-Robak", "radny Jan Nowak", "prof. Anna Kowalska". A role is kept as written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from archiver.lemmas import lemma

# Nominatives. Female names end in -a (the few male ones that do are listed in MALE_IN_A).
FIRST_NAMES = frozenset("""
Ada Adam Adela Adrian Adrianna Agata Agnieszka Alan Albert Albina Aldona Aleks Aleksander Aleksandra Alfons
Alfred Alicja Alina Alojzy Ambroży Amelia Anastazja Andrzej Aneta Angelika Anita Anna Antoni Antonina
Apolinary Apolonia Ariel Arkadiusz Artur Augustyn Aurelia Barbara Barnaba Bartosz Bartłomiej Beata Benedykt
Bernadeta Bernard Bianka Bogdan Bogna Bogumił Bogumiła Bogusław Bogusława Bolesław Bonawentura Borys Bożena
Bronisław Bronisława Bruno Błażej Cecylia Celina Cezary Cyprian Czesław Czesława Dagmara Damian Daniel Danuta
Daria Dariusz Dawid Diana Dionizy Dobromir Dobrosława Dominik Dominika Dorota Edmund Edward Edyta Eleonora
Eligiusz Eliza Elżbieta Emanuel Emil Emilia Emma Ernest Eryk Eugeniusz Ewa Ewelina Fabian Felicja Feliks
Ferdynand Filip Florian Franciszek Franciszka Fryderyk Gabriel Gabriela Genowefa Gerard Gertruda Gracjan
Grażyna Grzegorz Gustaw Halina Hanna Helena Henryk Henryka Herbert Hieronim Hilary Honorata Hubert Ida Idzi
Iga Ignacy Igor Ilona Irena Ireneusz Iwona Izabela Jacek Jadwiga Jagoda Jakub Jan Janina Janusz Jarema
Jarosław Jeremi Jerzy Joachim Joanna Jolanta Jonasz Julia Julian Julianna Juliusz Justyna Józef Józefa Jędrzej
Kacper Kaja Kajetan Kalina Kamil Kamila Karina Karol Karolina Katarzyna Kazimiera Kazimierz Kinga Klara
Klaudia Konrad Konstanty Kornel Kornelia Krystian Krystyna Krzesimir Krzysztof Ksawery Ksenia Kuba Laura Lech
Lechosław Lena Leokadia Leon Leopold Leszek Lidia Liliana Lilianna Lubomir Lucjan Lucyna Ludmiła Ludomir
Ludwik Luiza Maciej Magda Magdalena Maja Maksym Maksymilian Malwina Marceli Marcelina Marcin Marek Maria
Marian Marianna Mariola Mariusz Marlena Marta Martyna Marzanna Marzena Mateusz Matylda Małgorzata Melania
Michalina Michał Mieczysław Mikołaj Milan Milena Miron Mirosław Mirosława Miłosz Monika Nadia Natalia Natan
Nataniel Nikodem Nikola Nina Norbert Oktawia Ola Olaf Olga Olgierd Oliwer Oliwia Oskar Otylia Patrycja Patryk
Paula Paulina Paweł Piotr Pola Przemysław Radomir Radosław Rafał Rajmund Regina Remigiusz Renata Robert Roch
Roksana Roman Rozalia Rudolf Ryszard Róża Sabina Sambor Sandra Sara Sebastian Seweryn Stanisław Stanisława
Stefan Stefania Sylwester Sylwia Szymon Sławomir Tadeusz Tamara Teodor Teresa Tobiasz Tomasz Tomir Tymon
Tymoteusz Urszula Wacław Waldemar Walenty Wanda Wawrzyniec Weronika Wiesław Wiesława Wiktor Wiktoria Wincenty
Wioletta Wit Witold Wojciech Wojsław Władysław Włodzimierz Zbigniew Zbysław Zdzisław Zdzisława Zenobiusz Zenon
Zenona Zofia Zuzanna Zygfryd Zygmunt Łucja Łukasz Żaneta
""".split())
MALE_IN_A = frozenset({"Kuba", "Barnaba", "Bonawentura", "Jarema"})

# Role nouns by stem (case-insensitive), so that every inflected form matches.
ROLE_STEMS = (
    "przewodnicząc", "wiceprzewodnicząc", "prezydent", "wiceprezydent", "zastęp", "dyrektor", "wicedyrektor",
    "radn", "burmistrz", "wiceburmistrz", "wójt", "starost", "wicestarost", "marszał", "wicemarszał", "wojewod",
    "wicewojewod", "posł", "senator", "minister", "wiceminister", "prezes", "wiceprezes", "kierownik", "kierowniczk",
    "naczelnik", "rzecznik", "rzeczniczk", "sekretarz", "skarbnik", "komendant", "rektor", "prorektor", "dziekan",
    "proboszcz", "biskup", "członk", "członkini", "pełnomocni", "koordynator", "inspektor", "sołtys", "szef",
    "przedstawiciel", "ambasador", "konsul", "prezeska", "dyrektork", "architekt", "opiekun", "trener", "kurator",
    "doradc", "ekspert", "autor", "kustosz", "historyk", "przewodnik", "laureat", "organizator", "mieszkank", "radc",
    "zastępczyni", "prezydentk", "redaktor",
)  # fmt: skip
ROLE_WORD = re.compile(r"(?:" + "|".join(ROLE_STEMS) + r")\w*$", re.IGNORECASE)
TITLES = ("prof.", "dr", "dr.", "hab.", "mgr", "inż.", "ks.", "o.", "mec.", "red.", "abp", "bp")
# Words that may continue a role phrase: "dyrektor Wydziału Strategii i Projektów Rozwojowych".
CONNECTORS = frozenset({"i", "ds.", "w", "we", "z", "ze", "do", "na", "oraz", "nr", "im.", "ds", "spraw", "d/s"})
ROLE_COMPLEMENTS = frozenset("""
miasto prezydent wydział biuro rada komisja urząd gmina powiat województwo spółka szkoła zarząd sejmik samorząd
departament referat centrum ośrodek zespół dzielnica osiedle klub fundacja stowarzyszenie muzeum teatr instytut
uniwersytet parafia policja straż sprawa młodzież senior kultura sport oświata zdrowie promocja budżet finanse
infrastruktura inwestycja metropolia miejski miejska rozwój turystyka strategia projekt komunikacja społeczny
gospodarka komunalny organizacyjny prawny kadra edukacja polityka senioralny młodzieżowy obywatelski
""".split())
# A name after these is a street, square or patron, not a person the article speaks of.
PLACE_MARKERS = re.compile(
    r"(?:\b(?:ul|al|pl|os|im|gen|św|rondo|rondzie|ronda|ulicy|ulica|alei|aleja|placu|plac|skwer|skweru|"
    r"skwerze|imienia|pomnik|pomnika|nagroda|nagrody|nagrodę|nagrodą|szkoła|szkoły|szkole|liceum|gimnazjum|"
    r"fundacja|fundacji|most|mostu|moście|ulicę|ulicą|bulwar|bulwaru)\.?\s*)$",
    re.IGNORECASE,
)
UPPER = "A-ZĄĆĘŁŃÓŚŹŻ"
LOWER = "a-ząćęłńóśźżéöüäë"
CAPITALISED = re.compile(rf"^[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)*$")
ABBREVIATIONS = r"prof|dr|hab|mgr|inż|ks|ul|al|pl|os|im|gen|św|ds|mec|red|nr|bp|abp|o|ok|m\.in|tzw|ws"
# A dot belongs to a token only for abbreviations and initials; elsewhere it ends a sentence.
TOKEN = re.compile(
    rf"(?:(?i:{ABBREVIATIONS})|[{UPPER}])\.(?![{LOWER}])|[{UPPER}{LOWER}0-9]+(?:[-'][{UPPER}{LOWER}]+)*|[–—\-(),;:.!?\"„”]"
)
INITIAL = re.compile(rf"^[{UPPER}]\.$")
CLAUSE_END = frozenset({",", ";", ":", ".", "!", "?", "(", ")", "–", "—", "\"", "„", "”"})
RELATIVE = re.compile(r"^któr", re.IGNORECASE)
NOT_SURNAMES = frozenset("""
Rady Rada Radzie Miasta Miasto Mieście Urzędu Urząd Wydziału Biura Biuro Metropolii
Polski Polska Polsce Pomorskiego Kujawsko-Pomorskiego Województwa Sejmiku Komisji Sesji Sesja Prezydenta Prezydent
Pawła II Zamku Rynku Rynek Wisły Wisła Artusa Dworze Dwór Centrum Muzeum Teatru Uniwersytetu Kopernika
""".split())  # fmt: skip


@dataclass
class Person:
    name: str
    role: str | None
    forms: list[str] = field(default_factory=list)


# Case endings of first names and what replaces them in the nominative (the stem is then also
# tried with what declension did to it undone: Pawła → Pawł → Paweł).
_FIRST_NAME_ENDINGS = [
    ("owi", ""), ("em", ""), ("u", ""), ("a", ""), ("ie", ""),  # masculine
    ("y", "a"), ("i", "a"), ("ie", "a"), ("ę", "a"), ("ą", "a"), ("ii", "ia"), ("ji", "ja"),  # feminine
]


@lru_cache(maxsize=4096)
def first_name(token: str) -> str | None:
    """The nominative of a first name in any case, or None if the token is not a first name."""
    if token in FIRST_NAMES:
        return token
    candidates = [lemma(token)]
    for ending, replacement in _FIRST_NAME_ENDINGS:
        if token.endswith(ending) and len(token) > len(ending) + 1:
            stem = token[: -len(ending)] + replacement
            candidates += [stem, _restore_stem(stem)]
            if not replacement:
                candidates.append(stem + "a")  # Annie → Ann → Anna
    if token.endswith("i"):
        candidates.append(token[:-1] + "ja")  # Mai → Maja
    return next((c for c in candidates if c in FIRST_NAMES), None)


def is_female(nominative: str) -> bool:
    return nominative.endswith("a") and nominative not in MALE_IN_A


_SOFT = [("ni", "ń"), ("si", "ś"), ("ci", "ć"), ("zi", "ź"), ("dzi", "dź")]
_VOWELS = set("aąeęioóuy")


def _restore_stem(stem: str) -> str:
    """Undo what declension does to a stem: soft consonants (Pietrucieni → Pietrucień), mobile e (Głuszk → Głuszek)."""
    for written, nominative in _SOFT:
        if stem.endswith(written) and len(stem) > 3:
            return stem[: -len(written)] + nominative
    if len(stem) > 3 and stem[-1] in "kc" and stem[-2].lower() not in _VOWELS and stem[-2] not in "sz":
        return stem[:-1] + "e" + stem[-1]
    if len(stem) > 3 and stem.endswith("ł") and stem[-2].lower() not in _VOWELS:
        return stem[:-1] + "eł"
    return stem


_ADJECTIVAL_MALE = re.compile(r"(s|c|dz)(?:kiego|kiemu|kim)$")
_ADJECTIVAL_FEMALE = re.compile(r"(s|c|dz)(?:kiej|ką)$")


def surname_nominative(surname: str, *, female: bool, case_ending: str) -> str:
    """A surname in the case its first name shows (``case_ending`` added to the first name)."""
    parts = surname.split("-")
    return "-".join(_surname_part(part, female=female, case_ending=case_ending) for part in parts)


def _surname_part(part: str, *, female: bool, case_ending: str) -> str:
    if not case_ending:
        return part
    if female:
        if _ADJECTIVAL_FEMALE.search(part):
            return _ADJECTIVAL_FEMALE.sub(r"\1ka", part)
        if re.search(r"(ow|n)(?:ej|ą)$", part):
            return re.sub(r"(?:ej|ą)$", "a", part)
        return part  # a woman's non-adjectival surname does not decline: "Anny Głuszek"
    if _ADJECTIVAL_MALE.search(part):
        return _ADJECTIVAL_MALE.sub(r"\1ki", part)
    if re.search(r"[kg]iem$", part):
        return _restore_stem(part[:-3])  # "Kowallkiem" → Kowallek
    for ending in sorted({case_ending, "owi", "em", "a", "u"}, key=len, reverse=True):
        if part.endswith(ending) and len(part) - len(ending) >= 3:
            return _restore_stem(part[: -len(ending)])
    if case_ending == "a" and part.endswith("y") and len(part) > 4:
        return part[:-1] + "a"  # "Jana Zaręby" → Zaręba
    guess = lemma(part)
    return guess if guess[:1].isupper() and guess[:3] == part[:3] else part


CASE_ENDINGS = ("owi", "iem", "em", "ie", "ii", "ji", "a", "u", "y", "i", "ę", "ą")


def _case_ending(token: str, nominative: str) -> str:
    """The ending that marks a first name's case ("Jacka" → "a"), "" in the nominative."""
    if token == nominative:
        return ""
    return next((e for e in CASE_ENDINGS if token.endswith(e) and not nominative.endswith(e)), "?")


def _is_role_word(token: str) -> bool:
    return bool(ROLE_WORD.match(token)) or token.lower() in TITLES


def _continues_role(token: str, previous: str = "") -> bool:
    return (
        CAPITALISED.match(token) is not None
        or (token.isdigit() and previous.lower() == "nr")
        or token.lower() in CONNECTORS
        or lemma(token.lower()) in ROLE_COMPLEMENTS
        or token.lower() in TITLES
    )


def _role_before(tokens: list[str], start: int) -> str | None:
    """A role phrase ending right before the name: "prezydent Gdańska", "dyrektor Biura Metropolii –"."""
    end = start
    if end > 0 and tokens[end - 1] in ("–", "—", "-", ":"):
        end -= 1
    index = end - 1
    role_start = None
    while index >= 0 and end - index <= 9:
        token = tokens[index]
        if token in CLAUSE_END:
            break
        if _is_role_word(token):
            role_start = index
            # titles and role words stack: "prof. dr hab.", "wiceprzewodnicząca Rady … radna"
        elif not _continues_role(token, tokens[index - 1] if index else ""):
            break
        index -= 1
    if role_start is None:
        return None
    words = tokens[role_start:end]
    while words and (words[-1].lower() in CONNECTORS):
        words.pop()
    return _join(words) or None


def _role_after(tokens: list[str], end: int) -> str | None:
    """A role phrase after "Name, ": "przewodniczący Rady Miasta Gdańska"."""
    if end >= len(tokens) or tokens[end] not in (",", "(", "–", "—"):
        return None
    index = end + 1
    if index >= len(tokens) or not _is_role_word(tokens[index]):
        return None
    words = [tokens[index]]
    index += 1
    while index < len(tokens) and len(words) < 10:
        token = tokens[index]
        if token in CLAUSE_END or RELATIVE.match(token) or not _continues_role(token, tokens[index - 1]):
            break
        words.append(token)
        index += 1
    while words and words[-1].lower() in CONNECTORS:
        words.pop()
    return _join(words)


def _join(words: list[str]) -> str:
    return " ".join(words).replace(" ,", ",")


def _names_in(tokens: list[str]):
    """(start, end, first-name nominative, case ending) of every "First Surname" in a token list."""
    index = 0
    while index < len(tokens) - 1:
        token = tokens[index]
        nominative = first_name(token) if CAPITALISED.match(token) and "-" not in token else None
        if nominative is None:
            index += 1
            continue
        end = index + 1
        # a second first name or an initial: "Anna Maria Nowak", "Jan A. Nowak"
        if end < len(tokens) - 1 and CAPITALISED.match(tokens[end + 1]) and tokens[end + 1] not in NOT_SURNAMES:
            if first_name(tokens[end]) or INITIAL.match(tokens[end]):
                end += 1
        surname = tokens[end]
        if not CAPITALISED.match(surname) or surname in NOT_SURNAMES or (first_name(surname) and end == index + 1 and
                                                                         not CAPITALISED.match(tokens[end + 1] if end + 1 < len(tokens) else "")):
            index += 1
            continue
        if end + 1 < len(tokens) and re.fullmatch(r"[IVX]+", tokens[end + 1]):
            index = end + 2  # "Jan Paweł II": a pope, not a person of the article
            continue
        yield index, end + 1, nominative, _case_ending(token, nominative)
        index = end + 1


def people_in_text(text: str) -> list[Person]:
    """Every person the text names, once each, with the first role it gives them."""
    found: dict[str, Person] = {}
    for line in text.split("\n"):
        tokens = TOKEN.findall(line)
        previous_end, previous_role = -1, None
        for start, end, nominative, case_ending in _names_in(tokens):
            preceding = " ".join(tokens[max(0, start - 3) : start])
            if PLACE_MARKERS.search(preceding):
                continue
            female = is_female(nominative)
            middle = [t if INITIAL.match(t) else first_name(t) or t for t in tokens[start + 1 : end - 1]]
            surname = surname_nominative(tokens[end - 1], female=female, case_ending=case_ending)
            name = " ".join([nominative, *middle, surname])
            role = _role_before(tokens, start) or _role_after(tokens, end)
            if role is None and previous_role and start - previous_end == 1 and tokens[previous_end] in ("i", "oraz", ","):
                role = previous_role  # "radni: Jan Kowalski i Michał Wiśniewski" — one role for both
            previous_end, previous_role = end, role
            form = " ".join(tokens[start:end])
            person = found.setdefault(name, Person(name, role))
            if person.role is None:
                person.role = role
            if form not in person.forms:
                person.forms.append(form)
    return list(found.values())
