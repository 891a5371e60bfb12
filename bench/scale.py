"""The archive at archive scale (issue 13): 100,000 articles, served by `archiver serve`.

`build_archive` writes the articles through the store (``Archive.save_article``, as a crawl
does, without the HTTP): a few hundred pages of the model site (tests/site) are extracted once by
the project's extractor, and each of the 100,000 articles is a variant of one of them, with its
own node id, URL, title and date (15 years, so the year and month facets have many values), one
of the site's sections, and people, photographers, licences and tags drawn from pools of realistic
size with a long tail (a few favourites in many articles, most names in a few). The built file is
kept in bench/.cache/ and built again when the store's schema version (or this generator) changes,
or with --rebuild.

`measure` serves it and times what a researcher's browser asks for: one client in sequence (p50 /
p95 of each endpoint, every status recorded), then 20 clients at once over all of them.

    python -m bench.scale [--articles N] [--rebuild]     # build (or reuse) and measure, print JSON
    python -m bench.run --only scale                     # the same, into results.json and the docs
"""

from __future__ import annotations

import argparse
import bisect
import csv
import http.client
import io
import itertools
import json
import random
import sqlite3
import statistics
import sys
import threading
import time
import urllib.parse
from datetime import datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / "bench" / ".cache"
ARTICLES = 100_000
BASE_PAGES = 300
# Bumped whenever the generated archive changes, so a cached file of another make is rebuilt.
GENERATOR_VERSION = 1
WARSAW = ZoneInfo("Europe/Warsaw")
LIVE = "https://www.torun.pl"
FIRST_YEAR, YEARS = 2011, 15
MONTHS_GENITIVE = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia",
                   "września", "października", "listopada", "grudnia"]  # fmt: skip

# The sections of the site profile (archiver/sites/torun.py) and how often each lists an article.
SECTIONS = [("rada-miasta", "Aktualności Rady Miasta", 0.5), ("aktualnosci", "Aktualności", 0.35),
            ("prezydent", "Aktualności Prezydenta Miasta", 0.15)]  # fmt: skip
# Twenty districts, each named in exactly a twentieth of the articles: a search for one of them
# matches 5,000 articles (the CSV export below).
DISTRICTS = ["Kaszczorek", "Bielany", "Mokre", "Podgórz", "Stawki", "Czerniewice", "Glinki", "Wrzosy", "Koniuchy",
             "Katarzynka", "Barbarka", "Rudak", "Grębocin", "Bielawy", "Rubinkowo", "Piaski", "Brzezinko",
             "Jakubskie", "Chełmińskie", "Bydgoskie"]  # fmt: skip
CSV_WORD = DISTRICTS[0]
COMMON_WORDS = ["miasto", "rada", "sesja", "radni", "budżet", "mieszkańcy"]
FIRST_FEMALE = ["Anna", "Magdalena", "Katarzyna", "Ewa", "Agnieszka", "Joanna", "Barbara", "Małgorzata", "Żaneta",
                "Monika", "Aleksandra", "Natalia", "Zofia", "Justyna", "Dorota", "Beata", "Iwona", "Marta", "Jolanta",
                "Halina"]  # fmt: skip
FIRST_MALE = ["Jan", "Piotr", "Tomasz", "Michał", "Paweł", "Krzysztof", "Marek", "Łukasz", "Andrzej", "Grzegorz",
              "Wojciech", "Rafał", "Jakub", "Adam", "Dariusz", "Marcin", "Zbigniew", "Jerzy", "Bartosz", "Kamil"]  # fmt: skip
