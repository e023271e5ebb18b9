# %% [markdown]
# # Design a multi-tenant CI/CD workflow system
#
# The back-of-the-envelope notebook behind the walkthrough. Inputs come first, each
# declared once with `assume` and its source; every number the page quotes is a
# `figure` computed below. Sections:
#
# 1. Inputs
# 2. Tenancy and arrival rates
# 3. Concurrent runners by Little's law, runner slots and hosts
# 4. Isolation options: density, start-up and what they cost
# 5. Warm pools: queue wait against pool size (base-stock model) and host headroom for the ramp
# 6. The top-of-the-hour cron spike
# 7. Fair sharing: a simulation of one tenant's burst under four dispatch policies
# 8. Control plane: state writes, runner polling, dispatch
# 9. Logs: volume, ingest and live streaming
# 10. Artifacts and caches: storage growth, content addressing, transfer cost
# 11. Cost per runner-minute and the price it supports
# 12. Billing: rounding to the minute
# 13. Secrets: what is fetched and decrypted per job
# 14. Operating it: draining hosts that run jobs of up to six hours
# 15. Scaling 10x, 100x, 1000x from the MVP
# 16. Interviewer twists

# %% [markdown]
# ## 1. Inputs
#
# The sources report the question, not a load: the Coditioning guide lists "Design a
# multi-tenant CI/CD workflow system for many orgs" among CI/CD and developer-workflow
# questions and names what it tests. Every load figure below is therefore an assumption of
# this walkthrough. Published facts (Firecracker's specification, GitHub's limits and prices,
# a GitLab.com queue measurement) carry their link and the date they were checked.

# %%
import heapq
import math
import random

import numpy as np

from estimates import assume, assumptions_table, figure
from estimates import reference as ref

CHECKED = "checked 2026-11-23"
FC_SPEC = f"Firecracker SPECIFICATION.md, github.com/firecracker-microvm/firecracker ({CHECKED})"
FC_DESIGN = f"Firecracker docs/design.md, github.com/firecracker-microvm/firecracker ({CHECKED})"
GH_PRICE = f"GitHub Docs, Actions runner pricing ({CHECKED})"
GH_LIMITS = f"GitHub Docs, Actions limits ({CHECKED})"
GH_CACHE = f"GitHub Docs, dependency caching ({CHECKED})"
GH_RETAIN = f"GitHub Docs, artifact and log retention ({CHECKED})"
GL_ISSUE = f"GitLab issue 322972, builds per shared-runner manager on 25 Feb 2021 ({CHECKED})"

# Published figures
fc_boot_ms = assume("fc_boot_ms", 125, "{:d} ms", "Firecracker: InstanceStart to guest /sbin/init, upper bound", FC_SPEC)
fc_vmm_mib = assume("fc_vmm_mib", 5, "{:d} MiB", "Firecracker: VMM memory overhead per microVM, upper bound", FC_SPEC)
fc_create_per_core = assume("fc_create_per_core", 5, "{:d} microVMs/s", "Firecracker: creation rate per host core", FC_DESIGN)
gh_linux2_price = assume("gh_linux2_price", 0.006, "${:.3f}/min", "GitHub-hosted Linux 2-core list price from 1 Jan 2026", GH_PRICE)
gh_linux2_old = assume("gh_linux2_old", 0.008, "${:.3f}/min", "The same runner's price before 1 Jan 2026", GH_PRICE)
gh_job_cap_h = assume("gh_job_cap_h", 6, "{:d} h", "GitHub-hosted job execution limit", GH_LIMITS)
gh_matrix_cap = assume("gh_matrix_cap", 256, "{:d} jobs", "GitHub matrix limit per workflow run", GH_LIMITS)
gh_cache_gb = assume("gh_cache_gb", 10, "{:d} GB", "GitHub cache quota per repository", GH_CACHE)
gh_cache_idle_d = assume("gh_cache_idle_d", 7, "{:d} days", "GitHub evicts caches unused for", GH_CACHE)
gh_retention_d = assume("gh_retention_d", 90, "{:d} days", "GitHub default retention of artifacts and logs", GH_RETAIN)
gl_runner_builds = [84534, 85546, 89636, 86055, 87863]
gl_builds_day = assume("gl_builds_day", sum(gl_runner_builds), "{:,d} builds/day",
                       "GitLab.com shared runners, five managers, one day", GL_ISSUE)

# The source's interview time budget, and the round it must fit in
src_step1 = assume("src_step1_max", 3, "{:d} min", "Confirm the goal, upper end", "Coditioning guide")
src_step2 = assume("src_step2_max", 15, "{:d} min", "Requirements, upper end", "Coditioning guide")
src_step3 = assume("src_step3_max", 10, "{:d} min", "Data model and API, upper bound", "Coditioning guide")
src_step4 = assume("src_step4", 25, "{:d} min", "High-level design", "Coditioning guide")
src_step6 = assume("src_step6", 15, "{:d} min", "Deep dive", "Coditioning guide")
round_min = assume("round_min", 60, "{:d} min", "Length of the design round", "Crack ML; Coditioning guide")

# Tenancy and load (assumptions)
orgs = assume("orgs", 50_000, "{:,d} orgs", "Organisations on the platform at the design point")
projects_per_org = assume("projects_per_org", 20, "{:d} projects", "Projects per organisation (mean)")
active_project_share = assume("active_project_share", 0.3, "{:.0%}", "Projects that run at least one job a week")
jobs_day = assume("jobs_day", 2_000_000, "{:,d} jobs/day", "Jobs per day at the design point (1000x the MVP)")
jobs_per_run = assume("jobs_per_run", 4, "{:d} jobs", "Jobs per pipeline run (mean)")
peak_to_mean = assume("peak_to_mean", 2.5, "{:.1f}x", "Peak-hour to mean arrival rate (weekday, US and EU overlap)")
trough_to_mean = assume("trough_to_mean", 0.3, "{:.1f}x", "Night trough to mean arrival rate")
ramp_h = assume("ramp_h", 3, "{:d} h", "Duration of the morning ramp from trough to peak")
top_org_share = assume("top_org_share", 0.02, "{:.0%}", "Share of all jobs from the largest organisation")
run_min = assume("run_min", 6.0, "{:.0f} min", "Mean job execution time (billed part)")
run_median_min = assume("run_median_min", 3.0, "{:.0f} min", "Median job execution time (durations are skewed)")
teardown_s = assume("teardown_s", 10, "{:d} s", "Teardown after the last step (upload, destroy VM), not billed")
large_share = assume("large_share", 0.15, "{:.0%}", "Jobs on a large runner (8 vCPU, 32 GiB)")
large_slots = assume("large_slots", 4, "{:d} slots", "Standard slots one large runner takes", "design choice")
std_vcpu = assume("std_vcpu", 2, "{:d} vCPU", "Standard runner vCPUs", "design choice")
std_mem_gib = assume("std_mem_gib", 8, "{:d} GiB", "Standard runner memory", "design choice")

