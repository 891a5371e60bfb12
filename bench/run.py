"""`make bench`: what the archive costs as it grows → bench/results.json and docs/benchmarks.md.

Everything runs on this machine: the model site (tests/site) in its own process on 127.0.0.1,
the crawl in another, measured from outside (wall time, CPU time and peak RSS of the crawl
process by wait4). Each crawl figure is the median of --runs runs on a fresh archive. Then the
archive at scale (bench/scale.py): 100,000 articles stored through the store, served and timed
endpoint by endpoint (`--only scale` runs that part alone).
"""

from __future__ import annotations

import argparse
from contextlib import contextmanager
import http.client
import json
import os
import platform
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
SEARCHES = ["Walkusza", "sesji", "Torun", "budżet obywatelski", "radni", "Metropolii", "konsultacje parku", "zolw",
            "Gulewskiego", "Komisji Budżetu", "Zielińskiej", "mieszkańcy Rubinkowa"]  # fmt: skip


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(url: str, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(url, timeout=2)
            return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"{url} did not come up")


class ModelSite:
    """The model site of n articles in a process of its own."""

    def __init__(self, articles: int, padding_kb: int):
        self.port = free_port()
        self.process = subprocess.Popen(
            [PYTHON, "-m", "tests.site.server", "--articles", str(articles), "--padding-kb", str(padding_kb),
             "--port", str(self.port), "--admin"], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        self.base_url = f"http://127.0.0.1:{self.port}"
        wait_for(self.base_url + "/robots.txt")

    def grow(self, new: int, edit: int) -> None:
        request = urllib.request.Request(f"{self.base_url}/__admin/grow?new={new}&edit={edit}", method="POST")
        urllib.request.urlopen(request).read()

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(10)


def sample_peak_rss(pid: int, peak: list[int]) -> None:
    """The crawl's own high-water RSS (VmHWM, kB), read until it exits.

    Not wait4's ru_maxrss: on Linux that also counts the moments between fork and exec, when the
    child is still a copy of this (much larger) benchmark process.
    """
    status = Path(f"/proc/{pid}/status")
    while True:
        try:
            text = status.read_text()
        except OSError:
            return
        match = re.search(r"VmHWM:\s+(\d+) kB", text)
        if match is None:  # a zombie has no memory left to report
            return
        peak[0] = max(peak[0], int(match.group(1)))
        time.sleep(0.1)


def crawl(site: ModelSite, folder: Path) -> dict:
    """One crawl at --delay 0, measured from outside."""
    db = folder / "archive.db"
    started = time.perf_counter()
    process = subprocess.Popen([PYTHON, "-m", "archiver.cli", "crawl", "--db", str(db), "--base-url", site.base_url, "--delay", "0"],
                               cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)  # fmt: skip
    stderr_chunks = []
    reader = threading.Thread(target=lambda: stderr_chunks.append(process.stderr.read()), daemon=True)
    reader.start()
    peak = [0]
    sampler = threading.Thread(target=sample_peak_rss, args=(process.pid, peak), daemon=True)
    sampler.start()
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    reader.join()
    sampler.join()
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"crawl failed: {stderr_chunks[0][-2000:].decode(errors='replace')}")
    import sqlite3

    connection = sqlite3.connect(db)
    try:
        requests, listing_pages, new, changed = connection.execute(
            "SELECT requests, listing_pages, articles_new, articles_changed FROM crawl_runs ORDER BY id DESC LIMIT 1").fetchone()  # fmt: skip
        articles = connection.execute("SELECT count(*) FROM articles").fetchone()[0]
    finally:
        connection.close()  # `with sqlite3.connect()` commits but never closes
    db_bytes = sum(p.stat().st_size for p in folder.glob("archive.db*") if not p.name.endswith(".lock"))
    warc_bytes = sum(p.stat().st_size for p in (folder / "warc").glob("*.warc.gz"))
    return {"seconds": seconds, "cpu_seconds": usage.ru_utime + usage.ru_stime, "peak_rss_mb": peak[0] / 1024,
            "requests": requests, "listing_pages": listing_pages, "articles_new": new, "articles_changed": changed,
            "articles": articles, "db_bytes": db_bytes, "warc_bytes": warc_bytes}  # fmt: skip


def median_of(runs: list[dict]) -> dict:
    return {key: statistics.median(run[key] for run in runs) for key in runs[0]}


