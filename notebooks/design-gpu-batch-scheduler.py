# %% [markdown]
# # Design a job scheduler for batch AI workloads
#
# The back-of-the-envelope notebook behind the walkthrough. Inputs come first, each declared
# once with `assume` and its source; every number the page quotes is a `figure` computed
# below. Hardware and model shapes come only from `estimates.reference`; the parameter count
# of the example models comes from `estimates.llm`.
#
# Sections:
#
# 1. Inputs
# 2. Fleet, topology and the bandwidth that makes topology matter
# 3. Failures at fleet scale: from the Llama 3 report to what one job sees
# 4. Checkpoint interval: Young, Daly, the exact model, and two charts
# 5. Preemption cost and victim choice
# 6. Fair share: weighted max-min, the decayed fair-share factor, DRF
# 7. Gang scheduling: partial reservations and what they cost
# 8. A deterministic scheduling simulation: no gang, FIFO gang, greedy, EASY backfill
# 9. The customer fine-tune queue as M/M/c (Erlang C)
# 10. Fragmentation
# 11. Accounting, metrics volume, scheduler availability
# 12. Scaling 10x, 100x, 1000x
# 13. Interviewer twists

# %% [markdown]
# ## 1. Inputs
#
# "Llama 3 report" marks figures from Meta's *The Llama 3 Herd of Models* (arXiv:2407.21783),
# section on reliability, as quoted by DatacenterDynamics; "Daly 2006" marks the worked
# examples in the captions of J. T. Daly, *A higher order estimate of the optimum checkpoint
# interval for restart dumps*, Future Generation Computer Systems 22 (2006). Everything else is
# an assumption or a design choice of this walkthrough.

# %%
import heapq
import math

import numpy as np

from estimates import assume, assumptions_table, figure, restate
from estimates import llm
from estimates import reference as ref
from estimates.charts import SERIES, new_chart, show

L405 = ref.MODELS["llama-3.1-405b"]
L70 = ref.MODELS["llama-3.1-70b"]
HOURS_MONTH = ref.DAYS_PER_MONTH_AVG * 24


LLAMA = "Llama 3 report (arXiv:2407.21783), as quoted by DatacenterDynamics (checked 2026-11-23)"
DALY = "Daly 2006, figure captions (checked 2026-11-23)"

# Fleet and topology
fleet_gpus = assume("fleet_gpus", 10_240, "{:,.0f} GPUs", "Design-point fleet (about ten thousand H100s)", "assumption")
gpn = int(assume("gpus_per_node", 8, "{:.0f} GPUs", "GPUs per node, joined by NVLink",
                 "assumption; 8-GPU HGX/DGX servers, as DGX B200 in estimates.reference"))
nodes_per_rack = int(assume("nodes_per_rack", 4, "{:.0f} nodes", "Nodes per rack", "assumption"))
nodes_per_block = int(assume("nodes_per_block", 32, "{:.0f} nodes", "Nodes under one leaf-switch group (a block)",
                             "assumption"))
mvp_gpus = assume("mvp_gpus", 1_024, "{:,.0f} GPUs", "MVP cluster", "assumption")
prod_gpus = assume("prod_gpus", 4_096, "{:,.0f} GPUs", "Pool reserved for committed production training",
                   "design choice")
batch_gpus = assume("batch_gpus", 5_120, "{:,.0f} GPUs", "Shared research batch pool (fair-shared by team)",
                    "design choice")
ft_gpus = assume("ft_gpus", 768, "{:,.0f} GPUs", "Customer fine-tune pool", "design choice")
spare_gpus = assume("spare_gpus", 256, "{:,.0f} GPUs", "Hot spares, running scavenger work while idle",
                    "design choice")
usd_gpu_h = assume("usd_per_gpu_hour", 3.00, "${:.2f} per GPU-hour",
                   "H100 price (an assumption, not a quote; the same figure as the inference walkthroughs)",
                   "assumption")
nvlink_bidir = restate("h100_nvlink_gbps", "H100_NVLINK_GBPS_BIDIR", "{:.0f} GB/s",
                       "H100 NVLink per GPU, both directions")
nic_gbit = assume("nic_gbit", 400, "{:.0f} Gb/s", "Scale-out network per GPU (RoCE or InfiniBand NIC)",
                  "Llama 3 report: 400 Gbps interconnects between GPUs")
cores_per_node = assume("cores_per_node", 128, "{:.0f} cores", "CPU cores per GPU node", "assumption")

# Failures (Llama 3 pre-training snapshot)
llama_gpus = assume("llama_gpus", 16_384, "{:,.0f} GPUs", "H100s in the Llama 3 405B pre-training job", LLAMA)
llama_days = assume("llama_days", 54, "{:.0f} days", "Length of the reported snapshot", LLAMA)
llama_unexpected = assume("llama_unexpected", 419, "{:.0f}", "Unexpected interruptions in the snapshot", LLAMA)
llama_planned = assume("llama_planned", 47, "{:.0f}", "Planned interruptions (maintenance) in the snapshot", LLAMA)
llama_total = assume("llama_total", 466, "{:.0f}", "All job interruptions in the snapshot", LLAMA)
repair_h = assume("repair_h", 48, "{:.0f} h", "Time to diagnose, fix or replace a failed node and return it",
                  "assumption")

# Checkpoints
state_bpp = assume("state_bytes_per_param", 16, "{:.0f} bytes",
                   "Training state per parameter: BF16 weights and gradients, FP32 master copy, Adam m and v",
                   "mixed-precision Adam convention (2+2+4+4+4)")
ckpt_bw = assume("ckpt_write_gbps", 100, "{:.0f} GB/s", "Storage write bandwidth one job gets for a checkpoint",
                 "assumption")
ckpt_async_s = assume("ckpt_async_s", 5, "{:.0f} s",
                      "Training stall for an asynchronous checkpoint (snapshot to host memory, upload in background)",
                      "assumption")
restart_min = assume("restart_min", 10, "{:.0f} min",
                     "Restart after a failure: reschedule, start containers, load checkpoint, NCCL init, warm-up",
                     "assumption")
restart_fast_min = assume("restart_fast_min", 2, "{:.0f} min",
                          "Restart with a hot spare in the same block and the checkpoint in peers' memory",
                          "assumption")
big_job = assume("big_job_gpus", 4_096, "{:,.0f} GPUs", "The example pre-training job (a 405B-class dense model)",
                 "assumption")
daly_M_h = assume("daly_m_h", 24, "{:.0f} h", "Daly's first example: mean time between failures", DALY)
daly_delta_min = assume("daly_delta_min", 5, "{:.0f} min", "Daly's examples: checkpoint (dump) time", DALY)
daly_R_min = assume("daly_r_min", 10, "{:.0f} min", "Daly's examples: restart time", DALY)
daly_fig3 = assume("daly_fig3_min", 117, "{:.0f} min", "Daly's stated optimum for M = 24 h", DALY)
daly_fig4 = assume("daly_fig4_min", 57, "{:.0f} min", "Daly's stated optimum for M = 6 h", DALY)
daly_fig5 = assume("daly_fig5_min", 9.1, "{:.1f} min", "Daly's stated optimum for M = 15 min", DALY)

# Preemption
grace_s = assume("preempt_grace_s", 120, "{:.0f} s", "Notice a preempted job gets to checkpoint before it is killed",
                 "design choice")
urgent_gpus = assume("urgent_gpus", 512, "{:.0f} GPUs", "An urgent job that must start now", "interviewer twist")

# Fair share (research batch pool)
w = {"A": 4, "B": 3, "C": 2, "D": 1}
demand = {"A": 3_000, "B": 800, "C": 2_500, "D": 300}
for t in w:
    assume(f"w_{t.lower()}", w[t], "{:.0f}", f"Team {t}: fair-share weight", "design choice")
    assume(f"demand_{t.lower()}", demand[t], "{:,.0f} GPUs", f"Team {t}: GPUs its pending and running jobs want",
           "assumption")
fs_share_a = assume("fs_share_a", 0.40, "{:.0%}", "Team A: normalised share (4 of 10)", "design choice")
fs_usage_a = assume("fs_usage_a", 0.55, "{:.0%}", "Team A: decayed share of recent usage", "assumption")
fs_share_d = assume("fs_share_d", 0.10, "{:.0%}", "Team D: normalised share (1 of 10)", "design choice")
fs_usage_d = assume("fs_usage_d", 0.02, "{:.0%}", "Team D: decayed share of recent usage", "assumption")
x_gpu = assume("drf_x_gpus", 8, "{:.0f} GPUs", "DRF: team X task (pre-training shard)", "assumption")
x_cpu = assume("drf_x_cores", 32, "{:.0f} cores", "DRF: team X task CPU cores", "assumption")
y_gpu = assume("drf_y_gpus", 1, "{:.0f} GPU", "DRF: team Y task (RL rollouts with CPU-heavy environments)",
               "assumption")
