# %% [markdown]
# # Design GitHub Actions from scratch
#
# The back-of-the-envelope notebook behind the walkthrough. Inputs come first, each
# declared once with `assume` and its source; every number the page quotes is a
# `figure` computed below. Sections:
#
# 1. Inputs: GitHub's published limits (verified) and this walkthrough's assumptions
# 2. From trigger events to workflow runs to jobs, with the matrix fan-out
# 3. Matrix expansion: a small implementation of include/exclude and the 256-job cap
# 4. The `needs` DAG: critical path against runner-minutes
# 5. Concurrent jobs and runners by Little's law; long polls and lease renewals
# 6. Hosted VM fleet: the boot pipeline and the warm pool
# 7. The top-of-hour cron burst: a per-second simulation and its chart
# 8. Logs, artifacts, caches and metadata: volumes and bandwidth
# 9. Control-plane write rates, tokens and secrets
# 10. Concurrency groups and cancellation
# 11. Per-owner concurrency caps and a monorepo push
# 12. Scaling 10x, 100x, 1000x from the MVP
# 13. Interviewer twists and operations

# %% [markdown]
# ## 1. Inputs
#
# The Coditioning guide reports the prompt ("Design GitHub Actions from scratch") but no load,
# so every traffic figure is an assumption of this walkthrough. GitHub's own limits are quoted
# from its documentation, checked on 2026-11-23; they describe GitHub's product, not a design
# we must copy.

# %%
import math

from estimates import assume, assumptions_table, figure
from estimates import reference as ref

DOCS_LIMITS = "GitHub Docs, Actions limits, docs.github.com/en/actions/reference/limits (checked 2026-11-23)"
DOCS_RUNNER = ("GitHub Docs, Communicating with self-hosted runners, docs.github.com/en/actions/concepts/runners/"
               "communicating-with-self-hosted-runners (checked 2026-11-23)")
RUNNER_SRC = "actions/runner source, src/Runner.Listener/JobDispatcher.cs (checked 2026-11-23)"
DOCS_CACHE = ("GitHub Docs, Dependency caching reference, docs.github.com/en/actions/reference/workflows-and-actions/"
              "dependency-caching (checked 2026-11-23)")
DOCS_RETENTION = ("GitHub Docs, Removing workflow artifacts, docs.github.com/en/actions/managing-workflow-runs/"
                  "removing-workflow-artifacts (checked 2026-11-23)")
DOCS_TOKEN = "GitHub Docs, GITHUB_TOKEN, docs.github.com/en/actions/concepts/security/github_token (checked 2026-11-23)"
DOCS_EVENTS = ("GitHub Docs, Events that trigger workflows, docs.github.com/en/actions/reference/workflows-and-actions/"
               "events-that-trigger-workflows (checked 2026-11-23)")

# GitHub's published limits (verified)
gh_matrix_cap = assume("gh_matrix_cap", 256, "{:d} jobs", "Jobs one matrix may generate per workflow run", DOCS_LIMITS)
gh_hosted_job_h = assume("gh_hosted_job_h", 6, "{:d} h", "Longest job on a GitHub-hosted runner", DOCS_LIMITS)
gh_self_job_d = assume("gh_self_job_d", 5, "{:d} days", "Longest job on a self-hosted runner", DOCS_LIMITS)
gh_self_queue_h = assume("gh_self_queue_h", 24, "{:d} h", "Longest a job may wait for a self-hosted runner", DOCS_LIMITS)
gh_run_days = assume("gh_run_days", 35, "{:d} days", "Longest workflow run, waits and approvals included", DOCS_LIMITS)
gh_trigger_10s = assume("gh_trigger_10s", 1500, "{:,d} events", "Triggering events per repository per 10 s", DOCS_LIMITS)
gh_queued_10s = assume("gh_queued_10s", 500, "{:d} runs", "Workflow runs queued per 10 s", DOCS_LIMITS)
gh_cap_free = assume("gh_cap_free", 20, "{:d} jobs", "Concurrent hosted jobs, Free plan", DOCS_LIMITS)
gh_cap_team = assume("gh_cap_team", 60, "{:d} jobs", "Concurrent hosted jobs, Team plan", DOCS_LIMITS)
gh_cap_ent = assume("gh_cap_ent", 500, "{:d} jobs", "Concurrent hosted jobs, Enterprise plan", DOCS_LIMITS)
gh_checks_cap = assume("gh_checks_cap", 50_000, "{:,d} check runs", "Check runs per check suite", DOCS_LIMITS)
gh_longpoll_s = assume("gh_longpoll_s", 50, "{:d} s", "Self-hosted runner long-poll duration", DOCS_RUNNER)
gh_renew_s = assume("gh_renew_s", 60, "{:d} s", "Interval at which the runner renews its job lock", RUNNER_SRC)
gh_renew_grace_min = assume("gh_renew_grace_min", 5, "{:d} min", "Time the runner keeps retrying past the lock's expiry", RUNNER_SRC)
gh_cache_gb = assume("gh_cache_gb", 10, "{:d} GB", "Cache storage per repository", DOCS_CACHE)
gh_cache_idle_d = assume("gh_cache_idle_d", 7, "{:d} days", "Cache entries unused this long are removed", DOCS_CACHE)
gh_retention_d = assume("gh_retention_d", 90, "{:d} days", "Default retention of logs and artifacts", DOCS_RETENTION)
gh_token_self_h = assume("gh_token_self_h", 24, "{:d} h", "Longest a GITHUB_TOKEN can be refreshed on a self-hosted runner", DOCS_TOKEN)
gh_cron_min = assume("gh_cron_min", 5, "{:d} min", "Shortest schedule interval", DOCS_EVENTS)