SURNAME_STEMS = ["Bartk", "Cieśl", "Dobrz", "Fabi", "Gawr", "Hoff", "Jask", "Kacz", "Lisz", "Marci", "Nawr", "Olsz",
                 "Pietr", "Rutk", "Sobc", "Trzc", "Urb", "Wal", "Zaj", "Żmud", "Borz", "Chmiel", "Dziedz", "Filip",
                 "Gór", "Jur", "Kraj", "Lach", "Mich", "Niedź", "Osm", "Pac", "Rom", "Sztyl", "Tom", "Wier", "Zar",
                 "Brod", "Czap", "Głow", "Kmieć", "Mroz", "Pil", "Stach", "Wiecz", "Zawad", "Bogd", "Domin", "Kul",
                 "Szcz"]  # fmt: skip
SURNAME_ENDINGS = [("owski", "owska"), ("iński", "ińska"), ("ecki", "ecka"), ("ak", "ak"), ("ewicz", "ewicz"),
                   ("czyk", "czyk"), ("uch", "uch"), ("ała", "ała"), ("yński", "yńska"), ("ik", "ik")]  # fmt: skip
ROLES = ["radny", "radna", "przewodniczący komisji", "dyrektor wydziału", "sołtys", "przewodnicząca osiedla",
         "zastępca prezydenta", "rzecznik prasowy", "kierownik referatu", "prezes spółki miejskiej"]  # fmt: skip
ORGANISATIONS = ["torun.pl", "Biuro Rady Miasta", "Wydział Komunikacji Społecznej", "Centrum Kultury Dwór Artusa",
                 "Miejski Zarząd Dróg", "Toruńska Agenda Kulturalna", "Muzeum Okręgowe w Toruniu", "MPO Toruń",
                 "Zespół Szkół nr 1", "Toruń Arena"]  # fmt: skip
LICENSES = [("CC-BY-NC-4.0", "https://creativecommons.org/licenses/by-nc/4.0/", 0.6),
            ("CC-BY-4.0", "https://creativecommons.org/licenses/by/4.0/", 0.15),
            ("CC-BY-SA-4.0", "https://creativecommons.org/licenses/by-sa/4.0/", 0.1),
            ("LicenseRef-All-Rights-Reserved", None, 0.15)]  # fmt: skip
TAGS = ["sesja", "radni", "budżet", "Metropolia", "konsultacje", "inwestycje", "drogi", "kultura", "sport", "edukacja",
        "zdrowie", "ekologia", "komunikacja", "seniorzy", "młodzież", "zieleń", "mieszkania", "turystyka", "bezpieczeństwo",
        "pomoc społeczna"] + DISTRICTS  # fmt: skip


# --- the articles ------------------------------------------------------------------------------------


def zipf_picker(pool: list, rng: random.Random, exponent: float = 1.0):
    """A function drawing from ``pool`` with a long tail: rank r weighs 1 / r^exponent."""
    cumulative = list(itertools.accumulate(1 / (rank + 1) ** exponent for rank in range(len(pool))))
    total = cumulative[-1]
    return lambda: pool[bisect.bisect(cumulative, rng.random() * total)]


def name_pool(count: int, rng: random.Random, taken: set[str]) -> list[tuple[str, bool]]:
    """``count`` distinct (name, female) people, none of ``taken``."""
    names = []
    while len(names) < count:
        female = rng.random() < 0.5
        first = rng.choice(FIRST_FEMALE if female else FIRST_MALE)
        ending = rng.choice(SURNAME_ENDINGS)[1 if female else 0]
        name = f"{first} {rng.choice(SURNAME_STEMS)}{ending}"
        if name not in taken:
            taken.add(name)
            names.append((name, female))
    return names


def base_articles(count: int = BASE_PAGES) -> list[tuple[dict, str]]:
    """(extracted article, its page's slug) for ``count`` pages of the model site."""
    from archiver.extract import extract_article
    from archiver.sites import get_site
    from tests.site.generator import Site

    torun = get_site("torun")
    site = Site(count, seed=13)
    return [(extract_article(site.article_html(a), LIVE + a.path, torun), a.slug) for a in site.articles]