y_cpu = assume("drf_y_cores", 48, "{:.0f} cores", "DRF: team Y task CPU cores", "assumption")

# Gang scheduling
gang_big = assume("gang_big", 1_024, "{:,.0f} GPUs", "A large research gang waiting in the batch pool", "assumption")
batch_job_h = assume("batch_job_h", 8, "{:.0f} h", "Mean run time of batch-pool jobs, weighted by GPUs",
                     "assumption")
partial_gang = assume("partial_gang", 2_048, "{:,.0f} GPUs", "Gang that comes up short at start", "interviewer twist")
partial_bad_nodes = assume("partial_bad_nodes", 6, "{:.0f} nodes", "Nodes of that gang that fail their pre-flight",
                           "interviewer twist")
start_overhead_min = assume("start_overhead_min", 5, "{:.0f} min",
                            "Image pull, data mount and pre-flight test before a gang is ready", "assumption")
spare_swap_min = assume("spare_swap_min", 4, "{:.0f} min", "Swap in a hot spare node and re-run its pre-flight",
                        "assumption")
hold_min = assume("gang_hold_min", 10, "{:.0f} min",
                  "Longest a short gang holds its nodes before releasing them all", "design choice")
ready_timeout_min = assume("ready_timeout_min", 5, "{:.0f} min",
                           "Kueue waitForPodsReady default timeout",
                           "Kueue docs, All-or-nothing with ready Pods (checked 2026-11-23)")

# Simulation
SIM_NODES = int(assume("sim_nodes", 64, "{:.0f} nodes", "Simulated pool (8 GPUs each)", "assumption"))
sim_mean_h = assume("sim_mean_h", 4, "{:.0f} h", "Simulated mean job run time (lognormal, sigma 1)", "assumption")
sim_load = assume("sim_load", 0.95, "{:.0%}", "Offered load in the simulation (GPU demand over capacity)",
                  "assumption")
sim_days = int(assume("sim_days", 60, "{:.0f} days", "Simulated period", "assumption"))
sim_over_hi = assume("sim_overestimate_hi", 3.0, "{:.0f}x",
                     "Users' runtime estimates are 1x to this multiple of the true run time", "assumption")
sim_depth = int(assume("sim_depth", 200, "{:.0f} jobs", "Jobs examined per scheduling pass",
                       "design choice; Slurm's default_queue_depth is 100"))
SIZES = np.array([1, 8, 64, 256])
PROBS = np.array([0.40, 0.35, 0.20, 0.05])
for s, p in zip(SIZES, PROBS):
    assume(f"sim_p{s}", p, "{:.0%}", f"Share of simulated jobs that need {s} GPUs", "assumption")

# Customer fine-tune queue
ft_jobs_day = assume("ft_jobs_day", 1_200, "{:,.0f} jobs/day", "Customer fine-tune jobs per day", "assumption")
ft_mean_h = assume("ft_mean_h", 1.5, "{:.1f} h", "Mean run time of a customer fine-tune on one 8-GPU node",
                   "assumption")
ft_slo_min = assume("ft_slo_min", 15, "{:.0f} min", "Fine-tune start objective: wait at most", "design choice")
ft_slo_p = assume("ft_slo_p", 0.95, "{:.0%}", "Share of fine-tunes that must start within the objective",
                  "design choice")

# Fragmentation
nvl_domain = assume("nvl72_gpus", 72, "{:.0f} GPUs", "GPUs in one GB200 NVL72 NVLink domain (one rack)",
                    "NVIDIA Mission Control docs, NVLink switch integration (checked 2026-11-23)")
nvl_job = assume("nvl_job_gpus", 64, "{:.0f} GPUs", "A tensor/expert-parallel group that must stay in one domain",
                 "assumption")
blk_free = assume("blk_free_gpus", 200, "{:.0f} GPUs", "Free GPUs in each of four blocks (fragmentation example)",
                  "assumption")
blk_need = assume("blk_need_gpus", 256, "{:.0f} GPUs", "A gang that must sit in one block", "assumption")

# Accounting, metrics, control plane
jobs_day = assume("jobs_day", 20_000, "{:,.0f} jobs/day", "Jobs submitted per day at the design point (most small)",
                  "assumption")
pending_peak = assume("pending_peak", 5_000, "{:,.0f} jobs", "Pending jobs at a busy moment", "assumption")
shapes = assume("shapes", 50, "{:.0f}", "Distinct (GPU count, GPU type, topology) shapes among pending jobs",
                "assumption")
dcgm_metrics = assume("dcgm_metrics", 10, "{:.0f}", "GPU metrics scraped per GPU (DCGM exporter)", "assumption")
scrape_s = assume("scrape_s", 10, "{:.0f} s", "Scrape interval", "design choice")
turnover_h = assume("turnover_h", 4, "{:.0f} h", "Mean job run time outside the production pool, weighted by GPUs",
                    "assumption")
outage_min = assume("sched_outage_min", 5, "{:.0f} min", "A scheduler outage (crash without a standby)",
                    "assumption")
lease_s = assume("lease_s", 15, "{:.0f} s", "Leader lease duration", "design choice")
cell_gpus = assume("cell_gpus", 25_600, "{:,.0f} GPUs", "GPUs one scheduler cell manages (one fabric or building)",
                   "design choice")
reclaim_gpus = assume("reclaim_gpus", 2_048, "{:,.0f} GPUs", "GPUs inference takes back each morning",
                      "interviewer twist")
largest_share = assume("largest_share", 0.4, "{:.0%}", "Largest single job as a share of the fleet (scaling table)",
                       "assumption")
reclaim_min = assume("reclaim_min", 10, "{:.0f} min", "Notice inference gives before it needs them",
                     "interviewer twist")
assumptions_table()

# %% [markdown]
# ## 2. Fleet, topology and bandwidth

# %%
assert prod_gpus + batch_gpus + ft_gpus + spare_gpus == fleet_gpus
nodes = fleet_gpus / gpn
figure("fleet_nodes", nodes, "{:,.0f} nodes", "Nodes in the fleet")
figure("rack_gpus", gpn * nodes_per_rack, "{:.0f} GPUs", "GPUs per rack")
figure("block_gpus", gpn * nodes_per_block, "{:.0f} GPUs", "GPUs per block")
figure("fleet_blocks", nodes / nodes_per_block, "{:.0f} blocks", "Blocks in the fleet")
figure("fleet_racks", nodes / nodes_per_rack, "{:.0f} racks", "Racks in the fleet")
figure("mvp_nodes", mvp_gpus / gpn, "{:.0f} nodes", "Nodes in the MVP")
figure("prod_blocks", prod_gpus / (gpn * nodes_per_block), "{:.0f} blocks", "Blocks in the production pool")
figure("batch_blocks", batch_gpus / (gpn * nodes_per_block), "{:.0f} blocks", "Blocks in the batch pool")
figure("ft_nodes", ft_gpus / gpn, "{:.0f} nodes", "Nodes in the fine-tune pool")
figure("spare_nodes", spare_gpus / gpn, "{:.0f} nodes", "Hot-spare nodes")
figure("prod_share", prod_gpus / fleet_gpus, "{:.0%}", "Production pool share of the fleet")
figure("batch_share", batch_gpus / fleet_gpus, "{:.0%}", "Batch pool share of the fleet")

nvlink_one_way = nvlink_bidir / 2
nic_gbytes = nic_gbit / 8
figure("nvlink_one_way", nvlink_one_way, "{:.0f} GB/s", "NVLink per GPU, one direction")
figure("nic_gbytes", nic_gbytes, "{:.0f} GB/s", "Scale-out NIC per GPU, one direction")
figure("nvlink_over_nic", nvlink_one_way / nic_gbytes, "{:.0f}x", "NVLink bandwidth over the NIC, per GPU")

