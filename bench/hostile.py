"""What an attacker sends a served archive: the requests `bench.run --only search-attack` loops.

Each is (label, what it should get, path). The search caps (500 characters, 20 words) are
archiver.search's; the SQL time limit is Datasette's (archiver.publish.asgi.SETTINGS); the value
size and heap limits are the plugin's (archiver/publish/plugin).
"""

from __future__ import annotations

from urllib.parse import quote

from archiver.search import MAX_QUERY_CHARACTERS, MAX_QUERY_WORDS, WORD

# Ordinary Polish sentences of the model site's articles (tests/site).
TEXT = ("Radni rozmawiali o planach inwestycyjnych na najbliższe lata. Mieszkańcy mogli zadawać pytania i zgłaszać "
        "swoje uwagi. Dyskusja dotyczyła przede wszystkim komunikacji miejskiej i zieleni w mieście. Uchwała została "
        "przyjęta przez większość radnych obecnych na sali.")  # fmt: skip
# Twenty distinct common words, each in more than half of the model site's articles (tests/site), and
# together in some 50 of 2,000: a search that matches, ranks and snippets as much as a legal one can.
COMMON_WORDS = ["miasta", "można", "rady", "mieszkańcy", "rozmawiali", "biura", "metropolii", "spotkanie", "przyszły",
                "budżetu", "radnych", "omówił", "skarbnik", "tygodnia", "finansowania", "końca", "inwestycji",
                "źródła", "przesyłać", "zgłoszenia"]  # fmt: skip
FTS_JUNK = '"NEAR(" AND OR * ^ ( ) "" - "radni sesji NOT ) AND'  # FTS5 syntax, an odd number of quotes
NUL_JUNK = 'radni\x00 "sesji\x00 Toruń \x00'  # NUL bytes (%00) and an unbalanced quote


def words_of(text: str, characters: int) -> str:
    """``text`` repeated and cut at exactly ``characters`` characters."""
    out = text
    while len(out) < characters:
        out += " " + text
    return out[:characters]


def requests(db: str) -> list[tuple[str, str, str]]:
    """(label, expected answer, path) for the archive served as database ``db``."""
    too_long = words_of(TEXT, MAX_QUERY_CHARACTERS + 100)
    too_many = " ".join(WORD.findall(TEXT)[: MAX_QUERY_WORDS + 5])
    heaviest = " ".join(COMMON_WORDS)
    phrase = '"' + " ".join(WORD.findall(TEXT)[:MAX_QUERY_WORDS]) + '"'
    assert len(too_long) == 600 and len(WORD.findall(too_many)) == 25
    assert len(set(COMMON_WORDS)) == MAX_QUERY_WORDS and max(map(len, COMMON_WORDS)) <= 20 and len(heaviest) <= 500
    assert len(phrase) <= MAX_QUERY_CHARACTERS and len(WORD.findall(phrase)) == MAX_QUERY_WORDS

    def search(q: str) -> str:
        return f"/{db}/search.json?q={quote(q)}&_shape=array"

    def sql(statement: str) -> str:
        return f"/{db}.json?sql={quote(statement)}"

    letters = "a b c d e f g h i j k l m n o p r s t u"
    return [
        ("search: 600 characters", "400 at once", search(too_long)),
        ("search: 25 words", "400 at once", search(too_many)),
        ("search: 20 common words (heaviest legal)", "200", search(heaviest)),
        ("search: FTS operators, unbalanced quotes", "200 (every word quoted)", search(FTS_JUNK)),
        ("search: NUL bytes", "400 at once", search(NUL_JUNK)),
        ("sql: length(randomblob(1e9))", "error at once (value size cap)", sql("select length(randomblob(1000000000))")),
        ("sql: articles × articles × articles", "stopped at the time limit", sql("select count(*) from articles a, articles b, articles c")),
        ("sql: polish_snippet on every article", "200 (Datasette stops at 1,001 rows) or the time limit",
         sql(f"select polish_snippet(body_text, '{letters}') from articles")),
        # Datasette stops reading a result at 1,001 rows; an aggregate makes SQLite call Python for every row.
        ("sql: max(polish_snippet) on articles × articles", "stopped near the time limit",
         sql(f"select max(polish_snippet(a.body_text, '{letters}')) from articles a, articles b")),
        # with its columns chosen, as the redirect of a page opened without them would (archiver/publish/reading.py)
        ("table _search: 20-word phrase", "200", f"/{db}/articles?_search={quote(phrase)}&_col=title"),
        ("table _search raw: FTS junk", "400 (FTS syntax error)", f"/{db}/articles?_search={quote(FTS_JUNK)}&_searchmode=raw&_col=title"),
        # Found by the red team: one instr() call on big values is a single SQLite step the time
        # limit cannot interrupt (12 s); the plugin's linear instr() answers in milliseconds.
        ("sql: instr(8 MB, 80 KB) (one uninterruptible step)", "200 at once",
         sql("select instr(zeroblob(8000000), zeroblob(80000) || x'01')")),
        ("table: 26 facets", "400 at once (at most 10)",
         f"/{db}/articles?" + "&".join(f"_facet={column}" for column in ["year", "month", "section", "status"] * 7)),
        ("csv: _stream with _size=1", "200 (streamed in pages of the largest size)", f"/{db}/articles.csv?_stream=on&_size=1&_col=title"),
    ]  # fmt: skip
