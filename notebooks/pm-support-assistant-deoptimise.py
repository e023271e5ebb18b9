# %% [markdown]
# # A customer-support assistant that should be de-optimised: the estimates
#
# The arithmetic behind the PM walkthrough. The source (Johnny Mai's PM article) reports
# the question and the de-optimising answer but gives no figures for it, so every input
# below is a planning assumption, declared once so that a reader can change it and watch
# the page follow. Sections:
#
# 1. Inputs
# 2. Model cost per conversation: why it is not the number that matters
# 3. The four options: contacts, wrong answers and expected monthly cost
# 4. Containment as a dial: the scope knee, the marginal contained conversation, the chart
# 5. Metrics: containment against resolution, and how big a wrong-answer audit must be
# 6. Latency: holding a policy answer until its citations are checked
# 7. Twists: 80% containment, a policy change, a self-harm disclosure
# 8. The legal-research variant: fabricated citations per memo and what verification costs

# %% [markdown]
# ## 1. Inputs
#
# "assumption" is this walkthrough's planning number; "design choice" is a parameter we
# pick; prices are planning prices, not anyone's list price.

# %%
from estimates import assume, assumptions_table, figure
from estimates import reference as ref
from estimates.charts import new_chart, show

# Volume and the human baseline
contacts = assume("contacts", 200_000, "{:,d} contacts/month", "Support contacts a month (chat, email, phone)",
                  "assumption")
human_cost = assume("human_cost", 6.00, "${:.2f}", "Fully loaded cost of one contact handled by a human agent",
                    "assumption")
human_wrong = assume("human_wrong", 0.003, "{:.1%}",
                     "Human-handled contacts that get a materially wrong policy or refund answer", "assumption")

# What a wrong answer costs (two scenarios)
cost_wrong_low = assume("cost_wrong_low", 15, "${:,d}",
                        "Cost of a wrong answer, low scenario (goodwill credit, complaint handling)", "assumption")
cost_wrong_high = assume("cost_wrong_high", 250, "${:,d}",
                         "Cost of a wrong answer, high scenario (honouring an invented policy, chargeback, "
                         "escalated complaint, the occasional claim)", "assumption")

# Planning prices and tokens
usd_in = assume("usd_in", 0.50, "${:.2f}/M tokens", "Mid-size model, input", "assumption (planning price)")
usd_out = assume("usd_out", 2.00, "${:.2f}/M tokens", "Mid-size model, output", "assumption (planning price)")
usd_check = assume("usd_check", 0.05, "${:.2f}/M tokens", "Small model for the citation check",
                   "assumption (planning price)")
usd_platform = assume("usd_platform", 0.02, "${:.2f}",
                      "Platform cost per bot conversation (hosting, logs, retrieval index)", "assumption")
max_turns = assume("max_turns", 5, "{:d} turns", "Turns in a conversation with the max-containment bot", "assumption")
max_in_turn = assume("max_in_turn", 2_500, "{:,d} tokens", "Input per turn, max-containment bot (prompt + history)",
                     "assumption")
max_out_turn = assume("max_out_turn", 250, "{:d} tokens", "Output per turn, max-containment bot", "assumption")
gr_turns = assume("gr_turns", 4, "{:d} turns", "Turns in a conversation with the grounded bot", "assumption")
gr_in_turn = assume("gr_in_turn", 5_000, "{:,d} tokens",
                    "Input per turn, grounded bot (prompt 1,200 + policy passages 3,000 + history 800)", "assumption")
gr_out_turn = assume("gr_out_turn", 200, "{:d} tokens", "Output per turn, grounded bot", "assumption")
gr_check_turn = assume("gr_check_turn", 2_500, "{:,d} tokens", "Tokens the citation check reads per turn",
                       "assumption")
assist_drafts = assume("assist_drafts", 3, "{:d} drafts", "Drafts the agent-assist tool writes per contact",
                       "assumption")

# Option A: maximum containment (ungrounded, answers everything, hard to reach a human)
max_contain = assume("max_contain", 0.70, "{:.0%}", "Containment, max-containment bot", "assumption")
max_wrong = assume("max_wrong", 0.05, "{:.0%}", "Contained conversations with a materially wrong answer, option A",
                   "assumption")
max_recontact = assume("max_recontact", 0.20, "{:.0%}",
                       "Contained conversations that come back within 7 days through another channel, option A",
                       "assumption")
max_fixed = assume("max_fixed", 15_000, "${:,d}/month", "Fixed cost of option A (prompting, monitoring)", "assumption")