gpu_h_day = fleet_gpus * 24
figure("fleet_gpu_h_day", gpu_h_day, "{:,.0f} GPU-hours/day", "GPU-hours the fleet offers per day")
figure("fleet_usd_day", gpu_h_day * usd_gpu_h / 1e3, "${:,.0f}k/day", "Fleet cost per day")
figure("fleet_usd_month", fleet_gpus * HOURS_MONTH * usd_gpu_h / 1e6, "${:.1f}M/month", "Fleet cost per average month")
figure("one_pct_usd_month", 0.01 * fleet_gpus * HOURS_MONTH * usd_gpu_h / 1e3, "${:,.0f}k/month",
       "What one point of utilisation is worth per month")

# %% [markdown]
# ## 3. Failures at fleet scale
#
# The Llama 3 report gives 419 unexpected interruptions of one 16,384-GPU job in 54 days.
# Treat every one as a failure of one GPU's node (an upper bound on the per-GPU rate that
# includes network and software causes), spread evenly across GPUs: a per-GPU interruption
# rate, from which any job's mean time between failures follows as MTBF / N.

# %%
gpu_hours_llama = llama_gpus * llama_days * 24
rate_gpu_h = llama_unexpected / gpu_hours_llama
mtbf_gpu_h = 1 / rate_gpu_h
assert llama_planned + llama_unexpected == llama_total
figure("llama_gpu_h", gpu_hours_llama / 1e6, "{:.1f}M GPU-hours", "GPU-hours in the Llama 3 snapshot")
figure("llama_mtbi_h", llama_days * 24 / llama_unexpected, "{:.1f} h", "Llama 3: mean time between unexpected interruptions")
figure("llama_mtbi_all_h", llama_days * 24 / llama_total, "{:.1f} h", "Llama 3: mean time between all interruptions")
figure("mtbf_gpu_h", mtbf_gpu_h, "{:,.0f} GPU-hours", "Implied mean time between interruptions per GPU")
figure("mtbf_gpu_years", mtbf_gpu_h / 24 / ref.DAYS_PER_YEAR, "{:.1f} years", "The same, in years")


def job_mtbf_h(n):
    return mtbf_gpu_h / n


for n in [8, 64, 512, 1_024, 4_096, 16_384, 102_400]:
    m = job_mtbf_h(n)
    figure(f"mtbf_{n}_h", m, "{:,.0f} h" if m >= 100 else ("{:.1f} h" if m >= 1 else "{:.2f} h"),
           f"Mean time between interruptions of a {n:,}-GPU job")
figure("mtbf_102400_min", job_mtbf_h(102_400) * 60, "{:.0f} min", "Same for a 102,400-GPU job, in minutes")
figure("mtbf_4096_min", job_mtbf_h(4_096) * 60, "{:.0f} min", "A 4,096-GPU job, in minutes")
figure("mtbf_16384_min", job_mtbf_h(16_384) * 60, "{:.0f} min", "A 16,384-GPU job, in minutes")


def p_interrupt(n, hours):
    return 1 - math.exp(-hours / job_mtbf_h(n))


figure("p_int_8_24h", p_interrupt(8, 24), "{:.2%}", "Chance an 8-GPU job is interrupted in 24 h")
figure("p_int_64_12h", p_interrupt(64, 12), "{:.1%}", "Chance a 64-GPU job is interrupted in 12 h")
figure("p_int_1024_24h", p_interrupt(1_024, 24), "{:.0%}", "Chance a 1,024-GPU job is interrupted in 24 h")
figure("int_4096_week", 24 * 7 / job_mtbf_h(4_096), "{:.1f}", "Expected interruptions of a 4,096-GPU job per week")

fleet_int_day = fleet_gpus * rate_gpu_h * 24
figure("fleet_int_day", fleet_int_day, "{:.1f} per day", "Interruptions across the fleet per day")
figure("fleet_int_every_h", 24 / fleet_int_day, "{:.1f} h", "Fleet-wide mean time between interruptions")
figure("mvp_int_every_h", job_mtbf_h(mvp_gpus), "{:.0f} h", "MVP cluster: mean time between interruptions")
nodes_in_repair = fleet_int_day / 24 * repair_h
figure("nodes_in_repair", nodes_in_repair, "{:.0f} nodes", "Nodes out for repair at any moment (Little's law)")
figure("repair_share", nodes_in_repair / nodes, "{:.1%}", "Share of nodes out for repair")
figure("spare_cover", (spare_gpus / gpn) / nodes_in_repair, "{:.1f}x", "Hot spares over nodes in repair")

# %% [markdown]
# ## 4. Checkpoint interval
#
# With checkpoint time delta, restart time R and mean time between failures M (failures
# exponential), the expected wall-clock time to finish tau of work plus its checkpoint,
# when a restart can itself be interrupted, is M e^(R/M) (e^((tau+delta)/M) - 1).
# Goodput is tau over that. Young's first-order optimum is sqrt(2 delta M); Daly's
# higher-order estimate is sqrt(2 delta M) [1 + (1/3) sqrt(delta/2M) + (1/9)(delta/2M)] - delta
# for delta < 2M (and M otherwise). The notebook checks both against the exact optimum and
# against the three worked examples in Daly's captions.

# %%
# Young, Daly and the goodput model live in estimates.checkpointing (tested against Daly's
# published examples); the short names below are the ones this notebook uses.
from estimates.checkpointing import best_interval as exact_opt  # noqa: E402
from estimates.checkpointing import daly_interval as daly  # noqa: E402
from estimates.checkpointing import goodput  # noqa: E402
from estimates.checkpointing import young_interval as young  # noqa: E402


for key, M_min, stated in [("fig3", daly_M_h * 60, daly_fig3), ("fig4", 6 * 60, daly_fig4), ("fig5", 15, daly_fig5)]:
    d = daly(daly_delta_min, M_min)
    assert abs(d - stated) / stated < 0.01, (key, d, stated)
    figure(f"daly_{key}_calc", d, "{:.1f} min", f"Daly's formula for his {key} example")
    figure(f"young_{key}_calc", young(daly_delta_min, M_min), "{:.1f} min", f"Young's formula for Daly's {key} example")
    figure(f"exact_{key}_calc", exact_opt(daly_delta_min, M_min, daly_R_min)[0], "{:.1f} min",
           f"Exact optimum for Daly's {key} example")
figure("young_over_daly_fig5", young(daly_delta_min, 15) / daly(daly_delta_min, 15) - 1, "{:.0%}",
       "Young overshoots Daly's optimum in the M = 15 min example by")

# The example job: a 405B-class dense model on 4,096 GPUs
params_405 = llm.param_count(L405)
state_tb = params_405 * state_bpp / 1e12
figure("l405_params_b", params_405 / 1e9, "{:.1f}B parameters", "Llama 3.1 405B parameters from config.json shapes")
figure("ckpt_405_tb", state_tb, "{:.1f} TB", "Training state of a 405B model (decimal TB)")
figure("ckpt_405_tib", params_405 * state_bpp / 2**40, "{:.1f} TiB", "The same in TiB")
figure("ckpt_70_tb", llm.param_count(L70) * state_bpp / 1e12, "{:.2f} TB", "Training state of a 70B model")
delta_sync_min = state_tb * 1e12 / (ckpt_bw * 1e9) / 60
delta_async_min = ckpt_async_s / 60
figure("ckpt_sync_s", delta_sync_min * 60, "{:.0f} s", "Synchronous checkpoint of the 405B state at the job's bandwidth")
figure("ckpt_per_gpu_gb", state_tb * 1e3 / big_job, "{:.2f} GB", "Training state per GPU on 4,096 GPUs")
M_big = job_mtbf_h(big_job) * 60
R = restart_min
for tag, dlt in [("sync", delta_sync_min), ("async", delta_async_min)]:
    ty = young(dlt, M_big)
    td = daly(dlt, M_big)
    te, ge = exact_opt(dlt, M_big, R)
    figure(f"big_{tag}_young_min", ty, "{:.0f} min" if ty >= 10 else "{:.1f} min",
           f"4,096-GPU job, {tag} checkpoints: Young's interval")
    figure(f"big_{tag}_daly_min", td, "{:.0f} min" if td >= 10 else "{:.1f} min",
           f"4,096-GPU job, {tag} checkpoints: Daly's interval")
    figure(f"big_{tag}_goodput", goodput(ty, dlt, M_big, R), "{:.1%}",
           f"4,096-GPU job, {tag} checkpoints: goodput at Young's interval")
    figure(f"big_{tag}_goodput_exact", ge, "{:.1%}", f"4,096-GPU job, {tag} checkpoints: best goodput")
    figure(f"big_{tag}_ckpt_day", 24 * 60 / ty, "{:.0f} checkpoints/day", f"Checkpoints per day, {tag}")