class Variants:
    """The n-th article of the archive, made from a base page: deterministic for a given seed."""

    def __init__(self, bases: list[tuple[dict, str]], total: int, seed: int = 13):
        self.bases, self.total = bases, total
        self.rng = rng = random.Random(seed)
        taken: set[str] = set()
        self.people = zipf_picker(name_pool(3000, rng, taken), rng)
        self.photographers = zipf_picker([name for name, _ in name_pool(300, rng, taken)], rng)
        self.writers = zipf_picker([name for name, _ in name_pool(40, rng, taken)], rng)
        self.organisations = zipf_picker(ORGANISATIONS, rng)
        self.tags = zipf_picker(TAGS, rng, 0.7)
        self.start = datetime(FIRST_YEAR, 1, 1, tzinfo=WARSAW)
        self.span = (datetime(FIRST_YEAR + YEARS, 1, 1, tzinfo=WARSAW) - self.start).total_seconds()

    def by_share(self, choices: list[tuple]) -> tuple:
        """One of ``choices`` (each ending with its share of the whole), without its share."""
        roll = self.rng.random()
        for choice in choices:
            roll -= choice[-1]
            if roll < 0:
                return choice[:-1]
        return choices[0][:-1]

    def license(self) -> tuple[str, str | None]:
        return self.by_share(LICENSES)

    def article(self, n: int) -> tuple[dict, str, str]:
        """(article dict, section slug, fetched_at) of the n-th article (0 = the oldest)."""
        rng = self.rng
        base, base_slug = self.bases[n % len(self.bases)]
        node_id = 100_000 + n * 3
        published = (self.start + timedelta(seconds=self.span * (n + rng.random() * 0.9) / self.total)).replace(microsecond=0)
        published = published.replace(hour=8 + rng.randrange(10), minute=rng.randrange(60), second=0)
        slug = f"artykul-{node_id}-{published:%Y-%m-%d}"
        topic = base["title"].split(" – ")[0]
        article = json.loads(json.dumps(base, ensure_ascii=False).replace(base_slug, slug))
        article.update(
            node_id=node_id, url=f"{LIVE}/pl/{slug}", published_at=published.isoformat(), modified_at=published.isoformat(),
            title=f"{topic} – {published.day} {MONTHS_GENITIVE[published.month - 1]} {published.year} (nr {node_id})",
        )  # fmt: skip
        section, section_title = self.section()
        article["section"] = section_title
        extra = [f"Sprawa dotyczy mieszkańców osiedla {DISTRICTS[n % len(DISTRICTS)]}."]
        people = list(article.get("people", []))
        for _ in range(rng.choice((0, 1, 1, 1, 2, 3))):
            name, female = self.people()
            if any(p["name"] == name for p in people):
                continue
            role = rng.choice(ROLES)
            extra.append(f"Głos zabrał{'a' if female else ''} {role} – {name}.")
            people.append({"name": name, "role": role, "forms": [name]})
        article["people"] = people
        article["body_text"] = (article.get("body_text") or "") + "\n\n" + " ".join(extra)
        article["body_markdown"] = (article.get("body_markdown") or "") + "\n\n" + " ".join(extra)
        article["credits"] = [self.credit(credit, published.year) for credit in article.get("credits", [])]
        tags = list(article.get("tags", []))
        if rng.random() < 0.7:
            tags.append(self.tags())
        article["tags"] = list(dict.fromkeys(tags))
        fetched_at = (published + timedelta(minutes=5 + rng.randrange(600))).astimezone(timezone.utc).isoformat()
        return article, section, fetched_at

    def section(self) -> tuple[str, str]:
        return self.by_share(SECTIONS)

    def credit(self, credit: dict, year: int) -> dict:
        credit = dict(credit)
        old = credit.get("person")
        if credit["role"] == "text":
            new = self.writers()
        else:
            new = self.photographers()
            if credit.get("organisation") and not credit.get("copyright_holder"):
                organisation = self.organisations()
                credit["raw"] = (credit.get("raw") or "").replace(credit["organisation"], organisation)
                credit["organisation"] = organisation
            if credit.get("license"):
                credit["license"], credit["license_url"] = self.license()
                credit["year"] = year
        if old:
            credit["raw"] = (credit.get("raw") or "").replace(old, new)
            credit["person"] = new
        return credit


