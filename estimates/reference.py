"""Reference constants every notebook imports: hardware, model shapes, latencies.

Every constant is declared once, here, with its unit, its primary public source,
the URL and the date it was checked. A notebook never retypes one of these
numbers: it imports them (``from estimates import reference as ref`` and then
``ref.H100_SXM_HBM_GB``), and when a page quotes one it restates it by name,
``restate("hbm_gb", "H100_SXM_HBM_GB", "{:.0f} GB")``, so the page shows the
value and where it came from.

Two ways to read a constant:

* ``reference.H100_SXM_HBM_GB`` is the plain value (a float).
* ``reference.ALL["H100_SXM_HBM_GB"]`` is the ``Constant`` record: unit, group,
  label, source, URL, check date and the convention note.

Conventions used throughout (each constant's ``note`` repeats the one that applies):

* GB and TB are decimal (10^9 and 10^12 bytes), as NVIDIA's datasheets use them.
  A "80 GB" GPU holds 80e9 bytes = 74.5 GiB. Tools such as ``nvidia-smi`` report MiB.
* Tensor-core FLOP/s: NVIDIA datasheets quote most tensor-core figures "with
  sparsity" (2:4 structured sparsity). Dense throughput, which ordinary LLM
  inference gets, is half. Every FLOP/s constant says dense or sparse in its name.
* Interconnect bandwidth: NVLink figures on NVIDIA datasheets are the total of both
  directions per GPU (bidirectional); one direction is half. PCIe figures
  ("PCIe Gen5: 128GB/s") are also both directions of an x16 link.
* Latency figures from the classic "numbers everyone should know" lists are
  orders of magnitude for circa-2009-2012 hardware, not measurements of today's.
"""

from __future__ import annotations

from dataclasses import dataclass

CHECKED = "2026-11-23"


@dataclass(frozen=True)
class Constant:
    name: str  # python identifier, e.g. "H100_SXM_HBM_GB"
    value: float
    unit: str  # e.g. "GB (10^9 bytes)", "TB/s", "TFLOP/s dense BF16"
    group: str  # "GPUs", "Interconnect", "Models", "Latency", "Availability", "Tokens"
    label: str  # human description
    source: str  # title of the primary public source
    url: str  # its URL
    checked: str  # date the source was checked, YYYY-MM-DD
    note: str = ""  # conventions (dense vs sparse, per-direction vs bidirectional, GB vs GiB)


ALL: dict[str, Constant] = {}


def cite(name: str) -> str:
    """The source line of a constant, for a notebook assumption that restates it."""
    c = ALL[name]
    return f"{c.source}, {c.url} (checked {c.checked})"


def _c(name: str, value: float, unit: str, group: str, label: str, source: str, url: str,
       note: str = "", checked: str = CHECKED) -> float:
    """Register a constant in ``ALL`` and return its value for the module attribute.

    Use as ``NAME = _c("NAME", ...)``: the module attribute holds the value, ``ALL``
    holds the metadata. A name declared twice is an error.
    """
    if name in ALL:
        raise ValueError(f"constant {name!r} is declared twice")
    if not name.isidentifier() or name.upper() != name:
        raise ValueError(f"constant name {name!r} must be an UPPER_SNAKE_CASE identifier")
    value = float(value)
    ALL[name] = Constant(name, value, unit, group, label, source, url, checked, note)
    return value


# ---------------------------------------------------------------------------
# Sources (titles and URLs used more than once)
# ---------------------------------------------------------------------------
_A100 = ("NVIDIA A100 Tensor Core GPU datasheet (A100 80GB SXM column)",
         "https://www.nvidia.com/en-us/data-center/a100/")
_H100 = ("NVIDIA H100 Tensor Core GPU specifications (H100 SXM column)",
         "https://www.nvidia.com/en-us/data-center/h100/")
_H200 = ("NVIDIA H200 Tensor Core GPU specifications (H200 SXM column)",
         "https://www.nvidia.com/en-us/data-center/h200/")
_DGXB200 = ("NVIDIA DGX B200 specifications (8x B200 system)",
            "https://www.nvidia.com/en-us/data-center/dgx-b200/")
_FA4 = (("Zadouri, Shah, Dao et al., FlashAttention-4 (arXiv:2603.05451), abstract: "
        "1613 TFLOPs/s BF16 = 71% utilization on B200"),
        "https://arxiv.org/abs/2603.05451")
_SPARSE = ("Datasheet footnote: tensor-core figures are 'with sparsity'; dense is half. "
           "Use the _DENSE constant for LLM inference arithmetic.")
