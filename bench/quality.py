"""Precision and recall of credits and people on the project's labelled sets → docs/extraction-quality.md.

Run with `make quality`. A predicted row counts as correct only when every field matches the
label exactly (role, person, organisation, copyright holder, year, licence for credits; name and
role for people); on the real-text sets a person's name is compared without regard to letter case,
spacing or the kind of dash in a double surname, as the archive normalises all three, and a year is
a number whether an annotator wrote 2016 or "2016".
"""

from __future__ import annotations

import html
import json
import re
import sys
from collections import Counter
from datetime import date
from pathlib import Path

from archiver.extract import extract_article
from archiver.extract.credits import credits_at_end, expand_organisation, parse_credit_line
from archiver.extract.html import squash
from archiver.extract.people import people_in_text
from tests.conftest import TORUN, seed_page_ending_with
from tests.labelled.credit_lines import CREDIT_LINES
from tests.labelled.held_out import HELD_OUT_CREDIT_LINES, HELD_OUT_MENTIONS
from tests.labelled.mentions import MENTIONS
from tests.site.generator import Site

CREDIT_FIELDS = ("role", "person", "organisation", "copyright_holder", "year", "license", "license_url")
ROOT = Path(__file__).resolve().parent.parent
REAL_TEXT = ROOT / "tests" / "labelled" / "held_out_real.json"
DEV_TEXT = REAL_TEXT.with_name("dev_real.json")
SECOND_DEV_TEXT = REAL_TEXT.with_name("dev_real_2.json")
THIRD_DEV_TEXT = REAL_TEXT.with_name("dev_real_3.json")
FOURTH_DEV_TEXT = REAL_TEXT.with_name("dev_real_4.json")
FIFTH_DEV_TEXT = REAL_TEXT.with_name("dev_real_5.json")
SIXTH_DEV_TEXT = REAL_TEXT.with_name("dev_real_6.json")
SEVENTH_DEV_TEXT = REAL_TEXT.with_name("dev_real_7.json")
EIGHTH_DEV_TEXT = REAL_TEXT.with_name("dev_real_8.json")
NINTH_DEV_TEXT = REAL_TEXT.with_name("dev_real_9.json")
TENTH_DEV_TEXT = REAL_TEXT.with_name("dev_real_10.json")
ELEVENTH_DEV_TEXT = REAL_TEXT.with_name("dev_real_11.json")
TWELFTH_DEV_TEXT = REAL_TEXT.with_name("dev_real_12.json")
THIRTEENTH_DEV_TEXT = REAL_TEXT.with_name("dev_real_13.json")
FOURTEENTH_DEV_TEXT = REAL_TEXT.with_name("dev_real_14.json")
FIFTEENTH_DEV_TEXT = REAL_TEXT.with_name("dev_real_15.json")
SIXTEENTH_DEV_TEXT = REAL_TEXT.with_name("dev_real_16.json")
SEVENTEENTH_DEV_TEXT = REAL_TEXT.with_name("dev_real_17.json")
EIGHTEENTH_DEV_TEXT = REAL_TEXT.with_name("dev_real_18.json")
NINETEENTH_DEV_TEXT = REAL_TEXT.with_name("dev_real_19.json")
TWENTIETH_DEV_TEXT = REAL_TEXT.with_name("dev_real_20.json")
TWENTY_FIRST_DEV_TEXT = REAL_TEXT.with_name("dev_real_21.json")
TWENTY_SECOND_DEV_TEXT = REAL_TEXT.with_name("dev_real_22.json")
TWENTY_THIRD_DEV_TEXT = REAL_TEXT.with_name("dev_real_23.json")
TWENTY_FOURTH_DEV_TEXT = REAL_TEXT.with_name("dev_real_24.json")
TWENTY_FIFTH_DEV_TEXT = REAL_TEXT.with_name("dev_real_25.json")
TWENTY_SIXTH_DEV_TEXT = REAL_TEXT.with_name("dev_real_26.json")
TWENTY_SEVENTH_DEV_TEXT = REAL_TEXT.with_name("dev_real_27.json")
TWENTY_EIGHTH_DEV_TEXT = REAL_TEXT.with_name("dev_real_28.json")
TWENTY_NINTH_DEV_TEXT = REAL_TEXT.with_name("dev_real_29.json")
THIRTIETH_DEV_TEXT = REAL_TEXT.with_name("dev_real_30.json")
THIRTY_FIRST_DEV_TEXT = REAL_TEXT.with_name("dev_real_31.json")
THIRTY_SECOND_DEV_TEXT = REAL_TEXT.with_name("dev_real_32.json")
REAL_CREDIT_FIELDS = ("role", "person", "organisation", "copyright_holder", "year", "license")


def score(pairs) -> dict:
    """Micro-averaged precision and recall over (predicted rows, expected rows) pairs."""
    true_positive = predicted_total = expected_total = 0
    for predicted, expected in pairs:
        predicted_counts, expected_counts = Counter(predicted), Counter(expected)
        true_positive += sum((predicted_counts & expected_counts).values())
        predicted_total += len(predicted)
        expected_total += len(expected)
    precision = true_positive / predicted_total if predicted_total else 1.0
    recall = true_positive / expected_total if expected_total else 1.0
    return {"cases": len(pairs), "expected": expected_total, "predicted": predicted_total, "correct": true_positive,
            "precision": round(precision, 4), "recall": round(recall, 4)}  # fmt: skip


def credit_rows(credits) -> list[tuple]:
    return [tuple(c[f] if isinstance(c, dict) else getattr(c, f) for f in CREDIT_FIELDS) for c in credits]


def _role(text: str | None) -> str | None:
    return " ".join(text.lower().split()) if text else None


def _written_name(name: str | None) -> str | None:
    """A name as the same person whatever its letter case, spacing and dash: the archive writes "Paweł
    Gąsiorski" for "PAWEŁ GĄSIORSKI", "K. Gonera" for "K.Gonera" and "Nehrebecka – Byczewska" as the page
    spaces it, the annotators wrote the page's form or a plain hyphen."""
    return re.sub(r"[–—]", "-", "".join(name.split())).casefold() if name else name


def _as_expanded(credit: dict) -> tuple:
    """A label's fields, an abbreviation the site profile expands ("UM Toruń") counted as its expansion:
    the archive writes one name for one organisation, and the annotators wrote what the page wrote.
    A year is a number, whether the annotator wrote 2016 or "2016"."""
    return tuple(expand_organisation(credit[f], TORUN.abbreviations) if f in ("organisation", "copyright_holder") and credit.get(f)
                 else _written_name(credit.get(f)) if f == "person"
                 else int(credit[f]) if f == "year" and str(credit.get(f) or "").isdigit() else credit.get(f) for f in REAL_CREDIT_FIELDS)  # fmt: skip


def _as_found(credit) -> tuple:
    return tuple(_written_name(getattr(credit, f)) if f == "person" else getattr(credit, f) for f in REAL_CREDIT_FIELDS)


def real_text(path: Path, label: str) -> dict:
    """People, roles and credit lines on real municipal news: ``held_out_real.json`` (annotated
    before the extractor ever ran on it, never tuned against) or ``dev_real.json`` (to study misses)."""
    labelled = json.loads(path.read_text(encoding="utf-8"))
    people_pairs, roles_right, roles_total = [], 0, 0
    for item in labelled["mentions"]:
        predicted = {_written_name(p.name): p.role for p in people_in_text(item["text"])}
        expected = {_written_name(p["name"]): p["role"] for p in item["people"]}
        people_pairs.append((list(predicted), list(expected)))
        for name in predicted.keys() & expected.keys():
            roles_total += 1
            roles_right += _role(predicted[name]) == _role(expected[name])
    # A line of a page as found: credits alone, or at the end of a caption or paragraph.
    credit_pairs = [([_as_found(c) for c in credits_at_end(item["text"], TORUN.abbreviations)[1]],
                     [_as_expanded(c) for c in item["credits"]]) for item in labelled["credit_lines"]]  # fmt: skip
    roles = {"cases": roles_total, "expected": roles_total, "predicted": roles_total, "correct": roles_right,
             "precision": round(roles_right / roles_total, 4) if roles_total else 1.0,
             "recall": round(roles_right / roles_total, 4) if roles_total else 1.0}  # fmt: skip
    people = {f"{label}: people": score(people_pairs), f"{label}: roles of the people found": roles} if labelled["mentions"] else {}
    return {**people, f"{label}: credit lines": score(credit_pairs)}  # a set of credit lines alone has no people rows