def cache_paths(articles: int) -> tuple[Path, Path]:
    """The cached archive (named archive.db: Datasette calls the database by the file's name) and its record."""
    folder = CACHE if articles == ARTICLES else CACHE / f"scale-{articles}"
    return folder / "archive.db", folder / "archive.json"


def db_bytes(db: Path) -> int:
    return sum(p.stat().st_size for p in db.parent.glob(db.name + "*") if p.is_file() and not p.name.endswith(".lock"))


def build_archive(path: Path, articles: int = ARTICLES, *, progress_every: int = 5000, batch: int = 500) -> dict:
    """Write ``articles`` articles into a new archive at ``path`` through the store; what it cost."""
    from archiver.store import Archive

    for old in path.parent.glob(path.name + "*"):
        old.unlink()
    path.parent.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    bases = base_articles()
    extracted = time.perf_counter() - started
    print(f"scale: {len(bases)} model pages extracted in {extracted:.1f} s; storing {articles:,} articles …", file=sys.stderr, flush=True)
    variants = Variants(bases, articles)
    archive = Archive(path)
    stored_started = time.perf_counter()
    try:
        for first in range(0, articles, batch):
            with archive.writing():  # one transaction for the batch: each article's own nests in it
                for n in range(first, min(first + batch, articles)):
                    article, section, fetched_at = variants.article(n)
                    url = article["url"]
                    archive.save_article(article, fetched_url=url, fetched_at=fetched_at, section=section)
                    if section == "rada-miasta" and n % 3 == 0:  # listed in the city's news too, as the site does
                        archive.add_to_section("aktualnosci", [(url, article["node_id"])], at=fetched_at)
            done = min(first + batch, articles)
            if done % progress_every == 0 or done == articles:
                elapsed = time.perf_counter() - stored_started
                print(f"scale: {done:,} / {articles:,} articles stored, {elapsed:.0f} s, {done / elapsed:.0f} articles/s, "
                      f"ETA {(articles - done) * elapsed / done:.0f} s", file=sys.stderr, flush=True)  # fmt: skip
        archive.fold_wal()
    finally:
        archive.close()
    seconds = time.perf_counter() - started
    size = db_bytes(path)
    return {"articles": articles, "build_seconds": seconds, "extract_seconds": extracted, "store_seconds": seconds - extracted,
            "articles_per_second": articles / (seconds - extracted), "db_bytes": size,
            "db_mb_per_1000": size / articles * 1000 / 2**20}  # fmt: skip


def cached_archive(articles: int = ARTICLES, *, rebuild: bool = False) -> tuple[Path, dict]:
    """The cached archive of ``articles``, built when missing, of another schema or generator, or asked to."""
    from archiver.store.schema import SCHEMA_VERSION

    db, record_path = cache_paths(articles)
    wanted = {"schema_version": SCHEMA_VERSION, "generator_version": GENERATOR_VERSION, "articles": articles}
    record = json.loads(record_path.read_text(encoding="utf-8")) if record_path.is_file() else {}
    if not rebuild and db.is_file() and all(record.get(key) == value for key, value in wanted.items()):
        print(f"scale: reusing {db.relative_to(ROOT)} (built {record['built_at']})", file=sys.stderr, flush=True)
        return db, record | {"cached": True}
    record_path.unlink(missing_ok=True)
    build = build_archive(db, articles)
    record = wanted | {"built_at": datetime.now(timezone.utc).isoformat(timespec="seconds"), "build": build}
    record_path.write_text(json.dumps(record, indent=2), encoding="utf-8")
    return db, record | {"cached": False}


# --- what is asked of it ----------------------------------------------------------------------------


