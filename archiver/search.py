"""Full-text search that works for Polish: inflection and diacritics never matter.

SQLite FTS5 has no Polish stemmer, and its ``remove_diacritics`` folds ń, ż, ó… but never ł (it
has no Unicode decomposition). So each article also gets a ``search_text``: the lemma of every
word ("Walkusza" → "walkusz", "sesji" → "sesja"), plus the ł → l spelling of any word with an ł
("łódź" → "lodz"). A query goes through the same mill in ``fts_query``, which the Datasette plugin
registers as a SQL function, so "Walkusza", "sesji", "Lodz" and "zolw" all find what they mean.
"""

from __future__ import annotations

import re
import unicodedata

from archiver.lemmas import lemma

WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*", re.UNICODE)
SNIPPET_WORDS = 24
# What one search may ask: enough for any phrase a researcher types, small enough that building
# the query and its snippets stays cheap (SQLite's time limit cannot interrupt Python code).
MAX_QUERY_CHARACTERS = 500
MAX_QUERY_WORDS = 20
# A snippet looks for the first match in this much of the text, so its cost does not grow with the body.
SNIPPET_SCAN_CHARACTERS = 10_000


class SearchTooLong(ValueError):
    """A search over the documented caps."""


def search_words(query: str | None) -> list[str]:
    """The words of a search, refusing one over the caps (checked before any regular expression runs)."""
    query = query or ""
    if len(query) > MAX_QUERY_CHARACTERS:
        raise SearchTooLong(f"a search is limited to {MAX_QUERY_CHARACTERS} characters; this one has {len(query)}")
    words = WORD.findall(query)
    if len(words) > MAX_QUERY_WORDS:
        raise SearchTooLong(f"a search is limited to {MAX_QUERY_WORDS} words; this one has {len(words)}")
    return words


def fold_l(text: str) -> str:
    return text.replace("ł", "l").replace("Ł", "L")


def word_terms(word: str) -> list[str]:
    """The terms one word is indexed and searched under: its lemma and its ł-less spellings."""
    lowered = word.lower()
    base = lemma(word).lower()
    terms = [base]
    for extra in (fold_l(base), lowered, fold_l(lowered)):
        if extra not in terms:
            terms.append(extra)
    return terms


def search_terms(*texts: str | None) -> str:
    """The lemmatised, ł-folded text indexed beside an article's own words."""
    out = []
    for text in texts:
        for word in WORD.findall(text or ""):
            lowered = word.lower()
            for term in word_terms(word):
                if term != lowered:  # the article's own words are indexed already
                    out.append(term)
    return " ".join(out)


def _quoted(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def fts_query(query: str | None) -> str | None:
    """A safe FTS5 expression for what a person typed; None for an empty query.

    Each word matches any of its terms; all words must match. Everything is quoted, so no input
    is ever FTS5 syntax (an unbalanced quote or a bare AND cannot break the search).
    """
    words = search_words(query)
    if not words:
        return None
    return " AND ".join("(" + " OR ".join(_quoted(t) for t in word_terms(w)) + ")" for w in words)


def _initial(word: str) -> str:
    return fold_l(unicodedata.normalize("NFKD", word[:1].lower())[:1])


def snippet(text: str | None, query: str | None, width: int = SNIPPET_WORDS) -> str:
    """A window of ``text`` around the first word matching the query, matches in [brackets]."""
    if not text:
        return ""
    wanted = {term for w in search_words(query) for term in word_terms(w)}
    cut = len(text) > SNIPPET_SCAN_CHARACTERS
    text = text[:SNIPPET_SCAN_CHARACTERS]
    spans = list(WORD.finditer(text))
    if not spans:
        return text[:200]

    initials = {_initial(term) for term in wanted}

    def is_hit(match) -> bool:
        word = match.group()
        return _initial(word) in initials and not wanted.isdisjoint(word_terms(word))

    # Lemmatise only up to the first match and inside the window shown, not the whole body, and
    # only words that begin as a wanted term does (a lemma keeps its word's first letter, but for
    # a few irregular words such as "ludzie" → "człowiek"): this runs for every row of every search,
    # and an unknown word costs simplemma ~0.1 ms.
    centre = next((i for i, m in enumerate(spans) if is_hit(m)), 0)
    first = max(0, centre - width // 3)
    last = min(len(spans) - 1, first + width)
    pieces, position = [], spans[first].start()
    for index in range(first, last + 1):
        match = spans[index]
        pieces.append(text[position : match.start()])
        pieces.append(f"[{match.group()}]" if is_hit(match) else match.group())
        position = match.end()
    prefix = "… " if first > 0 else ""
    suffix = " …" if cut or last < len(spans) - 1 else text[position : position + 1].strip()
    return (prefix + "".join(pieces) + suffix).replace("\n", " ")