# Hosts and cost (assumptions)
host_vcpu = assume("host_vcpu", 96, "{:d} vCPU", "Bare-metal runner host: vCPUs")
host_mem_gib = assume("host_mem_gib", 384, "{:d} GiB", "Bare-metal runner host: memory")
host_reserve = assume("host_reserve", 0.10, "{:.0%}", "Host memory kept for the host itself and page cache")
cpu_overcommit = assume("cpu_overcommit", 1.25, "{:.2f}x", "vCPU overcommit on runner hosts", "design choice")
host_price_h = assume("host_price_h", 4.50, "${:.2f}/h", "Price of one such host (on-demand, order of magnitude)")
fleet_util = assume("fleet_util", 0.65, "{:.0%}", "Busy share of provisioned slots over a day (scaling lag, warm pool, packing)")
overhead_share = assume("overhead_share", 0.30, "{:.0%}", "Control plane, storage, transfer and staff on top of runner compute")
container_density = assume("container_density", 1.5, "{:.1f}x", "Jobs per host with shared-kernel containers, over microVMs")
gvisor_slowdown = assume("gvisor_slowdown", 0.20, "{:.0%}", "Extra run time of a syscall- and file-heavy build under gVisor")
vm_boot_s = assume("vm_boot_s", 40, "{:d} s", "Cold start of a full cloud VM per job (boot, agent, register)")
microvm_cold_s = assume("microvm_cold_s", 8, "{:d} s", "Cold start of a microVM on a running host (rootfs clone, boot, agent)")
host_lead_min = assume("host_lead_min", 10, "{:d} min", "Lead time to add a bare-metal host to a pool")
cells = assume("cells", 16, "{:d} cells", "Cells (independent schedulers and fleets) at the design point", "design choice")
stockout_target = assume("stockout_target", 0.01, "{:.0%}", "Share of jobs allowed to miss the warm pool at peak", "design choice")

# Cron (assumptions)
sched_share = assume("sched_share", 0.08, "{:.0%}", "Jobs started by a schedule")
top_hour_share = assume("top_hour_share", 0.4, "{:.0%}", "Scheduled jobs whose cron fires at minute 0")
jitter_min = assume("jitter_min", 10, "{:d} min", "Spread applied to scheduled starts", "design choice")

# Control plane (assumptions)
writes_per_job = assume("writes_per_job", 8, "{:d} writes", "Job-level state writes (create, ready, admitted, assigned, started, heartbeat marks, finished, billed)")
steps_per_job = assume("steps_per_job", 10, "{:d} steps", "Steps per job (mean)")
poll_s = assume("poll_s", 2, "{:d} s", "Idle runner poll interval if runners poll the database")
db_write_budget = assume("db_write_budget", 10_000, "{:,d} writes/s", "Indexed writes one relational primary sustains (planning budget)")
heartbeat_s = assume("heartbeat_s", 15, "{:d} s", "Runner heartbeat interval", "design choice")
lease_misses = assume("lease_misses", 4, "{:d}", "Missed heartbeats before a runner is declared lost", "design choice")

# Logs (assumptions)
log_mb_job = assume("log_mb_job", 1.0, "{:.1f} MB", "Log output per job, uncompressed (mean)")
log_compress = assume("log_compress", 8, "{:d}x", "Compression of stored logs")
watch_share = assume("watch_share", 0.05, "{:.0%}", "Running jobs someone is watching live")
flush_s = assume("flush_s", 1, "{:d} s", "Runner flushes buffered log lines at least every", "design choice")

# Artifacts and caches (assumptions)
artifact_share = assume("artifact_share", 0.3, "{:.0%}", "Jobs that upload an artifact")
artifact_mb = assume("artifact_mb", 80, "{:d} MB", "Artifact size (mean)")
dedupe_share = assume("dedupe_share", 0.35, "{:.0%}", "Artifact bytes already stored in the same tenant (content addressing)")
retention_d = assume("retention_d", 90, "{:d} days", "Artifact retention we default to", "design choice")
cache_share = assume("cache_share", 0.6, "{:.0%}", "Jobs that restore a dependency cache")
cache_mb = assume("cache_mb", 400, "{:d} MB", "Cache archive restored per job (mean)")
cache_hit = assume("cache_hit", 0.85, "{:.0%}", "Cache restores served from the host-local tier once it exists")
project_cache_gb = assume("project_cache_gb", 2, "{:d} GB", "Cache stored per active project (mean)")
storage_price = assume("storage_price", 0.02, "${:.2f}/GB-month", "Object storage price (order of magnitude)")
xfer_cross_az = assume("xfer_cross_az", 0.01, "${:.2f}/GB", "Transfer price across zones (order of magnitude)")
xfer_internet = assume("xfer_internet", 0.05, "${:.2f}/GB", "Transfer price out to the internet or another region (order of magnitude)")

# Secrets and fork PRs (assumptions)
secret_job_share = assume("secret_job_share", 0.5, "{:.0%}", "Jobs that receive at least one secret")
secrets_per_job = assume("secrets_per_job", 4, "{:d}", "Secrets such a job receives (mean)")

# MVP
mvp_jobs_day = assume("mvp_jobs_day", 2_000, "{:,d} jobs/day", "Jobs per day of the MVP")

# Prices of the other runner sizes we sell
gh_linux8_price = assume("gh_linux8_price", 0.022, "${:.3f}/min", "GitHub-hosted Linux 8-core list price", GH_PRICE)
host_cores = assume("host_cores", 48, "{:d} cores", "Physical cores of the runner host (two vCPUs each)")