def fts_matches(connection: sqlite3.Connection, word: str) -> int:
    return connection.execute("select count(*) from articles_fts where articles_fts match ?", [fts_query(word)]).fetchone()[0]


def fts_query(word: str) -> str:
    from archiver.search import fts_query as query

    return query(word)


def pick_parameters(db: Path) -> dict:
    """Values to vary the requests with, read from the archive itself (so each is one that exists)."""
    connection = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        years = [row[0] for row in connection.execute("select distinct year from articles where year is not null order by year")]
        sections = [row[0] for row in connection.execute("select section, count(*) from articles group by section order by 2 desc")]
        photographers = [row[0] for row in connection.execute(
            "select people.name from credits join people on people.id = credits.person_id where credits.role = 'photo' "
            "group by people.id order by count(*) desc")]  # fmt: skip
        # Two of the busiest photographers, two of the middle, two of the tail.
        middle = len(photographers) // 2
        photographers = photographers[:2] + photographers[middle : middle + 2] + photographers[-2:]
        # Rare words: surnames of people named in few articles, whose surname no one else shares.
        surnames: dict[str, int] = {}
        for (name,) in connection.execute("select name from people"):
            surname = name.rsplit(" ", 1)[-1]
            surnames[surname] = surnames.get(surname, 0) + 1
        candidates = [name.rsplit(" ", 1)[-1] for name, _ in connection.execute(
            "select people.name, count(*) from mentions join people on people.id = mentions.person_id "
            "group by people.id having count(*) between 1 and 5 order by count(*) desc, people.id")]  # fmt: skip
        rare = [s for s in dict.fromkeys(candidates) if surnames[s] == 1 and s not in DISTRICTS][:40]
        rare_counts = {word: fts_matches(connection, word) for word in rare}
        rare = sorted((w for w in rare if rare_counts[w] > 0), key=lambda w: (rare_counts[w] < 2, rare_counts[w]))[:6]
        ids = [row[0] for row in connection.execute("select id from articles order by random() limit 40")]
        return {
            "years": years, "sections": sections, "photographers": photographers, "article_ids": ids,
            "common": {word: fts_matches(connection, word) for word in COMMON_WORDS},
            "rare": {word: rare_counts[word] for word in rare},
            "csv_word": CSV_WORD, "csv_word_matches": fts_matches(connection, CSV_WORD),
        }  # fmt: skip
    finally:
        connection.close()


def endpoints(name: str, parameters: dict) -> dict[str, list[str]]:
    """Each endpoint measured, with the paths its requests cycle through."""
    q = urllib.parse.quote
    return {
        "home page `/`": ["/"],
        f"database page `/{name}`": [f"/{name}"],
        f"compact list `/{name}/article_list`": [f"/{name}/article_list"],
        f"article table `/{name}/articles`": [f"/{name}/articles"],
        "facet: `articles?year=…`": [f"/{name}/articles?year={year}" for year in parameters["years"]],
        "facet: `articles?section=…`": [f"/{name}/articles?section={q(s)}" for s in parameters["sections"]],
        "facet: `photo_credits?photographer=…`": [f"/{name}/photo_credits?photographer={q(p)}" for p in parameters["photographers"]],
        "search, common words": [f"/{name}/search?q={q(word)}" for word in parameters["common"]],
        "search, rare words": [f"/{name}/search?q={q(word)}" for word in parameters["rare"]],
        "article page `/-/article/…`": [f"/-/article/{name}/{i}" for i in parameters["article_ids"]],
        f"Atom feed `/{name}/newest_articles.atom`": [f"/{name}/newest_articles.atom"],
        # the search page's own link to all its matches as CSV
        f"CSV of a {parameters['csv_word_matches']:,}-match search": [f"/{name}/articles.csv?_search={q(parameters['csv_word'])}&_col=published_at&_col=title&_col=section&_col=lead&_col=url&_sort_desc=search_key&_stream=on"],
    }