# How a page may set the end of a text: each paragraph a <p> and each line after a <br>; the same in
# italics, as the city sets its credits; or every line a paragraph of its own.
PAGE_SHAPES = {
    "lines after <br>": lambda lines: "<br>".join(lines),
    "in italics": lambda lines: "<em>" + "<br>".join(lines) + "</em>",
    "a paragraph a line": lambda lines: "</p><p>".join(lines),
}


def _in_the_model_article(text: str, shape) -> str:
    """The seed article ending with ``text`` set in ``shape``."""
    paragraphs = [p for p in re.split(r"\n\s*\n", text) if p.strip()]
    return seed_page_ending_with("".join(f"<p>{shape([html.escape(line) for line in p.splitlines() if line.strip()])}</p>" for p in paragraphs))


def credit_lines_on_pages(paths: list[Path], label: str) -> dict:
    """The labelled credit lines as the end of an article page, in each of PAGE_SHAPES: what the
    archive stores, where credits_at_end reads the text alone."""
    items = [item for path in paths for item in json.loads(path.read_text(encoding="utf-8"))["credit_lines"]]
    results = {}
    for name, shape in PAGE_SHAPES.items():
        pairs = []
        for item in items:
            article = extract_article(_in_the_model_article(item["text"], shape), "https://www.torun.pl/pl/x", TORUN)
            found = [tuple(_written_name(c[f]) if f == "person" else c[f] for f in REAL_CREDIT_FIELDS)
                     for c in article["credits"] if not c["image_url"]]
            pairs.append((found, [_as_expanded(c) for c in item["credits"]]))
        results[f"{label}, on a page ({name})"] = score(pairs)
    return results


PAGE_ENDINGS = ROOT / "tests" / "labelled" / "page_endings.json"
SECOND_PAGE_ENDINGS = PAGE_ENDINGS.with_name("page_endings_2.json")
THIRD_PAGE_ENDINGS = PAGE_ENDINGS.with_name("page_endings_3.json")
FOURTH_PAGE_ENDINGS = PAGE_ENDINGS.with_name("page_endings_4.json")
FIFTH_PAGE_ENDINGS = PAGE_ENDINGS.with_name("page_endings_5.json")


def page_endings(path: Path, label: str) -> dict:
    """Invented endings of an article body (``page_endings*.json``), set into the seed article: the
    article's credits (role, person, organisation), and how many texts end where they should. A label's
    abbreviation the site profile expands ("UMT") counts as its expansion, as in ``real_text``."""
    cases = json.loads(path.read_text(encoding="utf-8"))["cases"]
    pairs, texts_right = [], 0
    for case in cases:
        article = extract_article(seed_page_ending_with(case["ending"]), "https://www.torun.pl/pl/x", TORUN)
        pairs.append(([(c["role"], _written_name(c["person"]), c["organisation"]) for c in article["credits"] if not c["image_url"]],
                      [(c["role"], _written_name(c["person"]), expand_organisation(c["organisation"], TORUN.abbreviations) if c["organisation"] else None)
                       for c in case["credits"]]))
        texts_right += squash(article["body_text"]).endswith(squash(case["body_ends"]))
    return {f"{label}: credits": score(pairs),
            f"{label}: where the text ends": {"cases": len(cases), "expected": len(cases), "predicted": len(cases),
                                                                 "correct": texts_right, "precision": round(texts_right / len(cases), 4),
                                                                 "recall": round(texts_right / len(cases), 4)}}  # fmt: skip


OTHER_THEMES = ROOT / "tests" / "labelled" / "other_themes"
SECOND_OTHER_THEMES = ROOT / "tests" / "labelled" / "other_themes_2"
THIRD_OTHER_THEMES = ROOT / "tests" / "labelled" / "other_themes_3"


def _share(right: int, total: int) -> dict:
    return {"cases": total, "expected": total, "predicted": total, "correct": right,
            "precision": round(right / total, 4) if total else 1.0, "recall": round(right / total, 4) if total else 1.0}  # fmt: skip


def other_themes(folder: Path, label: str) -> dict:
    """Whole pages of other themes (``other_themes/``), read by ``extract_article`` with the site's profile, whose
    selectors fail there and whose fallbacks must not: title, date, where the text starts and ends, the article's
    images (the file, its caption, its photographer), attachments, credits, and names only the page's chrome shows."""
    from urllib.parse import urljoin

    pages = json.loads((folder / "expected.json").read_text(encoding="utf-8"))["pages"]
    counts = Counter()
    image_pairs, attachment_pairs, credit_pairs = [], [], []
    for page in pages:
        article = extract_article((folder / page["page"]).read_bytes(), page["url"], TORUN)
        body = squash(article["body_text"])
        counts["title"] += squash(article["title"]) == squash(page["title"])
        counts["date"] += (article["published_at"] or "")[:10] == (page["published"] or "")
        counts["start"] += body.startswith(squash(page["body_starts"]))
        counts["end"] += body.endswith(squash(page["body_ends"]))
        image_pairs.append(([i["url"] for i in article["images"]], [urljoin(page["url"], i["src"]) for i in page["images"]]))
        found = {i["url"]: i for i in article["images"]}
        for image in page["images"]:
            url = urljoin(page["url"], image["src"])
            if url in found:
                counts["images found"] += 1
                # the caption as the page writes it, its full stop or not
                counts["captions"] += squash(found[url]["caption"]).rstrip(".") == squash(image["caption"]).rstrip(".")
                taken = [c["person"] for c in article["credits"] if c["image_url"] == url and c["role"] == "photo"]
                counts["photographers"] += _written_name(taken[0] if taken else None) == _written_name(image["photographer"])
        attachment_pairs.append(([a["url"] for a in article["attachments"]], [urljoin(page["url"], a["href"]) for a in page["attachments"]]))
        credit_pairs.append(([(c["role"], _written_name(c["person"]), c["organisation"]) for c in article["credits"] if not c["image_url"]],
                             [(c["role"], _written_name(c["person"]), c["organisation"]) for c in page["credits"]]))
        shown = " ".join([body, *(f"{c['person'] or ''} {c['organisation'] or ''}" for c in article["credits"]), *(p["name"] for p in article["people"])])
        counts["chrome kept out"] += sum(1 for name in page["not_in_article"] if name not in shown)
        counts["chrome names"] += len(page["not_in_article"])
    return {f"{label}: titles": _share(counts["title"], len(pages)), f"{label}: dates": _share(counts["date"], len(pages)),
            f"{label}: where the text starts": _share(counts["start"], len(pages)),
            f"{label}: where the text ends": _share(counts["end"], len(pages)),
            f"{label}: images": score(image_pairs),
            f"{label}: captions of the images found": _share(counts["captions"], counts["images found"]),
            f"{label}: photographers of the images found": _share(counts["photographers"], counts["images found"]),
            f"{label}: attachments": score(attachment_pairs), f"{label}: credits": score(credit_pairs),
            f"{label}: names only the chrome shows, kept out": _share(counts["chrome kept out"], counts["chrome names"])}  # fmt: skip


