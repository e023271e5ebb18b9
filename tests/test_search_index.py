"""The search index trimmer: readable leads, every distinct term kept while the budget allows."""

from __future__ import annotations

import gzip
import json
import random

from guidebuild import search_index as s

WORDS = [f"term{i}" for i in range(3000)]


def _section(rng: random.Random, n: int) -> str:
    return "<p>" + " ".join(rng.choice(WORDS) for _ in range(n)) + "</p>"


def _index(sections: int, words: int) -> dict:
    rng = random.Random(7)
    docs = [{"location": f"page/#s{i}", "title": f"Section {i}", "text": _section(rng, words)} for i in range(sections)]
    return {"config": {"lang": ["en"]}, "docs": docs}


def test_plain_text_drops_tags_and_tables_and_decodes_entities():
    html = "<p>A &amp; B <code>x</code></p><table><tr><td>secret cell</td></tr></table><p>end</p>"
    assert s.plain_text(html) == "A & B x end"


def test_the_lead_is_verbatim_and_later_terms_are_kept_once():
    text = "one Two three four five six seven Eight cache cache Queue eight the kafka"
    out = s.compact_text(text, 8)
    assert out.startswith("one Two three four five six seven Eight … ")
    tail = out.split(" … ")[1].split()
    assert tail == ["cache", "queue", "kafka"]  # 'eight' is in the lead, 'the' is a stop word


def test_short_text_is_unchanged():
    assert s.compact_text("a short section", 8) == "a short section"


def test_text_is_escaped_for_the_search_box():
    out = s._entry_text("p < 0.5 & q", 8)
    assert out == "p &lt; 0.5 &amp; q"


def test_a_big_index_is_trimmed_to_the_budget():
    index = _index(sections=400, words=500)
    assert len(gzip.compress(json.dumps(index).encode())) > 400 * 1024
    trimmed, report = s.trim(index, budget_gzip_bytes=100 * 1024)
    assert report.fits and report.gzip_bytes_after <= 100 * 1024
    assert len(gzip.compress(s.encode(trimmed), 9)) == report.gzip_bytes_after
    assert s.MIN_LEAD_WORDS <= report.lead_words < 600
    # the largest lead that fits: one more word does not
    bigger = s._with_lead(index, [s.plain_text(d["text"]) for d in index["docs"]], report.lead_words + 1)
    assert len(gzip.compress(s.encode(bigger), 9)) > 100 * 1024


def test_a_small_index_keeps_every_term():
    index = _index(sections=5, words=300)
    trimmed, report = s.trim(index, budget_gzip_bytes=400 * 1024)
    assert report.lead_words == s.MAX_LEAD_WORDS
    for before, after in zip(index["docs"], trimmed["docs"]):
        assert set(s.plain_text(before["text"]).split()) == set(after["text"].split())


def test_a_smaller_budget_never_gives_a_longer_lead():
    index = _index(sections=300, words=300)
    leads = [s.trim(index, budget_gzip_bytes=kb * 1024)[1].lead_words for kb in (30, 60, 120)]
    assert leads == sorted(leads) and leads[0] < leads[-1]


def test_an_impossible_budget_is_reported_not_hidden():
    _, report = s.trim(_index(sections=100, words=300), budget_gzip_bytes=1024)
    assert not report.fits and report.lead_words == s.MIN_LEAD_WORDS