_DEC = "Decimal units: 1 GB = 10^9 bytes (80 GB = 74.5 GiB)."

_L8 = ("meta-llama/Llama-3.1-8B config.json (Hugging Face)",
       "https://huggingface.co/meta-llama/Llama-3.1-8B/blob/main/config.json")
_L70 = ("meta-llama/Llama-3.1-70B config.json (Hugging Face)",
        "https://huggingface.co/meta-llama/Llama-3.1-70B/blob/main/config.json")
_L405 = ("meta-llama/Llama-3.1-405B config.json (Hugging Face); The Llama 3 Herd of Models, Table 3",
         "https://huggingface.co/meta-llama/Llama-3.1-405B/blob/main/config.json")
_LCARD = ("Llama 3.1 model card (meta-llama/Llama-3.1-8B, -70B, -405B)",
          "https://huggingface.co/meta-llama/Llama-3.1-8B")
_M7 = ("mistralai/Mistral-7B-v0.1 config.json (Hugging Face)",
       "https://huggingface.co/mistralai/Mistral-7B-v0.1/blob/main/config.json")
_M7P = ("Jiang et al., Mistral 7B (arXiv:2310.06825), abstract", "https://arxiv.org/abs/2310.06825")
_MX = ("mistralai/Mixtral-8x7B-v0.1 config.json (Hugging Face)",
       "https://huggingface.co/mistralai/Mixtral-8x7B-v0.1/blob/main/config.json")
_MXP = ("Jiang et al., Mixtral of Experts (arXiv:2401.04088), abstract", "https://arxiv.org/abs/2401.04088")
_HEAD = "head_dim = hidden_size / num_attention_heads (newer config.json revisions state head_dim explicitly)."

_DEAN = (("Jeff Dean, 'Designs, Lessons and Advice from Building Large Distributed Systems', "
         "LADIS 2009 keynote, slide 'Numbers Everyone Should Know'"),
         "https://www.cs.cornell.edu/projects/ladis2009/talks/dean-keynote-ladis2009.pdf")
_GIST = ("'Latency Numbers Every Programmer Should Know' (J. Boner's gist of Dean and Norvig's numbers)",
         "https://gist.github.com/jboner/2841832")
_ERA = "Order of magnitude for circa 2009-2012 hardware; use for ratios, not as a measurement."

# ---------------------------------------------------------------------------
# GPUs: memory, memory bandwidth, tensor-core FLOP/s
# ---------------------------------------------------------------------------
A100_SXM_HBM_GB = _c("A100_SXM_HBM_GB", 80, "GB (10^9 bytes)", "GPUs",
                     "A100 80GB SXM: HBM2e capacity", *_A100, note=_DEC)
A100_SXM_HBM_TBPS = _c("A100_SXM_HBM_TBPS", 2.039, "TB/s (10^12 bytes/s)", "GPUs",
                       "A100 80GB SXM: HBM bandwidth (datasheet 2,039 GB/s)", *_A100,
                       note="Peak; sustained streaming reaches less.")
A100_SXM_BF16_DENSE_TFLOPS = _c("A100_SXM_BF16_DENSE_TFLOPS", 312, "TFLOP/s dense BF16", "GPUs",
                                "A100 80GB SXM: BF16 tensor-core peak, dense", *_A100,
                                note="Datasheet lists 312 dense and 624 with sparsity. A100 has no FP8.")
A100_SXM_BF16_SPARSE_TFLOPS = _c("A100_SXM_BF16_SPARSE_TFLOPS", 624, "TFLOP/s BF16 with 2:4 sparsity", "GPUs",
                                 "A100 80GB SXM: BF16 tensor-core peak, with sparsity", *_A100, note=_SPARSE)

H100_SXM_HBM_GB = _c("H100_SXM_HBM_GB", 80, "GB (10^9 bytes)", "GPUs",
                     "H100 SXM: HBM3 capacity", *_H100, note=_DEC)
H100_SXM_HBM_TBPS = _c("H100_SXM_HBM_TBPS", 3.35, "TB/s (10^12 bytes/s)", "GPUs",
                       "H100 SXM: HBM bandwidth", *_H100, note="Peak; sustained streaming reaches less.")
H100_SXM_BF16_SPARSE_TFLOPS = _c("H100_SXM_BF16_SPARSE_TFLOPS", 1979, "TFLOP/s BF16 with 2:4 sparsity", "GPUs",
                                 "H100 SXM: BF16 tensor-core peak as the datasheet prints it (with sparsity)",
                                 *_H100, note=_SPARSE)
