"""Full-text search that works for Polish: case, diacritics and inflection never matter.

SQLite FTS5 has no Polish stemmer, and its ``remove_diacritics`` folds ń, ż, ó… but never ł (it
has no Unicode decomposition). So each article also gets a ``search_text``: its words folded
(lower case, no diacritics, ł as l) in their order, then the folded lemmas of every word, then the
names of the people it names and credits. A word of a search goes through the same mill, and
everything a word is searched under depends on its folded form alone: "zostal" and "został",
"LODZI" and "Łodzi" find exactly the same articles ("zostal" → "zostac", so "zostało" too).

What a researcher may type (``parse_search``), as in a web search engine:

- words: all must match, each in any inflection (``sesji`` finds "sesja", "sesje");
- ``"quoted words"``: these words in this order, each as written (diacritics and case aside);
- ``OR`` between two words or phrases: either (``radny OR radna``);
- ``-word`` or ``-"phrase"``: articles without it.

Everything else is quoted, so no input is ever FTS5 syntax: an unbalanced quote or a bare
``AND``/``NEAR(`` cannot break a search.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from archiver.lemmas import fold, folded_lemmas

WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*|\d+", re.UNICODE)
# A search: "a phrase" (closed or not), -exclusions, OR, words.
SEARCH_TOKEN = re.compile(r'(?P<minus>-)?"(?P<phrase>[^"]*)"?|(?P<minus_word>-)?(?P<word>[^\s"]+)')
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


def word_terms(word: str) -> tuple[str, ...]:
    """The terms one word is indexed and searched under: its folded form and folded lemmas."""
    folded = fold(word)
    return tuple(dict.fromkeys((folded, *folded_lemmas(folded)))) if not folded.isdigit() else (folded,)


def search_terms(*texts: str | None, names: list[str] = ()) -> str:
    """An article's ``search_text``: its folded words in order (for phrases), then the lemmas that
    differ from them (for inflection), then ``names`` (people and organisations it names or credits)."""
    folded, lemmas = [], {}
    for text in (*texts, *names):
        for word in WORD.findall(text or ""):
            terms = word_terms(word)
            folded.append(terms[0])
            lemmas.update(dict.fromkeys(terms[1:]))
    return " ".join([*folded, *lemmas])


@dataclass(frozen=True)
class Search:
    """A parsed search: groups that must all match (each a list of alternatives joined by OR),
    and alternatives that must not. An alternative is a tuple of words: one word, or a phrase."""

    required: tuple[tuple[tuple[str, ...], ...], ...]
    excluded: tuple[tuple[str, ...], ...]

    @property
    def words(self) -> list[str]:
        return [w for group in self.required for alternative in group for w in alternative]


def parse_search(query: str | None) -> Search:
    search_words(query)  # the caps, before anything else
    required: list[list[tuple[str, ...]]] = []
    excluded: list[tuple[str, ...]] = []
    joined = False  # the last token was OR
    for token in SEARCH_TOKEN.finditer(query or ""):
        if token["word"] == "OR":
            joined = bool(required)
            continue
        text = token["phrase"] if token["phrase"] is not None else token["word"]
        alternative = tuple(WORD.findall(text))
        if not alternative:
            continue
        if token["minus"] or token["minus_word"]:
            excluded.append(alternative)
        elif joined:
            required[-1].append(alternative)
        else:
            required.append([alternative])
        joined = False
    return Search(tuple(tuple(group) for group in required), tuple(excluded))


def _quoted(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _alternative(words: tuple[str, ...]) -> str:
    if len(words) == 1:
        return "(" + " OR ".join(_quoted(t) for t in word_terms(words[0])) + ")"
    return _quoted(" ".join(fold(w) for w in words))  # a phrase: the words as written, in order


def fts_query(query: str | None) -> str | None:
    """A safe FTS5 expression for what a person typed; None when nothing is asked for (an empty
    search, or only exclusions)."""
    search = parse_search(query)
    if not search.required:
        return None
    expression = " AND ".join("(" + " OR ".join(_alternative(a) for a in group) + ")" for group in search.required)
    if search.excluded:
        expression = f"({expression}) NOT ({' OR '.join(_alternative(a) for a in search.excluded)})"
    return expression


def _matcher(query: str | None):
    """Whether a word of a text (a regex match) is one the query searches for."""
    wanted = {term for w in parse_search(query).words for term in word_terms(w)}
    initials = {fold(term[:1]) for term in wanted}

    def is_hit(match: re.Match) -> bool:
        # A lemma keeps its word's first letter (but for a few irregular words such as "ludzie" →
        # "człowiek"): only words that begin as a wanted term does are looked up.
        word = match.group()
        return fold(word[:1]) in initials and not wanted.isdisjoint(word_terms(word))

    return is_hit


def snippet(text: str | None, query: str | None, width: int = SNIPPET_WORDS) -> str:
    """A window of ``text`` (plain text) around the first word matching the query.

    Only the text up to the first match and the window are looked at, not the whole body: this
    runs for every row of every search."""
    if not text:
        return ""
    is_hit = _matcher(query)
    cut = len(text) > SNIPPET_SCAN_CHARACTERS
    text = text[:SNIPPET_SCAN_CHARACTERS]
    spans = list(WORD.finditer(text))
    if not spans:
        return text[:200]
    centre = next((i for i, m in enumerate(spans) if is_hit(m)), 0)
    first = max(0, centre - width // 3)
    last = min(len(spans) - 1, first + width)
    prefix = "… " if first > 0 else ""
    suffix = " …" if cut or last < len(spans) - 1 else text[spans[last].end() : spans[last].end() + 1].strip()
    return (prefix + text[spans[first].start() : spans[last].end()] + suffix).replace("\n", " ")


def hits(text: str | None, query: str | None) -> list[tuple[int, int]]:
    """Where in a short ``text`` (a snippet, a title) the words the query searches for are."""
    if not text:
        return []
    is_hit = _matcher(query)
    return [m.span() for m in WORD.finditer(text[:SNIPPET_SCAN_CHARACTERS]) if is_hit(m)]
