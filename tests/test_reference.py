"""Every reference constant carries its unit, source, URL, check date and conventions."""

import re

import pytest

from estimates import reference as ref

CONSTANTS = list(ref.ALL.values())


def test_registry_is_not_empty_and_names_match():
    assert len(CONSTANTS) > 50
    for name, c in ref.ALL.items():
        assert c.name == name


@pytest.mark.parametrize("c", CONSTANTS, ids=lambda c: c.name)
def test_module_attribute_is_the_value(c):
    assert getattr(ref, c.name) == c.value
    assert isinstance(getattr(ref, c.name), float)


@pytest.mark.parametrize("c", CONSTANTS, ids=lambda c: c.name)
def test_metadata_is_complete(c):
    assert c.unit.strip(), "unit missing"
    assert c.label.strip(), "label missing"
    assert c.source.strip(), "source missing"
    assert c.url.startswith("https://"), "url must be https"
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", c.checked), "checked must be YYYY-MM-DD"
    assert c.group in {"GPUs", "Interconnect", "Models", "Latency", "Availability", "Tokens", "Prices"}
    assert c.value > 0


@pytest.mark.parametrize("c", [c for c in CONSTANTS if "FLOP" in c.unit], ids=lambda c: c.name)
def test_flops_say_dense_or_sparse(c):
    unit = c.unit.lower()
    assert ("dense" in unit) != ("sparsity" in unit), "FLOP/s unit must say dense or with sparsity, not both"
    assert ("DENSE" in c.name) == ("dense" in unit)
    assert ("SPARSE" in c.name) == ("sparsity" in unit)


@pytest.mark.parametrize("c", [c for c in CONSTANTS if c.unit.startswith("GB (10^9")], ids=lambda c: c.name)
def test_memory_sizes_state_decimal_gigabytes(c):
    assert "10^9" in c.unit and "GiB" in c.note


@pytest.mark.parametrize("c", [c for c in CONSTANTS if c.group == "Interconnect"], ids=lambda c: c.name)
def test_links_state_direction(c):
    assert "both directions" in c.unit
    assert "each way" in c.note


def test_dense_is_half_of_sparse():
    assert ref.H100_SXM_BF16_DENSE_TFLOPS == 989.5
    assert ref.H100_SXM_FP8_DENSE_TFLOPS == 1979.0
    assert ref.A100_SXM_BF16_SPARSE_TFLOPS == 2 * ref.A100_SXM_BF16_DENSE_TFLOPS
    assert ref.H200_SXM_BF16_DENSE_TFLOPS == ref.H100_SXM_BF16_DENSE_TFLOPS
    assert ref.B200_FP8_DENSE_TFLOPS == 2 * ref.B200_BF16_DENSE_TFLOPS


def test_b200_per_gpu_is_system_over_eight():
    assert ref.B200_HBM_GB == 180.0
    assert ref.B200_HBM_TBPS == 8.0
    # FlashAttention-4: 1,613 TFLOP/s is "71% utilization" of the dense BF16 peak.
    assert round(1613 / ref.B200_BF16_DENSE_TFLOPS, 2) == 0.72


def test_head_dim_times_heads_is_hidden():
    for m in ref.MODELS.values():
        assert m.head_dim * m.heads == m.hidden, m.name
        assert m.heads % m.kv_heads == 0, m.name


def test_availability_conventions():
    assert ref.DAYS_PER_MONTH_30 == 30
    assert round(ref.DAYS_PER_MONTH_AVG, 2) == 30.44
    assert ref.DAYS_PER_YEAR / 12 == ref.DAYS_PER_MONTH_AVG


def test_declaring_twice_fails():
    with pytest.raises(ValueError):
        ref._c("H100_SXM_HBM_GB", 1, "x", "GPUs", "x", "x", "https://x")


def test_gpu_bundles_use_si_units():
    h = ref.GPUS["h100-sxm"]
    assert h.hbm_bytes == 80e9
    assert h.hbm_bytes_per_s == 3.35e12
    assert h.bf16_dense_flops == 989.5e12
    assert ref.GPUS["a100-80gb-sxm"].fp8_dense_flops is None


def test_restate_takes_value_label_and_source_from_the_registry(capsys):
    from estimates import record

    record.reset()
    try:
        value = record.restate("hbm", "H100_SXM_HBM_GB", "{:.0f} GB")
        assert value == ref.H100_SXM_HBM_GB
        published = record._declared["hbm"]
        assert published["source"] == ref.cite("H100_SXM_HBM_GB") and ref.ALL["H100_SXM_HBM_GB"].url in published["source"]
        assert published["label"] == ref.ALL["H100_SXM_HBM_GB"].label and published["kind"] == "assumption"
        assert record.restate("hbm2", "H100_SXM_HBM_GB", "{:.0f} GB", "Memory per GPU")
        assert record._declared["hbm2"]["label"] == "Memory per GPU"
        with pytest.raises(record.FigureError, match="NOT_A_CONSTANT"):
            record.restate("x", "NOT_A_CONSTANT", "{}")
    finally:
        record.reset()