# First-order waste split at Young's interval (sync): delta/tau + tau/2M + R/M
ty = young(delta_sync_min, M_big)
figure("waste_ckpt", delta_sync_min / ty, "{:.1%}", "Waste: time spent writing checkpoints")
figure("waste_rework", ty / (2 * M_big), "{:.1%}", "Waste: work redone after failures (half an interval each)")
figure("waste_restart", R / M_big, "{:.1%}", "Waste: restarts")
for hours in [1, 4]:
    figure(f"big_sync_goodput_{hours}h", goodput(hours * 60, delta_sync_min, M_big, R), "{:.1%}",
           f"Goodput with a {hours}-hour interval, sync checkpoints")
figure("big_sync_goodput_5min", goodput(5, delta_sync_min, M_big, R), "{:.1%}", "Goodput with a 5-minute interval, sync")
gp_lost = goodput(young(delta_sync_min, M_big), delta_sync_min, M_big, R) - goodput(240, delta_sync_min, M_big, R)
figure("gp_4h_lost_gpu_h_day", gp_lost * big_job * 24, "{:,.0f} GPU-hours/day",
       "GPU-hours a day lost by checkpointing every 4 h instead of at the optimum")

# The Llama-3-sized job as a sanity check
M_llama = job_mtbf_h(llama_gpus) * 60
figure("llama_sync_goodput", exact_opt(delta_sync_min, M_llama, R)[1], "{:.0%}",
       "16,384-GPU job, sync checkpoints, 10-minute restarts: best goodput")
figure("llama_async_goodput", exact_opt(delta_async_min, M_llama, R)[1], "{:.0%}",
       "16,384-GPU job, async checkpoints, 10-minute restarts: best goodput")
figure("llama_async_young_min", young(delta_async_min, M_llama), "{:.1f} min", "16,384-GPU job: Young's interval, async")

# Chart 1: goodput against interval for the 4,096-GPU job
taus = np.geomspace(1, 24 * 60, 400)
fig, ax = new_chart()
for (label, dlt), colour in zip([("5 s stall (async)", delta_async_min),
                                 (f"{delta_sync_min * 60:.0f} s (sync, 405B state)", delta_sync_min),
                                 ("5 min", 5.0)], SERIES):
    ax.plot(taus / 60, [goodput(t, dlt, M_big, R) * 100 for t in taus], color=colour, label=f"checkpoint {label}")
    t0 = young(dlt, M_big)
    ax.plot([t0 / 60], [goodput(t0, dlt, M_big, R) * 100], "o", color=colour)
ax.set_xscale("log")
ax.set_ylim(60, 100)
ax.set_xlabel("Checkpoint interval (hours, log scale); dots mark Young's sqrt(2 x delta x M)")
ax.set_ylabel("Goodput (%)")
ax.legend(frameon=False, fontsize=9, loc="lower center")
show(fig, alt="Goodput of a 4,096-GPU job against checkpoint interval for three checkpoint costs: each curve rises "
              "to a flat peak and falls on both sides; the peak is about 97 percent at an 11-minute interval for a "
              "5-second stall, about 93 percent at 40 minutes for a 65-second checkpoint, and about 88 percent at "
              "roughly 85 minutes for a 5-minute checkpoint; the dots from Young's formula sit on each peak")

# Chart 2: best goodput against job size
sizes = np.geomspace(256, 131_072, 60)
fig, ax = new_chart()
for (label, dlt, rr), colour in zip([("sync checkpoint, 10 min restart", delta_sync_min, restart_min),
                                     ("async checkpoint, 10 min restart", delta_async_min, restart_min),
                                     ("async checkpoint, 2 min restart (hot spare, peer copy)", delta_async_min,
                                      restart_fast_min)], SERIES):
    ax.plot(sizes, [exact_opt(dlt, job_mtbf_h(n) * 60, rr)[1] * 100 for n in sizes], color=colour, label=label)
ax.set_xscale("log", base=2)
ax.set_ylim(0, 100)
ax.set_xlabel("GPUs in one synchronous job (log scale)")
ax.set_ylabel("Best achievable goodput (%)")
ax.legend(frameon=False, fontsize=9, loc="lower left")
show(fig, alt="Best achievable goodput against job size from 256 to 131,072 GPUs: with synchronous 405B-size "
              "checkpoints and 10-minute restarts it falls from about 99 percent to under 50 percent; asynchronous "
              "checkpoints lift the large end to about 60 percent, and only 2-minute restarts keep it in the "
              "mid-80s")

for n in [16_384, 102_400]:
    for tag, dlt, rr in [("sync", delta_sync_min, restart_min), ("async", delta_async_min, restart_min),
                         ("fast", delta_async_min, restart_fast_min)]:
        figure(f"gp_{n}_{tag}", exact_opt(dlt, job_mtbf_h(n) * 60, rr)[1], "{:.0%}",
               f"{n:,}-GPU job, {tag}: best goodput")

# %% [markdown]
# ## 5. Preemption cost
#
# A victim that is killed without notice loses everything since its last checkpoint (on
# average half an interval) plus a restart; a victim that gets a signal and a grace period
# long enough to checkpoint loses the checkpoint time plus the restart.

# %%
tau_batch = 60.0  # minutes: a research job checkpointing hourly
cost_hard = urgent_gpus * (tau_batch / 2 + restart_min) / 60
cost_soft = urgent_gpus * (delta_sync_min + restart_min) / 60
figure("preempt_hard_gpu_h", cost_hard, "{:,.0f} GPU-hours", "Preempting 512 GPUs without notice (hourly checkpoints)")
figure("preempt_soft_gpu_h", cost_soft, "{:,.0f} GPU-hours", "Preempting 512 GPUs with a checkpoint signal")
figure("preempt_hard_usd", cost_hard * usd_gpu_h, "${:,.0f}", "Cost of the hard preemption")
figure("preempt_soft_usd", cost_soft * usd_gpu_h, "${:,.0f}", "Cost of the cooperative preemption")
figure("preempt_saving", 1 - cost_soft / cost_hard, "{:.0%}", "Saving from checkpoint-on-signal")

figure("urgent_start_min", grace_s / 60 + start_overhead_min, "{:.0f} min",
       "Urgent job start: preemption grace plus start-up")

# The walkthrough's example job: 64 GPUs for 11 hours
ex_gpus = assume("ex_gpus", 64, "{:.0f} GPUs", "Example job in 'one request through the MVP'", "assumption")
ex_run_h = assume("ex_run_h", 11, "{:.0f} h", "Its run time", "assumption")
figure("ex_gpu_h", ex_gpus * ex_run_h, "{:,.0f} GPU-hours", "GPU-hours the example job is charged")
figure("ex_nodes", ex_gpus / gpn, "{:.0f} nodes", "Nodes the example job needs")

# Victim choice: free 512 GPUs from these running jobs if they must be killed without notice
victims = [  # (key, name, GPUs, minutes since last checkpoint, class)
    ("v_scav", "eval sweep (scavenger)", 128, 50, "scavenger"),
    ("v_a", "team A run", 256, 55, "batch"),
    ("v_b", "team B run", 256, 2, "batch"),
    ("v_c", "team C ablation", 128, 5, "batch"),
    ("v_d", "team D fine-tune", 64, 20, "batch"),
]


def lost(v):
    return v[2] * (v[3] + restart_min) / 60


for v in victims:
    figure(f"{v[0]}_gpus", v[2], "{:,.0f} GPUs", f"{v[1]}: GPUs")
    figure(f"{v[0]}_since", v[3], "{:.0f} min", f"{v[1]}: minutes since its last checkpoint")
    figure(f"{v[0]}_lost_gpu_h", lost(v), "{:,.0f} GPU-hours", f"Lost work if {v[1]} is killed without notice")
# Cheapest set: search every subset (five jobs, 31 subsets) for the least lost work that frees enough
best = None
for mask in range(1, 2 ** len(victims)):
    pick = [v for i, v in enumerate(victims) if mask >> i & 1]
    if sum(v[2] for v in pick) >= urgent_gpus:
        cost = sum(lost(v) for v in pick)
        if best is None or cost < best[0]:
            best = (cost, pick)
figure("pick_cost", best[0], "{:,.0f} GPU-hours", "Lost work of the cheapest set of victims")
figure("pick_freed", sum(v[2] for v in best[1]), "{:,.0f} GPUs", "GPUs that set frees")
assert {v[0] for v in best[1]} == {"v_scav", "v_b", "v_c"}
freed_n, cost_n = 0, 0.0
for v in sorted(victims, key=lambda v: (-v[2], v[0])):
    if freed_n >= urgent_gpus:
        break
    freed_n += v[2]
    cost_n += lost(v)