# The Coditioning framework's time budgets (minutes per step) and Crack ML's round length
src_steps = {"confirm the goal": (2, 3), "requirements": (10, 15), "data model and API": (0, 10),
             "high-level design": (25, 25), "deep dive": (15, 15)}
round_min = assume("round_min", 60, "{:d} min", "Length of the design round", "Crack ML")

# Load at the MVP (assumptions). The design target is 1000x the MVP.
mvp_events = assume("mvp_event_rate", 1, "{:d} event/s", "Peak trigger events reaching the workflow service, MVP")
match_share = assume("match_share", 0.35, "{:.0%}", "Share of events that match at least one workflow")
runs_per_match = assume("runs_per_match", 1.6, "{:.1f}", "Workflow runs per matching event")
plain_jobs = assume("plain_jobs", 2.5, "{:.1f}", "Non-matrix jobs per run")
matrix_share = assume("matrix_share", 0.3, "{:.0%}", "Share of runs with a matrix job")
matrix_mean = assume("matrix_mean", 9, "{:d} jobs", "Mean size of a matrix expansion")
job_s = assume("job_s", 300, "{:d} s", "Mean job time on a runner (setup to teardown)")
peak_to_mean = assume("peak_to_mean", 2.5, "{:.1f}x", "Peak-to-mean ratio of the event rate")
hosted_share = assume("hosted_share", 0.7, "{:.0%}", "Share of jobs on hosted runners (rest self-hosted)")
self_idle_ratio = assume("self_idle_ratio", 1.0, "{:.1f}", "Idle self-hosted runners per busy one at peak")
vm_boot_s = assume("vm_boot_s", 45, "{:d} s", "Cold boot of a hosted VM until its runner polls")
steps_per_job = assume("steps_per_job", 10, "{:d}", "Steps per job")
db_write_budget = assume("db_write_budget", 10_000, "{:,d} rows/s", "Indexed row writes one relational primary sustains (planning budget)")
log_mb = assume("log_mb", 1.0, "{:.1f} MB", "Log output of a mean job, uncompressed")
log_ratio = assume("log_ratio", 5, "{:d}x", "Compression ratio of stored logs")
watched_share = assume("watched_share", 0.02, "{:.0%}", "Share of running jobs whose log someone is watching live")
log_flush_s = assume("log_flush_s", 5, "{:d} s", "Interval at which a runner ships buffered log lines", "design choice")
artifact_share = assume("artifact_share", 0.1, "{:.0%}", "Share of jobs that upload an artifact")
artifact_mb = assume("artifact_mb", 20, "{:d} MB", "Mean artifact size")
cache_restore_share = assume("cache_restore_share", 0.5, "{:.0%}", "Share of jobs that restore a dependency cache")
cache_restore_mb = assume("cache_restore_mb", 200, "{:d} MB", "Mean cache restored by such a job")
cache_repos_1000x = assume("cache_repos_1000x", 3e6, "{:,.0f} repos", "Repositories holding caches at the design target")
cache_used_gb = assume("cache_used_gb", 3, "{:d} GB", "Mean cache held per such repository")
secrets_per_job = assume("secrets_per_job", 3, "{:d}", "Secrets a mean job references")
key_cache_hit = assume("key_cache_hit", 0.9, "{:.0%}", "Decrypts served by a cached per-repo data key")
wf_files = assume("wf_files", 4, "{:d}", "Workflow files per repository")
wf_cache_hit = assume("wf_cache_hit", 0.95, "{:.0%}", "Parsed-workflow cache hits (keyed by blob SHA)")
job_row_b = assume("job_row_b", 600, "{:d} B", "Job row with its matrix values and labels")
step_row_b = assume("step_row_b", 150, "{:d} B", "Step row")

