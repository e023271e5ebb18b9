"""Keep the search index small however many pages the guide has.

Every page downloads ``search/search_index.json`` when the reader first opens the
search box, so its size is a cost on every page. Material indexes each section's
full HTML; most of it is markup, tables and long answers. This module rewrites
each entry's text as:

* a readable lead: the section's first ``lead_words`` words of plain text (what
  the result's teaser shows), then
* the section's remaining distinct terms, once each, in order of first use (so a
  word deep in an answer still finds its section), up to ``lead_words * 2`` terms.

``lead_words`` is the largest value (found by bisection) that keeps the gzip size
within the budget, so the index degrades gracefully as pages are added: a bigger
guide gets shorter leads, never a bigger download.
"""

from __future__ import annotations

import gzip
import html
import json
import re
from dataclasses import dataclass

BUDGET_GZIP_BYTES = 380 * 1024  # the budget is 400 KB gzip: keep 20 KB of headroom
MIN_LEAD_WORDS = 8
MAX_LEAD_WORDS = 400

_TABLE = re.compile(r"<table\b.*?</table>", re.DOTALL | re.IGNORECASE)
_TAG = re.compile(r"<[^>]+>")
_SPACE = re.compile(r"\s+")
_TERM = re.compile(r"[A-Za-z][A-Za-z0-9_.+/]*[A-Za-z0-9]|\d[\d.,]*\d?")

# Words that never make a useful query on their own (lunr drops them too).
STOP_WORDS = frozenset(["a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as", "at", "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could", "did", "do", "does", "doing", "down", "during", "each", "few", "for", "from", "further", "had", "has", "have", "having", "he", "her", "here", "hers", "him", "his", "how", "i", "if", "in", "into", "is", "it", "its", "itself", "just", "me", "more", "most", "my", "no", "nor", "not", "now", "of", "off", "on", "once", "only", "or", "other", "our", "ours", "out", "over", "own", "same", "she", "should", "so", "some", "such", "than", "that", "the", "their", "theirs", "them", "then", "there", "these", "they", "this", "those", "through", "to", "too", "under", "until", "up", "very", "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with", "would", "you", "your", "yours", "one", "two", "three", "may", "must", "per", "via"])


@dataclass
class TrimReport:
    entries: int
    lead_words: int
    raw_bytes_before: int
    raw_bytes_after: int
    gzip_bytes_after: int
    fits: bool


def plain_text(fragment: str) -> str:
    """Section HTML as one line of text: tables dropped (the assumption tables repeat the
    notebook), tags removed, entities decoded."""
    text = _TAG.sub(" ", _TABLE.sub(" ", fragment))
    return _SPACE.sub(" ", html.unescape(text)).strip()


def compact_text(text: str, lead_words: int) -> str:
    words = text.split(" ")
    if len(words) <= lead_words:
        return text
    lead = words[:lead_words]
    seen = {w.lower() for w in lead}
    terms: list[str] = []
    for match in _TERM.finditer(" ".join(words[lead_words:])):
        term = match.group(0).lower()
        if len(term) < 3 or term in STOP_WORDS or term in seen:
            continue
        seen.add(term)
        terms.append(term)
        if len(terms) >= lead_words * 2:
            break
    return " ".join(lead) + (" … " + " ".join(terms) if terms else " …")


def _entry_text(text: str, lead_words: int) -> str:
    # The search box inserts the text as HTML: escape what was decoded.
    return html.escape(compact_text(text, lead_words), quote=False)


def _encoded(index: dict) -> bytes:
    return json.dumps(index, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _with_lead(index: dict, texts: list[str], lead_words: int) -> dict:
    docs = [{**doc, "text": _entry_text(text, lead_words)} for doc, text in zip(index["docs"], texts)]
    return {**index, "docs": docs}


def trim(index: dict, budget_gzip_bytes: int = BUDGET_GZIP_BYTES) -> tuple[dict, TrimReport]:
    """The index with every entry compacted to the longest lead that fits the budget."""
    before = len(_encoded(index))
    texts = [plain_text(doc.get("text", "")) for doc in index["docs"]]

    def size(lead: int) -> tuple[dict, int]:
        candidate = _with_lead(index, texts, lead)
        return candidate, len(gzip.compress(_encoded(candidate), 9))

    low, high = MIN_LEAD_WORDS, MAX_LEAD_WORDS
    best, best_size = size(low)
    if best_size <= budget_gzip_bytes:
        while low < high:  # largest lead that fits
            mid = (low + high + 1) // 2
            candidate, candidate_size = size(mid)
            if candidate_size <= budget_gzip_bytes:
                low, best, best_size = mid, candidate, candidate_size
            else:
                high = mid - 1
    report = TrimReport(entries=len(index["docs"]), lead_words=low, raw_bytes_before=before,
                        raw_bytes_after=len(_encoded(best)), gzip_bytes_after=best_size,
                        fits=best_size <= budget_gzip_bytes)
    return best, report


def encode(index: dict) -> bytes:
    return _encoded(index)