# Option B: retrieval-grounded answers with citations, narrow scope, easy handoff
gr_contain = assume("gr_contain", 0.40, "{:.0%}", "Containment, grounded bot (the in-scope share)", "assumption")
gr_wrong = assume("gr_wrong", 0.008, "{:.1%}", "Contained conversations with a materially wrong answer, option B",
                  "assumption")
gr_recontact = assume("gr_recontact", 0.06, "{:.0%}", "Contained conversations that come back within 7 days, option B",
                      "assumption")
handoff_saving = assume("handoff_saving", 0.10, "{:.0%}",
                        "Agent time saved when a handoff arrives with a summary and the cited policy", "assumption")
gr_fixed = assume("gr_fixed", 45_000, "${:,d}/month",
                  "Fixed cost of option B (policy content owners, eval set, audits)", "assumption")

# Option C: agent-assist only (a human sends every answer)
assist_aht_cut = assume("assist_aht_cut", 0.25, "{:.0%}", "Agent handling time saved by drafts with citations",
                        "assumption")
assist_wrong = assume("assist_wrong", 0.002, "{:.1%}", "Contacts with a wrong answer when agents send reviewed drafts",
                      "assumption")
assist_fixed = assume("assist_fixed", 25_000, "${:,d}/month", "Fixed cost of option C (tooling, evals, training)",
                      "assumption")

# Containment as a dial (option B pushed past its scope)
out_wrong = assume("out_wrong", 0.15, "{:.0%}",
                   "Wrong-answer rate on conversations contained beyond the documented scope", "assumption")
out_recontact = assume("out_recontact", 0.30, "{:.0%}",
                       "Re-contact rate on conversations contained beyond the documented scope", "assumption")
cfo_target = assume("cfo_target", 0.80, "{:.0%}", "Containment target the CFO asks for", "assumption")

# Audits
audit_margin = assume("audit_margin", 0.004, "{:.1%}", "Audit precision wanted on the wrong-answer rate (plus or minus)",
                      "design choice")
audit_z = assume("audit_z", 1.96, "{:.2f}", "z for 95% confidence", "statistics")
audit_min = assume("audit_min", 4, "{:d} min", "Reviewer time to audit one conversation against policy", "assumption")
audit_usd_h = assume("audit_usd_h", 40, "${:d}/h", "Loaded cost of a reviewer hour", "assumption")
clean_sample = assume("clean_sample", 1_000, "{:,d} conversations", "An audit sample that found no wrong answers (self-check)",
                      "assumption")

# Latency of a grounded answer
retrieval_ms = assume("retrieval_ms", 150, "{:d} ms", "Embed, search and rerank policy passages", "assumption")
ttft_ms = assume("ttft_ms", 400, "{:d} ms", "Model time to first token on a ~5,000-token prompt", "assumption")
decode_tps = assume("decode_tps", 60, "{:d} tokens/s", "Decode speed per answer", "assumption")
check_ms = assume("check_ms", 300, "{:d} ms", "Citation check on the finished answer", "assumption")
net_ms = assume("net_ms", 100, "{:d} ms", "Network round trip from the customer's device", "assumption")

# Twists
policy_share = assume("policy_share", 0.06, "{:.0%}", "Contacts that touch the policy being changed (refunds)",
                      "assumption")
reindex_slow_h = assume("reindex_slow_h", 168, "{:d} h", "Time until a weekly re-index picks up a changed policy",
                        "assumption")
reindex_fast_min = assume("reindex_fast_min", 15, "{:d} min",
                          "Time from publishing a policy to the bot citing it (effective-date publish)",
                          "design choice")
distress_share = assume("distress_share", 0.0002, "{:.2%}", "Contacts carrying a self-harm disclosure or threat",
                        "assumption")
distress_recall = assume("distress_recall", 0.95, "{:.0%}", "Share of those the distress detector flags", "assumption")
distress_precision = assume("distress_precision", 0.20, "{:.0%}", "Share of distress flags a human confirms",
                            "assumption")

# Legal-research variant
cites_memo = assume("cites_memo", 15, "{:d} citations", "Authorities cited in one research memo", "assumption")
fab_rate = assume("fab_rate", 0.03, "{:.0%}",
                  "Citations that do not exist, when a model writes case law from memory", "assumption")
miscite_rate = assume("miscite_rate", 0.02, "{:.0%}",
                      "Citations that exist but do not support the stated proposition, retrieval-only",
                      "assumption")