# Schedules (assumptions, at the design target)
sched_1000x = assume("sched_1000x", 4e6, "{:,.0f} schedules", "Active cron schedules at the design target")
fires_per_day = assume("fires_per_day", 8, "{:d}", "Mean firings per schedule per day")
top_share = assume("top_share", 0.45, "{:.0%}", "Share of firings whose cron minute is 0")
half_share = assume("half_share", 0.08, "{:.0%}", "Share of firings at minute 30")
quarter_share = assume("quarter_share", 0.04, "{:.0%}", "Share of firings at minute 15, and again at 45")
sched_jobs = assume("sched_jobs", 1.5, "{:.1f}", "Jobs per scheduled run")
sched_job_s = assume("sched_job_s", 180, "{:d} s", "Mean scheduled job time")
spread_s = assume("spread_s", 600, "{:d} s", "Window a firing may be spread over (hash of schedule id)", "design choice")

# Concurrency groups (assumptions)
pr_job_share = assume("pr_job_share", 0.6, "{:.0%}", "Share of jobs triggered by pull-request updates")
superseded = assume("superseded", 0.3, "{:.0%}", "Share of PR runs overtaken by a newer push while running")
remaining = assume("remaining", 0.5, "{:.0%}", "Mean share of a superseded run still to go when the newer push lands")
assumptions_table()

# %%
budget_low = figure("src_budget_low", sum(lo for lo, _ in src_steps.values()), "{:d} min", "Coditioning's step budgets, lower ends")
budget_high = figure("src_budget_high", sum(hi for _, hi in src_steps.values()), "{:d} min", "Coditioning's step budgets, upper ends")
figure("src_budget_over", budget_high - round_min, "{:d} min", "How far the upper ends overrun a 60-minute round")

# %% [markdown]
# ## 2. From trigger events to workflow runs to jobs

# %%
DAY = ref.SECONDS_PER_DAY
jobs_per_run = figure("jobs_per_run", plain_jobs + matrix_share * matrix_mean, "{:.1f} jobs", "Mean jobs per workflow run")
jobs_per_event = figure("jobs_per_event", match_share * runs_per_match * jobs_per_run, "{:.2f} jobs",
                        "Mean jobs per trigger event")
target_events = figure("target_events", mvp_events * 1000, "{:,.0f} events/s", "Peak trigger events at the design target")
runs_peak = figure("runs_peak", target_events * match_share * runs_per_match, "{:,.0f} runs/s", "Workflow runs created per second at peak")
jobs_peak = figure("jobs_peak", target_events * jobs_per_event, "{:,.0f} jobs/s", "Jobs created per second at peak")
jobs_mean = figure("jobs_mean", jobs_peak / peak_to_mean, "{:,.0f} jobs/s", "Jobs created per second on average")
jobs_day = figure("jobs_day", jobs_mean * DAY / 1e6, "{:,.0f} million jobs/day", "Jobs per day")
figure("matrix_job_share", matrix_share * matrix_mean / jobs_per_run, "{:.0%}", "Share of jobs that come from matrix expansion")
figure("runner_hours_day", jobs_mean * DAY * job_s / 3600 / 1e6, "{:.1f} million runner-hours/day", "Runner time consumed per day")

# %% [markdown]
# ## 3. Matrix expansion
#
# A deliberately small model of `strategy.matrix`: the cross product of the lists, then
# `exclude` (a partial match removes a combination), then `include` (an entry that matches a
# combination on all the original keys it names extends it; otherwise it adds a new one).
# GitHub's documented rules have more corners; this is enough to count jobs.

# %%
import itertools  # noqa: E402


