# %% [markdown]
# # Learning from user corrections: the estimates
#
# The arithmetic behind the PM walkthrough on feeding thumbs and written corrections back
# into a model. Every input is declared once with `assume` and its source; every number the
# page quotes is a `figure` computed here. The prompt is built from a scenario in Johnny
# Mai's PM article (a candidate who proposed retraining on user corrections); no figure in
# that article describes a real product, so almost every input below is a planning
# assumption a reader can change. Sections:
#
# 1. Inputs
# 2. Feedback volume per day
# 3. Consent: what is left after business exclusion and opt-in
# 4. Reviewer capacity: what share a human can see
# 5. Naive majority vote: how many accounts it takes to flip a signal
# 6. Poisoning a training batch: filters at declared recall and false-positive rate
# 7. Private data in corrections
# 8. Time to effect and time to revert
# 9. Evaluation: how many comparisons a win rate or a sycophancy gate needs
# 10. Cost
# 11. Twists: a viral jailbreak, per-org corrections, provenance, 10x
# 12. Charts

# %% [markdown]
# ## 1. Inputs
#
# "assumption" is this walkthrough's planning number; "design choice" is a parameter we
# pick; a published source is named where a number comes from one.

# %%
import math

from estimates import assume, assumptions_table, figure

# Traffic and feedback
dau = assume("dau", 10_000_000, "{:,d} users", "Daily active users of the assistant", "assumption")
turns_user = assume("turns_user", 8, "{:d} turns", "Turns per daily active user per day", "assumption")
thumbs_rate = assume("thumbs_rate", 0.01, "{:.1%}", "Share of turns that get a thumbs up or down", "assumption")
correct_rate = assume("correct_rate", 0.001, "{:.1%}", "Share of turns that get a written correction", "assumption")
business_share = assume("business_share", 0.30, "{:.0%}",
                        "Share of turns from business and API workspaces (never used for training)", "assumption")
optin_share = assume("optin_share", 0.20, "{:.0%}",
                     "Consumer users who opt in to training on their corrections", "assumption")
optout_keep = assume("optout_keep", 0.80, "{:.0%}",
                     "Consumer users who would stay in if training were on by default", "assumption")
usable_share = assume("usable_share", 0.50, "{:.0%}",
                      "Opted-in corrections that survive de-duplication and a basic quality check", "assumption")

# Review
review_per_h = assume("review_per_h", 40, "{:d} items/h", "Corrections one reviewer checks per hour (90 s each)",
                      "assumption")
review_h_day = assume("review_h_day", 6.5, "{:.1f} h", "Productive review hours per reviewer per day", "assumption")
reviewers = assume("reviewers", 25, "{:d} reviewers", "Reviewers on the feedback queue (full-time)", "assumption")
review_usd_h = assume("review_usd_h", 45, "${:d}/h", "Loaded cost of one reviewer hour", "assumption")

# Adversaries
abuse_share = assume("abuse_share", 0.02, "{:.0%}",
                     "Background share of usable corrections that are deliberately false or harmful",
                     "assumption")
votes_acct_day = assume("votes_acct_day", 20, "{:d} votes/day",
                        "Votes one attacker account casts on a target cluster without tripping a naive rate limit",
                        "assumption")
poison_acct_day = assume("poison_acct_day", 20, "{:d} corrections/day",
                         "Poisoned corrections one attacker account submits per day", "assumption")
acct_cap = assume("acct_cap", 3, "{:d} examples", "Most examples one account may contribute to a training batch",
                  "design choice")
attack_accts = assume("attack_accts", 100, "{:d} accounts", "Accounts in the coordinated attack we plan against",
                      "assumption")
niche_turns = assume("niche_turns", 20_000, "{:,d} turns/day", "Turns a day on a niche question cluster", "assumption")
popular_turns = assume("popular_turns", 2_000_000, "{:,d} turns/day", "Turns a day on a popular question cluster",
                       "assumption")
organic_right = assume("organic_right", 0.80, "{:.0%}", "Share of organic voters on a cluster who back the true answer",
                       "assumption")
online_window_min = assume("online_window_min", 5, "{:d} min", "Update interval of an online-learning loop",
                           "Johnny Mai article (the rejected 5-minute design)")