def evaluate() -> dict:
    credit_lines = score([(credit_rows(parse_credit_line(line, TORUN.abbreviations)), credit_rows(expected)) for line, expected in CREDIT_LINES])
    mentions = score([([(p.name, p.role) for p in people_in_text(s)], expected) for s, expected in MENTIONS])
    held_out_credits = score([(credit_rows(parse_credit_line(line, TORUN.abbreviations)), credit_rows(expected))
                              for line, expected in HELD_OUT_CREDIT_LINES])  # fmt: skip
    held_out_mentions = score([([(p.name, p.role) for p in people_in_text(s)], expected) for s, expected in HELD_OUT_MENTIONS])
    site = Site(200, seed=7)
    pages = [(site.article_html(a), a) for a in site.articles]
    extracted = [(extract_article(html, "http://127.0.0.1" + a.path, TORUN), a.expected()) for html, a in pages]
    site_credits = score([(credit_rows(got["credits"]), credit_rows(want["credits"])) for got, want in extracted])
    site_people = score([([(p["name"], p["role"]) for p in got["people"]], want["people"]) for got, want in extracted])
    return {"credit lines": credit_lines, "mention sentences": mentions,
            "held out: credit lines": held_out_credits, "held out: mention sentences": held_out_mentions,
            "model site, credits (200 pages)": site_credits, "model site, people (200 pages)": site_people,
            **real_text(REAL_TEXT, "real text"), **real_text(DEV_TEXT, "real text, development set"),
            **real_text(SECOND_DEV_TEXT, "real text, second development set"),
            **real_text(THIRD_DEV_TEXT, "real text, third development set"),
            **real_text(FOURTH_DEV_TEXT, "real text, fourth development set"),
            **real_text(FIFTH_DEV_TEXT, "real text, fifth development set"),
            **real_text(SIXTH_DEV_TEXT, "real text, sixth development set"),
            **real_text(SEVENTH_DEV_TEXT, "real text, seventh development set"),
            **real_text(EIGHTH_DEV_TEXT, "real text, eighth development set"),
            **real_text(NINTH_DEV_TEXT, "real text, ninth development set"),
            **real_text(TENTH_DEV_TEXT, "real text, tenth development set"),
            **real_text(ELEVENTH_DEV_TEXT, "real text, eleventh development set"),
            **real_text(TWELFTH_DEV_TEXT, "real text, twelfth development set"),
            **real_text(THIRTEENTH_DEV_TEXT, "real text, thirteenth development set"),
            **real_text(FOURTEENTH_DEV_TEXT, "real text, fourteenth development set"),
            **real_text(FIFTEENTH_DEV_TEXT, "real text, fifteenth development set"),
            **real_text(SIXTEENTH_DEV_TEXT, "real text, sixteenth development set"),
            **real_text(SEVENTEENTH_DEV_TEXT, "real text, seventeenth development set"),
            **real_text(EIGHTEENTH_DEV_TEXT, "real text, eighteenth development set"),
            **real_text(NINETEENTH_DEV_TEXT, "real text, nineteenth development set"),
            **real_text(TWENTIETH_DEV_TEXT, "real text, twentieth development set"),
            **real_text(TWENTY_FIRST_DEV_TEXT, "real text, twenty-first development set"),
            **real_text(TWENTY_SECOND_DEV_TEXT, "real text, twenty-second development set"),
            **real_text(TWENTY_THIRD_DEV_TEXT, "real text, twenty-third development set"),
            **real_text(TWENTY_FOURTH_DEV_TEXT, "real text, twenty-fourth development set"),
            **real_text(TWENTY_FIFTH_DEV_TEXT, "real text, twenty-fifth development set"),
            **real_text(TWENTY_SIXTH_DEV_TEXT, "real text, twenty-sixth development set"),
            **real_text(TWENTY_SEVENTH_DEV_TEXT, "real text, twenty-seventh development set"),
            **real_text(TWENTY_EIGHTH_DEV_TEXT, "real text, twenty-eighth development set"),
            **real_text(TWENTY_NINTH_DEV_TEXT, "real text, twenty-ninth development set"),
            **real_text(THIRTIETH_DEV_TEXT, "real text, thirtieth development set"),
            **real_text(THIRTY_FIRST_DEV_TEXT, "real text, thirty-first development set"),
            **real_text(THIRTY_SECOND_DEV_TEXT, "real text, thirty-second development set"),
            **page_endings(PAGE_ENDINGS, "page endings written blind"),
            **page_endings(SECOND_PAGE_ENDINGS, "page endings written blind, second set"),
            **page_endings(THIRD_PAGE_ENDINGS, "page endings written blind, third set"),
            **page_endings(FOURTH_PAGE_ENDINGS, "page endings written blind, fourth set"),
            **page_endings(FIFTH_PAGE_ENDINGS, "page endings written blind, fifth set"),
            **other_themes(OTHER_THEMES, "other themes' pages written blind"),
            **other_themes(SECOND_OTHER_THEMES, "other themes' pages written blind, second set"),
            **other_themes(THIRD_OTHER_THEMES, "other themes' pages written blind, third set"),
            **credit_lines_on_pages([REAL_TEXT], "real text: credit lines"),
            **credit_lines_on_pages(sorted(REAL_TEXT.parent.glob("dev_real*.json")), "real text, all development sets: credit lines")}  # fmt: skip


def f1(result: dict) -> float:
    p, r = result["precision"], result["recall"]
    return 2 * p * r / (p + r) if p + r else 0.0


def search_folding() -> dict:
    """How many words with diacritics find the same articles typed without them and in capitals."""
    import tempfile

    from archiver.lemmas import fold
    from archiver.search import WORD, fts_query
    from archiver.store import Archive

    site = Site(200, seed=7)
    with tempfile.TemporaryDirectory() as folder:
        archive = Archive(Path(folder) / "archive.db")
        for article in site.articles:
            archive.save_article(extract_article(site.article_html(article), "http://127.0.0.1" + article.path, TORUN))
        # and the wider vocabulary of real news: the development set's sentences, ten to an article
        sentences = [item["text"] for item in json.loads(DEV_TEXT.read_text(encoding="utf-8"))["mentions"]]
        for number in range(0, len(sentences), 10):
            archive.save_article({"url": f"http://127.0.0.1/real/{number}", "title": f"Zdania {number}", "status": "active",
                                  "body_text": "\n\n".join(sentences[number : number + 10])})  # fmt: skip
        db = archive.db

        def count(query: str) -> int:
            return db.execute("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?", [fts_query(query)]).fetchone()[0]

        text = " ".join(r[0] for r in db.execute("SELECT title || ' ' || coalesce(lead, '') || ' ' || body_text FROM articles"))
        words = sorted({w for w in WORD.findall(text) if fold(w) != w.lower()})
        same = sum(1 for w in words if count(w) == count(fold(w)) == count(w.upper()))
        archive.close()
    return {"words": len(words), "same": same, "share": same / len(words) if words else 1.0}


