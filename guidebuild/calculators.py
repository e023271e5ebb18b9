"""HTML of the live calculators, inserted where a page writes ``{{ calc.NAME }}``.

Each is a plain form the browser script (docs/assets/practice.js) brings to
life; without JavaScript it shows its inputs and the formula. The formulas are
the Python helpers' (estimates.llm, estimates.capacity): the test suite checks
the browser's results against them.
"""

from __future__ import annotations

import re

from guidebuild.errors import GuideBuildError

CALC_TOKEN = re.compile(r"\{\{\s*calc\.([a-z_]+)\s*\}\}")


def _field(calc: str, name: str, label: str, value, unit: str = "", step: str = "any", minimum: str = "0") -> str:
    ident = f"calc-{calc}-{name}"
    unit_html = f' <span class="guide-calc-unit">{unit}</span>' if unit else ""
    return (f'<div class="guide-calc-field"><label for="{ident}">{label}</label> '
            f'<input id="{ident}" name="{name}" type="number" value="{value}" step="{step}" min="{minimum}" '
            f'inputmode="decimal">{unit_html}</div>')


def _select(calc: str, name: str, label: str, options: list[tuple[str, str]], selected: str) -> str:
    ident = f"calc-{calc}-{name}"
    opts = "".join(f'<option value="{v}"{" selected" if v == selected else ""}>{t}</option>' for v, t in options)
    return f'<div class="guide-calc-field"><label for="{ident}">{label}</label> <select id="{ident}" name="{name}">{opts}</select></div>'


def _out(name: str, label: str) -> str:
    return f'<div class="guide-calc-result"><span>{label}</span> <output name="{name}" aria-live="polite">–</output></div>'


def _form(calc: str, title: str, formula: str, fields: list[str], outputs: list[str]) -> str:
    return (f'<form class="guide-calc" data-calc="{calc}" aria-labelledby="calc-{calc}-title">'
            f'<p class="guide-calc-title" id="calc-{calc}-title"><strong>{title}</strong></p>'
            f'<div class="guide-calc-inputs">{"".join(fields)}</div>'
            f'<div class="guide-calc-outputs">{"".join(outputs)}</div>'
            f'<p class="guide-calc-formula">{formula}</p></form>')


def _littles_law() -> str:
    c = "littles_law"
    return _form(c, "Workers by Little's law", "in flight = arrival rate × time in system; workers = ⌈in flight ÷ per-worker concurrency⌉",
                 [_field(c, "rate", "Arrival rate", 500000, "requests/s"),
                  _field(c, "seconds", "Time in system", 0.2, "s"),
                  _field(c, "per_worker", "Concurrent requests per worker", 100, "", minimum="1")],
                 [_out("inflight", "Requests in flight"), _out("workers", "Workers")])


def _downtime() -> str:
    from estimates import reference as ref  # the period conventions of the notebooks

    c = "downtime"
    return _form(c, "Downtime allowed by an availability target", "downtime = (1 − availability) × period",
                 [_field(c, "availability", "Availability", 99.9, "%", step="any"),
                  _select(c, "period", "Period", [(f"{ref.DAYS_PER_MONTH_30:g}", "30-day month"),
                                                  (f"{ref.DAYS_PER_MONTH_AVG:g}", f"average month ({ref.DAYS_PER_MONTH_AVG:.2f} days)"),
                                                  ("7", "week"), (f"{ref.DAYS_PER_YEAR:g}", f"year ({ref.DAYS_PER_YEAR:g} days)")],
                          f"{ref.DAYS_PER_MONTH_30:g}")],
                 [_out("minutes", "Downtime"), _out("per_day", "Per day")])


