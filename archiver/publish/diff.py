"""What changed between two versions of an article, as a reader wants to see it: the words removed
and added, each with a little of the text around them, the unchanged rest left out."""

from __future__ import annotations

import difflib
import re

CONTEXT_WORDS = 8
# Word-level differences cost time ∝ words²; past this an article is compared sentence by sentence.
MAX_WORDS = 20_000
WORD = re.compile(r"\S+")


def version_text(version: dict) -> str:
    return "\n\n".join(part for part in (version.get("title"), version.get("lead"), version.get("body_text")) if part)


def spaced(words: list[str]) -> str:
    return " ".join(words) + " "


def changes(before: str, after: str, context: int = CONTEXT_WORDS) -> list[tuple[str, str]]:
    """``("same" | "removed" | "added" | "gap", text)`` pieces that read as the change from ``before`` to ``after``."""
    # Words compared without the spaces after them: "lata." ending the old text is "lata." before the new paragraph
    old, new = WORD.findall(before), WORD.findall(after)
    if len(old) + len(new) > MAX_WORDS:
        old, new = re.split(r"(?<=[.!?\n])\s+", before), re.split(r"(?<=[.!?\n])\s+", after)
    pieces: list[tuple[str, str]] = []
    opcodes = difflib.SequenceMatcher(None, old, new, autojunk=False).get_opcodes()
    for index, (tag, i1, i2, j1, j2) in enumerate(opcodes):
        if tag == "equal":
            words = old[i1:i2]
            head = words[:context] if index > 0 else []
            tail = words[-context:] if index < len(opcodes) - 1 else []
            if len(words) <= len(head) + len(tail):
                pieces.append(("same", spaced(words)))
            else:
                if head:
                    pieces.append(("same", spaced(head)))
                pieces.append(("gap", "… "))
                if tail:
                    pieces.append(("same", spaced(tail)))
            continue
        if i2 > i1:
            pieces.append(("removed", spaced(old[i1:i2])))
        if j2 > j1:
            pieces.append(("added", spaced(new[j1:j2])))
    return [piece for piece in pieces if piece != ("gap", "… ") or len(pieces) > 1]