MAX_REDIRECTS = 3


def errors_in(statuses: dict[str, int]) -> int:
    """Answers that did not end in a 200 (a redirect to a page that came is not one)."""
    return sum(n for status, n in statuses.items() if status.rsplit(" → ", 1)[-1] != "200")


def configured_facets(table: str) -> list[str]:
    """The facets the metadata shows on a table's page (an array facet as "column[]")."""
    metadata = json.loads((ROOT / "datasette-metadata.json").read_text(encoding="utf-8"))
    facets = metadata["databases"]["archive"].get("tables", {}).get(table, {}).get("facets", [])
    return [facet if isinstance(facet, str) else next(iter(facet.values())) + "[]" for facet in facets]


def page_text(body: bytes, length: int = 200) -> str:
    """What an answer says, without its markup (the gist of an error page)."""
    import re

    text = body.decode("utf-8", errors="replace")
    text = re.sub(r"(?s)<(script|style|head)\b.*?</\1>", " ", text)
    return " ".join(re.sub(r"<[^>]+>", " ", text).split())[:length]


def is_search(label: str) -> bool:
    return label.startswith("search")


def goal_ms(label: str) -> float:
    return 50 if is_search(label) else 200


def percentiles(latencies: list[float]) -> dict:
    from bench.run import percentiles as taken_as_run_takes_them

    return taken_as_run_takes_them(latencies)