memos_month = assume("memos_month", 400, "{:d} memos/month", "Research memos one mid-size firm produces",
                     "assumption")
verify_min = assume("verify_min", 4, "{:d} min", "Lawyer time to open and read one cited passage", "assumption")
lawyer_usd_h = assume("lawyer_usd_h", 250, "${:d}/h", "Loaded cost of a lawyer hour", "assumption")
legal_passes = assume("legal_passes", 3, "{:d} passes", "Retrieval-and-read passes per memo (search, rerank, verify)",
                      "assumption")
legal_in_pass = assume("legal_in_pass", 80_000, "{:,d} tokens", "Input per pass (retrieved opinions)", "assumption")
legal_out = assume("legal_out", 4_000, "{:,d} tokens", "Output per memo", "assumption")
assumptions_table()

# %% [markdown]
# ## 2. Model cost per conversation
#
# Tokens times price, per conversation. The point of this section is the comparison at the
# end: next to a human contact, the model is a rounding error, so the economics of a
# support bot are set by containment, re-contacts and wrong answers, not by tokens.

# %%
M = 1e6
max_model = max_turns * (max_in_turn * usd_in + max_out_turn * usd_out) / M
gr_model = gr_turns * (gr_in_turn * usd_in + gr_out_turn * usd_out + gr_check_turn * usd_check) / M
assist_model = assist_drafts * (gr_in_turn * usd_in + gr_out_turn * usd_out + gr_check_turn * usd_check) / M

figure("max_model_usd", max_model, "${:.4f}", "Model cost per conversation, option A")
figure("gr_model_usd", gr_model, "${:.4f}", "Model cost per conversation, option B (with the citation check)")
figure("assist_model_usd", assist_model, "${:.4f}", "Model cost per contact, option C")
max_conv = figure("max_conv_usd", max_model + usd_platform, "${:.3f}", "All-in bot cost per conversation, option A")
gr_conv = figure("gr_conv_usd", gr_model + usd_platform, "${:.3f}", "All-in bot cost per conversation, option B")
assist_conv = figure("assist_conv_usd", assist_model + usd_platform, "${:.3f}", "All-in tool cost per contact, option C")
figure("gr_vs_max_model", gr_model / max_model, "{:.1f}x", "Option B's model cost relative to option A's")
figure("human_vs_gr", human_cost / gr_conv, "{:,.0f}x", "A human contact costs this many grounded bot conversations")

# %% [markdown]
# ## 3. The four options
#
# Every contact starts with the bot in options A and B. A contained conversation that comes
# back within a week through another channel (a re-contact) is handled by a human. Wrong
# answers are counted on what the customer was told, by the bot or by a human.
# The wrong-answer cost excludes the re-contact itself, which is costed separately.

# %%
def option(bot_convs, bot_unit, human_contacts, human_unit, wrong, fixed):
    """Variable and wrong-answer parts of a month's cost; returns (cost without wrong answers, wrong answers)."""
    base = bot_convs * bot_unit + human_contacts * human_unit + fixed
    return base, wrong


# A: maximum containment
a_contained = contacts * max_contain
a_escalated = contacts - a_contained
a_recontacts = a_contained * max_recontact
a_humans = a_escalated + a_recontacts
a_wrong = a_contained * max_wrong + a_humans * human_wrong
a_base, _ = option(contacts, max_conv, a_humans, human_cost, a_wrong, max_fixed)

# B: grounded, narrow, easy handoff (escalations arrive with a summary)
b_contained = contacts * gr_contain
b_escalated = contacts - b_contained
b_recontacts = b_contained * gr_recontact
b_human_usd = b_escalated * human_cost * (1 - handoff_saving) + b_recontacts * human_cost
b_humans = b_escalated + b_recontacts
b_wrong = b_contained * gr_wrong + b_humans * human_wrong
b_base = contacts * gr_conv + b_human_usd + gr_fixed

# C: agent-assist only
c_humans = contacts
c_wrong = contacts * assist_wrong
c_base = contacts * assist_conv + contacts * human_cost * (1 - assist_aht_cut) + assist_fixed

# D: no bot
d_humans = contacts
d_wrong = contacts * human_wrong
d_base = contacts * human_cost

