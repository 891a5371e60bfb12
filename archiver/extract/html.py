"""Rendering an element's content as plain text and as Markdown, in one walk.

Handles HTML and the TEI-like tags trafilatura emits (``head``, ``list``/``item``, ``hi``,
``ref``, ``lb``, ``table``/``row``/``cell``), so the generic fallback body goes through the same code as the profile's.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from lxml import etree

BLOCK_TAGS = frozenset(
    "p div section article main header footer aside figure figcaption blockquote pre "
    "ul ol li dl dt dd table thead tbody tfoot tr td th h1 h2 h3 h4 h5 h6 hr "
    "head list item quote row cell".split()
)
HEADING_LEVEL = {"h1": 2, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6, "head": 2}
LIST_TAGS = frozenset({"ul", "ol", "list"})
ITEM_TAGS = frozenset({"li", "item", "dt", "dd"})
SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "button", "form", "svg", "iframe", "img"})
# A link's href → the URL to keep (absolute, http(s)) or None to keep only its text.
LinkResolver = Callable[[str], "str | None"]
_SPACES = re.compile(r"[ \t\r\n\f\v\u00a0\u2000-\u200b\u202f\u205f\u3000]+")


def squash(text: str | None) -> str:
    """Collapse every run of white space (non-breaking spaces included) to one space."""
    return _SPACES.sub(" ", text or "").strip()


@dataclass
class Block:
    kind: str  # "p", "h2".."h6", "li", "quote", "pre"
    text: str
    markdown: str
    marker: str = "-"


class _Inline:
    """Accumulates the inline text and Markdown of one block."""

    def __init__(self) -> None:
        self.text: list[str] = []
        self.markdown: list[str] = []

    def add(self, text: str, markdown: str | None = None) -> None:
        self.text.append(text)
        self.markdown.append(text if markdown is None else markdown)

    def flush(self, kind: str, blocks: list[Block], marker: str = "-") -> None:
        text = "\n".join(squash(line) for line in "".join(self.text).split("\n")).strip()
        markdown = "  \n".join(squash(line) for line in "".join(self.markdown).split("\n")).strip()
        if text:
            blocks.append(Block(kind, text, markdown, marker))
        self.text, self.markdown = [], []


def _tag(element) -> str:
    tag = element.tag
    return tag.lower() if isinstance(tag, str) else ""


def _inline_markdown(element, link: LinkResolver) -> tuple[str, str]:
    """Text and Markdown of an inline element and its descendants (not its tail)."""
    tag = _tag(element)
    if tag in SKIP_TAGS or not tag:
        return "", ""
    if tag in ("br", "lb"):
        return "\n", "\n"
    parts_text, parts_md = [element.text or ""], [_escape(element.text or "")]
    for child in element:
        child_text, child_md = _inline_markdown(child, link)
        parts_text.append(child_text)
        parts_md.append(child_md)
        parts_text.append(child.tail or "")
        parts_md.append(_escape(child.tail or ""))
    text, markdown = "".join(parts_text), "".join(parts_md)
    if not text.strip():
        return text, markdown
    inner = markdown.strip()
    if tag in ("strong", "b") or (tag == "hi" and "b" in (element.get("rend") or "")):
        markdown = _wrap(markdown, inner, "**")
    elif tag in ("em", "i", "cite") or (tag == "hi" and "i" in (element.get("rend") or "")):
        markdown = _wrap(markdown, inner, "*")
    elif tag in ("a", "ref"):
        href = element.get("href") or element.get("target")
        url = link(href) if href and not href.strip().startswith("#") else None
        if url:
            markdown = _wrap(markdown, f"[{inner}]({_MARKDOWN_URL_UNSAFE.sub(_percent_encoded, url)})", "")
    elif tag == "code":
        markdown = _wrap(markdown, inner, "`")
    return text, markdown


def _wrap(original: str, inner: str, mark: str) -> str:
    """Wrap the stripped content in a Markdown mark, keeping the surrounding white space."""
    leading = original[: len(original) - len(original.lstrip())]
    trailing = original[len(original.rstrip()) :]
    return f"{leading}{mark}{inner}{mark}{trailing}"


_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]])")


# A link's destination ends at a blank or an unbalanced parenthesis in Markdown.
_MARKDOWN_URL_UNSAFE = re.compile(r"[\s()<>\\]")


def _percent_encoded(match: re.Match) -> str:
    return "".join(f"%{byte:02X}" for byte in match.group().encode("utf-8"))


def _escape(text: str) -> str:
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)


def blocks_of(element, link: LinkResolver) -> list[Block]:
    """The block structure of an element: paragraphs, headings, list items, quotes."""
    blocks: list[Block] = []
    _collect(element, link, blocks, "p", "-")
    return blocks


def _collect(element, link: LinkResolver, blocks: list[Block], kind: str, marker: str) -> None:
    inline = _Inline()
    if element.text:
        inline.add(element.text, _escape(element.text))
    ordinal = 0
    for child in element:
        tag = _tag(child)
        if tag in SKIP_TAGS or not tag:
            pass
        elif tag in ROW_TAGS and _cells_of_words(child):
            # "<tr><th>Wytworzył:</th><td>Jan Lis</td></tr>": a row of short cells reads as one line
            inline.flush(kind, blocks, marker)
            row = _Inline()
            for cell in child:
                if _tag(cell) in _CELL_TAGS:
                    cell_text, cell_md = _inline_markdown(cell, link)
                    row.add(f" {cell_text}", f" {cell_md}")
            row.flush(kind, blocks, marker)
        elif tag in BLOCK_TAGS:
            inline.flush(kind, blocks, marker)
            if tag in HEADING_LEVEL:
                _collect(child, link, blocks, f"h{HEADING_LEVEL[tag]}", marker)
            elif tag in LIST_TAGS:
                _collect(child, link, blocks, "li", "1." if tag == "ol" else "-")
            elif tag in ITEM_TAGS:
                ordinal += 1
                _collect(child, link, blocks, "li", f"{ordinal}." if marker != "-" else "-")
            elif tag in ("blockquote", "quote"):
                _collect(child, link, blocks, "quote", marker)
            elif tag == "pre":
                text = child.text_content() if hasattr(child, "text_content") else "".join(child.itertext())
                if text.strip():
                    fence = "`" * max(3, 1 + max((len(run) for run in re.findall(r"`+", text)), default=0))  # longer than any run inside
                    blocks.append(Block("pre", text.strip("\n"), f"{fence}\n" + text.strip("\n") + f"\n{fence}"))
            else:
                _collect(child, link, blocks, "p" if kind == "li" and tag in ("p", "div") else kind, marker)
        else:
            child_text, child_md = _inline_markdown(child, link)
            inline.add(child_text, child_md)
        if child.tail:
            inline.add(child.tail, _escape(child.tail))
    inline.flush(kind, blocks, marker)


ROW_TAGS = frozenset({"tr", "row"})


def _cells_of_words(row) -> bool:
    """A table row whose cells hold words alone, no paragraphs or other blocks (a layout table's cell holds a page)."""
    cells = [cell for cell in row if _tag(cell)]
    return bool(cells) and all(_tag(cell) in _CELL_TAGS and not any(_tag(d) in BLOCK_TAGS for d in cell.iterdescendants()) for cell in cells)


def render_text(blocks: list[Block]) -> str:
    """Plain text: paragraphs apart by a blank line, list items on lines of their own."""
    out: list[str] = []
    for index, block in enumerate(blocks):
        if index:
            together = block.kind == "li" and blocks[index - 1].kind == "li"
            out.append("\n" if together else "\n\n")
        out.append(block.text)
    return "".join(out)


def render_markdown(blocks: list[Block]) -> str:
    out: list[str] = []
    for index, block in enumerate(blocks):
        if index:
            together = block.kind == "li" and blocks[index - 1].kind == "li"
            out.append("\n" if together else "\n\n")
        if block.kind.startswith("h"):
            out.append("#" * int(block.kind[1]) + " " + block.markdown)
        elif block.kind == "li":
            out.append(f"{block.marker} " + block.markdown.replace("\n", "\n  "))
        elif block.kind == "quote":
            out.append("> " + block.markdown.replace("\n", "\n> "))
        else:
            out.append(block.markdown)
    return "".join(out)


def truncate_from(node, container) -> None:
    """Remove ``node`` and everything after it in document order, up to the end of ``container``."""
    current = node
    while current is not None and current is not container:
        parent = current.getparent()
        for sibling in list(current.itersiblings()):
            parent.remove(sibling)
        if current is node:
            parent.remove(current)  # lxml drops the node's tail text with it
        else:
            current.tail = None
        current = parent


# Text a reader sees: never the code inside <script> or <style>.
_VISIBLE_TEXT = etree.XPath(
    "descendant-or-self::text()[not(ancestor::script or ancestor::style or ancestor::noscript or ancestor::template)]"
)


def text_of(element) -> str:
    if element is None:
        return ""
    if isinstance(element, etree._Element):
        return squash(" ".join(_VISIBLE_TEXT(element)))
    return squash(str(element))


_HIDDEN_TAGS = frozenset({"script", "style", "noscript", "template"})
# trafilatura's own names too: a table's "row" and "cell", a list's "item", a heading's "head"
_LINE_TAGS = frozenset({"br", "lb", "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "figcaption", "blockquote",
                        "row", "item", "head", "dt", "dd"})
# A table's cells, one after another on their row's line: "Wytworzył: | Jan Lis" reads "Wytworzył: Jan Lis"
_CELL_TAGS = frozenset({"td", "th", "cell"})


def lines_of(element) -> str:
    """The text a reader sees, one line for each <br> and each block inside: "Jan Lis<br>Rzecznik
    Prasowy" is two lines, where text_of gives one."""
    pieces: list[str] = []

    def walk(node, with_tail: bool) -> None:
        tag = _tag(node)
        if tag in _LINE_TAGS:
            pieces.append("\n")
        elif tag in _CELL_TAGS:
            pieces.append(" ")
        if tag and tag not in _HIDDEN_TAGS:
            pieces.append(node.text or "")
            for child in node:
                walk(child, True)
            if tag in _LINE_TAGS:
                pieces.append("\n")
            elif tag in _CELL_TAGS:
                pieces.append(" ")
        if with_tail:
            pieces.append(node.tail or "")

    if element is None:
        return ""
    walk(element, False)
    lines = (squash(line) for line in "".join(pieces).split("\n"))
    return "\n".join(line for line in lines if line)