def measure(db: Path, *, requests_per_endpoint: int = 30, warmup: int = 3, clients: int = 20, seconds: float = 20) -> dict:
    """p50 / p95 of each endpoint from one client in sequence (warm), then ``clients`` at once for ``seconds``."""
    from bench.run import run_together, serving

    parameters = pick_parameters(db)
    name = db.stem
    paths = endpoints(name, parameters)
    with serving(db) as port:

        def connect() -> http.client.HTTPConnection:
            return http.client.HTTPConnection("127.0.0.1", port, timeout=60)

        def get(connection: http.client.HTTPConnection, path: str) -> tuple[str, bytes]:
            """The answer as a browser gets it: redirects within the site followed (on the same
            connection, timed with the rest); the status is the chain of them ("302 → 200")."""
            chain = []
            for _ in range(MAX_REDIRECTS + 1):
                connection.request("GET", path)
                response = connection.getresponse()
                body = response.read()
                chain.append(str(response.status))
                location = response.getheader("Location") or ""
                if response.status not in (301, 302, 303, 307, 308) or not location.startswith("/") or location.startswith("//"):
                    break
                path = location
            return " → ".join(chain), body

        for _ in range(warmup):  # every worker, every endpoint: connections, caches, lemma lookups
            for options in paths.values():
                for path in options[:3]:
                    get(connect(), path)
        sequential = {}
        connection = connect()
        for label, options in paths.items():
            latencies, statuses, sizes = [], {}, []
            for n in range(max(requests_per_endpoint, len(options))):
                path = options[n % len(options)]
                started = time.perf_counter()
                try:
                    status, body = get(connection, path)
                except (OSError, http.client.HTTPException) as error:
                    status, body, connection = type(error).__name__, b"", connect()
                latencies.append((time.perf_counter() - started) * 1000)
                statuses[status] = statuses.get(status, 0) + 1
                sizes.append(len(body))
            entry = {"paths": options if len(options) <= 3 else options[:3] + [f"… {len(options)} in all"],
                     "requests": len(latencies), **percentiles(latencies), "max_ms": max(latencies), "statuses": statuses,
                     "errors": errors_in(statuses), "bytes": statistics.median(sizes),
                     "goal_p95_ms": goal_ms(label)}  # fmt: skip
            if label.startswith("CSV"):
                status, body = get(connection, options[0])
                entry["csv_rows"] = max(0, len(list(csv.reader(io.StringIO(body.decode("utf-8", errors="replace"))))) - 1)
            timed_out = set()
            for path in options[:6]:  # a table page's facets cut off by facet_time_limit_ms: missing from its JSON
                table, _, query = path.partition("?")
                configured = [f.removesuffix("[]") for f in configured_facets(table.rsplit("/", 1)[-1])] if table.count("/") == 2 else []
                if configured:
                    status, body = get(connection, f"{table}.json?{query}&_size=1")
                    if status.endswith("200"):
                        timed_out.update(set(configured) - set(json.loads(body).get("facet_results") or {}))
            if timed_out:
                entry["facets_timed_out"] = sorted(timed_out)
            entry["meets_goal"] = entry["errors"] == 0 and entry["p95_ms"] <= entry["goal_p95_ms"]
            sequential[label] = entry
            print(f"scale: {label}: p50 {entry['p50_ms']:.0f} ms, p95 {entry['p95_ms']:.0f} ms, {statuses}", file=sys.stderr, flush=True)

        mixed = [(label, path) for label, options in paths.items() for path in options[:6]]
        lock = threading.Lock()
        latencies: list[float] = []
        by_endpoint: dict[str, dict] = {label: {"latencies": [], "statuses": {}} for label in paths}
        stop_at = time.monotonic() + seconds

        def client(offset: int) -> None:
            own, index = connect(), offset * 7
            while time.monotonic() < stop_at:
                label, path = mixed[index % len(mixed)]
                started = time.perf_counter()
                try:
                    status, body = get(own, path)
                except (OSError, http.client.HTTPException) as error:
                    status, body, own = type(error).__name__, str(error).encode(), connect()
                elapsed = (time.perf_counter() - started) * 1000
                with lock:
                    latencies.append(elapsed)
                    by_endpoint[label]["latencies"].append(elapsed)
                    statuses = by_endpoint[label]["statuses"]
                    statuses[status] = statuses.get(status, 0) + 1
                    if errors_in({status: 1}) and "first_error" not in by_endpoint[label]:
                        by_endpoint[label]["first_error"] = {"path": path, "status": status, "answer": page_text(body)}
                index += 1

        elapsed = run_together([threading.Thread(target=client, args=(n,)) for n in range(clients)])
    statuses: dict[str, int] = {}
    for entry in by_endpoint.values():
        for status, n in entry["statuses"].items():
            statuses[status] = statuses.get(status, 0) + n
    errors = errors_in(statuses)
    load = {"clients": clients, "seconds": elapsed, "requests": len(latencies), "requests_per_second": len(latencies) / elapsed,
            **percentiles(latencies), "statuses": statuses, "errors": errors,
            "by_endpoint": {label: {"requests": len(e["latencies"]), **percentiles(e["latencies"]), "statuses": e["statuses"],
                                    "errors": errors_in(e["statuses"]), **({"first_error": e["first_error"]} if "first_error" in e else {})}
                            for label, e in by_endpoint.items()}}  # fmt: skip
    return {"parameters": {k: v for k, v in parameters.items() if k != "article_ids"}, "sequential": sequential, "load": load}


FACET_SQL = """select {col} as value, count(*) as count from ({sql}) where {col} is not null
group by {col} order by count desc, value limit 31"""
# Datasette 0.65's array facet (datasette/facets.py), as it runs it: the distinct pairs of an
# array item and *every column of the row*.
ARRAY_FACET_SQL = """with inner as ({sql}), deduped_array_items as (select distinct j.value, inner.* from json_each([inner].{col}) j join inner)
select value as value, count(*) as count from deduped_array_items group by value order by count(*) desc, value limit 31"""


def page_statements(table: str, where: str, params: list, facets: list[str]) -> dict[str, tuple[str, list]]:
    """What Datasette 0.65 runs for a table (or view) page besides its rows: the count of every
    matching row, and one query per configured facet over all of them."""
    inner = f"select * from {table}{where}"
    statements = {"count(*)": (f"select count(*) from {table}{where}", params)}
    for facet in facets:
        if facet.endswith("[]"):
            statements[f"array facet {facet[:-2]}"] = (ARRAY_FACET_SQL.format(sql=inner, col=facet[:-2]), params)
        else:
            statements[f"facet {facet}"] = (FACET_SQL.format(sql=inner, col=facet), params)
    return statements