# Filters on candidate training examples
weak_recall = assume("weak_recall", 0.90, "{:.0%}", "Weak filter: share of poisoned examples it rejects", "assumption")
weak_fpr = assume("weak_fpr", 0.02, "{:.0%}", "Weak filter: share of clean examples it rejects", "assumption")
strong_recall = assume("strong_recall", 0.99, "{:.0%}", "Strong filter: share of poisoned examples it rejects",
                       "assumption")
strong_fpr = assume("strong_fpr", 0.06, "{:.0%}", "Strong filter: share of clean examples it rejects", "assumption")
review_catch = assume("review_catch", 0.70, "{:.0%}",
                      "Share of filter-passed poison a human reviewer still catches", "assumption")
backdoor_docs = assume("backdoor_docs", 250, "{:d} documents",
                       "Poisoned documents that planted a backdoor across model sizes in one study",
                       "Souly et al. 2025, pretraining experiments")

# Private data
pii_share = assume("pii_share", 0.08, "{:.0%}", "Corrections that contain personal data about the user or others",
                   "assumption")
pii_recall = assume("pii_recall", 0.95, "{:.0%}", "Automatic personal-data scrubber recall", "assumption")
pii_review_catch = assume("pii_review_catch", 0.90, "{:.0%}",
                          "Share of personal data left by the scrubber that a reviewer removes", "assumption")

# Timing
batch_days = assume("batch_days", 7, "{:d} days", "Collection window of one training batch", "design choice")
review_lag_days = assume("review_lag_days", 2, "{:d} days", "Review and rewrite after the window closes", "assumption")
train_days = assume("train_days", 1, "{:d} day", "Fine-tuning run", "assumption")
eval_days = assume("eval_days", 2, "{:d} days", "Offline evals and the human side-by-side", "assumption")
rollout_days = assume("rollout_days", 3, "{:d} days", "Staged rollout (1%, 10%, 50%, 100%)", "design choice")
revert_min = assume("revert_min", 45, "{:d} min", "Switching serving back to the previous warm version",
                    "design choice")
online_audit_days = assume("online_audit_days", 7, "{:d} days",
                           "Age of the last audited checkpoint under online learning", "assumption")

# Evaluation
win_delta = assume("win_delta", 0.02, "{:.0%}", "Smallest win-rate gain over 50% worth detecting", "design choice")
syc_base = assume("syc_base", 0.10, "{:.0%}",
                  "Baseline flip rate: model abandons a correct answer when the user pushes back", "assumption")
syc_delta = assume("syc_delta", 0.02, "{:.0%}", "Rise in flip rate that must block a release", "design choice")
z_alpha = assume("z_alpha", 1.96, "{:.2f}", "z for a two-sided 5% test", "standard normal table")
z_beta = assume("z_beta", 0.84, "{:.2f}", "z for 80% power", "standard normal table")
judge_usd = assume("judge_usd", 0.60, "${:.2f}", "Cost of one human side-by-side judgement", "assumption")

# Cost
gpu_h_run = assume("gpu_h_run", 512, "{:,d} GPU-h", "GPU-hours for one weekly fine-tune on the reviewed batch",
                   "assumption")
usd_gpu_h = assume("usd_gpu_h", 2.50, "${:.2f}/GPU-h", "GPU-hour price", "assumption (planning price)")
auto_eval_usd = assume("auto_eval_usd", 300, "${:d}", "Automated eval suite per candidate model", "assumption")
orgs = assume("orgs", 2_000, "{:,d} orgs", "Business customers that would each want their own tuned model",
              "assumption")
mem_tokens = assume("mem_tokens", 200, "{:d} tokens", "Stored corrections placed in a prompt per turn",
                    "design choice")
prompt_tokens = assume("prompt_tokens", 3_000, "{:,d} tokens", "Typical prompt per turn before memory", "assumption")
mem_ms = assume("mem_ms", 25, "{:d} ms", "Lookup of a user's or org's stored corrections", "assumption")
prov_bytes = assume("prov_bytes", 1_500, "{:,d} B", "Provenance record per training example", "assumption")