figure("naive_cost", cost_n, "{:,.0f} GPU-hours", "Lost work if the largest jobs are preempted first")
figure("pick_vs_naive", cost_n / best[0], "{:.1f}x", "Largest-first over cheapest set")

# %% [markdown]
# ## 6. Fair share
#
# Weighted max-min (water-filling): give each team its weight's share of the pool; a team that
# wants less keeps only its demand and the surplus is split among the rest by weight, repeat.

# %%
def water_fill(pool, weights, demands):
    alloc = {t: 0.0 for t in weights}
    active = set(weights)
    left = pool
    while active and left > 1e-9:
        wsum = sum(weights[t] for t in active)
        share = {t: left * weights[t] / wsum for t in active}
        capped = [t for t in active if demands[t] - alloc[t] <= share[t]]
        if not capped:
            for t in active:
                alloc[t] += share[t]
            left = 0
            break
        for t in capped:
            left -= demands[t] - alloc[t]
            alloc[t] = demands[t]
            active.discard(t)
    return alloc


fair = water_fill(batch_gpus, w, demand)
for t in w:
    figure(f"naive_{t.lower()}", batch_gpus * w[t] / sum(w.values()), "{:,.0f} GPUs", f"Team {t}: weight share alone")
    figure(f"fair_{t.lower()}", fair[t], "{:,.0f} GPUs", f"Team {t}: weighted max-min allocation")
assert abs(sum(fair.values()) - batch_gpus) < 1e-6
figure("fair_total", sum(fair.values()), "{:,.0f} GPUs", "Total allocated")
figure("fair_surplus", batch_gpus - demand["B"] - demand["D"], "{:,.0f} GPUs", "Left for A and C after B and D are satisfied")
figure("demand_total", sum(demand.values()), "{:,.0f} GPUs", "Total demand in the batch pool")

# Decayed fair-share factor, F = 2^(-U/S) (Slurm's classic formula)
fa = 2 ** (-fs_usage_a / fs_share_a)
fd = 2 ** (-fs_usage_d / fs_share_d)
figure("fs_factor_a", fa, "{:.2f}", "Team A fair-share factor")
figure("fs_factor_d", fd, "{:.2f}", "Team D fair-share factor")
figure("fs_ratio_a", fs_usage_a / fs_share_a, "{:.2f}", "Team A usage over share")
figure("fs_ratio_d", fs_usage_d / fs_share_d, "{:.1f}", "Team D usage over share")

# DRF on the batch pool: GPUs and CPU cores
pool_cores = batch_gpus / gpn * cores_per_node
figure("drf_pool_cores", pool_cores, "{:,.0f} cores", "CPU cores in the batch pool")
figure("drf_pool_ratio", pool_cores / batch_gpus, "{:.0f} cores/GPU", "Cores per GPU in the pool")
dx = max(x_gpu / batch_gpus, x_cpu / pool_cores)
dy = max(y_gpu / batch_gpus, y_cpu / pool_cores)
figure("drf_x_dom", x_gpu / batch_gpus, "{:.3%}", "Team X task: GPU share (its dominant resource)")
figure("drf_y_dom", y_cpu / pool_cores, "{:.3%}", "Team Y task: core share (its dominant resource)")
# Progressive filling: the team with the lower dominant share gets the next task, while one fits
nx = ny = 0
used_g = used_c = 0.0
while True:
    order_ = sorted([("x", nx * dx), ("y", ny * dy)], key=lambda p: p[1])
    for who, _ in order_:
        g, c = (x_gpu, x_cpu) if who == "x" else (y_gpu, y_cpu)
        if used_g + g <= batch_gpus and used_c + c <= pool_cores:
            used_g += g
            used_c += c
            nx, ny = (nx + 1, ny) if who == "x" else (nx, ny + 1)
            break
    else:
        break