figure("a_humans", a_humans, "{:,.0f} contacts", "Human contacts a month, option A (escalations + re-contacts)")
figure("a_recontacts", a_recontacts, "{:,.0f} contacts", "Re-contacts a month, option A")
figure("b_humans", b_humans, "{:,.0f} contacts", "Human contacts a month, option B")
figure("a_wrong_n", a_wrong, "{:,.0f} answers", "Wrong answers a month, option A")
figure("b_wrong_n", b_wrong, "{:,.0f} answers", "Wrong answers a month, option B")
figure("c_wrong_n", c_wrong, "{:,.0f} answers", "Wrong answers a month, option C")
figure("d_wrong_n", d_wrong, "{:,.0f} answers", "Wrong answers a month, option D")
figure("a_wrong_day", a_wrong / ref.DAYS_PER_MONTH_AVG, "{:,.0f} a day", "Wrong answers a day, option A")
figure("a_vs_d_wrong", a_wrong / d_wrong, "{:.0f}x", "Option A's wrong answers relative to no bot")

costs = {}
for name, base, wrong in (("a", a_base, a_wrong), ("b", b_base, b_wrong), ("c", c_base, c_wrong), ("d", d_base, d_wrong)):
    for scen, c in (("low", cost_wrong_low), ("high", cost_wrong_high)):
        costs[(name, scen)] = base + wrong * c
        figure(f"{name}_cost_{scen}", (base + wrong * c) / 1e3, "${:,.0f}k/month",
               f"Expected monthly cost, option {name.upper()}, {scen} wrong-answer cost")
    figure(f"{name}_base", base / 1e3, "${:,.0f}k/month", f"Option {name.upper()} before wrong answers")

for name in ("a", "b", "c"):
    for scen in ("low", "high"):
        saving = costs[("d", scen)] - costs[(name, scen)]
        if name == "a" and scen == "high":
            continue  # a loss, declared below so that the page can say "loses"
        figure(f"{name}_saving_{scen}", saving / 1e3, "${:,.0f}k/month",
               f"Saving of option {name.upper()} against no bot, {scen} wrong-answer cost")
a_loss_high = costs[("a", "high")] - costs[("d", "high")]
assert a_loss_high > 0, "with these inputs option A no longer loses money in the high scenario: reword the page"
figure("a_loss_high", a_loss_high / 1e3, "${:,.0f}k/month",
       "Loss of option A against no bot, high wrong-answer cost")
figure("a_b_gap_low", (costs[("b", "low")] - costs[("a", "low")]) / 1e3, "${:,.0f}k/month",
       "How much cheaper option A is than option B, low wrong-answer cost")
figure("a_b_gap_high", (costs[("a", "high")] - costs[("b", "high")]) / 1e3, "${:,.0f}k/month",
       "How much dearer option A is than option B, high wrong-answer cost")

# Break-even wrong-answer cost: where option A stops saving money against no bot, and
# where option B overtakes option A.
be_a_d = figure("be_a_vs_d", (d_base - a_base) / (a_wrong - d_wrong), "${:,.0f}",
                "Wrong-answer cost above which option A costs more than no bot")
be_a_b = figure("be_a_vs_b", (b_base - a_base) / (a_wrong - b_wrong), "${:,.0f}",
                "Wrong-answer cost above which option B is cheaper than option A")
be_b_c = figure("be_b_vs_c", (c_base - b_base) / (b_wrong - c_wrong), "${:,.0f}",
                "Wrong-answer cost above which option C is cheaper than option B")

# %% [markdown]
# ## 4. Containment as a dial
#
# Option B with a containment target instead of a scope. Up to the share of contacts its
# documents cover (`gr_contain`), the bot answers at the grounded wrong-answer and
# re-contact rates; every point of containment beyond that comes from questions the
# documents do not answer, at `out_wrong` and `out_recontact`.

# %%
knee = gr_contain


def cost_at(k, c):
    inside = min(k, knee)
    outside = max(k - knee, 0.0)
    contained_in = contacts * inside
    contained_out = contacts * outside
    escalated = contacts * (1 - k)
    recontacts = contained_in * gr_recontact + contained_out * out_recontact
    wrong = contained_in * gr_wrong + contained_out * out_wrong + (escalated + recontacts) * human_wrong
    bot = contacts * gr_conv if k > 0 else 0.0
    fixed = gr_fixed if k > 0 else 0.0
    return bot + fixed + escalated * human_cost * (1 - handoff_saving) + recontacts * human_cost + wrong * c, wrong


marginal_saving = human_cost * (1 - handoff_saving) - out_recontact * human_cost
figure("marg_low", (marginal_saving - out_wrong * cost_wrong_low), "${:.2f}",
       "Net saving per conversation contained beyond the scope, low wrong-answer cost")