# Twists
vj_attempts = assume("vj_attempts", 50_000, "{:,d} attempts", "Attempts at a viral jailbreak in its first day",
                     "assumption")
vj_success = assume("vj_success", 0.40, "{:.0%}", "Share of attempts that get a jailbroken answer", "assumption")
vj_thumbs_up = assume("vj_thumbs_up", 0.25, "{:.0%}", "Share of jailbroken answers that get a thumbs up",
                      "assumption")
flagged_up_base = assume("flagged_up_base", 10, "{:d}/h",
                         "Usual thumbs up per hour on answers the safety classifier flagged", "assumption")
org_seats = assume("org_seats", 5_000, "{:,d} seats", "Seats of the customer that wants org-only corrections",
                   "assumption")
growth = assume("growth", 10, "{:d}x", "Growth in daily active users", "assumption")
assumptions_table()

# %% [markdown]
# ## 2. Feedback volume per day

# %%
turns_day = dau * turns_user
figure("turns_day", turns_day / 1e6, "{:.0f} million turns", "Turns per day")
thumbs_day = figure("thumbs_day", turns_day * thumbs_rate, "{:,.0f} ratings", "Thumbs ratings per day")
corr_day = figure("corr_day", turns_day * correct_rate, "{:,.0f} corrections", "Written corrections per day")
figure("feedback_day", thumbs_day + corr_day, "{:,.0f} signals", "All feedback signals per day")
figure("feedback_per_s", (thumbs_day + corr_day) / 86_400, "{:.1f} signals/s", "Feedback signals per second (mean)")

# %% [markdown]
# ## 3. Consent: the eligible pool
#
# Business and API traffic never enters training. Of consumer corrections, only those
# from users who opted in are eligible; de-duplication and a quality check halve that.

# %%
consumer_corr_day = corr_day * (1 - business_share)
figure("consumer_corr_day", consumer_corr_day, "{:,.0f} corrections", "Consumer corrections per day")
optin_corr_day = consumer_corr_day * optin_share
figure("optin_corr_day", optin_corr_day, "{:,.0f} corrections", "Opted-in corrections per day")
usable_day = optin_corr_day * usable_share
figure("usable_day", usable_day, "{:,.0f} corrections", "Usable opted-in corrections per day")
clean_week = usable_day * batch_days
figure("clean_week", clean_week, "{:,.0f} corrections", "Usable opted-in corrections per weekly batch")
figure("usable_of_all", usable_day / corr_day, "{:.0%}", "Usable opted-in share of all corrections")
optout_usable_day = consumer_corr_day * optout_keep * usable_share
figure("optout_usable_day", optout_usable_day, "{:,.0f} corrections", "Usable corrections per day with an opt-out default")
figure("optin_vs_optout", optout_usable_day / usable_day, "{:.0f}x", "Volume an opt-out default would add over opt-in")

# %% [markdown]
# ## 4. Reviewer capacity

# %%
capacity_day = reviewers * review_h_day * review_per_h
figure("capacity_day", capacity_day, "{:,.0f} items", "Items the review team checks per day")
figure("reviewed_all_feedback", capacity_day / (thumbs_day + corr_day), "{:.2%}",
       "Share of all feedback a reviewer could see")
figure("reviewed_all_corr", capacity_day / corr_day, "{:.0%}", "Share of all corrections a reviewer could see")
figure("reviewers_all_corr", math.ceil(corr_day / (review_h_day * review_per_h)), "{:,d} reviewers",
       "Reviewers needed to read every correction")

# %% [markdown]
# ## 5. Naive majority vote
#
# A naive loop accepts whichever answer most voters on a question cluster back. Organic
# voters split `organic_right` for the true answer; the attacker must cover the margin.
# With a short update window, only the votes inside the window count, so the margin is tiny.

# %%
def accounts_to_flip(cluster_turns, window_min=24 * 60):
    votes = cluster_turns * thumbs_rate * window_min / (24 * 60)
    margin = votes * (2 * organic_right - 1)
    attacker_votes = math.floor(margin) + 1
    return votes, margin, attacker_votes, math.ceil(attacker_votes / (votes_acct_day * window_min / (24 * 60)))