H100_SXM_BF16_DENSE_TFLOPS = _c("H100_SXM_BF16_DENSE_TFLOPS", H100_SXM_BF16_SPARSE_TFLOPS / 2,
                                "TFLOP/s dense BF16", "GPUs", "H100 SXM: BF16 tensor-core peak, dense", *_H100,
                                note="Derived: datasheet 1,979 'with sparsity' / 2 = 989.5.")
H100_SXM_FP8_SPARSE_TFLOPS = _c("H100_SXM_FP8_SPARSE_TFLOPS", 3958, "TFLOP/s FP8 with 2:4 sparsity", "GPUs",
                                "H100 SXM: FP8 tensor-core peak as the datasheet prints it (with sparsity)",
                                *_H100, note=_SPARSE)
H100_SXM_FP8_DENSE_TFLOPS = _c("H100_SXM_FP8_DENSE_TFLOPS", H100_SXM_FP8_SPARSE_TFLOPS / 2,
                               "TFLOP/s dense FP8", "GPUs", "H100 SXM: FP8 tensor-core peak, dense", *_H100,
                               note="Derived: datasheet 3,958 'with sparsity' / 2 = 1,979.")

H200_SXM_HBM_GB = _c("H200_SXM_HBM_GB", 141, "GB (10^9 bytes)", "GPUs",
                     "H200 SXM: HBM3e capacity", *_H200, note=_DEC)
H200_SXM_HBM_TBPS = _c("H200_SXM_HBM_TBPS", 4.8, "TB/s (10^12 bytes/s)", "GPUs",
                       "H200 SXM: HBM bandwidth", *_H200, note="Peak; sustained streaming reaches less.")
H200_SXM_BF16_DENSE_TFLOPS = _c("H200_SXM_BF16_DENSE_TFLOPS", 1979 / 2, "TFLOP/s dense BF16", "GPUs",
                                "H200 SXM: BF16 tensor-core peak, dense (same Hopper compute as H100 SXM)",
                                *_H200, note="Derived: datasheet 1,979 'with sparsity' / 2 = 989.5.")
H200_SXM_FP8_DENSE_TFLOPS = _c("H200_SXM_FP8_DENSE_TFLOPS", 3958 / 2, "TFLOP/s dense FP8", "GPUs",
                               "H200 SXM: FP8 tensor-core peak, dense", *_H200,
                               note="Derived: datasheet 3,958 'with sparsity' / 2 = 1,979.")

DGX_B200_HBM_GB_TOTAL = _c("DGX_B200_HBM_GB_TOTAL", 1440, "GB (10^9 bytes), 8 GPUs", "GPUs",
                           "DGX B200: total GPU memory across 8 B200 GPUs", *_DGXB200, note=_DEC)
DGX_B200_HBM_TBPS_TOTAL = _c("DGX_B200_HBM_TBPS_TOTAL", 64, "TB/s, 8 GPUs", "GPUs",
                             "DGX B200: total HBM3e bandwidth across 8 GPUs", *_DGXB200)
B200_HBM_GB = _c("B200_HBM_GB", DGX_B200_HBM_GB_TOTAL / 8, "GB (10^9 bytes)", "GPUs",
                 "B200 (DGX/HGX B200): HBM3e capacity per GPU", *_DGXB200,
                 note="Derived: 1,440 GB / 8 = 180 GB per GPU (decimal: 167.6 GiB). Some pages quote "
                      "192 GB for B200; the DGX B200 system lists 1,440 GB for its 8 GPUs.")
B200_HBM_TBPS = _c("B200_HBM_TBPS", DGX_B200_HBM_TBPS_TOTAL / 8, "TB/s (10^12 bytes/s)", "GPUs",
                   "B200 (DGX B200): HBM bandwidth per GPU", *_DGXB200,
                   note="Derived: 64 TB/s / 8 = 8 TB/s per GPU.")
B200_BF16_DENSE_TFLOPS = _c("B200_BF16_DENSE_TFLOPS", 2250, "TFLOP/s dense BF16", "GPUs",
                            "B200 (HGX/DGX B200, 1,000 W): BF16 tensor-core peak, dense", *_FA4,
                            note="HGX B200 lists 36 PFLOPS FP16/BF16 per 8 GPUs = 4.5 per GPU with sparsity, "
                                 "2.25 dense. Copies of NVIDIA's HGX table disagree on which rows carry the "
                                 "sparsity footnote; the FlashAttention-4 paper settles it: 1,613 TFLOP/s is "
                                 "71% of a 2.25 PFLOP/s dense peak.")