# Fair-sharing simulation (one slice of a cell)
sim_runners = assume("sim_runners", 300, "{:d} runners", "Runners in the simulated slice", "simulation")
sim_orgs = assume("sim_orgs", 200, "{:d} organisations", "Small organisations in the simulation", "simulation")
sim_util = assume("sim_util", 0.7, "{:.0%}", "Load the small organisations put on the slice", "simulation")
sim_burst = assume("sim_burst", 1500, "{:,d} jobs", "Jobs one organisation's push fans out into", "simulation")
sim_cap = assume("sim_cap", 60, "{:d} runners", "Per-organisation cap in the simulation (20% of the slice)", "simulation")

# Operations
patch_batch = assume("patch_batch", 0.10, "{:.0%}", "Share of hosts drained at once for a kernel patch", "design choice")
drain_cut_min = assume("drain_cut_min", 30, "{:d} min", "Longest a drain waits before cancelling and retrying jobs elsewhere", "design choice")

# Twists
mono_jobs = assume("mono_jobs", 5000, "{:,d} jobs", "Jobs per push of the monorepo in the twist", "interviewer twist")
mono_cap = assume("mono_cap", 500, "{:d} jobs", "Concurrency cap of that organisation's plan", "design choice")
ent_conc = assume("ent_conc", 400, "{:d} jobs", "Peak concurrency of the enterprise that wants dedicated hardware", "interviewer twist")
gpu_price_h = assume("gpu_price_h", 4.0, "${:.2f}/h", "Price of one GPU runner (one data-centre GPU, order of magnitude)")
gpu_warm = assume("gpu_warm", 8, "{:d} runners", "Warm GPU runners held per region", "design choice")
free_jobs_share = assume("free_jobs_share", 0.25, "{:.0%}", "Jobs that run free (public repositories)")
abuse_share = assume("abuse_share", 0.02, "{:.0%}", "Free jobs that are miners, if nothing stops them", "interviewer twist")
free_cap_min = assume("free_cap_min", 30, "{:d} min", "Job time limit for free jobs from new accounts", "design choice")
rival_cut = assume("rival_cut", 0.25, "{:.0%}", "Further price cut a rival announces", "interviewer twist")
eu_share = assume("eu_share", 0.3, "{:.0%}", "Share of jobs from organisations that require EU residency", "interviewer twist")
assumptions_table()

# %% [markdown]
# ## 2. Tenancy and arrival rates
#
# First, the source's time budget: its steps 1, 2, 4 and 6 have stated lengths and step 3 an
# upper bound; step 5 (failure modes) has none.

# %%
DAY = ref.SECONDS_PER_DAY
budget_high = src_step1 + src_step2 + src_step3 + src_step4 + src_step6
budget_low = (src_step1 - 1) + (src_step2 - 5) + 0 + src_step4 + src_step6
figure("src_budget_low", budget_low, "{:d} min", "The source's steps at their lower ends, data model at zero")
figure("src_budget_high", budget_high, "{:d} min", "The source's steps at their upper ends")
figure("src_budget_over", budget_high - round_min, "{:d} min", "Upper ends over a 60-minute round, before failure modes")


def ceil_(x):
    """Ceiling that ignores floating-point dust."""
    return math.ceil(round(x, 6))


projects = figure("projects", orgs * projects_per_org, "{:,.0f} projects", "Projects at the design point")
active_projects = figure("active_projects", projects * active_project_share, "{:,.0f} projects", "Active projects")
runs_day = figure("runs_day", jobs_day / jobs_per_run, "{:,.0f} runs/day", "Pipeline runs per day")
jobs_per_org_day = figure("jobs_per_org_day", jobs_day / orgs, "{:,.0f} jobs/day", "Jobs per organisation per day (mean)")
top_org_jobs = figure("top_org_jobs", jobs_day * top_org_share, "{:,.0f} jobs/day", "Jobs per day of the largest organisation")
figure("top_org_vs_mean", jobs_day * top_org_share / (jobs_day / orgs), "{:,.0f}x", "Largest organisation over the mean one")
lam_mean = figure("lam_mean", jobs_day / DAY, "{:.1f} jobs/s", "Mean job arrival rate")
lam_peak = figure("lam_peak", jobs_day / DAY * peak_to_mean, "{:.1f} jobs/s", "Peak-hour job arrival rate")
figure("jobs_peak_min", lam_peak * 60, "{:,.0f} jobs/min", "Jobs arriving per minute at peak")
figure("vs_gitlab", jobs_day / gl_builds_day, "{:.1f}x", "Design point over GitLab.com's shared runners that day")
figure("gl_per_manager", gl_builds_day / len(gl_runner_builds), "{:,.0f} builds/day", "GitLab.com builds per runner manager that day")

# %% [markdown]
# ## 3. Concurrent runners by Little's law
#
# A runner slot is held from assignment to teardown: the billed run plus teardown. The
# warm wait before assignment is counted in section 5, as pool, not here.

# %%
hold_s = run_min * 60 + teardown_s
figure("hold_min", hold_s / 60, "{:.1f} min", "Slot hold time per job (run plus teardown)")
conc_mean = figure("conc_mean", lam_mean * hold_s, "{:,.0f} jobs", "Jobs running at once, mean")
conc_peak = figure("conc_peak", lam_peak * hold_s, "{:,.0f} jobs", "Jobs running at once, peak hour")
slots_per_job = figure("slots_per_job", (1 - large_share) + large_share * large_slots, "{:.2f} slots",
                       "Standard slots per job (mean, with large runners)")
slots_peak = figure("slots_peak", conc_peak * slots_per_job, "{:,.0f} slots", "Standard slots busy at peak")
slots_mean = figure("slots_mean", conc_mean * slots_per_job, "{:,.0f} slots", "Standard slots busy on average")

by_cpu = host_vcpu * cpu_overcommit / std_vcpu
by_mem = host_mem_gib * (1 - host_reserve) / (std_mem_gib + fc_vmm_mib / 1024)
slots_per_host = figure("slots_per_host", math.floor(min(by_cpu, by_mem)), "{:d} slots", "Standard microVM slots per host")
figure("slots_by_cpu", math.floor(by_cpu), "{:d} slots", "Slots per host if CPU were the limit")
figure("slots_by_mem", math.floor(by_mem), "{:d} slots", "Slots per host if memory is the limit")
figure("vmm_overhead_host_mib", slots_per_host * fc_vmm_mib, "{:,d} MiB", "Firecracker VMM overhead for a full host")
figure("vmm_overhead_share", slots_per_host * fc_vmm_mib / 1024 / host_mem_gib, "{:.2%}", "That overhead as a share of host memory")
hosts_peak = figure("hosts_peak", ceil_(slots_peak / slots_per_host), "{:,d} hosts", "Hosts busy at peak")
hosts_mean = figure("hosts_mean", ceil_(slots_mean / slots_per_host), "{:,d} hosts", "Hosts busy on average")
host_create_rate = figure("host_create_rate", host_cores * fc_create_per_core, "{:,.0f} microVMs/s",
                          "MicroVMs one host can create per second")