niche_votes, niche_margin, niche_att_votes, niche_accts = accounts_to_flip(niche_turns)
pop_votes, pop_margin, pop_att_votes, pop_accts = accounts_to_flip(popular_turns)
figure("niche_votes", niche_votes, "{:,.0f} votes", "Organic votes a day on a niche cluster")
figure("niche_margin", niche_margin, "{:,.0f} votes", "Margin of the true answer on a niche cluster")
figure("niche_accts", niche_accts, "{:,d} accounts", "Attacker accounts to flip a niche cluster in a day")
figure("pop_votes", pop_votes, "{:,.0f} votes", "Organic votes a day on a popular cluster")
figure("pop_accts", pop_accts, "{:,d} accounts", "Attacker accounts to flip a popular cluster in a day")
w_votes, w_margin, w_att_votes, _ = accounts_to_flip(niche_turns, online_window_min)
figure("window_votes", w_votes, "{:.1f} votes", "Organic votes on a niche cluster inside one online-learning window")
figure("window_att_votes", w_att_votes, "{:d}", "Attacker votes that win one window on a niche cluster")
pw_votes, pw_margin, pw_att_votes, _ = accounts_to_flip(popular_turns, online_window_min)
figure("pop_window_att_votes", pw_att_votes, "{:,d} votes", "Attacker votes that win one window on a popular cluster")
figure("pop_window_accts", math.ceil(pw_att_votes / votes_acct_day), "{:,d} accounts",
       "Accounts that win a popular cluster's window if each spends its daily votes at once")

# %% [markdown]
# ## 6. Poisoning a training batch
#
# Candidates per weekly batch: the clean usable pool plus background abuse plus a
# coordinated attack. Each filter rejects `recall` of the poison and `fpr` of clean
# examples. The recommended pipeline caps each account's contribution per batch before the
# filter and sends everything the filter passes to a reviewer.

# %%
bg_poison_week = clean_week * abuse_share
figure("bg_poison_week", bg_poison_week, "{:,.0f} examples", "Background poisoned candidates per batch")
attack_week_uncapped = attack_accts * poison_acct_day * batch_days
figure("attack_week_uncapped", attack_week_uncapped, "{:,.0f} examples",
       "Candidates from the coordinated attack per batch, no per-account cap")
attack_week_capped = attack_accts * acct_cap
figure("attack_week_capped", attack_week_capped, "{:,.0f} examples",
       "Candidates from the coordinated attack per batch, with the per-account cap")


def batch(poison, recall, fpr, review=0.0):
    """Poisoned examples passing, clean examples passing, poisoned share, filter precision."""
    p_pass = poison * (1 - recall) * (1 - review)
    c_pass = clean_week * (1 - fpr)
    flagged_poison = poison * recall
    flagged_clean = clean_week * fpr
    precision = flagged_poison / (flagged_poison + flagged_clean)
    return p_pass, c_pass, p_pass / (p_pass + c_pass), precision


weak_p, weak_c, weak_share, weak_prec = batch(bg_poison_week + attack_week_uncapped, weak_recall, weak_fpr)
strong_p, strong_c, strong_share, strong_prec = batch(bg_poison_week + attack_week_uncapped, strong_recall, strong_fpr)
rec_p, rec_c, rec_share, rec_prec = batch(bg_poison_week + attack_week_capped, strong_recall, strong_fpr, review_catch)
figure("weak_pass", weak_p, "{:,.0f} examples", "Poisoned examples passing the weak filter (100-account attack)")
figure("weak_share", weak_share, "{:.1%}", "Poisoned share of the batch, weak filter")
figure("weak_precision", weak_prec, "{:.0%}", "Precision of the weak filter at this poison rate")
figure("strong_pass", strong_p, "{:,.0f} examples", "Poisoned examples passing the strong filter (100-account attack)")
figure("strong_share", strong_share, "{:.2%}", "Poisoned share of the batch, strong filter")
figure("strong_precision", strong_prec, "{:.0%}", "Precision of the strong filter at this poison rate")
figure("rec_pass", rec_p, "{:.1f} examples", "Poisoned examples passing cap, strong filter and review")
figure("rec_share", rec_share, "{:.4%}", "Poisoned share of the batch, recommended pipeline")
_, _, _, weak_prec_quiet = batch(bg_poison_week, weak_recall, weak_fpr)
_, _, _, strong_prec_quiet = batch(bg_poison_week, strong_recall, strong_fpr)
figure("weak_precision_quiet", weak_prec_quiet, "{:.0%}", "Precision of the weak filter in a week with no attack")
figure("strong_precision_quiet", strong_prec_quiet, "{:.0%}", "Precision of the strong filter in a week with no attack")
figure("strong_clean_lost", clean_week * strong_fpr, "{:,.0f} examples", "Clean examples the strong filter throws away per batch")
figure("raw_poison_share", (bg_poison_week + attack_week_uncapped) / (clean_week + bg_poison_week + attack_week_uncapped),
       "{:.0%}", "Poisoned share of candidates before any filter (100-account attack)")