def scrapy_bench(runs: int) -> float:
    """Pages per second of `scrapy bench` (Scrapy's own spider and server) on this machine."""
    rates = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as folder:
            out = subprocess.run([PYTHON, "-m", "scrapy", "bench", "-s", "CLOSESPIDER_TIMEOUT=10", "-s", "LOG_LEVEL=INFO"],
                                 cwd=folder, capture_output=True, text=True, timeout=120)  # fmt: skip
        pages = int(re.search(r"'downloader/response_count': (\d+)", out.stderr).group(1))
        elapsed = float(re.search(r"'elapsed_time_seconds': ([\d.]+)", out.stderr).group(1))
        rates.append(pages / elapsed)
    return statistics.median(rates)


def extraction(pages: int, padding_kb: int, rounds: int) -> dict:
    import trafilatura

    from archiver.extract import extract_article
    from archiver.sites import get_site
    from tests.site.generator import Site

    torun = get_site("torun")
    site = Site(pages, padding_kb=padding_kb, seed=5)
    documents = [(site.article_html(a), "http://127.0.0.1" + a.path) for a in site.articles]
    extract_article(*documents[0], torun)
    trafilatura.bare_extraction(documents[0][0])

    def per_page(function) -> float:
        times = []
        for _ in range(rounds):
            started = time.perf_counter()
            for html, url in documents:
                function(html, url)
            times.append((time.perf_counter() - started) / len(documents) * 1000)
        return statistics.median(times)

    ours = per_page(lambda html, url: extract_article(html, url, torun))
    plain = per_page(lambda html, url: trafilatura.bare_extraction(html, url=url))
    return {"pages": pages, "page_kb": sum(len(h.encode()) for h, _ in documents) / len(documents) / 1024,
            "extract_article_ms": ours, "trafilatura_ms": plain, "ratio": ours / plain}  # fmt: skip