B200_FP8_DENSE_TFLOPS = _c("B200_FP8_DENSE_TFLOPS", 4500, "TFLOP/s dense FP8", "GPUs",
                           "B200 (HGX/DGX B200): FP8 tensor-core peak, dense", *_DGXB200,
                           note="DGX B200 '72 petaFLOPS training' is FP8 with sparsity for 8 GPUs: "
                                "72 / 8 = 9 PFLOP/s sparse, 4.5 dense, twice the BF16 dense peak.")

# ---------------------------------------------------------------------------
# Interconnect
# ---------------------------------------------------------------------------
A100_NVLINK_GBPS_BIDIR = _c("A100_NVLINK_GBPS_BIDIR", 600, "GB/s per GPU, both directions", "Interconnect",
                            "A100 SXM: NVLink (3rd gen) bandwidth per GPU", *_A100,
                            note="Bidirectional total: 300 GB/s each way.")
H100_NVLINK_GBPS_BIDIR = _c("H100_NVLINK_GBPS_BIDIR", 900, "GB/s per GPU, both directions", "Interconnect",
                            "H100/H200 SXM: NVLink (4th gen) bandwidth per GPU", *_H100,
                            note="Bidirectional total: 450 GB/s each way. H200 SXM lists the same 900 GB/s.")
B200_NVLINK_GBPS_BIDIR = _c("B200_NVLINK_GBPS_BIDIR", 1800, "GB/s per GPU, both directions", "Interconnect",
                            "B200: NVLink (5th gen) bandwidth per GPU", *_DGXB200,
                            note="DGX B200 lists 14.4 TB/s aggregate for 8 GPUs = 1.8 TB/s per GPU, "
                                 "bidirectional (900 GB/s each way).")
PCIE_GEN4_X16_GBPS_BIDIR = _c("PCIE_GEN4_X16_GBPS_BIDIR", 64, "GB/s, x16 link, both directions", "Interconnect",
                              "PCIe Gen4 x16 host link (A100 datasheet 'PCIe Gen4: 64GB/s')", *_A100,
                              note="Bidirectional total: 32 GB/s each way, before protocol overhead.")
PCIE_GEN5_X16_GBPS_BIDIR = _c("PCIE_GEN5_X16_GBPS_BIDIR", 128, "GB/s, x16 link, both directions", "Interconnect",
                              "PCIe Gen5 x16 host link (H100 datasheet 'PCIe Gen5: 128GB/s')", *_H100,
                              note="Bidirectional total: 64 GB/s each way, before protocol overhead.")

# ---------------------------------------------------------------------------
# Models: shapes from the official config.json files
# ---------------------------------------------------------------------------
LLAMA31_8B_LAYERS = _c("LLAMA31_8B_LAYERS", 32, "layers", "Models", "Llama 3.1 8B: num_hidden_layers", *_L8)
LLAMA31_8B_HIDDEN = _c("LLAMA31_8B_HIDDEN", 4096, "dimensions", "Models", "Llama 3.1 8B: hidden_size", *_L8)
LLAMA31_8B_HEADS = _c("LLAMA31_8B_HEADS", 32, "heads", "Models", "Llama 3.1 8B: num_attention_heads", *_L8)
LLAMA31_8B_KV_HEADS = _c("LLAMA31_8B_KV_HEADS", 8, "heads", "Models",
                         "Llama 3.1 8B: num_key_value_heads (GQA, 4 query heads share one KV head)", *_L8)
LLAMA31_8B_HEAD_DIM = _c("LLAMA31_8B_HEAD_DIM", 128, "dimensions", "Models", "Llama 3.1 8B: head_dim", *_L8,
                         note=_HEAD)
LLAMA31_8B_FFN = _c("LLAMA31_8B_FFN", 14336, "dimensions", "Models", "Llama 3.1 8B: intermediate_size", *_L8)
LLAMA31_8B_VOCAB = _c("LLAMA31_8B_VOCAB", 128256, "tokens", "Models", "Llama 3.1 8B: vocab_size", *_L8)
LLAMA31_8B_CONTEXT = _c("LLAMA31_8B_CONTEXT", 131072, "tokens", "Models",
                        "Llama 3.1 8B: max_position_embeddings (128K context)", *_L8)