# Accounts until the passing poison reaches the reference count from the poisoning study
per_acct_weak = poison_acct_day * batch_days * (1 - weak_recall)
per_acct_strong = poison_acct_day * batch_days * (1 - strong_recall)
per_acct_rec = acct_cap * (1 - strong_recall) * (1 - review_catch)
figure("accts_250_weak", math.ceil(max(0, backdoor_docs - bg_poison_week * (1 - weak_recall)) / per_acct_weak),
       "{:,d} accounts", "Accounts until 250 poisoned examples pass the weak filter in one batch")
figure("accts_250_strong", math.ceil(max(0, backdoor_docs - bg_poison_week * (1 - strong_recall)) / per_acct_strong),
       "{:,d} accounts", "Accounts until 250 poisoned examples pass the strong filter in one batch")
figure("accts_250_rec",
       math.ceil(max(0, backdoor_docs - bg_poison_week * (1 - strong_recall) * (1 - review_catch)) / per_acct_rec),
       "{:,d} accounts", "Accounts until 250 poisoned examples pass the recommended pipeline in one batch")

# Classifier-only view the source warns about: an accuracy-style number on a stream
figure("src_one_in", 1 / (1 - 0.995), "1 in {:.0f}", "The source's 99.5% classifier as a miss rate")

# %% [markdown]
# ## 7. Private data in corrections

# %%
pii_week = clean_week * pii_share
figure("pii_week", pii_week, "{:,.0f} examples", "Usable corrections per batch carrying personal data")
pii_after_scrub = pii_week * (1 - pii_recall)
figure("pii_after_scrub", pii_after_scrub, "{:.0f} examples", "Still carrying personal data after the scrubber")
pii_after_review = pii_after_scrub * (1 - pii_review_catch)
figure("pii_after_review", pii_after_review, "{:.0f} examples", "Still carrying personal data after review")
figure("pii_year", pii_after_review * 52, "{:,.0f} examples", "Per year, if corrections were trained verbatim")

# %% [markdown]
# ## 8. Time to effect and time to revert

# %%
pipeline_days = review_lag_days + train_days + eval_days + rollout_days
full_effect = figure("full_effect_days", batch_days + pipeline_days, "{:.0f} days",
                     "Worst case: correction at the start of a window to full rollout")
figure("median_effect_days", batch_days / 2 + pipeline_days, "{:.1f} days",
       "Typical correction to full rollout (mid-window)")
figure("first_users_days", batch_days / 2 + review_lag_days + train_days + eval_days, "{:.1f} days",
       "Typical correction to the first 1% of users")
figure("online_updates_day", 24 * 60 / online_window_min, "{:.0f} updates", "Model updates a day under online learning")
figure("online_updates_lost", online_audit_days * 24 * 60 / online_window_min, "{:,.0f} updates",
       "Updates thrown away by reverting online learning to its last audited checkpoint")

# %% [markdown]
# ## 9. Evaluation sample sizes
#
# Win rate against the current model: a one-sample test of p = 0.5 + delta against 0.5,
# n = (z_a + z_b)^2 p(1-p) / delta^2 with p(1-p) about 0.25. Sycophancy gate: two
# proportions (current vs candidate flip rate), n per arm = (z_a + z_b)^2 (p1 q1 + p2 q2) / delta^2.