def expand(matrix):
    include = matrix.get("include", [])
    exclude = matrix.get("exclude", [])
    keys = [k for k in matrix if k not in ("include", "exclude")]
    combos = [dict(zip(keys, vals)) for vals in itertools.product(*(matrix[k] for k in keys))] if keys else []
    combos = [c for c in combos if not any(all(c.get(k) == v for k, v in ex.items()) for ex in exclude)]
    for inc in include:
        hits = [c for c in combos if all(c.get(k) == v for k, v in inc.items() if k in keys)
                and any(k in keys for k in inc)]
        if hits:
            for c in hits:
                for k, v in inc.items():
                    c.setdefault(k, v)
        else:
            combos.append(dict(inc))
    return combos


small = {"os": ["ubuntu", "windows", "macos"], "node": [18, 20, 22]}
wide = {"os": ["ubuntu", "windows", "macos"], "python": ["3.10", "3.11", "3.12", "3.13"], "arch": ["x64", "arm64"],
        "db": ["postgres", "mysql", "sqlite"]}
sharded = dict(wide, shard=[1, 2, 3, 4])
trimmed = dict(wide, exclude=[{"os": "windows", "db": "mysql"}, {"os": "macos", "arch": "x64"}],
               include=[{"os": "ubuntu", "python": "3.14-dev", "arch": "x64", "db": "postgres", "experimental": True}])

