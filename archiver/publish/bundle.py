"""`archiver publish`: a folder anyone can serve or deploy with Datasette.

The database in it is a snapshot made with SQLite's backup API into a new file, then swapped in
with a rename: a Datasette serving the previous bundle immutable keeps reading its own file, and
is never shown a file rewritten under it.
"""

from __future__ import annotations

import base64
import hashlib
import importlib
import importlib.metadata
import json
import os
import sqlite3
import zipfile
from pathlib import Path

from archiver.publish import metadata_for

DISTRIBUTION = "torun-news-archive"
PACKAGES = ("archiver", "spiders")

README = """# {title}, ready to serve

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


def plugin_wheel(folder: Path) -> Path:
    """The archiver as a wheel, packed from the installed package itself (a checkout's editable
    install or a wheel's): no build tools, no project folder needed, nothing written but the wheel."""
    dist = importlib.metadata.distribution(DISTRIBUTION)
    name, version = dist.metadata["Name"].replace("-", "_"), dist.version
    info = f"{name}-{version}.dist-info"
    files: dict[str, bytes] = {}
    for package in PACKAGES:
        root = Path(importlib.import_module(package).__file__).parent
        for path in sorted(root.rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                files[f"{package}/{path.relative_to(root).as_posix()}"] = path.read_bytes()
    groups: dict[str, list[str]] = {}
    for entry in dist.entry_points:
        groups.setdefault(entry.group, []).append(f"{entry.name} = {entry.value}")
    files[f"{info}/METADATA"] = dist.metadata.as_string().encode()
    files[f"{info}/WHEEL"] = b"Wheel-Version: 1.0\nGenerator: archiver publish\nRoot-Is-Purelib: true\nTag: py3-none-any\n"
    files[f"{info}/entry_points.txt"] = "".join(f"[{g}]\n" + "\n".join(lines) + "\n\n" for g, lines in groups.items()).encode()
    record = [f"{path},sha256={_digest(data)},{len(data)}" for path, data in files.items()] + [f"{info}/RECORD,,"]
    files[f"{info}/RECORD"] = ("\n".join(record) + "\n").encode()
    wheel = folder / f"{name}-{version}-py3-none-any.whl"
    partial = wheel.with_name(f".{wheel.name}.partial")
    with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as archive:
        for path, data in files.items():
            archive.writestr(path, data)
    os.replace(partial, wheel)
    return wheel


def _digest(data: bytes) -> str:
    return base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()


def build_bundle(database: Path, metadata_file: Path, output: Path) -> Path:
    from datetime import datetime, timezone

    output.mkdir(parents=True, exist_ok=True)
    target = output / f"{database.stem}.db"
    snapshot(database, target)
    metadata = metadata_for(target, metadata_file)
    (output / "metadata.json").write_text(json.dumps(metadata, ensure_ascii=False, indent=2), encoding="utf-8")
    for old in output.glob("torun_news_archive-*.whl"):
        old.unlink()
    wheel = plugin_wheel(output).name
    (output / "requirements.txt").write_text(f"./{wheel}\n", encoding="utf-8")
    with sqlite3.connect(f"{target.resolve().as_uri()}?mode=ro", uri=True) as connection:
        articles = connection.execute("SELECT count(*) FROM articles").fetchone()[0]
    (output / "README.md").write_text(
        README.format(title=metadata.get("title", database.stem), name=database.stem, articles=articles, wheel=wheel, settings=serve_settings(),
                      extra_options=f'--extra-options "{serve_settings()}"',
                      taken=datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")),
        encoding="utf-8",
    )  # fmt: skip
    return output