figure("marg_high", -(marginal_saving - out_wrong * cost_wrong_high), "${:.2f}",
       "Net loss per conversation contained beyond the scope, high wrong-answer cost")
figure("be_marginal", marginal_saving / out_wrong, "${:.0f}",
       "Wrong-answer cost above which containing beyond the scope loses money")

cfo_cost_high, cfo_wrong = cost_at(cfo_target, cost_wrong_high)
knee_cost_high, knee_wrong = cost_at(knee, cost_wrong_high)
cfo_cost_low, _ = cost_at(cfo_target, cost_wrong_low)
knee_cost_low, _ = cost_at(knee, cost_wrong_low)
figure("cfo_cost_high", cfo_cost_high / 1e3, "${:,.0f}k/month", "Cost at the CFO's target, high wrong-answer cost")
figure("knee_cost_high", knee_cost_high / 1e3, "${:,.0f}k/month", "Cost at the scope knee, high wrong-answer cost")
figure("cfo_extra_high", (cfo_cost_high - knee_cost_high) / 1e3, "${:,.0f}k/month",
       "Extra monthly cost of the CFO's target over the knee, high wrong-answer cost")
figure("cfo_saving_low", (knee_cost_low - cfo_cost_low) / 1e3, "${:,.0f}k/month",
       "Saving of the CFO's target over the knee, low wrong-answer cost")
figure("cfo_wrong_n", cfo_wrong, "{:,.0f} answers", "Wrong answers a month at the CFO's target")
figure("cfo_wrong_day", cfo_wrong / ref.DAYS_PER_MONTH_AVG, "{:,.0f} a day", "Wrong answers a day at the CFO's target")
figure("knee_wrong_n", knee_wrong, "{:,.0f} answers", "Wrong answers a month at the knee")
cross = next(i / 1000 for i in range(int(knee * 1000), 1001)
             if cost_at(i / 1000, cost_wrong_high)[0] > costs[("d", "high")])
figure("cross_high", cross, "{:.0%}", "Containment above which option B costs more than no bot, high wrong-answer cost")
figure("cfo_beyond", contacts * (cfo_target - knee), "{:,.0f} conversations",
       "Conversations a month the CFO's target contains beyond the documented scope")

# %%
ks = [i / 100 for i in range(5, 86)]
fig, ax = new_chart()
ax.plot([k * 100 for k in ks], [cost_at(k, cost_wrong_low)[0] / 1e3 for k in ks],
        label=f"wrong answer costs ${cost_wrong_low}")
ax.plot([k * 100 for k in ks], [cost_at(k, cost_wrong_high)[0] / 1e3 for k in ks],
        label=f"wrong answer costs ${cost_wrong_high}")
ax.axhline(costs[("d", "low")] / 1e3, linestyle=":", color="#2f6fdf", linewidth=1.4, label="no bot, low cost")
ax.axhline(costs[("d", "high")] / 1e3, linestyle=":", color="#d9480f", linewidth=1.4, label="no bot, high cost")
ax.axvline(knee * 100, linestyle="--", linewidth=1.0, color="#010203")
ax.text(knee * 100 + 1, ax.get_ylim()[1] * 0.92, "documented scope ends", fontsize=9)
ax.set_xlabel("containment rate (%)")
ax.set_ylabel("expected cost ($k per month)")
ax.legend(fontsize=9, loc="upper left")
show(fig, alt=(f"Expected monthly support cost against containment rate for {contacts:,} contacts a month. "
               f"When a wrong answer costs ${cost_wrong_low}, cost falls steadily as containment rises. "
               f"When it costs ${cost_wrong_high}, cost is lowest where the documented scope ends at "
               f"{knee:.0%} and climbs steeply beyond it, passing the cost of having no bot at all."))

# %% [markdown]
# ## 5. Metrics: containment against resolution, and audit size
#
# Containment counts a conversation that ended without a human. Resolution also removes
# the ones that came back within a week. A wrong-answer audit needs enough conversations
# to measure a rate near 1% with useful precision: n = z^2 p (1 - p) / e^2.

