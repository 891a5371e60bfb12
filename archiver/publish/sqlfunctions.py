"""SQLite's own instr() and replace() replaced by linear-time versions, for the serving process.

SQLite compares the needle at every position of the haystack (time ∝ haystack × needle), and a
single call is one step its progress handler (Datasette's time limit) cannot interrupt:
``instr(zeroblob(8000000), zeroblob(80000) || x'01')`` held a worker for 12 s. Python's
``find``/``replace`` search in linear time, so one call costs milliseconds at the value cap.
The results are SQLite's: 1-based character positions (byte positions when both are blobs).
"""

from __future__ import annotations


def as_text(value) -> str:
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)


def instr(haystack, needle):
    if haystack is None or needle is None:
        return None
    if isinstance(haystack, bytes) and isinstance(needle, bytes):
        return haystack.find(needle) + 1
    return as_text(haystack).find(as_text(needle)) + 1


def replace(text, old, new):
    if text is None or old is None or new is None:
        return None
    old = as_text(old)
    return as_text(text).replace(old, as_text(new)) if old else as_text(text)


LINEAR_FUNCTIONS = {"instr": (2, instr), "replace": (3, replace)}
