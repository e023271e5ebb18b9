"""The browser calculators compute what the notebooks' Python helpers compute.

Vectors are drawn from the reference presets and a grid of inputs, evaluated by
estimates.llm / estimates.capacity here and by window.GuideCalc in Chromium.
"""

from __future__ import annotations

import itertools
import json
import math

import pytest

from estimates import capacity, llm
from estimates import reference as ref

pytestmark = pytest.mark.browser


def vectors() -> list[dict]:
    out = []
    for (mkey, model), (gkey, gpu), batch, context, dtype in itertools.product(
            ref.MODELS.items(), ref.GPUS.items(), (1, 16, 256), (512, 8192), (2, 1)):
        kv = llm.kv_cache_bytes_per_token(model, dtype)
        weights = llm.weights_bytes(model, dtype)
        active = llm.param_count(model, active=True)
        budget = llm.kv_budget_bytes(gpu.hbm_bytes * 8, weights, 0.1)
        tps = llm.decode_tokens_per_s(weights, kv, batch, context, active, gpu.hbm_bytes_per_s, gpu.bf16_dense_flops, 0.7)
        out.append({
            "call": ["kvBytesPerToken", model.layers, model.kv_heads, model.head_dim, dtype], "want": kv})
        out.append({"call": ["decodeStepSeconds", weights, kv, batch, context, active, gpu.hbm_bytes_per_s,
                             gpu.bf16_dense_flops, 0.7],
                    "want": llm.decode_step_time_s(weights, kv, batch, context, active, gpu.hbm_bytes_per_s,
                                                   gpu.bf16_dense_flops, 0.7)})
        out.append({"call": ["decodeTokensPerS", weights, kv, batch, context, active, gpu.hbm_bytes_per_s,
                             gpu.bf16_dense_flops, 0.7], "want": tps})
        out.append({"call": ["costPerMillionTokens", 3.0, 8, tps], "want": llm.cost_per_million_tokens(3.0, 8, tps)})
        if budget > 0:
            out.append({"call": ["maxBatchByKv", budget, kv, context], "want": llm.max_batch_by_kv_memory(budget, kv, context)})
        out.append({"call": ["kvBudgetBytes", gpu.hbm_bytes * 8, weights, 0.1], "want": budget})
    for rate, seconds, per_worker in itertools.product((1, 250.5, 500_000), (0.05, 0.2, 30), (1, 100, 512)):
        out.append({"call": ["littleConcurrency", rate, seconds], "want": llm.little_concurrency(rate, seconds)})
        out.append({"call": ["workersNeeded", rate, seconds, per_worker], "want": capacity.workers_needed(rate, seconds, per_worker)})
    for nines, period in itertools.product((2, 3, 3.5, 4, 5), ("month30", "month_avg", "year", "week")):
        days = {"month30": ref.DAYS_PER_MONTH_30, "month_avg": ref.DAYS_PER_MONTH_AVG, "year": ref.DAYS_PER_YEAR, "week": 7}[period]
        out.append({"call": ["downtimeSeconds", llm.availability_from_nines(nines), days],
                    "want": llm.downtime_per_period(nines, period) * 60})
    for rate, size, days, replicas in itertools.product((10, 2500), (200, 4096), (1, 30, 365), (1, 3)):
        out.append({"call": ["storageBytes", rate, size, days, replicas], "want": capacity.storage_bytes(rate, size, days, replicas)})
    for streams, events, size in itertools.product((1, 100_000), (10, 50), (40, 200)):
        out.append({"call": ["streamBitsPerS", streams, events, size],
                    "want": capacity.stream_bandwidth_bits_per_s(streams, events, size)})
    return out


def test_browser_formulas_agree_with_the_python_helpers(browser, site):
    page = browser.new_page()
    page.goto(site["url"] + "practice/calculators/")
    page.wait_for_function("window.GuideCalc !== undefined")
    cases = vectors()
    got = page.evaluate("(cases) => cases.map(c => window.GuideCalc[c.call[0]](...c.call.slice(1)))", cases)
    page.close()
    assert len(got) == len(cases) > 300
    for case, value in zip(cases, got):
        assert value == pytest.approx(case["want"], rel=1e-12, abs=1e-9), json.dumps(case["call"])


def test_the_period_options_match_the_reference_conventions(site):
    html = (site["dir"] / "practice/calculators/index.html").read_text()
    values = {float(v) for v in __import__("re").findall(r'<option value="([\d.]+)"', html)}
    assert {ref.DAYS_PER_MONTH_30, ref.DAYS_PER_MONTH_AVG, ref.DAYS_PER_YEAR, 7.0} <= values
    assert math.isclose(ref.DAYS_PER_MONTH_AVG, 365.25 / 12)