# %%
z2 = (z_alpha + z_beta) ** 2
win_n = math.ceil(z2 * 0.25 / win_delta ** 2)
figure("win_n", win_n, "{:,d} comparisons", "Side-by-side comparisons to detect a 2-point win-rate gain")
figure("win_usd", win_n * judge_usd, "${:,.0f}", "Human judging cost of that side-by-side")
p1, p2 = syc_base, syc_base + syc_delta
syc_n = math.ceil(z2 * (p1 * (1 - p1) + p2 * (1 - p2)) / syc_delta ** 2)
figure("syc_n", syc_n, "{:,d} prompts", "Pushback prompts per model to detect a 2-point rise in flip rate")
figure("syc_flips", syc_n * p1, "{:,.0f} flips", "Expected flips on the current model at that size")

# %% [markdown]
# ## 10. Cost

# %%
review_usd_day = reviewers * review_h_day * review_usd_h
figure("review_usd_day", review_usd_day, "${:,.0f}", "Review team per day")
figure("review_usd_month", review_usd_day * 30 / 1e3, "${:,.0f}k", "Review team per 30-day month")
figure("review_usd_item", review_usd_h / review_per_h, "${:.2f}", "Review cost per correction checked")
train_usd = gpu_h_run * usd_gpu_h
figure("train_usd", train_usd, "${:,.0f}", "One weekly fine-tune")
release_usd = train_usd + auto_eval_usd + win_n * judge_usd
figure("release_usd", release_usd, "${:,.0f}", "Fine-tune plus evals per weekly release")
figure("review_vs_release", review_usd_day * batch_days / release_usd, "{:.0f}x",
       "A week of review over one release's compute and evals")
figure("per_org_eval_usd", orgs * auto_eval_usd / 1e3, "${:,.0f}k",
       "Automated evals alone per release if every org had its own tuned model")
figure("mem_share", mem_tokens / prompt_tokens, "{:.1%}", "Prompt tokens a memory block adds per turn")

# %% [markdown]
# ## 11. Twists

# %%
vj_answers = vj_attempts * vj_success
figure("vj_answers", vj_answers, "{:,.0f} answers", "Jailbroken answers on the first day")
vj_up = figure("vj_up", vj_answers * vj_thumbs_up, "{:,.0f} thumbs up", "Thumbs up on them")
vj_up_h = vj_up / 24
figure("vj_up_h", vj_up_h, "{:,.0f}/h", "Thumbs up per hour on flagged answers during the spike")
figure("vj_ratio", vj_up_h / flagged_up_base, "{:.0f}x", "Spike over the usual rate of thumbs up on flagged answers")
figure("vj_vs_optin_week", vj_up / clean_week, "{:.0%}",
       "The jailbreak's thumbs up as a share of a week's usable corrections")
figure("vj_online_updates", 24 * 60 / online_window_min, "{:.0f}",
       "Online updates that would have trained on the spike during its first day")

org_corr_day = org_seats * turns_user * correct_rate
figure("org_corr_day", org_corr_day, "{:.0f} corrections", "Corrections a day from the org that wants them kept in-house")
figure("org_corr_month", org_corr_day * 22, "{:,.0f} corrections", "Per working month (22 days)")

examples_year = clean_week * (1 - strong_fpr) * 52
figure("examples_year", examples_year / 1e6, "{:.1f} million examples", "Feedback-derived training examples per year")
figure("prov_gb_year", examples_year * prov_bytes / 1e9, "{:.1f} GB", "Provenance records per year")

figure("dau_10x", dau * growth / 1e6, "{:.0f} million users", "Daily active users at 10x")
figure("corr_day_10x", corr_day * growth, "{:,.0f} corrections", "Corrections per day at 10x")
figure("usable_day_10x", usable_day * growth, "{:,.0f} corrections", "Usable opted-in corrections per day at 10x")
figure("reviewers_10x", math.ceil(usable_day * growth * (1 - strong_fpr) / (review_h_day * review_per_h)),
       "{:,d} reviewers", "Reviewers to read every filter-passed correction at 10x")