# %%
figure("a_resolved", max_contain * (1 - max_recontact), "{:.0%}", "Resolution rate, option A (contained, no re-contact)")
figure("b_resolved", gr_contain * (1 - gr_recontact), "{:.1%}", "Resolution rate, option B")
audit_n = audit_z ** 2 * gr_wrong * (1 - gr_wrong) / audit_margin ** 2
figure("audit_n", audit_n, "{:,.0f} conversations/month", "Audit sample for the wrong-answer rate")
audit_h = audit_n * audit_min / 60
figure("audit_h", audit_h, "{:,.0f} h/month", "Reviewer hours for the audit")
figure("audit_usd", audit_h * audit_usd_h / 1e3, "${:,.1f}k/month", "Cost of the audit (inside option B's fixed cost)")
figure("audit_share", audit_n / b_contained, "{:.1%}", "Share of contained conversations audited")
rule3 = figure("rule3_upper", 3 / clean_sample, "{:.1%}", "95% upper bound on the rate after a clean sample (rule of three)")
figure("rule3_month", rule3 * b_contained, "{:,.0f} answers", "Wrong answers a month that bound still allows, option B")
figure("audit_wrong_found", audit_n * gr_wrong, "{:.0f} wrong answers", "Wrong answers the audit expects to find a month")

# %% [markdown]
# ## 6. Latency: a policy answer is held until its citations pass
#
# The grounded bot does not stream a policy claim before the check has run, so the
# customer waits for the whole answer. The max-containment bot streams from its first token.

# %%
gen_s = gr_out_turn / decode_tps
held_s = (net_ms + retrieval_ms + ttft_ms + check_ms) / 1e3 + gen_s
figure("gen_s", gen_s, "{:.1f} s", "Time to generate a grounded answer after the first token")
figure("held_s", held_s, "{:.1f} s", "Time until a checked policy answer appears")
figure("stream_first_s", (net_ms + ttft_ms) / 1e3, "{:.1f} s", "First streamed token, option A")

# %% [markdown]
# ## 7. Twists

# %%
hours_month = ref.DAYS_PER_MONTH_AVG * 24
policy_per_h = contacts * policy_share / hours_month
figure("policy_per_h", policy_per_h, "{:.0f} conversations/h", "Conversations an hour touching the changed policy")
figure("stale_slow", policy_per_h * reindex_slow_h, "{:,.0f} conversations",
       "Conversations answered from the old policy before a weekly re-index")
figure("stale_fast", policy_per_h * reindex_fast_min / 60, "{:.0f} conversations",
       "Conversations exposed in the window of an effective-date publish")

distress_n = contacts * distress_share
figure("distress_n", distress_n, "{:.0f} contacts/month", "Contacts with a self-harm disclosure or threat")
figure("distress_missed", distress_n * (1 - distress_recall), "{:.0f} a month", "Disclosures the detector misses")
distress_flags = distress_n * distress_recall / distress_precision
figure("distress_flags", distress_flags, "{:.0f} flags/month", "Distress flags routed to a trained human")
figure("distress_flag_usd", distress_flags * human_cost / 1e3, "${:.1f}k/month", "Human cost of those flags")

# %% [markdown]
# ## 8. The legal-research variant
#
# Independent errors per citation; the chance that a memo carries at least one bad
# citation is 1 - (1 - rate)^citations.

# %%
p_fab_memo = 1 - (1 - fab_rate) ** cites_memo
p_mis_memo = 1 - (1 - miscite_rate) ** cites_memo
figure("p_fab_memo", p_fab_memo, "{:.0%}", "Memos with at least one non-existent citation, generated from memory")
figure("fab_memos", p_fab_memo * memos_month, "{:.0f} memos/month", "Such memos a month at one firm")
figure("p_mis_memo", p_mis_memo, "{:.0%}", "Memos with at least one real but mis-cited authority, retrieval-only")
figure("mis_memos", p_mis_memo * memos_month, "{:.0f} memos/month", "Such memos a month at one firm")
verify_usd = cites_memo * verify_min / 60 * lawyer_usd_h
figure("verify_h", cites_memo * verify_min / 60, "{:.0f} h", "Lawyer time to read every cited passage in one memo")
figure("verify_usd", verify_usd, "${:,.0f}", "Cost of that reading per memo")
legal_model = (legal_passes * legal_in_pass * usd_in + legal_out * usd_out) / M
figure("legal_model_usd", legal_model, "${:.2f}", "Model cost per memo with multi-pass retrieval")
figure("legal_vs_support", legal_model / gr_model, "{:,.0f}x", "Model cost per memo relative to a grounded support chat")
figure("verify_vs_model", verify_usd / legal_model, "{:,.0f}x", "Lawyer verification cost relative to model cost per memo")