figure("drf_x_tasks", nx, "{:,.0f} tasks", "DRF: team X tasks")
figure("drf_y_tasks", ny, "{:,.0f} tasks", "DRF: team Y tasks")
figure("drf_x_gpus_total", nx * x_gpu, "{:,.0f} GPUs", "DRF: team X GPUs")
figure("drf_y_gpus_total", ny * y_gpu, "{:,.0f} GPUs", "DRF: team Y GPUs")
figure("drf_y_cores_total", ny * y_cpu, "{:,.0f} cores", "DRF: team Y cores")
figure("drf_x_share", nx * dx, "{:.0%}", "DRF: team X dominant share")
figure("drf_y_share", ny * dy, "{:.0%}", "DRF: team Y dominant share")
figure("drf_cores_used", used_c / pool_cores, "{:.0%}", "DRF: share of cores used")
figure("drf_gpus_used", used_g / batch_gpus, "{:.0%}", "DRF: share of GPUs used")
# GPU-only equal split: each team 2,560 GPUs; Y runs out of cores first
half = batch_gpus / 2
x_tasks_half = half / x_gpu
cores_left = pool_cores - x_tasks_half * x_cpu
y_tasks_half = min(half / y_gpu, cores_left // y_cpu)
figure("gpuonly_half", half, "{:,.0f} GPUs", "GPU-only equal split per team")
figure("gpuonly_y_gpus", y_tasks_half * y_gpu, "{:,.0f} GPUs", "GPUs team Y can actually use under the GPU-only split")
figure("gpuonly_idle", half - y_tasks_half * y_gpu, "{:,.0f} GPUs", "GPUs of Y's half left idle for lack of cores")

# %% [markdown]
# ## 7. Gang scheduling: partial reservations and their cost
#
# A gang that accumulates nodes as they free up idles everything it has collected until the
# last node arrives. If nodes free at a steady r GPUs/hour, collecting N takes N/r hours and
# idles N^2 / 2r GPU-hours.

# %%
turnover = batch_gpus / batch_job_h
r_blocks = turnover * gang_big / batch_gpus  # only the blocks picked for the gang matter
figure("batch_turnover", turnover, "{:,.0f} GPUs/h", "GPUs freed per hour in the batch pool")
figure("gang_blocks", gang_big / (gpn * nodes_per_block), "{:.0f} blocks", "Blocks the large gang needs")
figure("gang_fill_rate", r_blocks, "{:,.0f} GPUs/h", "GPUs freed per hour inside the gang's chosen blocks")
figure("gang_fill_h", gang_big / r_blocks, "{:.0f} h", "Time to collect the gang by waiting")
idle_drain = gang_big ** 2 / (2 * r_blocks)
figure("gang_idle_gpu_h", idle_drain, "{:,.0f} GPU-hours", "GPU-hours idled while collecting it, no backfill")
figure("gang_idle_usd", idle_drain * usd_gpu_h, "${:,.0f}", "Their cost")

# Short gang at start: 2,048 GPUs, 6 nodes fail their pre-flight
good_gpus = partial_gang - partial_bad_nodes * gpn
figure("partial_nodes", partial_gang / gpn, "{:.0f} nodes", "Nodes in the 2,048-GPU gang")
figure("partial_good_gpus", good_gpus, "{:,.0f} GPUs", "GPUs ready and waiting")
figure("partial_hold_cost_h", good_gpus * usd_gpu_h, "${:,.0f} per hour", "Cost of holding them idle")
figure("partial_hold_gpu_h", good_gpus * hold_min / 60, "{:,.0f} GPU-hours", "Idle GPU-hours if the full hold is used")
figure("partial_swap_gpu_h", good_gpus * spare_swap_min / 60, "{:,.0f} GPU-hours",
       "Idle GPU-hours while hot spares are swapped in")
figure("partial_release_gpu_h", good_gpus * start_overhead_min / 60, "{:,.0f} GPU-hours",
       "Start-up work thrown away by releasing the gang")
figure("partial_bad_share", partial_bad_nodes / (partial_gang / gpn), "{:.1%}", "Share of the gang's nodes that failed")
figure("spare_nodes_block", (spare_gpus / gpn) / (fleet_gpus / (gpn * nodes_per_block)), "{:.1f} nodes",
       "Hot-spare nodes per block if spread evenly")


# Deadlock arithmetic: two 512-GPU gangs placed pod by pod on 600 free GPUs
free_now = 600
figure("dl_free", free_now, "{:.0f} GPUs", "Free GPUs in the deadlock example")
figure("dl_each", free_now / 2, "{:.0f} GPUs", "What each of two 512-GPU gangs holds after interleaved placement")
figure("dl_short", 512 - free_now / 2, "{:.0f} GPUs", "What each still lacks")

# %% [markdown]
# ## 8. Simulation
#
# One pool of 64 nodes x 8 GPUs, a seeded job stream (Poisson arrivals, lognormal run
# times, four sizes), and five policies:
#
# - **no gang**: each queued job, in order, grabs whatever nodes free up and holds them until
#   it has all of them (pod-by-pod placement with no all-or-nothing rule);
# - **FIFO gang**: all-or-nothing, strict order, the head of the queue blocks everyone;
# - **greedy gang**: all-or-nothing, start any job that fits, no reservation;
# - **EASY backfill**: all-or-nothing, reserve for the head job at its estimated start and let
#   others jump ahead only if their estimate ends before it (or they use nodes it does not need);
# - **EASY, spread**: the same, but small jobs go to the emptiest node instead of the fullest.
#
# Runtime estimates are the true run time times a uniform factor between 1 and 3. The
# simulation is deterministic for a given seed; it is a toy (no topology, no failures), run
# to compare policies, not to predict a real cluster.

# %%
def make_jobs(load, seed=7, exact=False, days=None):
    rng = np.random.default_rng(seed)
    mean_gpus = float((SIZES * PROBS).sum())
    lam = load * SIM_NODES * gpn / (mean_gpus * sim_mean_h)
    t, jobs = 0.0, []
    while True:
        t += rng.exponential(1 / lam)
        if t > (days or sim_days) * 24:
            break
        g = int(rng.choice(SIZES, p=PROBS))
        dur = min(max(float(rng.lognormal(math.log(sim_mean_h) - 0.5, 1.0)), 0.1), 72)
        f = float(rng.uniform(1.0, sim_over_hi))
        jobs.append(dict(id=len(jobs), t=t, g=g, dur=dur, est=dur * (1.0 if exact else f)))
    return jobs


def simulate(jobs, policy, place="pack", days=None):
    horizon = (days or sim_days) * 24
    free = [gpn] * SIM_NODES
    node_end = [0.0] * SIM_NODES
    running, queue, holding = {}, [], {}
    byid = {j["id"]: j for j in jobs}
    ev = [(j["t"], 1, j["id"]) for j in jobs]
    heapq.heapify(ev)
    st = dict(busy=0.0, held=0.0, cur_busy=0, cur_held=0, last=0.0)
    waits = {}

    def whole():
        return sum(1 for f in free if f == gpn)

    def fits(j):
        return whole() >= j["g"] // gpn if j["g"] >= gpn else max(free) >= j["g"]

    def alloc(j, now):
        got = []
        if j["g"] >= gpn:
            k = j["g"] // gpn
            for n in range(SIM_NODES):
                if k and free[n] == gpn:
                    free[n] = 0
                    got.append((n, gpn))
                    k -= 1
        else:
            cands = [n for n in range(SIM_NODES) if free[n] >= j["g"]]
            pick = min if place == "pack" else max
            n = pick(cands, key=lambda n: (free[n], n if place == "pack" else -n))
            free[n] -= j["g"]
            got.append((n, j["g"]))
        return got

    def start(j, now, got):
        for n, _ in got:
            node_end[n] = max(node_end[n], now + j["est"])
        running[j["id"]] = got
        waits[j["id"]] = now - j["t"]
        st["cur_busy"] += j["g"]
        heapq.heappush(ev, (now + j["dur"], 0, j["id"]))

    def shadow(head, now):
        k = head["g"] // gpn if head["g"] >= gpn else 1
        times = sorted(now if free[n] == gpn else max(node_end[n], now) for n in range(SIM_NODES))
        sh = times[k - 1]
        return sh, sum(1 for x in times if x <= sh) - k

    def schedule(now):
        if policy == "nogang":
            for j in list(queue[:sim_depth]):
                h = holding.setdefault(j["id"], [])
                need = j["g"] - sum(x for _, x in h)
                if j["g"] >= gpn:
                    for n in range(SIM_NODES):
                        if need <= 0:
                            break
                        if free[n] == gpn:
                            free[n] = 0
                            h.append((n, gpn))
                            need -= gpn
                            st["cur_held"] += gpn
                else:
                    cands = [n for n in range(SIM_NODES) if free[n] >= need]
                    if cands:
                        n = min(cands, key=lambda n: (free[n], n))
                        free[n] -= need
                        h.append((n, need))
                        st["cur_held"] += need
                        need = 0
                if need <= 0:
                    queue.remove(j)
                    st["cur_held"] -= j["g"]
                    start(j, now, holding.pop(j["id"]))
            return
        i, res = 0, None
        while i < len(queue) and i < sim_depth:
            j = queue[i]
            k = j["g"] // gpn if j["g"] >= gpn else 1
            ok = fits(j) and (res is None or now + j["est"] <= res[0] or res[1] >= k)
            if ok:
                queue.pop(i)
                start(j, now, alloc(j, now))
                if res is not None and now + j["est"] > res[0]:
                    res = (res[0], res[1] - k)
                continue
            if policy == "fifo":
                return
            if policy == "easy" and res is None:
                res = shadow(j, now)
            i += 1

    while ev:
        now, typ, jid = heapq.heappop(ev)
        if now > horizon:
            break
        st["busy"] += st["cur_busy"] * (now - st["last"])
        st["held"] += st["cur_held"] * (now - st["last"])
        st["last"] = now
        if typ == 0:
            for n, g in running.pop(jid):
                free[n] += g
                if free[n] == gpn:
                    node_end[n] = 0.0
            st["cur_busy"] -= byid[jid]["g"]
        else:
            queue.append(byid[jid])
        schedule(now)
    cap = SIM_NODES * gpn * st["last"]
    out = dict(util=st["busy"] / cap, held=st["held"] / cap)
    for s in SIZES:
        ws = [waits[j["id"]] for j in jobs if j["g"] == s and j["id"] in waits]
        out[f"w{s}"] = float(np.mean(ws))
        out[f"p95_{s}"] = float(np.percentile(ws, 95))
    return out


jobs = make_jobs(sim_load)
figure("sim_jobs", len(jobs), "{:,.0f} jobs", "Jobs in the simulated stream")
figure("sim_gpus", SIM_NODES * gpn, "{:.0f} GPUs", "GPUs in the simulated pool")
figure("sim_mean_gpus", float((SIZES * PROBS).sum()), "{:.1f} GPUs", "Mean GPUs per simulated job")
figure("sim_big_gpu_share", float(SIZES[2:] @ PROBS[2:] / (SIZES @ PROBS)), "{:.0%}",
       "Share of GPU demand from 64- and 256-GPU jobs")
runs = {}
for name, pol, place in [("nogang", "nogang", "pack"), ("fifo", "fifo", "pack"), ("greedy", "greedy", "pack"),
                         ("easy", "easy", "pack"), ("spread", "easy", "spread")]:
    runs[name] = simulate(jobs, pol, place)
    r = runs[name]
    figure(f"sim_{name}_util", r["util"], "{:.0%}", f"{name}: GPU utilisation")
    for s in SIZES:
        figure(f"sim_{name}_w{s}", r[f"w{s}"], "{:.1f} h", f"{name}: mean wait of {s}-GPU jobs")
    figure(f"sim_{name}_p95_256", r["p95_256"], "{:.0f} h", f"{name}: p95 wait of 256-GPU jobs")
figure("sim_nogang_held", runs["nogang"]["held"], "{:.0%}", "no gang: GPUs held idle by partly placed jobs")
exact_run = simulate(make_jobs(sim_load, exact=True), "easy", "pack")
figure("sim_exact_w256", exact_run["w256"], "{:.1f} h", "EASY with exact estimates: mean wait of 256-GPU jobs")
figure("sim_exact_w1", exact_run["w1"], "{:.1f} h", "EASY with exact estimates: mean wait of 1-GPU jobs")
figure("sim_easy_gain", runs["easy"]["util"] - runs["fifo"]["util"], "{:.0%}",
       "Utilisation points EASY backfill gains over FIFO gang")
figure("sim_easy_gain_usd", (runs["easy"]["util"] - runs["fifo"]["util"]) * batch_gpus * HOURS_MONTH * usd_gpu_h / 1e6,
       "${:.1f}M/month", "The same gain on the 5,120-GPU batch pool, per month")

# Chart 3: achieved utilisation against offered load
loads = [0.6, 0.7, 0.8, 0.9, 1.0, 1.1]
fig, ax = new_chart()
for name, pol, colour in [("FIFO gang (head of queue blocks)", "fifo", SERIES[1]),
                          ("EASY backfill", "easy", SERIES[0])]:
    ax.plot([x * 100 for x in loads], [simulate(make_jobs(x, days=30), pol, days=30)["util"] * 100 for x in loads],
            "o-", color=colour,
            label=name)
ax.plot([60, 110], [60, 110], ":", color=SERIES[2], linewidth=1.2, label="utilisation = offered load")
ax.set_xlabel("Offered load (% of pool GPU capacity)")
ax.set_ylabel("Achieved GPU utilisation (%)")
ax.set_ylim(50, 100)
ax.legend(frameon=False, fontsize=9, loc="upper left")
show(fig, alt="Achieved utilisation against offered load in the 512-GPU simulation: the two policies match up to "
              "about 75 percent; above that strict FIFO gang scheduling flattens at about 80 percent however much "
              "work is queued, while EASY backfill keeps rising to about 93 percent at full load and 96 percent "
              "under overload")

# Chart 4: mean wait by job size per policy
fig, ax = new_chart()
names = [("nogang", "no gang"), ("fifo", "FIFO gang"), ("greedy", "greedy gang"), ("easy", "EASY backfill"),
         ("spread", "EASY, spread")]
xs = np.arange(len(SIZES))
width = 0.16
for i, (key, label) in enumerate(names):
    ax.bar(xs + (i - 2) * width, [runs[key][f"w{s}"] for s in SIZES], width, label=label,
           color=(SERIES + ["#868e96"])[i])
ax.set_xticks(xs)
ax.set_xticklabels([f"{s} GPU" + ("s" if s > 1 else "") for s in SIZES])
ax.set_ylabel("Mean wait (hours)")
ax.set_xlabel("Job size; offered load 95%, 60 simulated days")
ax.set_ylim(0, 1.45 * max(runs[k][f"w{s}"] for k, _ in names for s in SIZES))
ax.legend(frameon=False, fontsize=8, ncol=3, loc="upper center")
show(fig, alt="Grouped bars of mean queue wait by job size for five policies: FIFO gang makes every size wait "
              "three to four days and no-gang placement nearly as long; greedy and EASY backfill cut small-job waits to minutes and 64-GPU waits to "
              "hours, and EASY gives 256-GPU jobs a shorter wait than greedy; spreading small jobs raises 8- and "
              "64-GPU waits")

# %% [markdown]
# ## 9. Customer fine-tune queue as M/M/c
#
# One fine-tune uses one 8-GPU node, so the pool is c identical servers. Erlang C gives the
# chance a job waits and the wait distribution: P(W > t) = C(c, a) e^(-(c mu - lambda) t).

# %%
def erlang_c(c, a):
    """Probability an arrival waits, M/M/c with offered load a = lambda/mu (a < c)."""
    s, term = 1.0, 1.0
    for k in range(1, c):
        term *= a / k
        s += term
    term *= a / c
    top = term * c / (c - a)
    return top / (s + top)


assert abs(erlang_c(2, 1.0) - 1 / 3) < 1e-12  # hand check: two servers, one Erlang offered
lam_h = ft_jobs_day / 24
mu_h = 1 / ft_mean_h
a = lam_h / mu_h
c_pool = int(ft_gpus / gpn)
figure("ft_rate_h", lam_h, "{:.0f} jobs/h", "Fine-tune arrivals per hour")
figure("ft_load_nodes", a, "{:.0f} nodes", "Offered load in busy nodes (lambda x mean run time)")
figure("ft_util", a / c_pool, "{:.0%}", "Utilisation of the 96-node fine-tune pool")
pc = erlang_c(c_pool, a)
wq_h = pc / (c_pool * mu_h - lam_h)
figure("ft_p_wait", pc, "{:.0%}", "Chance a fine-tune waits at all, 96 nodes")
figure("ft_wq_min", wq_h * 60, "{:.1f} min", "Mean wait, 96 nodes")
figure("ft_p_over_slo", pc * math.exp(-(c_pool * mu_h - lam_h) * ft_slo_min / 60), "{:.2%}",
       "Share waiting longer than the objective, 96 nodes")


def min_nodes(target_p, t_min):
    c = int(math.ceil(a)) + 1
    while pc_over(c, t_min) > 1 - target_p:
        c += 1
    return c


def pc_over(c, t_min):
    return erlang_c(c, a) * math.exp(-(c * mu_h - lam_h) * t_min / 60)


c_need = min_nodes(ft_slo_p, ft_slo_min)
figure("ft_c_need", c_need, "{:.0f} nodes", "Fewest nodes meeting the start objective")
figure("ft_c_need_util", a / c_need, "{:.0%}", "Utilisation at that size")
figure("ft_c_need_p_over", pc_over(c_need, ft_slo_min), "{:.1%}", "Share over the objective at that size")
# Split into 8 separate pools of one-eighth the size each (one per model family)
c8 = c_pool // 8
a8 = a / 8
pc8 = erlang_c(c8, a8)
figure("ft_split_nodes", c8, "{:.0f} nodes", "Nodes per pool if split eight ways")
figure("ft_split_wq_min", pc8 / (c8 * mu_h - lam_h / 8) * 60, "{:.0f} min", "Mean wait in each of eight split pools")
figure("ft_split_p_wait", pc8, "{:.0%}", "Chance of waiting in a split pool")
# Surge: arrivals 20% above plan on the 96-node pool
lam_s = lam_h * 1.2
a_s = lam_s / mu_h
pcs = erlang_c(c_pool, a_s)
figure("ft_surge_util", a_s / c_pool, "{:.0%}", "Utilisation with 20% more fine-tunes")
figure("ft_surge_wq_min", pcs / (c_pool * mu_h - lam_s) * 60, "{:.0f} min", "Mean wait with 20% more fine-tunes")

# Chart 5: mean wait against utilisation for three pool sizes
fig, ax = new_chart()
for c, colour in zip([8, 32, 96], SERIES):
    rhos = np.linspace(0.3, 0.97, 80)
    ax.plot(rhos * 100, [erlang_c(c, r * c) / (c * mu_h - r * c * mu_h) * 60 for r in rhos], color=colour,
            label=f"{c} nodes")
ax.axhline(ft_slo_min, color=SERIES[3], linestyle=":", linewidth=1.2, label="15-minute start objective")
ax.set_yscale("log")
ax.set_ylim(0.01, 1_000)
ax.set_xlabel(f"Pool utilisation (%), jobs of {ft_mean_h:.1f} h mean on one node")
ax.set_ylabel("Mean wait before start (minutes, log)")
ax.legend(frameon=False, fontsize=9, loc="upper left")
show(fig, alt="Mean queue wait against pool utilisation for pools of 8, 32 and 96 nodes, log scale: every curve "
              "climbs steeply near full utilisation, but the larger the pool the later the climb; at 80 percent an "
              "8-node pool waits about 26 minutes on average, a 32-node pool about 2 minutes and a 96-node pool "
              "a few seconds")

# %% [markdown]
# ## 10. Fragmentation
#
# Fragmentation for a job shape = 1 - (free GPUs that could host that shape) / (free GPUs).

# %%
n_nodes = int(nodes)
small = n_nodes  # one 1-GPU job per node's worth
spread_whole = 0  # one job on every node leaves no whole node
pack_whole = n_nodes - math.ceil(small / gpn)
figure("frag_small_jobs", small, "{:,.0f} jobs", "Single-GPU jobs in the example")
figure("frag_free_gpus", fleet_gpus - small, "{:,.0f} GPUs", "Free GPUs either way")
figure("frag_spread_whole", spread_whole, "{:,.0f} nodes", "Whole free nodes when small jobs are spread")
figure("frag_pack_whole", pack_whole, "{:,.0f} nodes", "Whole free nodes when they are packed")
figure("frag_pack_gpus", pack_whole * gpn, "{:,.0f} GPUs", "GPUs usable by 8-GPU jobs when packed")
figure("frag_spread_metric", 1.0, "{:.0%}", "Fragmentation for the 8-GPU shape, spread")
figure("frag_pack_metric", 1 - pack_whole * gpn / (fleet_gpus - small), "{:.0%}",
       "Fragmentation for the 8-GPU shape, packed")
figure("blk_total_free", 4 * blk_free, "{:.0f} GPUs", "Free GPUs across the four blocks")
figure("blk_usable", 0, "{:.0f} GPUs", "Of them usable by a one-block 256-GPU gang")
figure("nvl_stranded", nvl_domain - nvl_job, "{:.0f} GPUs", "GPUs stranded per NVL72 domain by a 64-GPU group")
figure("nvl_stranded_share", (nvl_domain - nvl_job) / nvl_domain, "{:.1%}", "Share stranded")
figure("sim_spread_w64_extra", runs["spread"]["w64"] / runs["easy"]["w64"] - 1, "{:.0%}",
       "Extra mean wait of 64-GPU jobs when small jobs are spread (simulation)")

# Chart 6: whole free nodes as single-GPU jobs arrive, spread against packed
jobs_axis = np.arange(0, 2 * n_nodes + 1, 16)
fig, ax = new_chart()
ax.plot(jobs_axis, [max(0, n_nodes - j) for j in jobs_axis], color=SERIES[1], label="spread (emptiest node first)")
ax.plot(jobs_axis, [n_nodes - math.ceil(j / gpn) for j in jobs_axis], color=SERIES[0], label="packed (fullest node first)")
ax.set_xlabel(f"Single-GPU jobs running on the {n_nodes:,}-node fleet")
ax.set_ylabel("Nodes with all 8 GPUs free")
ax.legend(frameon=False, fontsize=9)
show(fig, alt="Whole free nodes as single-GPU jobs are added to a 1,280-node fleet: spreading them loses one whole "
              "node per job and reaches zero at 1,280 jobs, while packing loses one node per eight jobs and still "
              "has 960 whole nodes free at 2,560 jobs")

# %% [markdown]
# ## 11. Accounting, metrics volume, scheduler availability

# %%
team_a_gpu_h = fair["A"] * HOURS_MONTH
figure("team_a_gpu_h_month", team_a_gpu_h / 1e6, "{:.2f}M GPU-hours", "Team A's month at its fair share")
figure("team_a_usd_month", team_a_gpu_h * usd_gpu_h / 1e6, "${:.1f}M", "Team A's showback at list rate")
gp = exact_opt(delta_sync_min, M_big, R)[1]
figure("usd_per_useful_gpu_h", usd_gpu_h / gp, "${:.2f}", "Cost per useful GPU-hour at the example job's goodput")
figure("dcgm_samples_s", fleet_gpus * dcgm_metrics / scrape_s, "{:,.0f} samples/s", "GPU metric samples per second")
figure("dcgm_samples_day_b", fleet_gpus * dcgm_metrics / scrape_s * ref.SECONDS_PER_DAY / 1e9, "{:.2f}B samples/day",
       "GPU metric samples per day")
figure("jobs_per_s", jobs_day / ref.SECONDS_PER_DAY, "{:.2f} jobs/s", "Mean submission rate")
figure("naive_checks", pending_peak * nodes / 1e6, "{:.1f}M checks", "Job-node fit checks per naive pass")
figure("shape_checks", shapes * nodes / nodes_per_block, "{:,.0f} checks", "Shape-block checks per indexed pass")

release_rate = (fleet_gpus - prod_gpus) / turnover_h / 60
idle_outage = release_rate * outage_min ** 2 / 2 / 60
figure("release_per_min", release_rate, "{:.0f} GPUs/min", "GPUs freed per minute outside the production pool")
figure("outage_idle_gpu_h", idle_outage, "{:.1f} GPU-hours", "GPU-hours idled by a 5-minute scheduler outage")
figure("outage_idle_usd", idle_outage * usd_gpu_h, "${:.0f}", "Their cost")
figure("failover_idle_gpu_h", release_rate * (lease_s / 60) ** 2 / 2 / 60, "{:.2f} GPU-hours",
       "GPU-hours idled during one leader failover")
figure("outage_1h_x10_gpu_h", release_rate * 10 * 60 ** 2 / 2 / 60, "{:,.0f} GPU-hours",
       "GPU-hours a one-hour outage idles on a 10x fleet")

# %% [markdown]
# ## 12. Scaling 10x, 100x, 1000x

# %%
for mult, tag in [(1, "x1"), (10, "x10"), (100, "x100"), (1000, "x1000")]:
    g = fleet_gpus * mult
    figure(f"{tag}_gpus", g, "{:,.0f} GPUs", f"{tag}: GPUs")
    figure(f"{tag}_nodes", g / gpn, "{:,.0f} nodes", f"{tag}: nodes")
    per_day = g * rate_gpu_h * 24
    figure(f"{tag}_int_day", per_day, "{:,.0f} per day" if per_day >= 10 else "{:.1f} per day",
           f"{tag}: interruptions per day")
    gap_min = 24 * 60 / per_day
    figure(f"{tag}_int_gap", gap_min / 60 if gap_min >= 120 else (gap_min if gap_min >= 1 else gap_min * 60),
           "{:.1f} h" if gap_min >= 120 else ("{:.0f} min" if gap_min >= 1 else "{:.0f} s"),
           f"{tag}: fleet-wide time between interruptions")
    figure(f"{tag}_cells", max(1, math.ceil(g / cell_gpus)), "{:,.0f}", f"{tag}: scheduler cells")
    js = jobs_day * mult / ref.SECONDS_PER_DAY
    figure(f"{tag}_jobs_s", js, "{:,.2f} jobs/s" if js < 1 else "{:,.1f} jobs/s", f"{tag}: submissions per second")
    figure(f"{tag}_dcgm", g * dcgm_metrics / scrape_s / 1e3, "{:,.0f}k samples/s", f"{tag}: GPU metric samples")
    figure(f"{tag}_usd_day", g * 24 * usd_gpu_h / 1e6, "${:,.1f}M/day", f"{tag}: fleet cost per day")
    figure(f"{tag}_largest", g * largest_share, "{:,.0f} GPUs", f"{tag}: largest job")
    m_min = job_mtbf_h(g * largest_share) * 60
    figure(f"{tag}_largest_mtbf", m_min / 60 if m_min >= 120 else (m_min if m_min >= 1 else m_min * 60),
           "{:.1f} h" if m_min >= 120 else ("{:.0f} min" if m_min >= 1 else "{:.0f} s"),
           f"{tag}: mean time between interruptions of the largest job")
    figure(f"{tag}_largest_gp", exact_opt(delta_async_min, m_min, restart_fast_min)[1], "{:.0%}",
           f"{tag}: best goodput of the largest job with async checkpoints and 2-minute restarts")
    figure(f"{tag}_naive_checks", pending_peak * mult * g / gpn / 1e6, "{:,.0f}M",
           f"{tag}: naive job-node checks per pass")
ckpt_tb_h = 10 * state_tb * 60 / young(delta_async_min, M_big)
figure("x10_ckpt_tb_h", ckpt_tb_h, "{:,.0f} TB/h", "Ten 405B-class jobs checkpointing at their async optimum: TB written per hour")
figure("x10_ckpt_gbps", ckpt_tb_h * 1e3 / 3600, "{:,.0f} GB/s", "The same as a sustained write rate")

# %% [markdown]
# ## 13. Interviewer twists

# %%
# Inference takes 2,048 GPUs back with 10 minutes' notice
figure("reclaim_share", reclaim_gpus / fleet_gpus, "{:.0%}", "Share of the fleet inference reclaims")
figure("reclaim_nodes", reclaim_gpus / gpn, "{:.0f} nodes", "Nodes reclaimed")
figure("reclaim_lost_gpu_h", reclaim_gpus * (delta_sync_min + restart_min) / 60, "{:,.0f} GPU-hours",
       "Lost work per reclaim with cooperative checkpoints")
figure("reclaim_lost_month", reclaim_gpus * (delta_sync_min + restart_min) / 60 * ref.DAYS_PER_MONTH_AVG * usd_gpu_h / 1e3,
       "${:,.0f}k/month", "Its cost per month, one reclaim a day")
figure("reclaim_night_gpu_h", reclaim_gpus * 8 * ref.DAYS_PER_MONTH_AVG / 1e3, "{:,.0f}k GPU-hours/month",
       "GPU-hours gained by lending 2,048 GPUs for 8 night hours a day")
# A 100k-GPU job
figure("x100k_mtbf_min", job_mtbf_h(102_400) * 60, "{:.0f} min", "102,400-GPU job: minutes between interruptions")
figure("x100k_young_async_min", young(delta_async_min, job_mtbf_h(102_400) * 60), "{:.1f} min",
       "102,400-GPU job: Young's interval with async checkpoints")