per_host_start_rate = figure("per_host_start_rate", lam_peak / hosts_peak, "{:.2f} jobs/s", "Job starts per host at peak")

# %% [markdown]
# ## 4. Isolation options
#
# Relative cost per job of four ways to run untrusted jobs on shared hardware. Start-up is
# time the tenant waits; slowdown is run time the tenant is billed for.

# %%
vm_start_min_day = figure("vm_start_hours_day", jobs_day * vm_boot_s / 3600, "{:,.0f} h/day",
                          "Tenant time spent waiting for cold full VMs, per day")
figure("microvm_start_hours_day", jobs_day * microvm_cold_s / 3600, "{:,.0f} h/day",
       "Same for cold microVMs")
figure("vm_boot_share_median", vm_boot_s / (run_median_min * 60), "{:.0%}", "Cold full-VM start over the median job's run")
figure("fc_boot_share_median", fc_boot_ms / 1000 / (run_median_min * 60), "{:.3%}", "Firecracker's boot bound over the median job")
figure("container_hosts_peak", ceil_(slots_peak / (slots_per_host * container_density)), "{:,d} hosts",
       "Hosts at peak with shared-kernel containers")
figure("gvisor_extra_min_day", jobs_day * run_min * gvisor_slowdown, "{:,.0f} min/day",
       "Extra billed minutes per day if every build ran under gVisor at that slowdown")
figure("gvisor_extra_cost_day", jobs_day * run_min * gvisor_slowdown * gh_linux2_price, "${:,.0f}/day",
       "What tenants would pay for that at the list price")

# %% [markdown]
# ## 5. Warm pools and host headroom
#
# **Runner level.** A warm slot is a booted microVM with the agent connected, waiting. Each
# job that takes one triggers a replacement that is ready after the cold-start time `L`.
# With Poisson arrivals at rate `λ`, the replacements in flight are Poisson with mean `λL`
# (an M/G/∞ queue), so with `S` warm slots a job finds the pool empty with probability
# `P(N ≥ S)`, and the mean extra wait is `E[(N − S)+] / λ` by Little's law on the jobs
# waiting for a replacement. This is the base-stock model of inventory theory.
#
# **Host level.** Warm slots live on hosts. When the morning ramp outruns the hosts, the
# lead time is the host's, not the microVM's.

# %%
def poisson_pmf_list(mu, n_max):
    out = [math.exp(-mu)]
    for k in range(1, n_max + 1):
        out.append(out[-1] * mu / k)
    return out


def stockout(mu, s):
    pmf = poisson_pmf_list(mu, int(mu + 12 * math.sqrt(mu) + 50))
    return sum(pmf[s:])


def mean_wait(lam, lead_s, s):
    mu = lam * lead_s
    pmf = poisson_pmf_list(mu, int(mu + 12 * math.sqrt(mu) + 50))
    backorders = sum((k - s) * p for k, p in enumerate(pmf) if k > s)
    return backorders / lam


def pool_for(lam, lead_s, target):
    s = 0
    while stockout(lam * lead_s, s) > target:
        s += 1
    return s


lam_cell = figure("lam_cell", lam_peak / cells, "{:.2f} jobs/s", "Peak job arrivals per cell")
mu_cell = figure("mu_cell", lam_peak / cells * microvm_cold_s, "{:.0f} slots", "Replacements in flight per cell at peak (λL)")
pool_cell = figure("pool_cell", pool_for(lam_cell, microvm_cold_s, stockout_target), "{:d} slots",
                   "Warm slots per cell for at most 1% of jobs to miss the pool")