LLAMA31_8B_PARAMS_B = _c("LLAMA31_8B_PARAMS_B", 8, "billion parameters (nominal)", "Models",
                         "Llama 3.1 8B: published size", *_LCARD,
                         note="Nominal; llm.param_count() from the shapes gives 8.03e9.")

LLAMA31_70B_LAYERS = _c("LLAMA31_70B_LAYERS", 80, "layers", "Models", "Llama 3.1 70B: num_hidden_layers", *_L70)
LLAMA31_70B_HIDDEN = _c("LLAMA31_70B_HIDDEN", 8192, "dimensions", "Models", "Llama 3.1 70B: hidden_size", *_L70)
LLAMA31_70B_HEADS = _c("LLAMA31_70B_HEADS", 64, "heads", "Models", "Llama 3.1 70B: num_attention_heads", *_L70)
LLAMA31_70B_KV_HEADS = _c("LLAMA31_70B_KV_HEADS", 8, "heads", "Models",
                          "Llama 3.1 70B: num_key_value_heads (GQA, 8 query heads share one KV head)", *_L70)
LLAMA31_70B_HEAD_DIM = _c("LLAMA31_70B_HEAD_DIM", 128, "dimensions", "Models", "Llama 3.1 70B: head_dim", *_L70,
                          note=_HEAD)
LLAMA31_70B_FFN = _c("LLAMA31_70B_FFN", 28672, "dimensions", "Models", "Llama 3.1 70B: intermediate_size", *_L70)
LLAMA31_70B_VOCAB = _c("LLAMA31_70B_VOCAB", 128256, "tokens", "Models", "Llama 3.1 70B: vocab_size", *_L70)
LLAMA31_70B_CONTEXT = _c("LLAMA31_70B_CONTEXT", 131072, "tokens", "Models",
                         "Llama 3.1 70B: max_position_embeddings (128K context)", *_L70)
LLAMA31_70B_PARAMS_B = _c("LLAMA31_70B_PARAMS_B", 70, "billion parameters (nominal)", "Models",
                          "Llama 3.1 70B: published size", *_LCARD,
                          note="Nominal; llm.param_count() from the shapes gives 70.6e9.")

LLAMA31_405B_LAYERS = _c("LLAMA31_405B_LAYERS", 126, "layers", "Models", "Llama 3.1 405B: num_hidden_layers", *_L405)
LLAMA31_405B_HIDDEN = _c("LLAMA31_405B_HIDDEN", 16384, "dimensions", "Models", "Llama 3.1 405B: hidden_size", *_L405)
LLAMA31_405B_HEADS = _c("LLAMA31_405B_HEADS", 128, "heads", "Models",
                        "Llama 3.1 405B: num_attention_heads", *_L405)
LLAMA31_405B_KV_HEADS = _c("LLAMA31_405B_KV_HEADS", 8, "heads", "Models",
                           "Llama 3.1 405B: num_key_value_heads (GQA, 16 query heads share one KV head)", *_L405,
                           note="The current official config.json and the paper's Table 3 say 8. Early copies "
                                "of the config (and tools built from them) say 16, which doubles the KV cache.")
LLAMA31_405B_HEAD_DIM = _c("LLAMA31_405B_HEAD_DIM", 128, "dimensions", "Models", "Llama 3.1 405B: head_dim",
                           *_L405, note=_HEAD)
LLAMA31_405B_FFN = _c("LLAMA31_405B_FFN", 53248, "dimensions", "Models", "Llama 3.1 405B: intermediate_size", *_L405)
LLAMA31_405B_VOCAB = _c("LLAMA31_405B_VOCAB", 128256, "tokens", "Models", "Llama 3.1 405B: vocab_size", *_L405)
LLAMA31_405B_CONTEXT = _c("LLAMA31_405B_CONTEXT", 131072, "tokens", "Models",
                          "Llama 3.1 405B: max_position_embeddings (128K context)", *_L405)
LLAMA31_405B_PARAMS_B = _c("LLAMA31_405B_PARAMS_B", 405, "billion parameters (nominal)", "Models",
                           "Llama 3.1 405B: published size", *_LCARD,
                           note="Nominal; llm.param_count() from the shapes gives 405.9e9.")

