"""Polish lemmas from simplemma, with its dictionary kept on disk.

simplemma's Polish dictionary (3.7 million forms) takes 4 s and 400 MB of memory to load into a
process. Here it is converted once into a SQLite file in the user's cache folder (in a child
process, so the caller's memory stays small) and simplemma's own lemmatiser reads it through a
``DictionaryFactory`` that looks words up on disk: the same lemmas, ~8 µs a word, no memory cost.

The same file holds the dictionary folded: every form and lemma lower-cased and without
diacritics (ł included), so that a word typed without them ("zostal") has the lemmas of every
word it may stand for ("został" → "zostac").
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import threading
import unicodedata
from collections.abc import Iterator, Mapping
from functools import lru_cache
from pathlib import Path

import simplemma
from simplemma.strategies import DefaultStrategy

LANGUAGE = "pl"
DICTIONARY_LAYOUT = 2  # raised when the file's tables change, so an older file is built again


def cache_folder() -> Path:
    base = os.environ.get("ARCHIVER_CACHE_DIR") or os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "torun-news-archive"


def dictionary_path() -> Path:
    return cache_folder() / f"lemmas-{LANGUAGE}-simplemma-{simplemma.__version__}-v{DICTIONARY_LAYOUT}.sqlite"


@lru_cache(maxsize=262144)
def fold(word: str) -> str:
    """Lower case, without diacritics, ł as l: "Łódź" → "lodz", "ZOSTAŁ" → "zostal"."""
    decomposed = unicodedata.normalize("NFKD", word.lower().replace("ł", "l"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def build_dictionary(path: Path) -> None:
    """Write simplemma's dictionary to ``path`` (atomically: a half-built file is never used)."""
    from simplemma.strategies.dictionaries import DefaultDictionaryFactory

    entries = DefaultDictionaryFactory().get_dictionary(LANGUAGE)
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(f".partial-{os.getpid()}")
    connection = sqlite3.connect(partial)
    try:
        connection.execute("PRAGMA journal_mode = OFF")
        connection.execute("CREATE TABLE lemmas (form TEXT PRIMARY KEY, lemma TEXT NOT NULL) WITHOUT ROWID")
        connection.executemany("INSERT INTO lemmas VALUES (?, ?)", entries.items())
        connection.execute("CREATE TABLE folded (form TEXT, lemma TEXT, PRIMARY KEY (form, lemma)) WITHOUT ROWID")
        connection.executemany("INSERT OR IGNORE INTO folded VALUES (?, ?)",
                               ((fold(form), fold(lemma)) for form, lemma in entries.items()))  # fmt: skip
        connection.commit()
    finally:
        connection.close()
    os.replace(partial, path)


def ensure_dictionary() -> Path:
    path = dictionary_path()
    if not path.exists():
        print(f"building the Polish lemma dictionary in {path} (once, ~30 s)", file=sys.stderr)
        subprocess.run([sys.executable, "-m", "archiver.lemmas", str(path)], check=True)
    return path


class SqliteDictionary(Mapping):
    """A read-only word → lemma mapping over the SQLite file, one connection per thread."""

    def __init__(self, path: Path):
        self.path = path
        self._local = threading.local()

    def _connection(self) -> sqlite3.Connection:
        connection = getattr(self._local, "connection", None)
        if connection is None:
            uri = f"{self.path.resolve().as_uri()}?mode=ro&immutable=1"
            connection = self._local.connection = sqlite3.connect(uri, uri=True, check_same_thread=False)
        return connection

    def __getitem__(self, form: str) -> str:
        row = self._connection().execute("SELECT lemma FROM lemmas WHERE form = ?", (form,)).fetchone()
        if row is None:
            raise KeyError(form)
        return row[0]

    def __iter__(self) -> Iterator[str]:
        return (row[0] for row in self._connection().execute("SELECT form FROM lemmas"))

    def __len__(self) -> int:
        return self._connection().execute("SELECT count(*) FROM lemmas").fetchone()[0]


    def folded_lemmas(self, folded_form: str) -> tuple[str, ...]:
        rows = self._connection().execute("SELECT lemma FROM folded WHERE form = ?", (folded_form,)).fetchall()
        return tuple(row[0] for row in rows)


class SqliteDictionaryFactory:
    """simplemma's DictionaryFactory protocol, answered from the SQLite file."""

    def __init__(self, path: Path):
        self.dictionary = SqliteDictionary(path)

    def get_dictionary(self, lang: str) -> Mapping[str, str]:
        if lang != LANGUAGE:
            raise ValueError(f"only {LANGUAGE!r} is stored on disk, not {lang!r}")
        return self.dictionary


@lru_cache(maxsize=1)
def _factory() -> SqliteDictionaryFactory:
    return SqliteDictionaryFactory(ensure_dictionary())


@lru_cache(maxsize=1)
def _lemmatizer() -> simplemma.Lemmatizer:
    return simplemma.Lemmatizer(lemmatization_strategy=DefaultStrategy(dictionary_factory=_factory()))


@lru_cache(maxsize=65536)
def lemma(word: str) -> str:
    """The Polish lemma of one word ("Walkusza" → "Walkusz", "Gdańsku" → "Gdańsk"); the word itself if unknown."""
    return _lemmatizer().lemmatize(word, lang=LANGUAGE)


@lru_cache(maxsize=262144)
def folded_lemmas(folded_form: str) -> tuple[str, ...]:
    """The folded lemmas of every dictionary word that folds to ``folded_form`` ("zostal" → ("zostac",));
    for a word no dictionary form folds to, simplemma's guess from the folded form ("walkusza" → "walkusz")."""
    known = _factory().dictionary.folded_lemmas(folded_form)
    return known or (fold(lemma(folded_form)),)


if __name__ == "__main__":
    build_dictionary(Path(sys.argv[1]))
