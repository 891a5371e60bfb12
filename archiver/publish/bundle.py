"""`archiver publish`: a folder anyone can serve or deploy with Datasette.

The database in it is a snapshot made with SQLite's backup API into a new file, then swapped in
with a rename: a Datasette serving the previous bundle immutable keeps reading its own file, and
is never shown a file rewritten under it.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from archiver.publish import metadata_for

PROJECT_ROOT = Path(__file__).resolve().parents[2]

README = """# {name}: the Toruń news archive, ready to serve

- `{name}.db` — a snapshot of the archive ({articles} articles), taken {taken}
- `metadata.json` — titles, descriptions, facets and canned queries
- `{wheel}` — the archive's Datasette plugin (Polish search, article pages)

Serve it locally (read-only, immutable):

```sh
python -m venv .venv && .venv/bin/pip install -r requirements.txt
.venv/bin/datasette serve -i {name}.db --metadata metadata.json {settings}
```

Build a container image, or deploy it (these need Docker or a cloud account):

```sh
.venv/bin/datasette package {name}.db --metadata metadata.json --install {wheel} --tag torun-news-archive {extra_options}
.venv/bin/datasette publish cloudrun {name}.db --metadata metadata.json --install {wheel} --service torun-news-archive {extra_options}
```

The plugin in the wheel sends the security headers, caps searches and SQLite's memory, and links
only to http(s) URLs, whichever of these commands serves the bundle.

To refresh, run `archiver publish` again into the same folder and restart the server: the new
snapshot replaces the old file by a rename, never by rewriting it.
"""


def serve_settings() -> str:
    from archiver.publish.asgi import SETTINGS

    def written(value) -> str:
        return {True: "on", False: "off"}.get(value, str(value)) if isinstance(value, bool) else str(value)

    return " ".join(f"--setting {name} {written(value)}" for name, value in SETTINGS.items())


def snapshot(database: Path, target: Path) -> None:
    partial = target.with_name(f".{target.name}.partial")
    source = sqlite3.connect(f"{database.resolve().as_uri()}?mode=ro", uri=True)
    copy = sqlite3.connect(partial)
    try:
        source.backup(copy)
        copy.execute("PRAGMA journal_mode = DELETE")  # one self-contained file, no -wal beside it
    finally:
        copy.close()
        source.close()
    os.replace(partial, target)


def build_bundle(database: Path, metadata_file: Path, output: Path) -> Path:
    from datetime import datetime, timezone

    output.mkdir(parents=True, exist_ok=True)
    target = output / f"{database.stem}.db"
    snapshot(database, target)
    metadata = metadata_for(target, metadata_file)
    (output / "metadata.json").write_text(json.dumps(metadata, ensure_ascii=False, indent=2), encoding="utf-8")
    for old in output.glob("torun_news_archive-*.whl"):
        old.unlink()
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
                    "--wheel-dir", str(output), str(PROJECT_ROOT)], check=True)  # fmt: skip
    wheel = next(output.glob("torun_news_archive-*.whl")).name
    (output / "requirements.txt").write_text(f"./{wheel}\n", encoding="utf-8")
    with sqlite3.connect(f"{target.resolve().as_uri()}?mode=ro", uri=True) as connection:
        articles = connection.execute("SELECT count(*) FROM articles").fetchone()[0]
    (output / "README.md").write_text(
        README.format(name=database.stem, articles=articles, wheel=wheel, settings=serve_settings(),
                      extra_options=f'--extra-options "{serve_settings()}"',
                      taken=datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")),
        encoding="utf-8",
    )  # fmt: skip
    return output