n_small = figure("mx_small", len(expand(small)), "{:d} jobs", "3 operating systems x 3 Node versions")
n_wide = figure("mx_wide", len(expand(wide)), "{:d} jobs", "3 OS x 4 Python x 2 arch x 3 databases")
n_sharded = figure("mx_sharded", len(expand(sharded)), "{:d} jobs", "The same with 4 test shards")
n_trimmed = figure("mx_trimmed", len(expand(trimmed)), "{:d} jobs", "The wide matrix after two excludes and one include")
assert n_small == 9 and n_wide == 72 and n_sharded == 288
assert n_sharded > gh_matrix_cap, "the sharded matrix should exceed the cap"
figure("mx_over_cap", n_sharded - gh_matrix_cap, "{:d} jobs", "How far the sharded matrix overshoots the 256 cap")
# Largest number of shards that keeps the wide matrix under the cap
figure("mx_max_shards", gh_matrix_cap // n_wide, "{:d} shards", "Most shards the wide matrix can take under the cap")
# Excluded counts: windows x mysql is 4 x 2 = 8; macos x x64 is 4 x 3 = 12
assert n_trimmed == 72 - 8 - 12 + 1
figure("mx_excluded", 8 + 12, "{:d} jobs", "Jobs the two exclude rules remove")
print(expand(trimmed)[-1])

# %% [markdown]
# ## 4. The `needs` DAG: critical path against runner-minutes
#
# Example workflow: `lint` (1 min) and `build` (a 12-job matrix, 8 min each) start at once;
# `integration` (10 min) needs `build`; `deploy` (3 min) needs `integration` and `lint`.
# Each stage also waits for a runner (`wait_s`).

# %%
wait_s = assume("wait_s", 20, "{:d} s", "Queue wait before each job gets a runner (warm pool)")
dag = {  # name: (minutes, jobs, needs)
    "lint": (1, 1, []),
    "build": (8, 12, []),
    "integration": (10, 1, ["build"]),
    "deploy": (3, 1, ["integration", "lint"]),
}


def topo(graph):
    seen, order, temp = set(), [], set()

    def visit(n):
        if n in temp:
            raise ValueError(f"cycle at {n}")
        if n not in seen:
            temp.add(n)
            for m in graph[n][2]:
                visit(m)
            temp.discard(n)
            seen.add(n)
            order.append(n)

    for n in graph:
        visit(n)
    return order


finish = {}
for n in topo(dag):
    mins, _, needs = dag[n]
    start = max((finish[m] for m in needs), default=0)
    finish[n] = start + wait_s / 60 + mins
wall_min = figure("dag_wall_min", max(finish.values()), "{:.0f} min", "Wall time of the example workflow (critical path)")
runner_min = figure("dag_runner_min", sum(m * j for m, j, _ in dag.values()), "{:d} runner-minutes", "Runner time the example consumes")
figure("dag_ratio", runner_min / wall_min, "{:.1f}x", "Runner-minutes per wall-clock minute")
figure("dag_jobs", sum(j for _, j, _ in dag.values()), "{:d} jobs", "Jobs in the example workflow")
try:
    topo({"a": (1, 1, ["b"]), "b": (1, 1, ["a"])})
    raise AssertionError("cycle not detected")
except ValueError:
    pass

# fail-fast: one matrix leg fails at minute 2 of 8; the others are cancelled
fail_at = 2
figure("failfast_saved", (12 - 1) * (8 - fail_at), "{:d} runner-minutes", "Runner time fail-fast saves when one build leg fails at minute 2")

# %% [markdown]
# ## 5. Concurrent jobs and runners by Little's law

# %%
conc_peak = figure("conc_peak", jobs_peak * job_s, "{:,.0f} jobs", "Jobs running at once at peak (design target)")
conc_mean = figure("conc_mean", jobs_mean * job_s, "{:,.0f} jobs", "Jobs running at once on average")
hosted_busy = figure("hosted_busy", conc_peak * hosted_share, "{:,.0f} VMs", "Hosted VMs busy at peak")
self_busy = conc_peak * (1 - hosted_share)
figure("self_busy", self_busy, "{:,.0f} runners", "Self-hosted runners busy at peak")
self_idle = figure("self_idle", self_busy * self_idle_ratio, "{:,.0f} runners", "Self-hosted runners idle and polling at peak")
figure("polls_per_s", self_idle / gh_longpoll_s, "{:,.0f} polls/s", "Long polls started per second by idle self-hosted runners")
renewals = figure("renewals_per_s", conc_peak / gh_renew_s, "{:,.0f} renewals/s", "Job-lock renewals per second at peak")
figure("abandon_detect_min", gh_renew_s / 60 + gh_renew_grace_min, "{:.0f} min",
       "Worst case before a lost runner's job can be declared abandoned (one renewal interval plus grace)")

# %% [markdown]
# ## 6. Hosted VM fleet: the boot pipeline and the warm pool
#
# Every hosted job gets a fresh VM, destroyed afterwards. VMs in boot at any moment =
# hosted job arrival rate x boot time (Little's law again). A warm pool hides the boot from
# the user only if it holds at least the arrivals of one boot time.

# %%
hosted_rate = jobs_peak * hosted_share
figure("hosted_rate", hosted_rate, "{:,.0f} VMs/s", "Hosted VMs handed out per second at peak")
warm = figure("warm_pool", hosted_rate * vm_boot_s, "{:,.0f} VMs", "Ready VMs needed to cover one boot time at peak")
figure("warm_share", hosted_rate * vm_boot_s / (conc_peak * hosted_share), "{:.0%}", "Warm pool as a share of busy hosted VMs")
figure("vm_starts_day", jobs_mean * hosted_share * DAY / 1e6, "{:,.0f} million VMs/day", "VMs created and destroyed per day")

# %% [markdown]
# ## 7. The top-of-hour cron burst
#
# GitHub documents that scheduled runs may be delayed at high load, naming the start of every
# hour, and that queued jobs may even be dropped (see the walkthrough). Here is why: at the
# design target most firings land in minute 0. The simulation builds arrivals per second over
# one hour for two policies and counts scheduled jobs running at once.

# %%
fires_hour = sched_1000x * fires_per_day / 24
figure("fires_hour", fires_hour / 1e6, "{:.2f} million runs", "Scheduled runs per hour at the design target")
other_share = 1 - top_share - half_share - 2 * quarter_share
top_runs = fires_hour * top_share
top_jobs = figure("top_jobs", top_runs * sched_jobs, "{:,.0f} jobs", "Scheduled jobs due in minute 0 of each hour")
quiet_min_jobs = fires_hour * other_share / 56 * sched_jobs
figure("quiet_min_jobs", quiet_min_jobs, "{:,.0f} jobs", "Scheduled jobs due in an ordinary minute")
figure("top_ratio", top_jobs / quiet_min_jobs, "{:.0f}x", "Minute 0 against an ordinary minute")
event_min_jobs = jobs_mean * 60
figure("event_min_jobs", event_min_jobs, "{:,.0f} jobs", "Event-driven jobs in a mean minute")
figure("top_vs_events", top_jobs / event_min_jobs, "{:.1f}x", "Minute 0's scheduled jobs against a mean minute of event-driven jobs")
figure("top_rate_naive", top_jobs / 60, "{:,.0f} jobs/s", "Job creation rate if minute 0 is released within that minute")


def arrivals(policy):
    """Scheduled jobs arriving in each second of one hour."""
    per_s = [0.0] * 3600
    marks = {0: top_share, 30: half_share, 15: quarter_share, 45: quarter_share}
    for minute in range(60):
        share = marks.get(minute, other_share / 56)
        jobs = fires_hour * share * sched_jobs
        if policy == "exact":
            for s in range(60):          # released within the minute it is due
                per_s[minute * 60 + s] += jobs / 60
        else:                            # each schedule offset by hash(id) within spread_s
            for s in range(spread_s):
                per_s[(minute * 60 + s) % 3600] += jobs / spread_s
    return per_s


def running(per_s, dur):
    """Jobs running at each second, with every job lasting dur seconds (two hours simulated, second hour kept)."""
    arr = per_s * 2
    out, window = [], 0.0
    for t, a in enumerate(arr):
        window += a
        if t >= dur:
            window -= arr[t - dur]
        out.append(window)
    return out[3600:]


exact = running(arrivals("exact"), sched_job_s)
spread = running(arrivals("spread"), sched_job_s)
peak_exact = figure("sched_peak_exact", max(exact), "{:,.0f} jobs", "Scheduled jobs running at once, released on the minute")
peak_spread = figure("sched_peak_spread", max(spread), "{:,.0f} jobs", "Scheduled jobs running at once, spread over 10 min")
sched_mean = figure("sched_mean_conc", sum(exact) / 3600, "{:,.0f} jobs", "Scheduled jobs running at once, hourly mean")
figure("sched_peak_over_mean", max(exact) / sched_mean, "{:.1f}x", "Scheduled peak over the hourly mean")
figure("spread_cut", peak_exact / peak_spread, "{:.1f}x", "Peak reduction from spreading")
figure("burst_vs_fleet", peak_exact / conc_mean, "{:.0%}", "Minute-0 scheduled peak as a share of the mean fleet")
# The analytic check: a burst of N jobs over window W, each lasting D, peaks at N x min(1, D/W)
assert abs(max(exact) - (top_jobs + quiet_min_jobs * 2) * min(1, sched_job_s / 60)) / max(exact) < 0.05
figure("sched_vm_burst_rate", top_jobs * hosted_share / 60, "{:,.0f} VMs/s", "Hosted VMs demanded per second during minute 0")

from estimates.charts import SERIES, new_chart, show  # noqa: E402

fig, ax = new_chart()
minutes = [t / 60 for t in range(3600)]
ax.plot(minutes, [x / 1000 for x in exact], label="released on the minute")
ax.plot(minutes, [x / 1000 for x in spread], label=f"spread over {spread_s // 60} min by schedule hash")
ax.axhline(conc_mean / 1000, color=SERIES[2], linestyle="--", linewidth=1.4, label="mean event-driven fleet")
ax.set_xlim(0, 60)
ax.set_ylim(bottom=0)
ax.set_xlabel("minute of the hour (UTC)")
ax.set_ylabel("scheduled jobs running (thousands)")
ax.set_title(f"{sched_1000x / 1e6:.0f} million schedules, {top_share:.0%} of firings at minute 0")
ax.legend(frameon=False)
show(fig, alt="Line chart over one hour: scheduled jobs running at once spike at minute 0 to several hundred thousand, "
              "more than the whole mean event-driven fleet, when every schedule is released on its minute; spreading "
              "each firing by a hash of the schedule over ten minutes flattens the spike to well under half.")

# %% [markdown]
# ## 8. Logs, artifacts, caches and metadata

# %%
log_rate_kb = figure("log_kbps_job", log_mb * 1000 / job_s, "{:.1f} KB/s", "Log output of one running job")
log_ingest = conc_peak * log_mb * 1e6 / job_s
figure("log_ingest_gbs", log_ingest / 1e9, "{:.1f} GB/s", "Log ingest at peak")
figure("log_ingest_gbit", log_ingest * 8 / 1e9, "{:.0f} Gbit/s", "Log ingest at peak, in bits")
figure("live_viewers", conc_peak * watched_share, "{:,.0f} streams", "Live log streams open at peak")
figure("log_batches_s", conc_peak / log_flush_s, "{:,.0f} batches/s", "Log batches shipped per second at peak")
figure("log_objects_s", jobs_peak, "{:,.0f} objects/s", "Log objects written if each job's log is sealed once at completion")
log_tb_day = jobs_mean * DAY * log_mb / 1e6
figure("log_tb_day", log_tb_day, "{:,.0f} TB/day", "Raw logs per day")
figure("log_pb_kept", log_tb_day / log_ratio * gh_retention_d / 1000, "{:.1f} PB", "Compressed logs kept for 90 days")
art_tb_day = jobs_mean * DAY * artifact_share * artifact_mb / 1e6
figure("art_tb_day", art_tb_day, "{:,.0f} TB/day", "Artifacts uploaded per day")
figure("art_pb_kept", art_tb_day * gh_retention_d / 1000, "{:.0f} PB", "Artifacts kept for 90 days")
figure("art_pb_kept_14", art_tb_day * 14 / 1000, "{:.1f} PB", "Artifacts kept if the default retention were 14 days")
cache_bw = jobs_peak * cache_restore_share * cache_restore_mb * 1e6
figure("cache_gbs", cache_bw / 1e9, "{:,.0f} GB/s", "Cache restore traffic at peak")
figure("cache_tbit", cache_bw * 8 / 1e12, "{:.1f} Tbit/s", "Cache restore traffic at peak, in bits")
figure("cache_vs_log", cache_bw / log_ingest, "{:.0f}x", "Cache restore traffic over log ingest")
figure("cache_pb", cache_repos_1000x * cache_used_gb / 1e6, "{:.0f} PB", "Cache storage held at the design target")
figure("cache_pb_cap", cache_repos_1000x * gh_cache_gb / 1e6, "{:.0f} PB", "Ceiling if every such repo filled its 10 GB")
meta_b = job_row_b + steps_per_job * step_row_b
figure("meta_kb_job", meta_b / 1000, "{:.1f} KB", "Job and step rows per job")
figure("meta_tb_day", jobs_mean * DAY * meta_b / 1e12, "{:.2f} TB/day", "Job and step rows per day")

# %% [markdown]
# ## 9. Control-plane write rates, tokens and secrets

# %%
writes_per_job = 4 + 2 * steps_per_job  # queued, assigned, in progress, completed; start and end of each step
figure("writes_per_job", writes_per_job, "{:d} rows", "State writes per job (4 job transitions, 2 per step)")
writes_peak = jobs_peak * writes_per_job
figure("writes_peak", writes_peak, "{:,.0f} rows/s", "State writes at peak, design target")
figure("primaries_needed", writes_peak / db_write_budget, "{:.0f} primaries", "Relational primaries that load needs at the planning budget")
figure("job_writes_peak", jobs_peak * 4, "{:,.0f} rows/s", "Job-level writes at peak, steps moved to the runner's timeline batch")
figure("check_writes_peak", jobs_peak * 3, "{:,.0f} writes/s", "Check-run updates to pull requests at peak (queued, in progress, completed)")
figure("tokens_per_s", jobs_peak, "{:,.0f} tokens/s", "GITHUB_TOKENs minted per second at peak")
decrypts = jobs_peak * secrets_per_job
figure("decrypts_per_s", decrypts, "{:,.0f} decrypts/s", "Secret decryptions per second at peak")
figure("kms_per_s", decrypts * (1 - key_cache_hit), "{:,.0f} calls/s", "Key-service calls per second with cached data keys")
figure("wf_reads_per_s", target_events * wf_files * (1 - wf_cache_hit), "{:,.0f} reads/s",
       "Workflow-file reads from git per second at peak, after the parse cache")
figure("wf_lookups_per_s", target_events * wf_files, "{:,.0f} lookups/s", "Workflow-file lookups per second before the cache")
figure("trigger_rate_per_s", gh_trigger_10s / 10, "{:,.0f} events/s", "GitHub's per-repository trigger limit, per second")
figure("queued_rate_per_s", gh_queued_10s / 10, "{:,.0f} runs/s", "GitHub's run-queueing limit, per second")

# %% [markdown]
# ## 10. Concurrency groups and cancellation

# %%
saved = pr_job_share * superseded * remaining
figure("cancel_saved", saved, "{:.0%}", "Runner time saved by cancel-in-progress on PR workflows")
figure("cancel_saved_vms", conc_peak * saved, "{:,.0f} runners", "Runners freed at peak by cancel-in-progress")

# %% [markdown]
# ## 11. Per-owner concurrency caps and a monorepo push

# %%
mono_jobs = 3 * gh_matrix_cap + 4
figure("mono_jobs", mono_jobs, "{:,d} jobs", "Jobs from a push that expands three full matrices plus four jobs")
mono_waves = math.ceil(mono_jobs / gh_cap_ent)
figure("mono_waves", mono_waves, "{:d} waves", "Waves through the Enterprise plan's 500 concurrent jobs")
mono_min = 10
figure("mono_job_min", mono_min, "{:d} min", "Job length in the monorepo example")
figure("mono_wall_min", mono_waves * mono_min, "{:d} min", "Wall time for the whole push at the cap")
figure("mono_free_waves", math.ceil(mono_jobs / gh_cap_free), "{:d} waves", "Waves for the same push on the Free plan's 20 jobs")
figure("mono_free_h", math.ceil(mono_jobs / gh_cap_free) * mono_min / 60, "{:.1f} h", "Wall time for it on the Free plan")
figure("mono_share_fleet", mono_jobs / conc_peak, "{:.2%}", "That push as a share of the peak fleet")

# %% [markdown]
# ## 12. Scaling 10x, 100x, 1000x from the MVP

# %%
for label, mult in (("mvp", 1), ("x10", 10), ("x100", 100), ("x1000", 1000)):
    ev = mvp_events * mult
    jb = ev * jobs_per_event
    cc = jb * job_s
    figure(f"{label}_events", ev, "{:,.0f} event/s" if ev == 1 else "{:,.0f} events/s", f"Peak events at {label}")
    figure(f"{label}_jobs", jb, "{:,.1f} jobs/s" if jb < 10 else "{:,.0f} jobs/s", f"Peak jobs/s at {label}")
    figure(f"{label}_conc", cc, "{:,.0f} jobs", f"Jobs running at once at {label}")
    figure(f"{label}_writes", jb * writes_per_job, "{:,.0f} rows/s", f"State writes at {label}")
    figure(f"{label}_log", cc * log_mb * 1e6 / job_s / 1e6, "{:,.1f} MB/s" if cc * log_mb / job_s < 100 else "{:,.0f} MB/s",
           f"Log ingest at {label}")
    figure(f"{label}_cron", top_jobs * mult / 1000, "{:,.0f} jobs", f"Scheduled jobs due in minute 0 at {label}")
    figure(f"{label}_renew", cc / gh_renew_s, "{:,.0f} renewals/s", f"Lock renewals at {label}")
assert mvp_events * 1000 == target_events
mvp_conc = mvp_events * jobs_per_event * job_s
figure("mvp_cron_vs_fleet", top_jobs / 1000 / mvp_conc, "{:.1f}x", "MVP: minute-0 scheduled jobs against the jobs running at peak")
figure("mvp_warm", mvp_events * jobs_per_event * hosted_share * vm_boot_s, "{:,.0f} VMs", "MVP: warm VMs to cover one boot time at peak")
figure("x100_primary_share", mvp_events * 100 * jobs_per_event * writes_per_job / db_write_budget, "{:.0%}",
       "100x: state writes as a share of one primary's planning budget")

# %% [markdown]
# ## 13. Interviewer twists and operations

# %%
# Hosted region outage: the region's share of the fleet must fail over
region_share = assume("region_share", 0.25, "{:.0%}", "Share of hosted capacity in the largest region")
figure("region_vms", hosted_busy * region_share, "{:,.0f} VMs", "Busy hosted VMs in the largest region at peak")
figure("region_rate", hosted_rate * region_share, "{:,.0f} jobs/s", "Hosted job arrivals that must move to other regions")
figure("region_headroom", region_share / (1 - region_share), "{:.0%}", "Headroom each other region needs to absorb it")

# Orchestrator database failover: jobs keep running, state updates queue on runners
failover_s = assume("failover_s", 30, "{:d} s", "Failover of one orchestrator shard's primary")
shards = assume("shards", 16, "{:d}", "Orchestrator shards at the design target", "design choice")
figure("failover_jobs", jobs_peak / shards * failover_s, "{:,.0f} jobs", "Job creations delayed on one shard during a failover")
figure("writes_per_shard", writes_peak / shards, "{:,.0f} rows/s", "State writes per shard at peak")
figure("writes_per_shard_batched", jobs_peak * 4 / shards, "{:,.0f} rows/s", "Job-level writes per shard, steps batched elsewhere")

# Rolling a new runner image: VMs recycle every job, so a bad image spreads at the VM creation rate
canary = assume("canary", 0.01, "{:.0%}", "Share of new VMs given a new image in its first stage", "design choice")
figure("canary_jobs_10min", hosted_rate * canary * 600, "{:,.0f} jobs", "Jobs a 1% image canary sees in 10 minutes at peak")