@contextmanager
def serving(db: Path):
    """`archiver serve` on the archive, as a researcher's browser meets it; yields its port."""
    port = free_port()
    server = subprocess.Popen([PYTHON, "-m", "archiver.cli", "serve", "--db", str(db), "--port", str(port)],
                              cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    try:
        wait_for(f"http://127.0.0.1:{port}/-/versions.json")
        yield port
    finally:
        server.terminate()
        server.wait(10)


def search_load(db: Path, seconds: float, clients: int) -> dict:
    with serving(db) as port:
        name = db.stem
        paths = [f"/{name}/search.json?q={urllib.request.quote(q)}&_shape=array" for q in SEARCHES]

        def get(connection: http.client.HTTPConnection, path: str) -> str | None:
            """None for a good answer, else what was wrong with it."""
            connection.request("GET", path)
            response = connection.getresponse()
            body = response.read()
            if response.status == 200 and body.startswith(b"["):
                return None
            return f"HTTP {response.status}: {body[:160].decode(errors='replace')}"

        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        for _ in range(5):  # warm every worker up: its connections, its lemma cache
            for path in paths:
                get(connection, path)
                get(http.client.HTTPConnection("127.0.0.1", port, timeout=30), path)
        latencies, errors = [], 0
        for round_ in range(25):
            for path in paths:
                started = time.perf_counter()
                problem = get(connection, path)
                latencies.append((time.perf_counter() - started) * 1000)
                errors += problem is not None
        latencies.sort()
        done, failed, lock = [0], [0], threading.Lock()
        kinds: dict[str, int] = {}
        stop_at = time.monotonic() + seconds

        def client(offset: int) -> None:
            own = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            index = offset
            while time.monotonic() < stop_at:
                try:
                    kind = get(own, paths[index % len(paths)])
                except (OSError, http.client.HTTPException) as error:
                    kind = type(error).__name__
                    own = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
                with lock:
                    done[0] += 1
                    if kind:
                        failed[0] += 1
                        kinds[kind] = kinds.get(kind, 0) + 1
                index += 1

        elapsed = run_together([threading.Thread(target=client, args=(n,)) for n in range(clients)])
        return {"queries": len(latencies), "p50_ms": statistics.median(latencies), "p95_ms": latencies[int(len(latencies) * 0.95) - 1],
                "sequential_errors": errors, "clients": clients, "load_seconds": elapsed, "load_requests": done[0],
                "requests_per_second": done[0] / elapsed, "load_errors": failed[0], "load_error_kinds": kinds}  # fmt: skip


def run_together(threads: list[threading.Thread]) -> float:
    """Start every client at once, wait for all; the seconds it took."""
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return time.perf_counter() - started


def percentiles(latencies: list[float]) -> dict:
    """p50 and p95 (ms) the way search_load takes them: the sorted list at 50 % and 95 %."""
    ordered = sorted(latencies)
    if not ordered:
        return {"p50_ms": None, "p95_ms": None}
    return {"p50_ms": statistics.median(ordered), "p95_ms": ordered[max(0, int(len(ordered) * 0.95) - 1)]}


def search_attack(db: Path, seconds: float, clients: int, attackers: int) -> dict:
    """Ordinary Polish searches from ``clients`` clients for ``seconds`` alone, then as long again
    while ``attackers`` more clients loop through bench/hostile.py's requests.

    Every client keeps one keep-alive connection (a new one after a connection error). A hostile
    request should be answered within the SQL time limit + 0.5 s, and never with a 500.
    """
    from archiver.publish.asgi import SETTINGS
    from bench import hostile

    limit_ms = SETTINGS["sql_time_limit_ms"] + 500
    with serving(db) as port:
        name = db.stem
        paths = [f"/{name}/search.json?q={urllib.request.quote(q)}&_shape=array" for q in SEARCHES]
        attacks = hostile.requests(name)

        def connect() -> http.client.HTTPConnection:
            return http.client.HTTPConnection("127.0.0.1", port, timeout=60)

        def get(connection: http.client.HTTPConnection, path: str) -> tuple[int, bytes]:
            connection.request("GET", path)
            response = connection.getresponse()
            return response.status, response.read()

        for _ in range(5):  # warm every worker up, as search_load does
            for path in paths:
                get(connect(), path)

        def phase(with_attack: bool) -> tuple[dict, list]:
            lock = threading.Lock()
            latencies: list[float] = []
            errors: dict[str, int] = {}
            hostile_answers: list[tuple[str, str, float, str]] = []  # label, status, ms, start of the body
            stop_at = time.monotonic() + seconds

            def ordinary(offset: int) -> None:
                own, index = connect(), offset
                while time.monotonic() < stop_at:
                    started = time.perf_counter()
                    try:
                        status, body = get(own, paths[index % len(paths)])
                        problem = None if status == 200 and body.startswith(b"[") else f"HTTP {status}"
                    except (OSError, http.client.HTTPException) as error:
                        problem, own = type(error).__name__, connect()
                    elapsed = (time.perf_counter() - started) * 1000
                    with lock:
                        latencies.append(elapsed)
                        if problem:
                            errors[problem] = errors.get(problem, 0) + 1
                    index += 1

            def attacker(offset: int) -> None:
                own, index = connect(), offset
                while time.monotonic() < stop_at:
                    label, _, path = attacks[index % len(attacks)]
                    started = time.perf_counter()
                    try:
                        status, body = get(own, path)
                        status, head = str(status), body[:300].decode(errors="replace")
                    except (OSError, http.client.HTTPException) as error:
                        status, head, own = f"connection error ({type(error).__name__})", str(error), connect()
                    elapsed = (time.perf_counter() - started) * 1000
                    with lock:
                        hostile_answers.append((label, status, elapsed, head))
                    index += 1

            threads = [threading.Thread(target=ordinary, args=(n,)) for n in range(clients)]
            if with_attack:
                threads += [threading.Thread(target=attacker, args=(n,)) for n in range(attackers)]
            elapsed = run_together(threads)
            summary = {"seconds": elapsed, "requests": len(latencies), "requests_per_second": len(latencies) / elapsed,
                       **percentiles(latencies), "errors": sum(errors.values()), "error_kinds": errors}  # fmt: skip
            return summary, hostile_answers

        alone, _ = phase(with_attack=False)
        print(f"search alone: p50 {alone['p50_ms']:.1f} ms, p95 {alone['p95_ms']:.1f} ms", flush=True)
        attacked, answers = phase(with_attack=True)
        print(f"search under attack: p50 {attacked['p50_ms']:.1f} ms, p95 {attacked['p95_ms']:.1f} ms", flush=True)

    def bad(status: str) -> bool:
        return not status.isdigit() or int(status) >= 500

    statuses: dict[str, int] = {}
    for _, status, _, _ in answers:
        key = status if status in ("200", "400") or bad(status) else "other " + status
        statuses[key] = statuses.get(key, 0) + 1
    by_kind = {}
    for label, expected, path in attacks:
        mine = [a for a in answers if a[0] == label]
        kind_statuses: dict[str, int] = {}
        for _, status, _, _ in mine:
            kind_statuses[status] = kind_statuses.get(status, 0) + 1
        times = [a[2] for a in mine]
        by_kind[label] = {"path": path if len(path) <= 200 else path[:200] + "…", "expected": expected,
                          "requests": len(mine), "statuses": kind_statuses, **percentiles(times),
                          "max_ms": max(times, default=None), "over_limit": sum(t > limit_ms for t in times),
                          "answer": mine[-1][3][:200] if mine else None}  # fmt: skip
    slowest = sorted(answers, key=lambda a: -a[2])[:5]
    return {
        "date": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "articles": archive_size(db), "seconds_per_phase": seconds, "clients": clients, "attackers": attackers,
        "alone": alone, "under_attack": attacked,
        "p50_alone_ms": alone["p50_ms"], "p95_alone_ms": alone["p95_ms"],
        "p50_under_attack_ms": attacked["p50_ms"], "p95_under_attack_ms": attacked["p95_ms"],
        "p95_ratio": attacked["p95_ms"] / alone["p95_ms"],
        "sql_time_limit_ms": SETTINGS["sql_time_limit_ms"], "hostile_limit_ms": limit_ms,
        "hostile_requests": len(answers), "hostile_max_ms": max((a[2] for a in answers), default=0.0),
        "hostile_over_limit": sum(a[2] > limit_ms for a in answers),
        "hostile_statuses": statuses, "hostile_errors": sum(n for s, n in statuses.items() if bad(s)),
        "hostile_slowest": [{"label": a[0], "status": a[1], "ms": a[2]} for a in slowest],
        "hostile_errors_seen": [{"label": a[0], "status": a[1], "ms": a[2], "answer": a[3][:200]} for a in answers if bad(a[1])][:10],
        "hostile_by_kind": by_kind,
    }  # fmt: skip


def archive_size(db: Path) -> int:
    import sqlite3

    connection = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return connection.execute("SELECT count(*) FROM articles").fetchone()[0]
    finally:
        connection.close()


def plot(results: dict, path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    sizes = sorted(int(n) for n in results["crawl"])
    figure, left = plt.subplots(figsize=(7, 4), dpi=110)
    left.plot(sizes, [results["crawl"][str(n)]["seconds"] for n in sizes], "o-", color="tab:blue", label="crawl time (s)")
    left.set_xlabel("articles in the archive (full crawl at --delay 0)")
    left.set_ylabel("crawl + extract + store time (s)", color="tab:blue")
    right = left.twinx()
    right.plot(sizes, [results["crawl"][str(n)]["peak_rss_mb"] for n in sizes], "s--", color="tab:red", label="peak RSS (MB)")
    right.set_ylabel("peak RSS of the crawl process (MB)", color="tab:red")
    right.set_ylim(0, max(320, max(results["crawl"][str(n)]["peak_rss_mb"] for n in sizes) * 1.2))
    right.axhline(300, color="tab:red", alpha=0.3, linestyle=":")
    left.set_title(f"Crawl cost as the archive grows ({results['machine']['cores']} cores)")
    figure.tight_layout()
    figure.savefig(path)


def only_search_attack(args) -> int:
    """Search under attack alone, on a fresh archive crawled from the model site; the figures
    replace results["search_under_attack"] in bench/results.json, the rest is kept."""
    work = Path(tempfile.mkdtemp(prefix="archiver-bench-attack-"))
    try:
        site = ModelSite(args.attack_articles, args.padding_kb)
        try:
            crawled = crawl(site, work)
        finally:
            site.stop()
        print(f"{crawled['articles']} articles crawled in {crawled['seconds']:.1f} s", flush=True)
        attack = search_attack(work / "archive.db", args.attack_seconds, 20, args.attackers)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    path = ROOT / "bench" / "results.json"
    results = json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
    results["search_under_attack"] = attack
    path.write_text(json.dumps(results, indent=2), encoding="utf-8")
    if "crawl" in results:  # a full run's figures are there to write the report with
        from bench.report import write_report

        write_report(results, ROOT / "docs" / "benchmarks.md")
    print(json.dumps(attack, indent=2, ensure_ascii=False))
    return 0


def only_scale(args) -> int:
    """The archive at scale alone (bench/scale.py); the figures replace results["scale"] in
    bench/results.json, the rest is kept, and docs/benchmarks.md is written from all of it."""
    from bench.scale import scale

    figures = scale(args.scale_articles, rebuild=args.rebuild_scale, seconds=args.scale_seconds, clients=20)
    path = ROOT / "bench" / "results.json"
    results = json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
    results["scale"] = figures
    path.write_text(json.dumps(results, indent=2, ensure_ascii=False), encoding="utf-8")
    if "crawl" in results:  # a full run's figures are there to write the report with
        from bench.report import write_report

        write_report(results, ROOT / "docs" / "benchmarks.md")
    else:
        print("bench/results.json holds no full run: docs/benchmarks.md was left as it is (run `make bench`)", file=sys.stderr)
    print(json.dumps(figures, indent=2, ensure_ascii=False))
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="1000,3000,10000")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--padding-kb", type=int, default=80)
    parser.add_argument("--load-seconds", type=float, default=15)
    parser.add_argument("--attack-seconds", type=float, default=20, help="each phase of the search-under-attack measurement")
    parser.add_argument("--attackers", type=int, default=8, help="hostile clients beside the 20 ordinary ones")
    parser.add_argument("--only", choices=["search-attack", "scale"],
                        help="search-attack: only search under attack, on a fresh archive of --attack-articles "
                             "(~1.5 min); scale: only the archive at scale (bench/scale.py: --scale-articles, built "
                             "once into bench/.cache/, ~10 min, then ~3 min to measure); either merged into "
                             "bench/results.json and docs/benchmarks.md")  # fmt: skip
    parser.add_argument("--attack-articles", type=int, default=2000, help="archive size for --only search-attack")
    parser.add_argument("--scale-articles", type=int, default=100_000, help="archive size of the at-scale benchmark")
    parser.add_argument("--scale-seconds", type=float, default=20, help="the 20-client load of the at-scale benchmark")
    parser.add_argument("--rebuild-scale", action="store_true", help="build the at-scale archive again, even when the cached one fits")
    args = parser.parse_args()
    if args.only == "search-attack":
        return only_search_attack(args)
    if args.only == "scale":
        return only_scale(args)
    sizes = [int(n) for n in args.sizes.split(",")]
    results = {"date": datetime.now(timezone.utc).isoformat(timespec="seconds"),
               "machine": {"cores": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform()},
               "settings": vars(args), "crawl": {}}  # fmt: skip
    print("scrapy bench …", flush=True)
    results["scrapy_bench_pages_per_second"] = scrapy_bench(args.runs)
    print("extraction …", flush=True)
    results["extraction"] = extraction(300, args.padding_kb, args.runs)
    work = Path(tempfile.mkdtemp(prefix="archiver-bench-"))
    try:
        for size in sizes:
            site = ModelSite(size, args.padding_kb)
            try:
                runs = []
                for run in range(args.runs):
                    folder = work / f"{size}-{run}"
                    folder.mkdir()
                    runs.append(crawl(site, folder))
                    print(f"{size} articles, run {run + 1}: {runs[-1]['seconds']:.1f} s, {runs[-1]['peak_rss_mb']:.0f} MB", flush=True)
                crawl_result = median_of(runs)
                crawl_result["articles_per_second"] = crawl_result["articles"] / crawl_result["seconds"]
                crawl_result["pages_per_second"] = crawl_result["requests"] / crawl_result["seconds"]
                crawl_result["cpu_ms_per_article"] = crawl_result["cpu_seconds"] / crawl_result["articles"] * 1000
                crawl_result["db_mb_per_1000"] = crawl_result["db_bytes"] / crawl_result["articles"] * 1000 / 2**20
                crawl_result["warc_mb_per_1000"] = crawl_result["warc_bytes"] / crawl_result["articles"] * 1000 / 2**20
                results["crawl"][str(size)] = crawl_result
                if size == max(sizes):
                    last = work / f"{size}-{args.runs - 1}"
                    site.grow(new=10, edit=5)
                    recrawl = crawl(site, last)
                    recrawl["budget"] = 10 + 5 + recrawl["listing_pages"] + 3
                    results["recrawl"] = recrawl
                    print(f"re-crawl: {recrawl['requests']} requests in {recrawl['seconds']:.1f} s", flush=True)
                    results["search"] = search_load(last / "archive.db", args.load_seconds, 20)
                    print(f"search: p95 {results['search']['p95_ms']:.1f} ms, {results['search']['requests_per_second']:.0f}/s", flush=True)
                    results["search_under_attack"] = search_attack(last / "archive.db", args.attack_seconds, 20, args.attackers)
            finally:
                site.stop()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print("at archive scale …", flush=True)
    from bench.scale import scale

    results["scale"] = scale(args.scale_articles, rebuild=args.rebuild_scale, seconds=args.scale_seconds, clients=20)
    biggest = results["crawl"][str(max(sizes))]
    results["crawl_to_scrapy_bench"] = biggest["pages_per_second"] / results["scrapy_bench_pages_per_second"]
    (ROOT / "bench" / "results.json").write_text(json.dumps(results, indent=2), encoding="utf-8")
    plot(results, ROOT / "docs" / "benchmarks.png")
    from bench.report import write_report

    write_report(results, ROOT / "docs" / "benchmarks.md")
    print(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