pool_fleet = figure("pool_fleet", pool_cell * cells, "{:,d} slots", "Warm slots across all cells")
figure("pool_share_of_peak", pool_cell * cells / slots_peak, "{:.1%}", "Warm pool as a share of busy slots at peak")
figure("pool_zero_wait", mean_wait(lam_cell, microvm_cold_s, 0), "{:.1f} s", "Mean added wait with no warm pool")
figure("pool_half_wait", mean_wait(lam_cell, microvm_cold_s, pool_cell // 2), "{:.1f} s",
       "Mean added wait with half that pool")
figure("pool_half_miss", stockout(mu_cell, pool_cell // 2), "{:.0%}", "Jobs that miss a half-size pool")
figure("pool_half", pool_cell // 2, "{:d} slots", "Half the pool")
pool_vm = figure("pool_vm", pool_for(lam_cell, vm_boot_s, stockout_target), "{:d} slots",
                 "Warm slots per cell for the same target if a cold start took a full VM's 40 s")
pool_cost_day = figure("pool_cost_day", pool_fleet / slots_per_host * host_price_h * 24, "${:,.0f}/day",
                       "Cost of holding the fleet's warm slots all day")
figure("pool_snapshot_ratio", pool_vm / pool_cell, "{:.1f}x", "Pool a 40 s cold start needs over an 8 s one")
figure("pool_twice_miss", stockout(lam_cell * 2 * microvm_cold_s, pool_cell), "{:.0%}", "Jobs that miss the peak-sized pool at twice peak")
figure("pool_twice_wait", mean_wait(lam_cell * 2, microvm_cold_s, pool_cell), "{:.1f} s", "Mean added wait at twice peak with the peak-sized pool")

# Host headroom for the ramp
slope = (peak_to_mean - trough_to_mean) * slots_mean / (ramp_h * 60)
ramp_slope = figure("ramp_slope", slope, "{:,.0f} slots/min", "Growth of busy slots during the morning ramp")
headroom_slots = figure("headroom_slots", slope * host_lead_min, "{:,.0f} slots", "Slots the ramp adds during one host lead time")
headroom_hosts = figure("headroom_hosts", ceil_(slope * host_lead_min / slots_per_host), "{:,d} hosts",
                        "Spare hosts to keep ahead of the ramp")
figure("headroom_share", ceil_(slope * host_lead_min / slots_per_host) / hosts_peak, "{:.1%}", "That headroom as a share of peak hosts")

from estimates.charts import SERIES, new_chart, show  # noqa: E402

sizes = list(range(0, 121, 2))
fig, ax = new_chart()
for lam, label, colour in [(lam_cell / 2, "half of peak", SERIES[2]), (lam_cell, "peak", SERIES[0]),
                           (lam_cell * 2, "twice peak", SERIES[1])]:
    ax.plot(sizes, [mean_wait(lam, microvm_cold_s, s) for s in sizes], label=f"{lam:.1f} jobs/s ({label})", color=colour)
ax.axvline(pool_cell, color=SERIES[3], linestyle=":", linewidth=1.3, label=f"pool for 1% misses at peak ({pool_cell})")
ax.set_xlabel("warm microVM slots in the cell")
ax.set_ylabel("mean added queue wait (s)")
ax.set_title(f"One cell, cold start {microvm_cold_s} s")
ax.set_ylim(bottom=0)
ax.legend(frameon=False)
show(fig, alt="Line chart of mean added queue wait against the number of warm microVM slots in one cell, for half of peak, "
              "peak and twice peak arrival rates: the wait falls from eight seconds to nearly zero once the pool "
              "exceeds the number of replacements in flight, and at twice peak the pool sized for peak still leaves "
              "about two seconds.")

# %% [markdown]
# ## 6. The top-of-the-hour cron spike

# %%
sched_hour = figure("sched_hour", jobs_day * sched_share / 24, "{:,.0f} jobs/h", "Scheduled jobs per hour")
spike = figure("cron_spike", jobs_day * sched_share / 24 * top_hour_share, "{:,.0f} jobs", "Scheduled jobs firing at minute 0")
figure("cron_spike_vs_min", spike / (lam_peak * 60), "{:.0%}", "That spike over one peak-hour minute of ordinary arrivals")
figure("cron_spike_vs_pool", spike / pool_fleet, "{:.1f}x", "That spike over the fleet's warm pool")
figure("cron_jittered", spike / jitter_min, "{:,.0f} jobs/min", "The same jobs spread over the jitter window")
figure("cron_spike_hosts", ceil_(spike * slots_per_job / slots_per_host), "{:,d} hosts", "Hosts the unspread spike would need at once")

# %% [markdown]
# ## 7. Fair sharing: a simulation
#
# One cell slice of 300 standard runners. Two hundred small organisations submit jobs as a
# Poisson stream that keeps the fleet about 70% busy. Ten minutes in, one organisation pushes
# a monorepo change that fans out into 1,500 jobs. Job run times are exponential with a
# six-minute mean. Four dispatch policies, all non-preemptive:
#
# * **FIFO**: one global queue in arrival order.
# * **Cap**: FIFO, but no organisation may hold more than 60 runners (20% of the slice).
# * **Fair**: when a runner frees, take the oldest job of the organisation with the fewest
#   running jobs (GitLab's shared-runner rule, generalised with weights below).
# * **Fair + cap**: both.
#
# The simulation measures the small organisations' queue wait and the burst's completion.

# %%
RUNNERS = sim_runners
SMALL_ORGS = sim_orgs
UTIL = sim_util
BURST = sim_burst
BURST_AT = 600.0
CAP = sim_cap
HORIZON = 4 * 3600.0
MEAN_RUN = run_min * 60


def make_workload(seed=7):
    rng = random.Random(seed)
    lam_bg = UTIL * RUNNERS / MEAN_RUN
    jobs, t = [], 0.0
    while t < HORIZON:
        t += rng.expovariate(lam_bg)
        jobs.append((t, rng.randrange(SMALL_ORGS), rng.expovariate(1 / MEAN_RUN)))
    for i in range(BURST):
        jobs.append((BURST_AT + i * 0.01, -1, rng.expovariate(1 / MEAN_RUN)))
    jobs.sort()
    return jobs, lam_bg


def simulate(policy, jobs):
    free = RUNNERS
    running = {}
    queues = {}
    fifo = []  # (arrival, seq, org, dur)
    events = []  # (time, kind, payload)
    for i, (t, org, dur) in enumerate(jobs):
        heapq.heappush(events, (t, 1, (i, org, dur)))
    waits_small, timeline, burst_done, seq = [], [], 0.0, 0

    def eligible(org):
        return policy in ("fifo", "fair") or running.get(org, 0) < CAP

    def pick(now):
        if policy in ("fifo", "cap"):
            for idx, item in enumerate(fifo):
                if eligible(item[2]):
                    return fifo.pop(idx)
            return None
        best = None
        for org, q in queues.items():
            if q and eligible(org):
                key = (running.get(org, 0), q[0][0])
                if best is None or key < best[0]:
                    best = (key, org)
        if best is None:
            return None
        return queues[best[1]].pop(0)

    while events:
        now, kind, payload = heapq.heappop(events)
        if kind == 0:  # a job finished
            org = payload
            running[org] -= 1
            free += 1
        else:
            i, org, dur = payload
            item = (now, i, org, dur)
            seq += 1
            if policy in ("fifo", "cap"):
                fifo.append(item)
            else:
                queues.setdefault(org, []).append(item)
        while free > 0:
            item = pick(now)
            if item is None:
                break
            arrival, _, org, dur = item
            free -= 1
            running[org] = running.get(org, 0) + 1
            heapq.heappush(events, (now + dur, 0, org))
            if org == -1:
                burst_done = max(burst_done, now + dur)
            else:
                if BURST_AT <= arrival <= BURST_AT + 3600:
                    waits_small.append(now - arrival)
                timeline.append((arrival, now - arrival))
    w = np.array(waits_small)
    return {"p50": float(np.percentile(w, 50)), "p95": float(np.percentile(w, 95)), "max": float(w.max()),
            "burst_min": (burst_done - BURST_AT) / 60, "timeline": sorted(timeline)}


jobs_sim, lam_bg = make_workload()
results = {p: simulate(p, jobs_sim) for p in ("fifo", "cap", "fair", "faircap")}
print({p: {k: v for k, v in r.items() if k != "timeline"} for p, r in results.items()})
assert results["fair"]["p95"] < results["fifo"]["p95"] / 10, results
assert results["fair"]["burst_min"] <= results["cap"]["burst_min"], results

figure("sim_bg_rate", lam_bg * 60, "{:.0f} jobs/min", "Background arrivals in the simulation")
figure("sim_burst_work_min", BURST * MEAN_RUN / RUNNERS / 60, "{:.0f} min", "The burst's work spread over the whole slice")
def wait_text(key, seconds, label):
    if seconds < 120:
        figure(key, seconds, "{:.0f} s", label)
    else:
        figure(key, seconds / 60, "{:.0f} min", label)


for p in ("fifo", "cap", "fair", "faircap"):
    wait_text(f"sim_{p}_p50", results[p]["p50"], f"Small orgs' median wait, {p}")
    wait_text(f"sim_{p}_p95", results[p]["p95"], f"Small orgs' p95 wait, {p}")
    wait_text(f"sim_{p}_max", results[p]["max"], f"Small orgs' longest wait, {p}")
    figure(f"sim_{p}_burst", results[p]["burst_min"], "{:.0f} min", f"Burst completion, {p}")


def binned(timeline, width=120.0, until=3 * 3600.0):
    xs, ys = [], []
    t = 0.0
    while t < until:
        ws = [w for a, w in timeline if t <= a < t + width]
        xs.append((t + width / 2) / 60)
        ys.append(max(ws) / 60 if ws else 0.0)
        t += width
    return xs, ys


fig, ax = new_chart()
for p, label, colour in [("fifo", "FIFO", SERIES[1]), ("cap", f"cap of {CAP} per org", SERIES[2]),
                         ("fair", "fewest running first", SERIES[0])]:
    xs, ys = binned(results[p]["timeline"])
    ax.plot(xs, ys, label=label, color=colour)
ax.axvline(BURST_AT / 60, color=SERIES[3], linestyle=":", linewidth=1.3, label=f"{BURST:,} jobs pushed")
ax.set_xlabel("time (min)")
ax.set_ylabel("longest small-org wait, 2-min bins (min)")
ax.set_title(f"{RUNNERS} runners, {SMALL_ORGS} small orgs at {UTIL:.0%} load")
ax.set_ylim(bottom=0)
ax.legend(frameon=False)
show(fig, alt="Line chart of the longest queue wait of small organisations over three hours: under FIFO it jumps to "
              "about 27 minutes when one organisation pushes 1,500 jobs and takes about 80 minutes to fall back; "
              "under a per-organisation cap it stays at zero, and under fewest-running-first dispatch it stays "
              "below about two minutes and mostly near zero.")

figure("sim_fair_vs_cap", results["cap"]["burst_min"] - results["fair"]["burst_min"], "{:.0f} min",
       "How much sooner the burst finishes under fair dispatch than under the cap")
figure("sim_fifo_vs_fair_p95", results["fifo"]["p95"] / results["fair"]["p95"], "{:.0f}x",
       "FIFO's p95 wait for small orgs over fair dispatch's")

# Weighted fair share: the dispatcher's key and a worked example
w_free, w_team, w_ent = 1, 4, 16
figure("weight_ent_over_free", w_ent / w_free, "{:.0f}x", "Enterprise weight over free weight (example)")

# %% [markdown]
# ## 8. Control plane: writes, polling, dispatch

# %%
writes_job = writes_per_job + 2 * steps_per_job
figure("writes_job", writes_job, "{:d} writes", "State writes per job (job states plus a start and an end per step)")
writes_peak = figure("writes_peak", lam_peak * writes_job, "{:,.0f} writes/s", "State writes at peak")
figure("writes_vs_budget", lam_peak * writes_job / db_write_budget, "{:.0%}", "That over one primary's planning budget")
heartbeats = figure("heartbeats_peak", conc_peak / heartbeat_s, "{:,.0f} heartbeats/s", "Runner heartbeats at peak")
figure("lease_s", heartbeat_s * lease_misses, "{:d} s", "Time to declare a silent runner lost")
idle_slots = pool_fleet
poll_qps = figure("poll_qps_1000x", (conc_peak + idle_slots) / poll_s, "{:,.0f} queries/s",
                  "Claim queries per second if every runner polled the queue table")
figure("poll_qps_mvp", (mvp_jobs_day / DAY * peak_to_mean * hold_s + 10) / poll_s, "{:.0f} queries/s",
       "Same at the MVP (with 10 idle runners)")

# %% [markdown]
# ## 9. Logs

# %%
log_tb_day = figure("log_tb_day", jobs_day * log_mb_job / 1e6, "{:.1f} TB/day", "Log output per day, uncompressed")
figure("log_stored_tb_day", jobs_day * log_mb_job / 1e6 / log_compress, "{:.2f} TB/day", "Stored logs per day")
figure("log_retained_tb", jobs_day * log_mb_job / 1e6 / log_compress * retention_d, "{:.0f} TB", "Stored logs over the retention window")
log_ingest = figure("log_ingest_mbps", lam_peak * log_mb_job, "{:.0f} MB/s", "Log ingest at peak (Little: rate times bytes per job)")
figure("log_ingest_gbit", lam_peak * log_mb_job * 8 / 1000, "{:.2f} Gbit/s", "Same in Gbit/s")
figure("log_chunks_peak", conc_peak / flush_s, "{:,.0f} chunks/s", "Log chunk writes at peak (one per running job per flush)")
figure("log_per_job_kbps", log_mb_job * 1000 / (run_min * 60), "{:.1f} KB/s", "Mean log rate of one running job")
figure("watched_jobs", conc_peak * watch_share, "{:,.0f} streams", "Jobs being watched live at peak")

# %% [markdown]
# ## 10. Artifacts and caches

# %%
art_tb_day = figure("art_tb_day", jobs_day * artifact_share * artifact_mb / 1e6, "{:.0f} TB/day", "Artifact bytes uploaded per day")
art_new_tb_day = figure("art_new_tb_day", jobs_day * artifact_share * artifact_mb / 1e6 * (1 - dedupe_share), "{:.0f} TB/day",
                        "New bytes stored per day after content addressing")
art_pb = figure("art_pb", jobs_day * artifact_share * artifact_mb / 1e9 * (1 - dedupe_share) * retention_d, "{:.1f} PB",
                "Artifacts held over the retention window")
art_pb_nodedupe = figure("art_pb_nodedupe", jobs_day * artifact_share * artifact_mb / 1e9 * retention_d, "{:.1f} PB",
                         "Same without content addressing")
art_cost_month = figure("art_cost_month", art_pb * 1e6 * storage_price, "${:,.0f}/month", "Storage bill for artifacts")
cache_reads_tb = figure("cache_reads_tb_day", jobs_day * cache_share * cache_mb / 1e6, "{:.0f} TB/day", "Cache bytes restored per day")
figure("cache_peak_gbit", jobs_day * cache_share * cache_mb / DAY * peak_to_mean * 8 / 1000, "{:,.0f} Gbit/s",
       "Cache restore bandwidth at peak, fleet-wide")
figure("cache_per_host_gbit", jobs_day * cache_share * cache_mb / DAY * peak_to_mean * 8 / 1000 / hosts_peak, "{:.2f} Gbit/s",
       "Per busy host at peak")
xfer_az_day = figure("cache_xfer_az_day", cache_reads_tb * 1000 * xfer_cross_az, "${:,.0f}/day", "Cache transfer if every restore crossed a zone")
xfer_net_day = figure("cache_xfer_net_day", cache_reads_tb * 1000 * xfer_internet, "${:,.0f}/day",
                      "If every restore crossed a region or the internet")
xfer_local_day = figure("cache_xfer_local_day", cache_reads_tb * 1000 * (1 - cache_hit) * xfer_cross_az, "${:,.0f}/day",
                        "With a host-local tier serving most restores")
cache_stored_tb = figure("cache_stored_tb", active_projects * project_cache_gb / 1000, "{:,.0f} TB", "Caches stored")
figure("cache_quota_pb", active_projects * gh_cache_gb / 1e6, "{:.1f} PB", "Upper bound if every active project filled a 10 GB quota")
minutes_day = jobs_day * run_min
price_mix = figure("price_mix", (1 - large_share) * gh_linux2_price + large_share * gh_linux8_price, "${:.4f}/min",
                   "Mean list price per job-minute with the runner mix")
revenue_day = figure("revenue_day", minutes_day * price_mix, "${:,.0f}/day", "Revenue at list prices")
figure("xfer_net_share", xfer_net_day / revenue_day, "{:.0%}", "Cross-region cache transfer as a share of that revenue")
figure("art_share_rev", art_cost_month / 30 / revenue_day, "{:.1%}", "Artifact storage as a share of revenue")

# %% [markdown]
# ## 11. Cost per runner-minute

# %%
compute_min = figure("compute_per_min", host_price_h / 60 / slots_per_host / fleet_util, "${:.4f}/min",
                     "Compute cost per billed standard runner-minute")
all_in_min = figure("all_in_per_min", host_price_h / 60 / slots_per_host / fleet_util * (1 + overhead_share), "${:.4f}/min",
                    "All-in cost per standard runner-minute")
figure("margin", 1 - all_in_min / gh_linux2_price, "{:.0%}", "Gross margin at GitHub's list price")
figure("breakeven_util", host_price_h / 60 / slots_per_host * (1 + overhead_share) / gh_linux2_price, "{:.0%}",
       "Fleet utilisation at which that price only breaks even")
figure("compute_day", minutes_day * slots_per_job * compute_min, "${:,.0f}/day", "Compute spend per day (slot-minutes)")
cost_day = figure("cost_day", minutes_day * slots_per_job * all_in_min, "${:,.0f}/day", "All-in spend per day")
figure("margin_day", 1 - minutes_day * slots_per_job * all_in_min / revenue_day, "{:.0%}", "Gross margin with the runner mix")
figure("large_cost_min", large_slots * all_in_min, "${:.4f}/min", "All-in cost of a large runner-minute")
figure("large_margin", 1 - large_slots * all_in_min / gh_linux8_price, "{:.0%}", "Margin on a large runner-minute at list price")
figure("minutes_day", minutes_day, "{:,.0f} min/day", "Billed runner-minutes per day")
figure("price_cut", 1 - gh_linux2_price / gh_linux2_old, "{:.0%}", "GitHub's 2026 cut to that runner's price")

# %% [markdown]
# ## 12. Billing: rounding each job up to a whole minute
#
# Durations are lognormal with the assumed median and mean. `E[ceil(D)] = Σ P(D > k)` over
# whole minutes k ≥ 0.

# %%
mu_ln = math.log(run_median_min)
sigma_ln = math.sqrt(2 * (math.log(run_min) - mu_ln))


def lognorm_sf(x):
    if x <= 0:
        return 1.0
    z = (math.log(x) - mu_ln) / sigma_ln
    return 0.5 * math.erfc(z / math.sqrt(2))


e_ceil = sum(lognorm_sf(k) for k in range(0, 2000))
figure("sigma_ln", sigma_ln, "{:.2f}", "Lognormal shape of job durations")
figure("billed_mean_min", e_ceil, "{:.2f} min", "Mean billed minutes per job when rounding up")
figure("rounding_uplift", e_ceil / run_min - 1, "{:.1%}", "Billed minutes over used minutes")
figure("sub_minute_share", 1 - lognorm_sf(1), "{:.0%}", "Jobs that finish in under a minute")
figure("rounding_rev_day", (e_ceil - run_min) * jobs_day * gh_linux2_price, "${:,.0f}/day", "Revenue the rounding adds per day")
figure("p_over_cap", lognorm_sf(gh_job_cap_h * 60), "{:.4%}", "Jobs the lognormal puts over a six-hour cap")

# %% [markdown]
# ## 13. Secrets

# %%
figure("secret_fetch_peak", lam_peak * secret_job_share * secrets_per_job, "{:.0f} secrets/s", "Secrets decrypted and delivered at peak")
figure("secret_jobs_day", jobs_day * secret_job_share, "{:,.0f} jobs/day", "Jobs per day that receive secrets")

# %% [markdown]
# ## 14. Draining a host
#
# A host is drained by placing no new jobs on it and waiting for the ones it runs. The job
# found running at a random moment is length-biased: for a lognormal with parameters (μ, σ)
# it is lognormal with (μ + σ², σ), and its remaining time is a uniform fraction of it. The
# drain ends when the last of the host's jobs ends, capped by the six-hour job limit.

# %%
rng = np.random.default_rng(11)
trials = 4000
n = slots_per_host
biased = rng.lognormal(mu_ln + sigma_ln ** 2, sigma_ln, size=(trials, n))
resid = np.minimum(biased * rng.uniform(size=(trials, n)), gh_job_cap_h * 60)
drain = resid.max(axis=1)
figure("resid_mean_min", run_min * (1 + (math.exp(sigma_ln ** 2) - 1)) / 2, "{:.0f} min",
       "Mean remaining time of a job found running (E[D²]/2E[D])")
drain_p50 = figure("drain_p50_min", float(np.percentile(drain, 50)), "{:.0f} min", "Median time to drain one full host")
drain_p95 = figure("drain_p95_min", float(np.percentile(drain, 95)), "{:.0f} min", "p95 time to drain one full host")
figure("patch_batches", ceil_(1 / patch_batch), "{:d} batches", "Batches for a fleet-wide kernel patch")
figure("patch_hours", ceil_(1 / patch_batch) * drain_p95 / 60, "{:.0f} h", "Fleet patch time, each batch waiting for its p95 drain")
figure("patch_hours_cut", ceil_(1 / patch_batch) * min(drain_cut_min, drain_p95) / 60, "{:.0f} h",
       "Same if drains are cut short and the remaining jobs retried elsewhere")
figure("drain_cut_share", float((resid > drain_cut_min).mean()), "{:.1%}", "Jobs on a drained host still running at the cut")

# %% [markdown]
# ## 15. Scaling 10x, 100x, 1000x

# %%
for name, mult in [("mvp", 1), ("x10", 10), ("x100", 100), ("x1000", 1000)]:
    jd = mvp_jobs_day * mult
    lp = jd / DAY * peak_to_mean
    cp = lp * hold_s
    sp = cp * slots_per_job
    figure(f"{name}_jobs", jd, "{:,.0f} jobs/day", f"Jobs per day, {name}")
    figure(f"{name}_lam", lp, "{:.2f} jobs/s" if lp < 1 else "{:.0f} jobs/s", f"Peak arrivals, {name}")
    figure(f"{name}_conc", cp, "{:,.0f} jobs", f"Jobs running at peak, {name}")
    figure(f"{name}_hosts", max(1, ceil_(sp / slots_per_host)), "{:,d} hosts", f"Hosts busy at peak, {name}")
    figure(f"{name}_writes", lp * writes_job, "{:,.0f} writes/s" if lp * writes_job >= 10 else "{:.1f} writes/s",
           f"State writes at peak, {name}")
    figure(f"{name}_poll", (cp + max(10, cp * 0.05)) / poll_s, "{:,.0f} queries/s", f"Poll queries if runners poll, {name}")
    figure(f"{name}_logs", jd * log_mb_job / 1e6 * 1000, "{:,.0f} GB/day", f"Log output per day, {name}")
    figure(f"{name}_art", jd * artifact_share * artifact_mb / 1e3, "{:,.0f} GB/day", f"Artifact uploads per day, {name}")
    figure(f"{name}_cost", jd * run_min * all_in_min * slots_per_job, "${:,.0f}/day", f"All-in runner cost per day, {name}")
figure("mvp_vm_wait_share", vm_boot_s / (run_median_min * 60 + vm_boot_s), "{:.0%}",
       "Share of a median job's wall time spent on a cold full VM")

# %% [markdown]
# ## 16. Interviewer twists

# %%
# A 5,000-job monorepo on every push
figure("mono_matrices", ceil_(mono_jobs / gh_matrix_cap), "{:d} matrices", "Matrices of 256 that takes")
figure("mono_slot_min", mono_jobs * run_min, "{:,.0f} runner-minutes", "Runner-minutes per push")
figure("mono_cost", mono_jobs * run_min * gh_linux2_price, "${:,.0f}", "List price per push")
figure("mono_cap_min", mono_jobs * run_min / mono_cap, "{:.0f} min", "Wall time per push at the plan's cap")
figure("mono_share_cell", mono_jobs * slots_per_job / (slots_peak / cells), "{:.0%}", "One push over a cell's busy slots at peak")

# Dedicated hardware for one enterprise
ent_hosts = figure("ent_hosts", ceil_(ent_conc * slots_per_job / slots_per_host), "{:d} hosts", "Dedicated hosts for its peak")
figure("ent_idle_share", 1 - (ent_conc / peak_to_mean * slots_per_job) / (ent_hosts * slots_per_host), "{:.0%}",
       "Idle share of those hosts at its mean load")
figure("ent_month", ent_hosts * host_price_h * 24 * 30, "${:,.0f}/month", "Cost of keeping them all month")

# GPU runners
figure("gpu_per_min", gpu_price_h / 60, "${:.3f}/min", "GPU runner cost per minute before utilisation")
figure("gpu_warm_day", gpu_warm * gpu_price_h * 24, "${:,.0f}/day", "Warm GPU runners held all day")
figure("gpu_vs_std", (gpu_price_h / 60) / compute_min, "{:.0f}x", "GPU minute over a standard minute's compute")

# Mining on free public-repository minutes
figure("abuse_min_day", jobs_day * free_jobs_share * abuse_share * gh_job_cap_h * 60, "{:,.0f} min/day",
       "Runner-minutes if miners ran every job to the six-hour cap")
figure("abuse_vs_fleet", jobs_day * free_jobs_share * abuse_share * gh_job_cap_h * 60 / minutes_day, "{:.0%}",
       "That over all billed minutes")
figure("abuse_cap_share", jobs_day * free_jobs_share * abuse_share * free_cap_min / minutes_day, "{:.1%}",
       "Same with the shorter limit on free jobs")

# A rival cuts the price again
new_price = gh_linux2_price * (1 - rival_cut)
figure("rival_price", new_price, "${:.4f}/min", "Standard runner-minute price after the rival's cut")
figure("rival_margin", 1 - all_in_min / new_price, "{:.0%}", "Our margin if we match it and change nothing")
margin_now = 1 - all_in_min / gh_linux2_price
util_needed = host_price_h / 60 / slots_per_host * (1 + overhead_share) / (new_price * (1 - margin_now))
figure("rival_util_needed", util_needed, "{:.0%}", "Fleet utilisation that would keep today's margin at the new price")
figure("pool_headroom_share", (pool_fleet + ceil_(slope * host_lead_min / slots_per_host) * slots_per_host) / slots_mean, "{:.0%}",
       "Warm pool plus ramp headroom, over mean busy slots")

# EU residency
figure("eu_jobs_day", jobs_day * eu_share, "{:,.0f} jobs/day", "Jobs from organisations pinned to the EU")
figure("eu_cells", ceil_(cells * eu_share), "{:d} cells", "Cells that load needs, at today's cell size")
figure("eu_pool_extra", pool_for(lam_cell, microvm_cold_s, stockout_target) * ceil_(cells * eu_share)
       - pool_for(lam_cell * cells * eu_share / ceil_(cells * eu_share), microvm_cold_s, stockout_target) * ceil_(cells * eu_share),
       "{:d} slots", "Warm slots the EU cells hold beyond their load's share (rounding up to whole cells)")