MISTRAL_7B_LAYERS = _c("MISTRAL_7B_LAYERS", 32, "layers", "Models", "Mistral 7B v0.1: num_hidden_layers", *_M7)
MISTRAL_7B_HIDDEN = _c("MISTRAL_7B_HIDDEN", 4096, "dimensions", "Models", "Mistral 7B v0.1: hidden_size", *_M7)
MISTRAL_7B_HEADS = _c("MISTRAL_7B_HEADS", 32, "heads", "Models", "Mistral 7B v0.1: num_attention_heads", *_M7)
MISTRAL_7B_KV_HEADS = _c("MISTRAL_7B_KV_HEADS", 8, "heads", "Models",
                         "Mistral 7B v0.1: num_key_value_heads (GQA)", *_M7)
MISTRAL_7B_HEAD_DIM = _c("MISTRAL_7B_HEAD_DIM", 128, "dimensions", "Models", "Mistral 7B v0.1: head_dim", *_M7,
                         note=_HEAD)
MISTRAL_7B_FFN = _c("MISTRAL_7B_FFN", 14336, "dimensions", "Models", "Mistral 7B v0.1: intermediate_size", *_M7)
MISTRAL_7B_VOCAB = _c("MISTRAL_7B_VOCAB", 32000, "tokens", "Models", "Mistral 7B v0.1: vocab_size", *_M7)
MISTRAL_7B_CONTEXT = _c("MISTRAL_7B_CONTEXT", 32768, "tokens", "Models",
                        "Mistral 7B v0.1: max_position_embeddings", *_M7)
MISTRAL_7B_SLIDING_WINDOW = _c("MISTRAL_7B_SLIDING_WINDOW", 4096, "tokens", "Models",
                               "Mistral 7B v0.1: sliding_window (attention looks back at most this far)", *_M7,
                               note="With a rolling buffer the KV cache per sequence stops growing at 4,096 "
                                    "tokens; engines that do not implement it keep the full cache.")
MISTRAL_7B_PARAMS_B = _c("MISTRAL_7B_PARAMS_B", 7, "billion parameters (nominal)", "Models",
                         "Mistral 7B: published size ('7-billion-parameter')", *_M7P,
                         note="Nominal; llm.param_count() from the shapes gives 7.24e9.")

MIXTRAL_8X7B_LAYERS = _c("MIXTRAL_8X7B_LAYERS", 32, "layers", "Models", "Mixtral 8x7B: num_hidden_layers", *_MX)
MIXTRAL_8X7B_HIDDEN = _c("MIXTRAL_8X7B_HIDDEN", 4096, "dimensions", "Models", "Mixtral 8x7B: hidden_size", *_MX)
MIXTRAL_8X7B_HEADS = _c("MIXTRAL_8X7B_HEADS", 32, "heads", "Models", "Mixtral 8x7B: num_attention_heads", *_MX)
MIXTRAL_8X7B_KV_HEADS = _c("MIXTRAL_8X7B_KV_HEADS", 8, "heads", "Models",
                           "Mixtral 8x7B: num_key_value_heads (GQA)", *_MX)
MIXTRAL_8X7B_HEAD_DIM = _c("MIXTRAL_8X7B_HEAD_DIM", 128, "dimensions", "Models", "Mixtral 8x7B: head_dim", *_MX,
                           note=_HEAD)
MIXTRAL_8X7B_FFN = _c("MIXTRAL_8X7B_FFN", 14336, "dimensions", "Models",
                      "Mixtral 8x7B: intermediate_size (per expert)", *_MX)
MIXTRAL_8X7B_VOCAB = _c("MIXTRAL_8X7B_VOCAB", 32000, "tokens", "Models", "Mixtral 8x7B: vocab_size", *_MX)
MIXTRAL_8X7B_CONTEXT = _c("MIXTRAL_8X7B_CONTEXT", 32768, "tokens", "Models",
                          "Mixtral 8x7B: max_position_embeddings", *_MX)
MIXTRAL_8X7B_EXPERTS = _c("MIXTRAL_8X7B_EXPERTS", 8, "experts per layer", "Models",
                          "Mixtral 8x7B: num_local_experts", *_MX)
MIXTRAL_8X7B_EXPERTS_PER_TOKEN = _c("MIXTRAL_8X7B_EXPERTS_PER_TOKEN", 2, "experts per token", "Models",
                                    "Mixtral 8x7B: num_experts_per_tok", *_MX)
MIXTRAL_8X7B_PARAMS_B = _c("MIXTRAL_8X7B_PARAMS_B", 47, "billion parameters, total (nominal)", "Models",
                           "Mixtral 8x7B: total parameters ('access to 47B parameters')", *_MXP,
                           note="Not 8 x 7 = 56B: attention and embeddings are shared; only the FFNs are "
                                "replicated. llm.param_count() gives 46.7e9.")