figure("reviewers_now", math.ceil(usable_day * (1 - strong_fpr) / (review_h_day * review_per_h)), "{:,d} reviewers",
       "Reviewers to read every filter-passed correction today")
figure("review_spare_day", capacity_day - usable_day * (1 - strong_fpr), "{:,.0f} items",
       "Review capacity left per day after every filter-passed correction")
figure("pop_accts_10x", accounts_to_flip(popular_turns * growth)[3], "{:,d} accounts",
       "Accounts to flip a popular cluster at 10x traffic")

# %% [markdown]
# ## 12. Charts

# %%
import numpy as np  # noqa: E402

from estimates.charts import SERIES, new_chart, show  # noqa: E402

accts = np.arange(0, 1001, 1)


def share_curve(poison_per_acct, recall, fpr, review=0.0, bg=bg_poison_week):
    p = (bg + accts * poison_per_acct) * (1 - recall) * (1 - review)
    c = clean_week * (1 - fpr)
    return 100 * p / (p + c), p


weak_curve, weak_abs = share_curve(poison_acct_day * batch_days, weak_recall, weak_fpr)
strong_curve, strong_abs = share_curve(poison_acct_day * batch_days, strong_recall, strong_fpr)
rec_curve, rec_abs = share_curve(acct_cap, strong_recall, strong_fpr, review_catch)

fig, ax = new_chart()
ax.plot(accts, weak_curve, label=f"weak filter ({weak_recall:.0%} of poison rejected)", color=SERIES[1])
ax.plot(accts, strong_curve, label=f"strong filter ({strong_recall:.0%} rejected)", color=SERIES[0])
ax.plot(accts, rec_curve, label="strong filter + per-account cap + review", color=SERIES[2], linestyle="--")
for curve, absolute, c, text_xy in ((weak_curve, weak_abs, SERIES[1], (150, 0.04)),
                                    (strong_curve, strong_abs, SERIES[0], (330, 0.2))):
    hit = np.argmax(absolute >= backdoor_docs)
    if absolute[hit] >= backdoor_docs:
        ax.plot(accts[hit], curve[hit], marker="o", color=c)
        ax.annotate(f"{backdoor_docs} poisoned examples\npass ({accts[hit]} accounts)", (accts[hit], curve[hit]),
                    xytext=text_xy, fontsize=8, arrowprops={"arrowstyle": "->", "color": c, "lw": 1})
ax.set_yscale("log")
ax.set_xlabel("coordinated attacker accounts")
ax.set_ylabel("poisoned share of the weekly batch (%)")
ax.legend(frameon=False, fontsize=8, loc="upper center", bbox_to_anchor=(0.5, -0.2))
show(fig, alt="Line chart on a log scale of the poisoned share of a weekly training batch against the number of "
              "coordinated attacker accounts: with the weak filter the share climbs past twenty percent by a thousand "
              "accounts and 250 poisoned examples get through with about a dozen accounts; the strong filter "
              "keeps the share about ten times lower but still lets 250 through at under two hundred accounts; "
              "capping each account's contribution and reviewing what passes keeps the share at a few hundredths "
              "of a percent even at a thousand accounts")

# %%
traffic = np.logspace(3, 7, 50)
daily = [accounts_to_flip(t)[3] for t in traffic]
window = [math.ceil(accounts_to_flip(t, online_window_min)[2] / votes_acct_day) for t in traffic]
fig, ax = new_chart()
ax.plot(traffic, daily, label="signal counted over a day", color=SERIES[0])
ax.plot(traffic, window, label=f"signal counted over a {online_window_min}-minute update window", color=SERIES[1])
ax.set_xscale("log")
ax.set_yscale("log")
ax.set_xlabel("turns per day on the targeted question cluster")
ax.set_ylabel("attacker accounts to flip the majority")
ax.legend(frameon=False, fontsize=8)
show(fig, alt="Log-log line chart of the attacker accounts needed to flip a naive majority-vote signal against the "
              "traffic on the targeted question: counted over a day it grows in proportion to traffic, and one "
              "account suffices up to a few thousand turns a day; counted over a five-minute online update window, "
              "one account suffices up to about a million turns a day, because each account can spend its whole "
              "day's votes inside the window")