def sql_timings(db: Path, parameters: dict, repeats: int = 3) -> dict[str, dict]:
    """The SQL behind the pages, timed on the file directly (best of ``repeats``) with its query
    plan: a table page's counts and facets, the view behind photo credits, the search."""
    from archiver.publish.plugin import prepare_connection

    year = parameters["years"][len(parameters["years"]) // 2]
    section = parameters["sections"][0]
    photographer = parameters["photographers"][0]
    common = max(parameters["common"], key=parameters["common"].get)
    rare = next(iter(parameters["rare"]), common)
    metadata = json.loads((ROOT / "datasette-metadata.json").read_text(encoding="utf-8"))
    queries = metadata["databases"]["archive"]["queries"]
    search_sql = queries["search"]["sql"]
    pages = {
        "`articles`": page_statements("articles", "", [], configured_facets("articles")),
        f"`articles?year={year}`": page_statements("articles", " where year = ?", [year], configured_facets("articles")),
        f"`articles?section={section}`": page_statements("articles", " where section = ?", [section], configured_facets("articles")),
        f"`photo_credits?photographer={photographer}`": page_statements(
            "photo_credits", " where photographer = ?", [photographer], configured_facets("photo_credits"))
        | {"rows (first page)": ("select * from photo_credits where photographer = ? order by published_at desc limit 51", [photographer])},
        "search": {f"q={common} ({parameters['common'][common]:,} matches)": (search_sql, {"q": common}),
                   f"q={rare} ({parameters['rare'].get(rare, 0):,} matches)": (search_sql, {"q": rare}),
                   f"matches of q={common}, unranked": ("select count(*) from articles_fts where articles_fts match polish_query(?)", [common])},
        "Atom feed": {"the `newest_articles` query": (queries["newest_articles"]["sql"], [])},
    }  # fmt: skip
    connection = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    prepare_connection(connection)
    out = {}
    try:
        for page, statements in pages.items():
            for label, (sql, params) in statements.items():
                best = float("inf")
                for _ in range(repeats):
                    started = time.perf_counter()
                    connection.execute(sql, params).fetchall()
                    best = min(best, (time.perf_counter() - started) * 1000)
                    if best > 2000:  # one run of a slow one says enough
                        break
                plan = [row[3] for row in connection.execute("explain query plan " + sql, params)]
                out[f"{page}: {label}"] = {"ms": best, "plan": plan}
                print(f"scale: SQL {page}: {label}: {best:,.1f} ms", file=sys.stderr, flush=True)
    finally:
        connection.close()
    return out


def scale(articles: int = ARTICLES, *, rebuild: bool = False, seconds: float = 20, clients: int = 20) -> dict:
    db, record = cached_archive(articles, rebuild=rebuild)
    measured = measure(db, clients=clients, seconds=seconds)
    return {"date": datetime.now(timezone.utc).isoformat(timespec="seconds"), "articles": articles, "db": str(db.relative_to(ROOT)),
            "build": record["build"], "built_at": record["built_at"], "reused_cache": record["cached"], **measured,
            "sql": sql_timings(db, measured["parameters"])}  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=ARTICLES)
    parser.add_argument("--rebuild", action="store_true", help="build the archive again even when the cached one fits")
    parser.add_argument("--build-only", action="store_true")
    parser.add_argument("--seconds", type=float, default=20, help="of the 20-client load")
    args = parser.parse_args()
    if args.build_only:
        print(json.dumps(cached_archive(args.articles, rebuild=args.rebuild)[1], indent=2))
        return 0
    print(json.dumps(scale(args.articles, rebuild=args.rebuild, seconds=args.seconds), indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