MIXTRAL_8X7B_ACTIVE_PARAMS_B = _c("MIXTRAL_8X7B_ACTIVE_PARAMS_B", 13, "billion parameters per token (nominal)",
                                  "Models", "Mixtral 8x7B: active parameters per token ('13B active')", *_MXP,
                                  note="All 47B must sit in memory; each token's compute touches about 13B. "
                                       "llm.param_count(active=True) gives 12.9e9.")

# ---------------------------------------------------------------------------
# Latency (orders of magnitude)
# ---------------------------------------------------------------------------
MAIN_MEMORY_REFERENCE_NS = _c("MAIN_MEMORY_REFERENCE_NS", 100, "ns", "Latency",
                              "Main memory (DRAM) reference", *_DEAN, note=_ERA)
READ_1MB_MEMORY_US = _c("READ_1MB_MEMORY_US", 250, "us", "Latency",
                        "Read 1 MB sequentially from memory", *_DEAN, note=_ERA + " About 4 GB/s.")
SSD_RANDOM_READ_US = _c("SSD_RANDOM_READ_US", 150, "us", "Latency",
                        "SSD random read (4 KB)", *_GIST,
                        note=_ERA + " Not on Dean's 2009 slide; added in the widely copied gist. "
                                    "Current NVMe drives are faster (tens of microseconds).")
READ_1MB_SSD_US = _c("READ_1MB_SSD_US", 1000, "us", "Latency",
                     "Read 1 MB sequentially from SSD (gist assumes ~1 GB/s SSD)", *_GIST, note=_ERA)
DISK_SEEK_MS = _c("DISK_SEEK_MS", 10, "ms", "Latency", "Spinning-disk seek", *_DEAN, note=_ERA)
SAME_DC_ROUND_TRIP_US = _c("SAME_DC_ROUND_TRIP_US", 500, "us", "Latency",
                           "Round trip within the same datacenter", *_DEAN, note=_ERA)
CA_NETHERLANDS_RTT_MS = _c("CA_NETHERLANDS_RTT_MS", 150, "ms", "Latency",
                           "Packet round trip California -> Netherlands -> California (cross-region)", *_DEAN,
                           note="Bounded by the speed of light in fibre, so it has not improved since; "
                                "use it as the transatlantic cross-region RTT.")

# ---------------------------------------------------------------------------
# Availability: period conventions
# ---------------------------------------------------------------------------
SECONDS_PER_DAY = _c("SECONDS_PER_DAY", 86400, "s", "Availability", "Seconds in a day (SI day of 86,400 s)",
                     "Julian year (astronomy): 365.25 days of 86,400 SI seconds",
                     "https://en.wikipedia.org/wiki/Julian_year_(astronomy)")
DAYS_PER_YEAR = _c("DAYS_PER_YEAR", 365.25, "days", "Availability", "Days in an average (Julian) year",
                   "Julian year (astronomy): 365.25 days of 86,400 SI seconds",
                   "https://en.wikipedia.org/wiki/Julian_year_(astronomy)",
                   note="Average year including leap years. A 365-day year gives slightly smaller budgets.")
DAYS_PER_MONTH_AVG = _c("DAYS_PER_MONTH_AVG", 365.25 / 12, "days", "Availability",
                        "Days in an average month (365.25 / 12 = 30.44)",
                        "Julian year (astronomy): 365.25 days of 86,400 SI seconds",
                        "https://en.wikipedia.org/wiki/Julian_year_(astronomy)",
                        note="Average-month convention: 99.9% allows 43.8 min. Use for yearly budgets split "
                             "evenly by month.")
DAYS_PER_MONTH_30 = _c("DAYS_PER_MONTH_30", 30, "days", "Availability",
                       "Days in a 30-day window (the common SLO window)",
                       "Google Cloud blog, 'Available . . . or not? That is the question - CRE life lessons' "
                       "(30 days = 43,200 min; 99.9% allows 43.2 min)",
                       "https://cloud.google.com/blog/products/gcp/available-or-not-that-is-the-question-cre-life-lessons",
                       note="30-day convention: 99.9% allows 43.2 min. State which convention you use: "
                            "43.2 vs 43.8 min is the usual source of 'wrong' answers.")

# ---------------------------------------------------------------------------
# Tokens
# ---------------------------------------------------------------------------
_TOK = ("OpenAI Help Center, 'What are tokens and how to count them?'",
        "https://help.openai.com/en/articles/4936856-what-are-tokens-and-how-to-count-them")