def _model_gpu_fields(c: str) -> list[str]:
    # Options are filled from the reference module's presets by the browser script.
    return [
        f'<div class="guide-calc-field"><label for="calc-{c}-model">Model</label> <select id="calc-{c}-model" name="model" data-presets="models"></select></div>',
        f'<div class="guide-calc-field"><label for="calc-{c}-gpu">GPU</label> <select id="calc-{c}-gpu" name="gpu" data-presets="gpus"></select></div>',
        _field(c, "gpus", "GPUs per replica (tensor parallel)", 8, "", minimum="1"),
    ]


def _kv_cache() -> str:
    c = "kv_cache"
    return _form(c, "KV cache and GPU memory",
                 "KV bytes per token = 2 × layers × KV heads × head dim × bytes; max batch = ⌊(HBM × (1 − reserve) − weights) ÷ (KV per token × context)⌋",
                 _model_gpu_fields(c) + [
                     _select(c, "weight_bytes", "Weights", [("2", "BF16 (2 bytes)"), ("1", "FP8 (1 byte)")], "2"),
                     _select(c, "kv_bytes", "KV cache", [("2", "BF16 (2 bytes)"), ("1", "FP8 (1 byte)")], "2"),
                     _field(c, "context", "Tokens per sequence", 4096, "tokens", minimum="1"),
                     _field(c, "reserve", "HBM reserved (activations, fragmentation)", 0.1, "fraction")],
                 [_out("per_token", "KV per token"), _out("per_sequence", "KV per sequence"),
                  _out("weights", "Weights"), _out("budget", "KV budget"), _out("max_batch", "Max sequences by KV memory")])


def _decode_cost() -> str:
    c = "decode_cost"
    return _form(c, "Decode throughput and cost per million tokens",
                 "step time = max(bytes read ÷ (bandwidth × eff.), batch × 2 × params ÷ (FLOP/s × eff.)); tokens/s = batch ÷ step time",
                 _model_gpu_fields(c) + [
                     _field(c, "batch", "Batch (concurrent sequences)", 64, "", minimum="1"),
                     _field(c, "context", "Tokens per sequence", 2048, "tokens", minimum="1"),
                     _field(c, "efficiency", "Efficiency of peak", 0.7, "fraction"),
                     _field(c, "price", "GPU price (your assumption)", 3.0, "$/GPU-hour")],
                 [_out("step_ms", "Step time"), _out("tokens_per_s", "Decode tokens/s"), _out("per_stream", "Per sequence"),
                  _out("cost", "Cost per 1M output tokens")])


def _storage() -> str:
    c = "storage"
    return _form(c, "Storage growth", "stored = rate × size × retention × replicas",
                 [_field(c, "rate", "Writes", 2500, "items/s"), _field(c, "size", "Size per item", 1024, "bytes"),
                  _field(c, "days", "Retention", 30, "days"), _field(c, "replicas", "Copies", 3, "", minimum="1")],
                 [_out("total", "Stored"), _out("per_day", "Written per day")])


def _stream_bandwidth() -> str:
    c = "stream_bandwidth"
    return _form(c, "Streaming bandwidth", "egress = streams × events/s × bytes per event × 8",
                 [_field(c, "streams", "Concurrent streams", 100000, ""), _field(c, "events", "Token events per stream", 30, "/s"),
                  _field(c, "bytes", "Bytes per event (SSE framing included)", 60, "bytes")],
                 [_out("bits", "Egress"), _out("per_stream", "Per stream")])


CALCULATORS = {
    "littles_law": _littles_law,
    "downtime": _downtime,
    "kv_cache": _kv_cache,
    "decode_cost": _decode_cost,
    "storage": _storage,
    "stream_bandwidth": _stream_bandwidth,
}


def insert_calculators(markdown: str, page_path: str) -> str:
    def swap(m: re.Match) -> str:
        name = m.group(1)
        if name not in CALCULATORS:
            raise GuideBuildError(page_path, f"unknown calculator `calc.{name}`", f"use one of: {', '.join(sorted(CALCULATORS))}")
        return "\n\n" + CALCULATORS[name]() + "\n\n"

    return CALC_TOKEN.sub(swap, markdown)