def write_report(results: dict, path: Path, folding: dict) -> None:
    rows = "\n".join(
        f"| {name} | {r['cases']} | {r['expected']} | {r['predicted']} | {r['correct']} | {r['precision']:.3f} | {r['recall']:.3f} | {f1(r):.3f} |"
        for name, r in results.items()
    )
    path.write_text(f"""# Extraction quality: credits and people (and search folding)

Measured {date.today().isoformat()} by `make quality` (`bench/quality.py`). A row is correct only
when every field matches the label: role, person, organisation, copyright holder, year and licence
for a credit; name and role (both in the nominative) for a person.

| set | cases | labelled rows | predicted rows | correct | precision | recall | F1 |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
{rows}

## What these figures mean

- **credit lines** (`tests/labelled/credit_lines.py`): every credit form the city is known to use,
  with every licence variant, and ten sentences that start like a credit but are not one.
- **mention sentences** (`tests/labelled/mentions.py`): the ways Polish news names people, in
  several grammatical cases, plus street, patron and institution names that are not people.
- **model site**: 200 pages generated by `tests/site/generator.py`, whose credits and people are
  written out by the generator (declensions by hand), not derived from the extractor.

- **held out** (`tests/labelled/held_out.py`): cases written once, after the extractor, and
  never tuned against: the closest thing here to unseen pages. The tests do not require them.

- **real text** (`tests/labelled/held_out_real.json`): 318 sentences and 90 credit lines from
  public Polish municipal and local news (181 source pages, 40+ towns; each item's URL recorded),
  found and annotated by a helper who never saw the code, before the extractor first ran on them,
  and never tuned against since. Names and role phrases are kept as found (with the words that
  decide their case), the rest reworded; in credit lines the names and credits are kept as found
  and the captions or headlines around them were reworded by another helper (the figures did not
  change on this set). People: a name is right when it matches the nominative
  label but for letter case and spacing (the archive writes "Paweł Gąsiorski" for a page's
  "PAWEŁ GĄSIORSKI" and "K. Gonera" for "K.Gonera", the annotators the page's form; until
  November 2026 these counted as misses, about one credit in a hundred), and since the session
  that studied the twenty-fourth and twenty-seventh sets a double surname's spaced en dash the
  same as a plain hyphen ("Nehrebecka – Byczewska", as the page spaces it, for "Nehrebecka-Byczewska"),
  and a year written as text the same as the number. Roles: of the people found, the share whose role matches the label (nominative
  singular; compared without regard to letter case or spacing; no role where none is labelled
  counts as right). Credit lines: every field of every credit (role, person, organisation,
  copyright holder, year, licence; the person's name compared as above); an abbreviation the site profile expands ("UM Toruń") counts
  as its expansion, since the archive writes one name for one organisation.

- **real text, development set** (`tests/labelled/dev_real.json`): 363 sentences (645 people) and
  132 credit lines built the same way by two more helpers blind to the code, from 290 other source
  pages (none of the held-out set's). Unlike the held-out set it is looked at: its misses showed
  which classes of wording to fix (each fix with labelled cases of our own in the sets above), so
  its figures flatter the extractor; the held-out figures are the estimate. Its annotators record
  journalists' signatures and prose ("w obiektywie Jana Nowaka") as credits, and a title alone
  ("prof.") as no role, where the held-out annotator gave the title. The annotators of the first
  four development sets chose so on their own (those of the fifth to seventh were told so), and
  the extractor follows them: a title alone is no role. On the held-out set that cost 9 roles
  when it was decided (0.840 with titles as roles, 0.822 without). In a later session a search
  over every labelled file printed 22 of the held-out set's role labels by mistake (roles with
  words of when, "nowy", "dotychczasowy", which the extractor drops); no convention was changed
  after it, and no held-out item was read. In the session that built the twelfth to fourteenth
  sets the held-out totals were read once, at its end (commit 41da2f8): people and roles rose, and
  credit lines fell by one right credit and one more wrong one (F1 0.848 → 0.831); the change that
  did it was not looked for, since that would tune the extractor against this set. In the session
  that built the fifteenth to seventeenth sets they were read once more, at its end (commit
  47baf0d): roles rose to 0.845 (443 of 524), people and credit lines stayed where they were. In
  the session that studied the sixteenth and nineteenth sets they were read once, at its end
  (commit 4e886b7): every figure the same as before that session (people 524 of 542, roles 443 of
  524, credit lines 69 of 89 with 77 predicted). One more change came after it, found on the
  development sets (a link's label after a role word, "Oryginalne źródło: ZOBACZ", names no
  source), and this report was regenerated at it (02a7169), which read the totals a second time:
  one wrong credit fewer (69 of 89 with 76 predicted, P 0.908, F1 0.836), the rest the same. In
  the session that studied the eighteenth and twenty-first to twenty-third sets they were read
  once, at its end (commit c718db6): roles 448 of 524 (0.855, up from 443), credit lines 71 of 89
  with 79 predicted (P 0.899 / R 0.798, F1 0.845, up from 0.836), people the same (524 of 542).
  More changes came after it, found on the development sets, and this report was regenerated at
  the last of them (2218a4d), which read the totals a second time: every figure the same. In
  the session that studied the twentieth and twenty-fifth sets they were read once, at its end
  (commit 461f1dd), with the session's start (35ecf2b) measured then too: names are now compared
  without regard to letter case or spacing, which finds two more people (526 of 542, P 0.980 /
  R 0.971) and compares two more roles at both commits; roles 450 → 451 of 526 (0.857; under the
  old comparison 448 → 449 of 524); credit lines unchanged, 71 of 89 with 79 predicted (P 0.899 /
  R 0.798, F1 0.845): the session's credit changes, found on the development sets, reached none
  of this set's misses. The report was regenerated at the session's last commit, with the
  twenty-sixth set added and no extraction code changed, which read the same totals again. In the
  session that studied the twenty-fourth, twenty-seventh and twenty-eighth sets they were read once,
  at its end (commit 034beb7), with the session's start (50fdda4) measured then too, both under
  this report's comparison: people the same (526 of 542, P 0.980 / R 0.971), roles 451 → 453 of
  526 (0.857 → 0.861), credit lines unchanged, 71 of 89 with 79 predicted (P 0.899 / R 0.798,
  F1 0.845): once more the development sets' credit changes reached none of this set's misses.
  In the session that read credits from pages as from text and built the blind page endings, they
  were read once, at its end (commit 47c2f1c): people and roles the same, credit lines 72 of 89
  with 80 predicted (P 0.900 / R 0.809, F1 0.852, up from 0.845); set into the model article in
  each of the three shapes below they give the same 72 and 80. In the session that studied the
  third and fourth page-ending sets they were read once, at its end: people, roles and credit lines
  the same (72 of 89, 80 predicted, F1 0.852), in every shape. In the session that built the
  thirty-first and thirty-second sets and the second and third sets of other themes they were read
  at 7795c2a and once more at its end, totals only: the same again both times (people 526 of 542,
  roles 453 of 526, credit lines 72 of 89 with 80 predicted), while the thirty-second set, unread until then, showed the same thing from the
  other side: that session's credit fixes, made on the sets before it, reached none of its 78.

- **real text, second development set** (`tests/labelled/dev_real_2.json`): 200 sentences (328
  people) and 100 credit lines from 141 more pages (87 towns, nearly half of the items from Toruń
  and its region), built the same way by another blind helper. It was measured once before it was
  looked at, so that measurement was a second unseen estimate: people P 0.931 / R 0.902, roles
  0.723, credit lines P 0.851 / R 0.408 (at the start of that session's work: P 0.921 / R 0.890,
  0.702, P 0.838 / R 0.316). It has been studied and tuned against since, like the first.

- **real text, third development set** (`tests/labelled/dev_real_3.json`): 120 sentences (185
  people) and 150 credit lines (184 credits) from 175 more pages on 137 sites (about a third from
  Toruń and its region), built the same way by another blind helper, with more credit lines than
  the others. Measured once before it was looked at (a third unseen estimate): people P 0.962 /
  R 0.968, roles 0.793, credit lines P 0.702 / R 0.397 (at the start of that session: the same
  people and roles, credit lines P 0.707 / R 0.380). Its annotator drops "pierwszy" from a role
  and infers a bare name's role from where it stood on the page (under a photo: photo). It has
  been studied and tuned against since.

- **real text, fourth development set** (`tests/labelled/dev_real_4.json`): 150 sentences (242
  people) and 120 credit lines (153 credits) from 143 more sites (about half from Toruń and its
  region), built the same way by another blind helper after the third set's study. Measured once
  before it was looked at, it is the unseen estimate of that session's work: people P 0.958 /
  R 0.946, roles 0.786, credit lines P 0.734 / R 0.307 (at the start of that session: the same
  people, roles 0.773, credit lines P 0.717 / R 0.281). Its annotator gives no role for a title
  alone and keeps "były" and "pierwszy" in a role. It has been studied and tuned against since.

- **real text, fifth development set** (`tests/labelled/dev_real_5.json`): 130 sentences (188
  people) and 98 credit lines (99 credits) from 107 more sites (about half from Toruń and its
  region), built the same way by another blind helper after the fourth set's study. Measured once
  before it was looked at, it is the unseen estimate of that session's work until then: people
  P 0.995 / R 0.968, roles 0.808, credit lines P 0.946 / R 0.535 (at the start of that session: the
  same people, roles 0.797, credit lines P 0.945 / R 0.525). Its annotator (told that a title
  alone is no role) drops "nowy" and
  "wieloletni" but keeps "były" in a role, and records a copyright notice as the source. It has
  been studied and tuned against since.

- **real text, sixth development set** (`tests/labelled/dev_real_6.json`): 110 sentences (182
  people) and 128 credit lines (149 credits) from 136 more sites (close to half from Toruń and its
  region), built the same way by another blind helper after the fifth set's study. Measured once
  before it was looked at, it is the unseen estimate of that session's work until then: people
  P 0.967 / R 0.951, roles 0.832, credit lines P 0.868 / R 0.530 (at the start of that session:
  the same people, roles 0.821, credit lines P 0.875 / R 0.517). Its annotator (told that a title
  alone is no role) records a site's
  copyright notice and "(PAP)" as the source. It has been studied and tuned against since.

- **real text, seventh development set** (`tests/labelled/dev_real_7.json`): 118 sentences (159
  people) and 119 credit lines (143 credits) from 128 more sites (about half from Toruń and its
  region), built the same way by another blind helper while the sixth set was studied, and
  measured once, before it was looked at, when that session's work was done: the unseen estimate
  of the whole session. At its start: people P 0.955 / R 0.925, roles 0.776, credit lines P 0.806
  / R 0.378; at its end: people P 0.967 / R 0.925, roles 0.844, credit lines P 0.792 / R 0.399.
  Most of its credits are journalists' signatures and bylines; its annotator was told that a
  title alone is no role. It has been studied and tuned
  against since.

- **real text, eighth development set** (`tests/labelled/dev_real_8.json`): 121 sentences (269
  people) and 96 credit lines (120 credits) from 113 more sites (about half from Toruń's region),
  built the same way by another blind helper at the start of the next session. Measured once
  before it was looked at: at the session's start people P 0.945 / R 0.959, roles 0.802, credit
  lines P 0.661 / R 0.358; after the session's first changes the same people and roles, credit
  lines P 0.667 / R 0.367 (those changes were chosen on the earlier sets and gained one credit
  here). Its annotator keeps qualifiers in roles ("ówczesny", "dotychczasowy") and was told that a
  title alone is no role. It has been studied and tuned against since.

- **real text, ninth development set** (`tests/labelled/dev_real_9.json`): 129 sentences (270
  people) and 107 credit lines (127 credits) from 119 more sites (about half from the region, the
  rest from central and southern Poland), built by another blind helper at the start of the same
  session and kept unread until its work was done: the unseen estimate of that whole session. At
  its start people P 0.962 / R 0.941, roles 0.827, credit lines P 0.787 / R 0.496; at its end people
  P 0.966 / R 0.944, roles 0.835, credit lines P 0.786 / R 0.520. It was studied and tuned against
  in the next session.

- **real text, tenth development set** (`tests/labelled/dev_real_10.json`): 124 sentences (215
  people) and 116 credit lines (123 credits) from 129 more sites (a third from Toruń, a third from
  Bydgoszcz, Włocławek, Grudziądz and Inowrocław, a third from other large towns), built the same
  way by another blind helper in the same session. Measured once before it was looked at: at the
  session's start and after its first forty changes the figures were the same (people P 0.929 /
  R 0.912, roles 0.648, credit lines P 0.783 / R 0.439): the changes chosen on the earlier sets
  moved nothing here. Its annotator keeps qualifiers ("nowy", "obecny", "pierwszy") and every
  function a sentence lists in one role. It has been studied and tuned against since.

- **real text, eleventh development set** (`tests/labelled/dev_real_11.json`): 125 sentences (245
  people) and 121 credit lines (146 credits) from 149 more sites (rural and small-town communes,
  counties and their schools, libraries, parishes and fire brigades; about a third from the
  region), built the same way by another blind helper after the eighth and tenth sets were
  studied. Measured once before it was looked at, it is the unseen estimate of that study: at the
  session's start people P 0.943 / R 0.943, roles 0.814, credit lines P 0.784 / R 0.473; before
  its own study people P 0.943 / R 0.939, roles 0.826, credit lines P 0.772 / R 0.486. It has been
  studied and tuned against since.

- **real text, twelfth development set** (`tests/labelled/dev_real_12.json`): 127 sentences (296
  people) and 129 credit lines (147 credits) from 128 more sites (a third from Toruń and its
  county, a third from other towns of the region, a third from Pomorskie and Warmińsko-Mazurskie),
  built the same way by another blind helper at the start of the next session. Measured once
  before it was looked at: at that session's start people P 0.972 / R 0.932, roles 0.899, credit
  lines P 0.828 / R 0.490; after the session's study of the ninth set (commit e1a7803) people the
  same, roles 0.902, credit lines P 0.832 / R 0.503. It has been studied and tuned against since.

- **real text, thirteenth development set** (`tests/labelled/dev_real_13.json`): 121 sentences
  (262 people) and 131 credit lines (169 credits) from 140 more sites (Wielkopolskie,
  Dolnośląskie, Opolskie, Lubuskie, Zachodniopomorskie and Śląskie only), built the same way by
  another blind helper at the start of the same session and kept unread through it: the unseen
  estimate of that whole session. At its start (commit 115a062) people P 0.961 / R 0.935, roles
  0.820, credit lines P 0.774 / R 0.426; after the ninth set's study (e1a7803) the same people
  and roles, credit lines P 0.760 / R 0.432; at the session's end (commit 41da2f8) people P 0.965
  / R 0.939, roles 0.842, credit lines P 0.750 / R 0.444. At the next session's start (commit 33ff637) the
  same; it was studied and tuned against in that session.

- **real text, fourteenth development set** (`tests/labelled/dev_real_14.json`): 96 sentences
  (217 people) and 155 credit lines (181 credits) from 149 more sites (central and south-eastern
  Poland: Mazowieckie outside Warsaw, Łódzkie, Lubelskie, Podlaskie, Świętokrzyskie, Podkarpackie,
  Małopolskie), built the same way by another blind helper in the same session and measured once
  before it was looked at: at the session's start people P 0.959 / R 0.963, roles 0.909, credit
  lines P 0.798 / R 0.525; after the study of the ninth, tenth and twelfth sets (commit 4017316)
  people P 0.968 / R 0.972, roles 0.910, credit lines P 0.806 / R 0.552. It has been studied and
  tuned against since.

- **real text, fifteenth development set** (`tests/labelled/dev_real_15.json`): 145 sentences
  (312 people) and 151 credit lines (195 credits) from 189 more sites all over Poland (at least four
  in five of its items from sites no earlier set used), built the same way by another blind helper
  at the start of the session that studied the thirteenth set, and measured before it was looked
  at: at that session's start (commit 33ff637) people P 0.981 / R 0.971, roles 0.812, credit lines
  P 0.789 / R 0.462; after the first part of the thirteenth set's study (7183be3) roles 0.815; after
  all of it (1efa573) roles 0.815, credit lines P 0.791 / R 0.467, people the same throughout. One
  of 303 roles and one of 195 credits: the thirteenth set's fixes barely carried to new sites. It
  was studied and tuned against in the same session.

- **real text, sixteenth development set** (`tests/labelled/dev_real_16.json`): 130 sentences
  (340 people) and 155 credit lines (170 credits) from 213 more sites all over Poland (88 % of its
  items from sites no earlier set used), built the same way by another blind helper in the same
  session and kept unread through it: the unseen estimate of that whole session. At its start
  (commit 33ff637) people P 0.982 / R 0.947, roles 0.832, credit lines P 0.848 / R 0.559; after
  the thirteenth set's study (1efa573) roles 0.829, credit lines P 0.850 / R 0.565; after the
  fifteenth set's (36bec2e) roles 0.829, credit lines P 0.856 / R 0.594; at the session's end
  (97837f1) people the same throughout, roles 0.835, credit lines P 0.850 / R 0.600. At the next
  session's start (555fc30) it measured the same; it was studied and tuned against in that
  session.

- **real text, seventeenth development set** (`tests/labelled/dev_real_17.json`): 130 sentences
  (230 people) and 161 credit lines (163 credits) from 196 more sites, built the same way by another
  blind helper late in the same session, and measured before it was looked at: at the session's
  start (commit 33ff637) people P 0.960 / R 0.939, roles 0.768, credit lines P 0.812 / R 0.423;
  after the thirteenth and fifteenth sets' study (36bec2e) the same people, roles 0.773, credit
  lines P 0.820 / R 0.448. It was studied and tuned against at the end of that session.

- **real text, eighteenth development set** (`tests/labelled/dev_real_18.json`): 110 sentences
  (267 people) and 159 credit lines (206 credits, 16 look-alike lines with none) from 180 more
  sites, 80 % of its items from sites no earlier set used, built the same way by another blind
  helper at the start of the session that studied the sixteenth set, and kept unread through it:
  the unseen estimate of that session. At its start (commit 555fc30) people P 0.962 / R 0.951,
  roles 0.795, credit lines P 0.664 / R 0.374; after the first part of the sixteenth set's study
  (3d4d47f) roles 0.803, the rest the same; at the session's end (9dbe204) people the same, roles
  0.803, credit lines P 0.670 / R 0.374. It was studied and tuned against in the next session,
  which measured it once more at its start (02d52b1), every figure as at the end of the last.

- **real text, nineteenth development set** (`tests/labelled/dev_real_19.json`): 66 sentences
  (143 people) and 130 credit lines (150 credits, 20 look-alike lines with none) from 148 more
  sites, 80 % of its items from sites no earlier set used, built the same way by another blind
  helper in the same session, mostly for credit lines, and measured before it was looked at: at
  the session's start (commit 555fc30) people P 0.979 / R 0.972, roles 0.748, credit lines
  P 0.814 / R 0.613; after the sixteenth set's study (f7cd2c6) roles 0.755, credit lines
  P 0.807 / R 0.613. It was studied and tuned against in the same session.

- **real text, twentieth development set** (`tests/labelled/dev_real_20.json`): 126 sentences
  (286 people) and 140 credit lines (165 credits, 25 look-alike lines with none) from 174 more
  sites, 80 % of its items from sites no earlier set used, built the same way by another blind
  helper at the start of the session that studied the eighteenth set, and kept unread through it:
  the unseen estimate of that session. At its start (commit 02d52b1) people P 0.965 / R 0.972,
  roles 0.928 (258 of 278), credit lines P 0.852 / R 0.594 (98 of 165, 115 predicted); after the
  eighteenth set's first study (6340edf) every figure the same; at the session's end (05ffa19, and
  the same at 2746ff0) people the same, roles 0.932 (259), credit lines P 0.862 / R 0.606 (100,
  116 predicted). Studied from the next session on (commit a2b2b05), where with names compared
  without regard to letter case it measured people P 0.969 / R 0.976, roles 0.932 (260 of 279),
  credit lines the same (100 of 165).

- **real text, twenty-first development set** (`tests/labelled/dev_real_21.json`): 125 sentences
  (277 people) and 125 credit lines (134 credits, 19 look-alike lines with none) from 160 more
  sites, over 80 % of its items from sites no earlier set used, built the same way by another
  blind helper in the same session, and measured before it was looked at: at the session's start
  (commit 02d52b1) people P 0.967 / R 0.950, roles 0.821, credit lines P 0.808 / R 0.470; after
  the eighteenth set's study (1f995f8) roles 0.825, credit lines P 0.815 / R 0.492. It was studied
  and tuned against in the same session.

- **real text, twenty-second development set** (`tests/labelled/dev_real_22.json`): 81 sentences
  (152 people) and 56 credit lines (64 credits, 16 look-alike lines with none) from 89 more sites,
  about 80 % of its items from sites no earlier set used, built the same way by another blind
  helper late in the same session, and measured before it was looked at: at the session's start
  (commit 02d52b1) and after the eighteenth and twenty-first sets' study (b0e6d40) the same,
  people P 0.987 / R 0.993, roles 0.927, credit lines P 0.721 / R 0.484. It was studied and tuned
  against in the same session.

- **real text, twenty-third development set** (`tests/labelled/dev_real_23.json`): 138 sentences
  (322 people) and 40 credit lines (40 credits, 6 look-alike lines with none) from 108 more sites,
  81 % of its items from sites no earlier set used, built the same way by another blind helper at
  the end of the same session, mostly for people and roles, and measured before it was looked at:
  at the session's start (commit 02d52b1) people P 0.981 / R 0.975, roles 0.882, credit lines
  P 0.852 / R 0.575; after the other sets' study (1213f28) roles 0.885, credit lines P 0.719 /
  R 0.575: five names after a paragraph's last sentence had become photographers, which the
  session then gave to the text's author (and to the photo only under an image). It was studied
  and tuned against in the same session.

- **real text, twenty-fourth development set** (`tests/labelled/dev_real_24.json`): 124 sentences
  (275 people) and 105 credit lines (115 credits, 25 look-alike lines with none) from 136 more
  sites, half of its items from sites no earlier set used, built the same way by another blind
  helper early in the session that studied the twentieth set, and kept unread through it: the
  unseen estimate of that session. At its start (commit 35ecf2b) people P 0.982 / R 0.975, roles
  0.847 (227 of 268), credit lines P 0.829 / R 0.504 (58 of 115, 70 predicted); when it arrived,
  after the twentieth set's first study (72eba6a), people and roles the same, credit lines
  P 0.833 / R 0.522 (60, 72 predicted); at the session's end (461f1dd) people and roles the same,
  credit lines P 0.851 / R 0.548 (63, 74 predicted). Studied in the next session (from 50fdda4):
  at its end roles 0.892 (240 of 269), credit lines P 0.907 / R 0.678 (78, 86 predicted).

- **real text, twenty-fifth development set** (`tests/labelled/dev_real_25.json`): 135 sentences
  (282 people) and 99 credit lines (107 credits, 16 look-alike lines with none) from 164 more
  sites, two thirds of its items from sites no earlier set used, built the same way by another
  blind helper in the same session, and measured before it was looked at: at the session's start
  (commit 35ecf2b) people P 0.967 / R 0.922, roles 0.862, credit lines P 0.785 / R 0.477 (51 of
  107, 65 predicted); when it arrived, after the twentieth set's study (ff055bc), people and roles
  the same, credit lines P 0.766 / R 0.458 (49, 64 predicted): the session's credit changes had
  cost it two right credits. It was then studied and tuned against in the same session.

- **real text, twenty-sixth development set** (`tests/labelled/dev_real_26.json`): 126 sentences
  (270 people) and 103 credit lines (119 credits, 13 look-alike lines with none) from 123 more
  sites, over half of its items from sites no earlier set used, built the same way by another
  blind helper at the end of the session that studied the twentieth and twenty-fifth sets, and
  kept unread: an unseen estimate for the next session. At that session's start (commit 35ecf2b)
  people P 0.982 / R 0.989, roles 0.891 (238 of 267), credit lines P 0.734 / R 0.580 (69 of 119,
  94 predicted); on arrival at its end (d3e75d6) roles 0.895 (239), the rest the same. Kept
  unread through the next session too, as its unseen estimate: at its start (50fdda4), with years
  now compared as numbers (five of this set's were written as text), credit lines P 0.766 / R 0.605
  (72 of 119, 94 predicted), roles 0.895 (239); at its end roles 0.899 (240), credit lines P 0.774 /
  R 0.605 (72, 93 predicted): the session's credit changes gained nothing here and dropped one
  wrong credit. Kept unread through the session after, which changed little in the reading of
  text: the same at its end (47c2f1c), and through the next, the same again, until that session
  studied it late (with the twenty-ninth): credit lines 72 → 84 right of 119 (93 → 100 predicted).
  Its annotator was told that an office's sign-off is a source.

- **real text, twenty-seventh development set** (`tests/labelled/dev_real_27.json`): 128 sentences
  (241 people, 11 sentences naming only patrons, places or first names) and 101 credit lines (132
  credits, 13 look-alike lines with none) from 142 more sites, 72 % of its items from sites no
  earlier set used, built the same way by another blind helper at the start of the session that
  studied the twenty-fourth set, and measured before it was looked at: at the session's start
  (commit 50fdda4) people P 0.975 / R 0.979, roles 0.881 (208 of 236), credit lines P 0.677 /
  R 0.508 (67 of 132, 99 predicted); on arrival (121b2d3), after the twenty-fourth set's first
  study, roles 0.886 (209), credit lines P 0.663 / R 0.508 (67, 101 predicted): that study's
  credit changes gained nothing here and cost two wrong credits. It was then studied in the same
  session: at its end roles 0.908 (216 of 238), credit lines P 0.783 / R 0.629 (83, 106
  predicted). Its annotator writes a spaced double surname with a plain hyphen and was told that
  an office's sign-off is a source.

- **real text, twenty-eighth development set** (`tests/labelled/dev_real_28.json`): 125 sentences
  (230 people, 10 sentences naming only patrons or places) and 103 credit lines (135 credits, 14
  look-alike lines with none) from 164 more sites, 70 % of its items from sites no earlier set
  used, built the same way by another blind helper in the same session, and measured before it
  was looked at. At the session's start (commit 50fdda4) people P 0.957 /
  R 0.965, roles 0.860 (191 of 222), credit lines P 0.781 / R 0.422 (57 of 135, 73 predicted); on
  arrival (55fe32c), after the twenty-fourth and twenty-seventh sets' study, people and roles the
  same, credit lines P 0.760 / R 0.422 (57, 75 predicted): that study gained nothing here and
  made two false credits. Only those two lines were then looked at: one a session change caused
  ("Więcej zdjęć: www…" read as a photo credit), fixed; the other an office's sign-off ("/UM
  Strzegom/") that the archive, like the earlier sets' annotators, credits as the text's author and
  this set's annotator as its source. Its annotator was told that an office's sign-off is a source.
  It was then studied in the same session: at its end people P 0.966 / R 0.974, roles 0.884 (198 of
  224), credit lines P 0.838 / R 0.496 (67, 80 predicted).

- **real text, twenty-ninth development set** (`tests/labelled/dev_real_29.json`): 129 sentences
  (231 people, 10 sentences naming nobody) and 105 credit lines (130 credits, 13 look-alike lines
  with none) from 162 more sites, 76 % of its items from sites no earlier set used (school,
  parish, fire-brigade, municipal and culture-centre pages, BIP notices, small local papers), built
  the same way by another blind helper late in the same session, whose brief (unlike the
  twenty-sixth to twenty-eighth sets') said that an office signing a text is its author, as the
  earlier annotators labelled it; kept unread, an unseen estimate beside the twenty-sixth. At the
  session's start (commit 50fdda4) people P 0.987 / R 0.983, roles 0.855 (194 of 227), credit lines
  P 0.797 / R 0.485 (63 of 130, 79 predicted); on arrival (c6799af) people the same, roles 0.863
  (196), credit lines P 0.821 / R 0.531 (69, 84 predicted); at the session's end the same, and at
  the next session's end (47c2f1c), kept unread, the same again; in the session after that, still
  unread, 70 right (84 predicted) after its page-ending work, and then studied (with the
  twenty-sixth): 83 right of 130, 95 predicted. What the two showed: a role word glued inside
  brackets ("(fot.GOK)"), a signature before a credit ("(DB) Fot.: …"), "ź:", "Nadesłane przez:",
  "w dniu" after a byline, a source named in the genitive or accusative given in the nominative, a
  page's category after a slash, "(na podstawie …)" after the author, "fot. i tekst", reserved rights
  before the year, a post or "Pani" before a name, a stock site's own attribution ("Obraz
  autorstwa … na Freepik"), a role verb after a title's dash, a recording's length and a comments
  heading as furniture, a pupils' council signing.

- **real text, thirtieth development set** (`tests/labelled/dev_real_30.json`): 46 credit lines only
  (51 credits, 10 look-alikes with none) from the ends and captions of news articles on 38 more
  sites (municipal offices, local portals and papers, local radio), built by another blind helper
  who found most pages the search returns already used, so it is small. Kept unread for a session,
  measured by its totals only: on arrival (caf37fa) P 0.900 / R 0.529 (27 right of 51, 30
  predicted), 28 of 51 at that session's end. Studied and tuned against since (a theme's row of
  tools beside the byline, its links between posts, dates it labels before the author, a bracketed
  credit above the signature, initials before a slashed photo credit, "(C)opyright" after a site's
  name).

- **real text, thirty-first development set** (`tests/labelled/dev_real_31.json`): 35 credit lines
  only (39 credits, 7 look-alikes with none) on 35 more sites, one item each, built the same way;
  the stored pages are nearly used up. Measured unread on arrival (606b4b5 and the session's start
  alike): P 0.966 / R 0.718 (28 right of 39, 29 predicted). Studied since: an office's name
  starting "Dom", "Klub", "Koło", "Świetlica" signs a text; "AW, zdjęcia autor"; "Więcej:
  lisewo.pl" names the source; a comment form's "guest" signs nothing.

- **real text, thirty-second development set** (`tests/labelled/dev_real_32.json`): 72 credit lines
  only (78 credits, 14 look-alikes with none) on 66 more sites (small rural municipalities, minority
  and regional media, niche local topics), built the same way after the rest of this session's work.
  Measured unread on arrival it shows how little of that work carried over to text it had not
  seen: P 0.804 / R 0.474 (37 right of 78, 46 predicted), against P 0.822 / R 0.474 (37 of 78, 45)
  at the session's start (25b06e1). Studied since: a signer's date in brackets, `Art.` before the
  author, `Nadesłał:`, an image's number and `Share` as furniture, an institution's mixed-case
  acronym in brackets (`(GOKiP)`).

- **page endings written blind** (`tests/labelled/page_endings.json`): 127 endings of an article
  body (150 credits, 17 look-alikes with none) invented by a helper who saw only the site model's
  article page and README, never the code: the site's italic credit paragraphs, lines after
  `<br>`s, other inline markup, a credit ending the last sentence, signatures with posts and
  closing formulas, offices signing, a figure last, page furniture under the credits. Set into the
  seed article and read by `extract_article`; a credit is right when role, person and
  organisation match. At the session that built it (from 17f5a81) 132 right of 143 predicted, then
  137 of 150 after that session's page reading, and 140 of 150 after its study. The ten left are
  conventions where the archive differs from the helper: `© UMT` names the copyright holder (the
  helper: the organisation), `UMT` is expanded to `Urząd Miasta Torunia`, and `(red.)` credits
  the text's desk (the helper: editing, no organisation). "Where the text ends" counts the
  articles whose text ends as the helper wrote it should. The **second set**
  (`page_endings_2.json`): 108 endings (145 credits, 16 look-alikes) by another helper who saw
  neither the code nor the first set, asked for real pages' quirks (typos in the prefixes, doubled
  prefixes, capitals, agencies before names, credits joined by bars or semicolons or split over
  lines, initials, e-mail addresses, a layout table, furniture to read past). At the session's
  start 117 right of 133 predicted; on arrival, after the first set's study, 122 of 135; after its
  own study 134 of 144, the rest the same three conventions and a source it keeps in the genitive.
  The **third set** (`page_endings_3.json`): 105 endings (138 credits, 16 look-alikes) by a third
  helper who saw neither the code nor the other sets, leaning towards a city hall's and its
  councillors' pages and towards endings easy to get wrong both ways; kept unread by the session
  that built it, measured by its totals only: at that session's start (17f5a81) 104 right of 120
  predicted (P 0.867 / R 0.754), at its end (bfd0df0) 113 of 128 (P 0.883 / R 0.819). The next
  session studied it (from caf37fa): credits above a "Liczba wyświetleń" counter or a "Powrót do …"
  link, an office's name broken over a `<br>`, "Materiał nadesłany: X", "Inf. i fot.", names with
  their roles in brackets, a group of pupils beside a named photographer; scored with `UMT` as its
  expansion (as the real-text sets are scored), 118 of 128, then 129 of 139. The **fourth set**
  (`page_endings_4.json`): 112 endings (164 credits, 15 look-alikes) by a fourth helper who saw
  neither the code nor the other sets, leaning towards what they under-represent: police and
  fire-brigade releases with ranks, school, library and parish pages, radio and TV pages, other
  towns' offices, captions run into the last sentence. On arrival (caf37fa and after the third
  set's study alike) 135 right of 151 predicted (P 0.894 / R 0.823), texts ending right 97 of 112;
  after its study 150 of 162 (P 0.926 / R 0.915), 106 of 112. What is left in all four is
  chiefly the conventions above, and figure captions, which the archive keeps in the text and two of
  the helpers would not (a closing formula above a signature now leaves the text with it, as all
  of them would have it). The **fifth set** (`page_endings_5.json`): 112 endings (141 credits, 16
  look-alikes) by a fifth helper, leaning towards editors' markup habits rather than new wordings:
  text pasted from a word processor, lines as `<div>`s or `<br><br>` runs, bold labels with the
  name outside, credits in headings, lists and table cells, names split by tags or links, soft
  hyphens inside names. On arrival it was measured unread: at caf37fa 123 right of 133 predicted
  (P 0.925 / R 0.872), texts ending right 104 of 112; after the third and fourth sets' study 124
  of 134, 105; after its own study (a soft hyphen inside a name, "Montaż wideo", "oprac.
  graficzne", a gallery's counter, a sentence inviting the reader and a blessing kept in the text)
  132 of 140 (P 0.943 / R 0.936), 109 of 112.

- **other themes' pages written blind** (`tests/labelled/other_themes/`): 40 whole article pages of
  invented Polish local-news sites in 16 other themes (WordPress block, classic and Divi, Joomla 3
  and 4, Drupal 7 and 10, a table-and-`<font>` municipal CMS, BIP pages with their register, a
  JSON-LD portal, local radio and paper CMSs, Blogger, police and fire-brigade sites, a hand-made
  parish site), with menus, sidebars of other articles, comments and footers around the article,
  by a helper who never saw the code, with what a reader sees in each. Read with the site's
  profile, whose selectors fail there, so that its fallbacks are what is measured. On arrival
  (caf37fa and this session's later commits alike) titles 34 of 40, dates 23, texts starting right
  37 and ending right 29, images 52 of 65 (54 found), captions 48 and photographers 46 of the 52
  found, attachments 16 of 22, credits 40 right of 46 found and 66 labelled, 97 of 105 names only
  the chrome shows kept out of the article. Its study brought: dates from schema.org, RDFa,
  WordPress, Joomla and Blogger markup and from a date a theme labels in words ("Data dodania:"),
  in an attribute when not in the text; the title in the part of the page's `<title>` the page
  shows as its headline, or a post's own title class; main images and attachments in the
  other themes' containers (Drupal 7, Joomla's item image and attachments list, WordPress); the
  larger file an image links to through `<picture>`; no file-type icon beside a document and no
  `<noscript>` copy of a lazy image taken as a picture; a Polish CMS's `#tresc` as the content, read
  alone rather than the whole page; and a loss of text it revealed: with no credit found, the
  furniture reading removed line breaks with the text after them, now it stops at such text. At
  the session's end, with the bylines and captions these themes set by their own classes, a BIP
  page's register read for its people, a table's row of short cells read as one line, a blog's
  entry as the article's element, a machine date in an attribute, icons kept out of the pictures,
  and a table layout's headline and date left out of its text: titles 40, dates 40, texts
  starting right 40 and ending right 36 of 40, images 65 of 65 with every caption and
  photographer, attachments 22 of 22, credits 63 right of 66 (63 found), all 105 chrome names
  kept out. The next session's study (each fix also measured on the second set below, unread until
  then): a Drupal 7-10 "submitted" line as the byline, an author named only in JSON-LD, a list of
  files under its heading out of the text and into the attachments, the credit lines trafilatura
  leaves out of the article's element, a signed document's post or authority above the signer:
  texts ending right 40 of 40, credits 66 of 66.

- **other themes' pages written blind, second set** (`tests/labelled/other_themes_2/`): 24 more
  pages by another blind helper, in themes the first set lacks (Elementor, Gutenberg with BEM
  classes, Newspaper and Avada-like WordPress themes, TYPO3, Liferay, SilverStripe, a hand-made
  Bootstrap 5 site, Wix, Squarespace, Next.js and Nuxt apps with generated classes, an iCMS-like
  municipal portal, an old FrontPage page in windows-1250, an AMP page, a paper's CMS with the
  article between teasers of the same class, Concrete CMS with a slider, Umbraco's two columns,
  CMS Made Simple, a police template, Hugo, Ghost). Measured unread on arrival (01363d0): titles 21
  of 24, dates 18, texts starting right 16 and ending right 20, images 32 of 41 (56 found),
  attachments 16 of 19, credits 27 right of 41 (35 found), 120 of 126 chrome names kept out; at the
  session's start (25b06e1) the same but credits 25 of 41. Studied since: the article is found as
  the element around the headline its `<title>`, OpenGraph or JSON-LD title announces (or the one
  `<h1>` outside the header when the title names only the site), when the profile's selectors find
  none or a teaser; the date and the author in a short line beside that headline; pictures in
  places a theme names as another's (related posts, author boxes, comments, thumbnail strips),
  avatars, counters and teasers linking to other articles left out; `<amp-img>`, a srcset's
  largest rendition, the larger file linked a wrapper or two above; a short date line or the
  headline again above the text dropped. At the session's end: titles and dates 24 of 24, texts
  starting right 22 and ending right 21, images 40 of 41 (40 found), attachments 18 of 19,
  credits 34 right of 41 (37 found), all 126 chrome names kept out. Left: a lead paragraph a
  theme sets apart from the body (two pages count it as the text's start), a page whose broken
  markup (an unclosed list) swallows its last paragraphs.

- **other themes' pages written blind, third set** (`tests/labelled/other_themes_3/`): 16 more
  pages by a third blind helper, in themes neither set had (Joomla with K2, WPBakery, Beaver
  Builder, Drupal 9 Paragraphs, Django CMS, Craft, a Laravel/Tailwind portal, a BIP platform with
  tabs, Astro, Tilda, Webflow, Google Sites, PHP-Fusion, Mambo, a print view, a text-only
  version), written while the second set was studied and measured unread at a3601fb: titles 12 of
  16, dates 13, texts starting right 11 and ending right 10, images 19 of 28 (26 found), captions
  16 and photographers 18 of the 19 found, attachments 10 of 14, credits 17 right of 28 (18
  found), 58 of 61 chrome names kept out. At the session's start (25b06e1) the same set gave
  titles 12, dates 13, starts 10, ends 10, images 17 (30 found), attachments 10, credits 15: the
  second set's study carried over to pictures and credits, not to titles and dates. Studied
  since: the headline is also any part of the `<title>` between its separators that the page
  shows (outside its header, the last such), or an element showing it by its own text; a date
  in the first line of a table layout's next table; a theme's little pictures by their file's
  name (`bullet.gif`, `printButton.png`); a file's label and link on one line (`Załącznik: …`);
  an old Joomla's update stamp in brackets and its `< Poprzedni Następny >` links as furniture. At
  the session's end: titles 15 and dates 15 of 16, texts starting right 12 and ending right 11,
  images 20 of 28 (24 found), attachments 10 of 14, credits 19 right of 28 (20 found), all 61
  chrome names kept out.

- **… on a page**: the same credit lines (the real-text set's, and all thirty development
  sets' together) set as the end of the model article (`tests/pages/seed-konwent`) and read by
  `extract_article`, as the archive reads a crawled page: each paragraph a `<p>` with its lines
  after `<br>`s, the same in italics (as the city sets its credits), or every line a paragraph of
  its own. Before 0518fe5 the page read its last blocks one by one and lost about a tenth of what
  the text alone gives (a quarter in italics): on the twenty-seven studied sets 2254, 1871 and
  2457 right credits where `credits_at_end` on the text found 2558 right, and on the unread
  twenty-sixth and twenty-ninth sets 117, 100 and 138 where the text gave 141; it now reads them as
  the text is read and cuts the page where that reading ends: at the session's end (bfd0df0) 2536,
  2528 and 2525 (the text 2562), and 140, 139 and 139 (the text 141).

The first three sets were written alongside the extractor, so they measure the forms it was built
for: they are a floor for regressions, not an estimate of accuracy on unseen pages; the real-text
set is that estimate. Targets on real text (issue 12): people P and R ≥ 0.95, roles ≥ 0.85,
credit lines F1 ≥ 0.95.

## Search on the model archive: diacritics

Every distinct word with a diacritic in the titles, leads and bodies of the 200 model-site articles
and of 37 more made of the development set's real sentences,
searched as written, without its diacritics ("został" → "zostal", "Łodzi" → "Lodzi") and in capitals,
through the archive's own search (`archiver.search.fts_query` on `articles_fts`): the share of words
whose three counts are the same must be 100 % (issue 13).

| words with diacritics | same count all three ways | share |
| ---: | ---: | ---: |
| {folding["words"]} | {folding["same"]} | {folding["share"]:.1%} |

```json
{json.dumps(results, indent=2, ensure_ascii=False)}
```
""", encoding="utf-8")


def main() -> int:
    results = evaluate()
    folding = search_folding()
    write_report(results, ROOT / "docs" / "extraction-quality.md", folding)
    print(f"search: {folding['same']} of {folding['words']} words with diacritics find the same without them ({folding['share']:.1%})")
    for name, r in results.items():
        print(f"{name:34} precision {r['precision']:.3f}  recall {r['recall']:.3f}  ({r['correct']}/{r['expected']})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