WORDS_PER_TOKEN_EN = _c("WORDS_PER_TOKEN_EN", 0.75, "words per token (English)", "Tokens",
                        "Rule of thumb: 1 token ~ 3/4 of an English word (100 tokens ~ 75 words)", *_TOK,
                        note="English prose only; code and other languages use more tokens per word. "
                             "The same article's '1,500 words ~ 2,048 tokens' implies 0.73.")
CHARS_PER_TOKEN_EN = _c("CHARS_PER_TOKEN_EN", 4, "characters per token (English)", "Tokens",
                        "Rule of thumb: 1 token ~ 4 characters of English text", *_TOK,
                        note="English only; the article's Spanish example is 5 tokens for 10 characters.")

# ---------------------------------------------------------------------------
# Bundles for the formulas in estimates.llm (built from the constants above)
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class ModelShape:
    """The shape numbers the serving arithmetic needs, taken from config.json."""

    name: str
    layers: int
    hidden: int
    heads: int
    kv_heads: int
    head_dim: int
    ffn: int
    vocab: int
    context: int
    experts: int = 1  # FFN experts per layer (1 = dense model)
    experts_per_token: int = 1
    tied_embeddings: bool = False


@dataclass(frozen=True)
class GPUSpec:
    """One accelerator: memory, bandwidth and dense tensor-core peaks, in SI units."""

    name: str
    hbm_bytes: float
    hbm_bytes_per_s: float
    bf16_dense_flops: float
    fp8_dense_flops: float | None
    nvlink_bytes_per_s_bidir: float


def _model(name: str, prefix: str, **extra) -> ModelShape:
    g = globals()
    return ModelShape(
        name=name,
        layers=int(g[f"{prefix}_LAYERS"]), hidden=int(g[f"{prefix}_HIDDEN"]), heads=int(g[f"{prefix}_HEADS"]),
        kv_heads=int(g[f"{prefix}_KV_HEADS"]), head_dim=int(g[f"{prefix}_HEAD_DIM"]), ffn=int(g[f"{prefix}_FFN"]),
        vocab=int(g[f"{prefix}_VOCAB"]), context=int(g[f"{prefix}_CONTEXT"]), **extra,
    )


MODELS: dict[str, ModelShape] = {
    "llama-3.1-8b": _model("Llama 3.1 8B", "LLAMA31_8B"),
    "llama-3.1-70b": _model("Llama 3.1 70B", "LLAMA31_70B"),
    "llama-3.1-405b": _model("Llama 3.1 405B", "LLAMA31_405B"),
    "mistral-7b": _model("Mistral 7B", "MISTRAL_7B"),
    "mixtral-8x7b": _model("Mixtral 8x7B", "MIXTRAL_8X7B", experts=int(MIXTRAL_8X7B_EXPERTS),
                           experts_per_token=int(MIXTRAL_8X7B_EXPERTS_PER_TOKEN)),
}

GPUS: dict[str, GPUSpec] = {
    "a100-80gb-sxm": GPUSpec("A100 80GB SXM", A100_SXM_HBM_GB * 1e9, A100_SXM_HBM_TBPS * 1e12,
                             A100_SXM_BF16_DENSE_TFLOPS * 1e12, None, A100_NVLINK_GBPS_BIDIR * 1e9),
    "h100-sxm": GPUSpec("H100 SXM", H100_SXM_HBM_GB * 1e9, H100_SXM_HBM_TBPS * 1e12,
                        H100_SXM_BF16_DENSE_TFLOPS * 1e12, H100_SXM_FP8_DENSE_TFLOPS * 1e12,
                        H100_NVLINK_GBPS_BIDIR * 1e9),
    "h200-sxm": GPUSpec("H200 SXM", H200_SXM_HBM_GB * 1e9, H200_SXM_HBM_TBPS * 1e12,
                        H200_SXM_BF16_DENSE_TFLOPS * 1e12, H200_SXM_FP8_DENSE_TFLOPS * 1e12,
                        H100_NVLINK_GBPS_BIDIR * 1e9),
    "b200": GPUSpec("B200", B200_HBM_GB * 1e9, B200_HBM_TBPS * 1e12, B200_BF16_DENSE_TFLOPS * 1e12,
                    B200_FP8_DENSE_TFLOPS * 1e12, B200_NVLINK_GBPS_BIDIR * 1e9),
}


def table(group: str | None = None) -> list[Constant]:
    """The registered constants, optionally of one group, in declaration order."""
    return [c for c in ALL.values() if group is None or c.group == group]
