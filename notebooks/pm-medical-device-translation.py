# %% [markdown]
# # Real-time translation for a medical device: the estimates
#
# The arithmetic behind the PM walkthrough. The prompt comes from Johnny Mai's PM article,
# which gives no numbers for it, so nearly every input below is a planning assumption,
# declared once with `assume` so that a reader can change it and watch the page follow.
# Three inputs come from published work and are labelled with it. Sections:
#
# 1. Inputs
# 2. Deployment scale
# 3. The source's phrase-lookup answer, taken literally
# 4. Error compounding: word error rate, one sentence, one critical item
# 5. Undetected critical errors per 1,000 encounters, by design option
# 6. The human baseline the comparison must use
# 7. Escalation to human interpreters, and what it costs
# 8. Latency budget per conversational turn, on-device against cloud
# 9. What fits on the device
# 10. Twists: seven-year transcripts, a language with little data, device regulation
# 11. Measuring it: the audit sample
# 12. Charts

# %% [markdown]
# ## 1. Inputs
#
# "Khoong et al. 2019", "Flores et al. 2012" and "Whisper README" mark published figures
# (cited on the page with links); "design choice" is a parameter we pick; everything else is
# an assumption of this walkthrough.

# %%
import numpy as np

from estimates import assume, assumptions_table, figure
from estimates import reference as ref

# Published figures
khoong_es_ok = assume("khoong_es_ok", 0.92, "{:.0%}", "Sentences of ED discharge instructions machine-translated correctly, Spanish",
                      "Khoong et al. 2019")
khoong_zh_ok = assume("khoong_zh_ok", 0.81, "{:.0%}", "Sentences of ED discharge instructions machine-translated correctly, Chinese",
                      "Khoong et al. 2019")
flores_errors = assume("flores_errors", 1884, "{:,d} errors", "Interpreter errors counted in the study", "Flores et al. 2012")
flores_encounters = assume("flores_encounters", 57, "{:d} encounters", "Audiotaped paediatric ED encounters in the study",
                           "Flores et al. 2012")
flores_conseq = assume("flores_conseq", 0.18, "{:.0%}", "Share of those errors with potential clinical consequence",
                       "Flores et al. 2012")
asr_params = assume("asr_params", 244e6, "{:,.0f} parameters", "A small multilingual speech recogniser (Whisper small)",
                    "Whisper README")

# Deployment
hospitals = assume("hospitals", 40, "{:d} hospitals", "Hospitals in the first year of deployment", "assumption")
devices_per_hospital = assume("devices_per_hospital", 25, "{:d} devices", "Devices per hospital", "assumption")
enc_per_device_day = assume("enc_per_device_day", 8, "{:d} encounters", "Translated encounters per device per day", "assumption")
device_life_y = assume("device_life_y", 5, "{:d} years", "Device service life", "assumption")

# One encounter
clin_turns = assume("clin_turns", 12, "{:d} turns", "Clinician turns per encounter", "assumption")
pat_turns = assume("pat_turns", 12, "{:d} turns", "Patient turns per encounter", "assumption")
words_turn = assume("words_turn", 12, "{:d} words", "Words per turn", "assumption")
speech_wpm = assume("speech_wpm", 150, "{:d} words/min", "Speaking rate", "assumption")
encounter_min = assume("encounter_min", 10, "{:d} min", "Length of a bedside encounter", "assumption")
crit_share_clin = assume("crit_share_clin", 0.25, "{:.0%}", "Clinician turns carrying a critical item (dose, unit, time, drug, allergy, negation, side)",
                         "assumption")
crit_share_pat = assume("crit_share_pat", 0.15, "{:.0%}", "Patient turns carrying a critical item", "assumption")
items_per_crit = assume("items_per_crit", 2, "{:d} items", "Critical items in a critical turn (a number and its unit, a drug and a negation)",
                        "assumption")
num_share = assume("num_share", 0.6, "{:.0%}", "Share of critical items that are numbers, units or times", "assumption")

# Error rates per critical item
wer_clin = assume("wer_clin", 0.06, "{:.0%}", "Speech recognition error rate, clinician (English, ward noise)", "assumption")
wer_pat = assume("wer_pat", 0.12, "{:.0%}", "Speech recognition error rate, patient's language", "assumption")
wer_new = assume("wer_new", 0.25, "{:.0%}", "Speech recognition error rate, a language with little training data", "assumption")
mt_generic = assume("mt_generic", 0.03, "{:.1%}", "General MT: critical item mistranslated from a correct transcript", "assumption")
mt_tuned = assume("mt_tuned", 0.01, "{:.1%}", "Domain-tuned MT with glossary: non-number critical item mistranslated", "assumption")
mt_tuned_num = assume("mt_tuned_num", 0.001, "{:.1%}", "Domain-tuned MT with numbers copied through placeholders: number mistranslated",
                      "assumption")
tts_err = assume("tts_err", 0.002, "{:.1%}", "Speech synthesis renders a critical item wrongly", "assumption")
harm_share = assume("harm_share", 0.10, "{:.0%}", "Share of critical-item errors with potential for harm",
                    "assumption, in line with Khoong et al. 2019 (under 10% of errors)")

# Checks
numcheck_catch = assume("numcheck_catch", 0.99, "{:.0%}", "Number-consistency check catches an MT number error", "assumption")
confirm_clin = assume("confirm_clin", 0.85, "{:.0%}", "Clinician transcript confirmation catches a recognition error", "assumption")
backtrans_catch = assume("backtrans_catch", 0.5, "{:.0%}", "Back-translation shown to the clinician catches a non-number MT error",
                         "assumption")
confirm_pat = assume("confirm_pat", 0.7, "{:.0%}", "Patient read-back (audio, text, picture) catches a recognition error", "assumption")
phrase_cover_clin = assume("phrase_cover_clin", 0.7, "{:.0%}", "Clinician critical turns served by the vetted phrase bank", "assumption")
phrase_err = assume("phrase_err", 0.0005, "{:.2%}", "Phrase bank: wrong phrase or slot value after keypad confirmation", "assumption")
struct_cover_pat = assume("struct_cover_pat", 0.7, "{:.0%}", "Patient critical items captured as structured answers (taps)", "assumption")
tap_err = assume("tap_err", 0.002, "{:.1%}", "Structured answer: wrong tap that survives the confirm screen", "assumption")
struct_cover_hi = assume("struct_cover_hi", 0.9, "{:.0%}", "Alternative: patient critical items captured as taps",
                         "design choice")
src_phrase_cover_pat = assume("src_phrase_cover_pat", 0.10, "{:.0%}", "Patient utterances an exact-phrase lookup would match",
                              "assumption")

# Escalation and money
mandatory_share = assume("mandatory_share", 0.20, "{:.0%}", "Encounters that must use a human interpreter (consent, bad news, discharge teaching)",
                         "design choice")
lowconf_turn = assume("lowconf_turn", 0.06, "{:.0%}", "Turns below the confidence threshold", "assumption")
repeat_fix = assume("repeat_fix", 0.7, "{:.0%}", "Low-confidence turns fixed by one repeat or rephrase", "assumption")
lowconf_new = assume("lowconf_new", 0.20, "{:.0%}", "Turns below the threshold in a language with little data", "assumption")
interp_usd_min = assume("interp_usd_min", 2.0, "${:.2f}/min", "Remote human interpreter, price per minute (illustrative)", "assumption")
interp_connect_s = assume("interp_connect_s", 60, "{:d} s", "Mean wait to connect a remote interpreter", "assumption")
escalated_min = assume("escalated_min", 6, "{:d} min", "Interpreter minutes in an escalated encounter", "assumption")
device_uplift_usd = assume("device_uplift_usd", 250, "${:,d}", "Extra hardware cost per device for on-device inference", "assumption")
cloud_usd_enc = assume("cloud_usd_enc", 0.04, "${:.2f}", "Cloud speech and translation compute per encounter (illustrative)", "assumption")

# Latency per turn (end of speech to first translated audio)
endpoint_ms = assume("endpoint_ms", 600, "{:d} ms", "Silence before the system decides the speaker has finished", "design choice")
asr_dev_ms = assume("asr_dev_ms", 350, "{:d} ms", "Final recognition pass, on device", "assumption")
asr_cloud_ms = assume("asr_cloud_ms", 150, "{:d} ms", "Final recognition pass, cloud", "assumption")
mt_dev_ms = assume("mt_dev_ms", 300, "{:d} ms", "Translate one turn, on device", "assumption")
mt_cloud_ms = assume("mt_cloud_ms", 120, "{:d} ms", "Translate one turn, cloud", "assumption")
guard_ms = assume("guard_ms", 30, "{:d} ms", "Number, glossary and confidence checks", "assumption")
tts_dev_ms = assume("tts_dev_ms", 250, "{:d} ms", "Time to first synthesised audio, on device", "assumption")
tts_cloud_ms = assume("tts_cloud_ms", 150, "{:d} ms", "Time to first synthesised audio, cloud", "assumption")
rtt_ms = assume("rtt_ms", 70, "{:d} ms", "Round trip, ward Wi-Fi to an in-region cloud (median)", "assumption")
rtt_p95_ms = assume("rtt_p95_ms", 400, "{:d} ms", "Round trip, ward Wi-Fi to an in-region cloud (p95)", "assumption")
confirm_ms = assume("confirm_ms", 2000, "{:,d} ms", "Clinician reads the transcript and taps Confirm", "assumption")
plain_target_ms = assume("plain_target_ms", 2000, "{:,d} ms", "Target: end of speech to translated audio, ordinary turn", "design choice")

# Device storage and retention
mt_params_pair = assume("mt_params_pair", 150e6, "{:,.0f} parameters", "Distilled translation model per language and direction", "assumption")
tts_mb_lang = assume("tts_mb_lang", 80, "{:d} MB", "Speech-synthesis voice per language", "assumption")
phrases = assume("phrases", 2000, "{:,d} phrases", "Vetted phrases in the clinician phrase bank", "assumption")
phrase_audio_kb = assume("phrase_audio_kb", 30, "{:d} KB", "Recorded audio per phrase", "assumption")
model_budget_gb = assume("model_budget_gb", 6, "{:d} GB", "Device storage set aside for models and phrase audio", "assumption")
meta_b_turn = assume("meta_b_turn", 200, "{:d} B", "Audit metadata per turn (times, confidences, model version, who confirmed)", "assumption")
bytes_word = assume("bytes_word", 6, "{:d} B", "Bytes per word of stored text", "assumption")
audio_kbps = assume("audio_kbps", 16, "{:d} kbit/s", "Compressed speech audio, if audio were kept", "assumption")
retention_y = assume("retention_y", 7, "{:d} years", "Transcript retention the hospital asks for", "interviewer twist")

# Validation and audit
target_item_err = assume("target_item_err", 0.005, "{:.1%}", "Launch ceiling on critical-item error, per language", "design choice")
strict_item_err = assume("strict_item_err", 0.001, "{:.1%}", "Stricter ceiling for medication content", "design choice")
items_per_script = assume("items_per_script", 10, "{:d} items", "Critical items in one scripted test encounter", "assumption")
review_min_enc = assume("review_min_enc", 20, "{:d} min", "Bilingual reviewer time per test or audited encounter", "assumption")
audit_share = assume("audit_share", 0.01, "{:.0%}", "Share of live encounters sampled for bilingual audit", "design choice")
assumptions_table()

# %% [markdown]
# ## 2. Deployment scale

# %%
DAYS_YEAR = ref.DAYS_PER_YEAR
devices = figure("devices", hospitals * devices_per_hospital, "{:,d} devices", "Devices deployed")
enc_day = figure("enc_day", devices * enc_per_device_day, "{:,d} encounters/day", "Translated encounters per day")
enc_year = figure("enc_year", enc_day * DAYS_YEAR, "{:,.0f} encounters/year", "Translated encounters per year")
enc_year_m = figure("enc_year_m", enc_day * DAYS_YEAR / 1e6, "{:.1f} million encounters/year", "Encounters per year, millions")
turns_enc = figure("turns_enc", clin_turns + pat_turns, "{:d} turns", "Turns per encounter")
utter_s = figure("utter_s", words_turn / speech_wpm * 60, "{:.1f} s", "Time to speak one turn")
crit_items_clin = figure("crit_items_clin", clin_turns * crit_share_clin * items_per_crit, "{:.1f} items",
                         "Critical items spoken by the clinician per encounter")
crit_items_pat = figure("crit_items_pat", pat_turns * crit_share_pat * items_per_crit, "{:.1f} items",
                        "Critical items spoken by the patient per encounter")
crit_turns_enc = figure("crit_turns_enc", clin_turns * crit_share_clin + pat_turns * crit_share_pat, "{:.1f} turns",
                        "Critical turns per encounter")

# %% [markdown]
# ## 3. The source's phrase-lookup answer, taken literally
#
# The reported top answer: deterministic phrase lookup on the device, and an error instead
# of a guess when the input is not in the dictionary. On the clinician side a phrase bank
# covers most critical instructions; patients do not speak in dictionary phrases.

# %%
src_err_screens_pat = figure("src_err_screens_pat", pat_turns * (1 - src_phrase_cover_pat), "{:.1f}",
                             "Patient turns per encounter that an exact-phrase lookup would answer with an error")
src_err_share_pat = figure("src_err_share_pat", 1 - src_phrase_cover_pat, "{:.0%}", "Share of patient turns refused by exact lookup")
src_err_turns_clin = figure("src_err_turns_clin", clin_turns * crit_share_clin * (1 - phrase_cover_clin), "{:.1f}",
                            "Clinician critical turns per encounter outside the phrase bank")

# %% [markdown]
# ## 4. Error compounding
#
# A word error rate applies per word. The chance that a whole turn comes through with no
# recognition error is (1 − WER)^words, so modest rates ruin most sentences; what matters
# for safety is the error rate on the few critical items, and how errors at each stage of
# ASR → MT → TTS combine: P(item correct) = (1 − p_asr)(1 − p_mt)(1 − p_tts).

# %%
sent_err_clin = figure("sent_err_clin", 1 - (1 - wer_clin) ** words_turn, "{:.0%}",
                       "Clinician turns with at least one recognition error")
sent_err_pat = figure("sent_err_pat", 1 - (1 - wer_pat) ** words_turn, "{:.0%}", "Patient turns with at least one recognition error")
sent_err_new = figure("sent_err_new", 1 - (1 - wer_new) ** words_turn, "{:.0%}",
                      "Turns with at least one recognition error, language with little data")
figure("khoong_es_err", 1 - khoong_es_ok, "{:.0%}", "Khoong et al.: Spanish sentences wrong")
figure("khoong_zh_err", 1 - khoong_zh_ok, "{:.0%}", "Khoong et al.: Chinese sentences wrong")
figure("khoong_ratio", (1 - khoong_zh_ok) / (1 - khoong_es_ok), "{:.1f}x", "Chinese error rate over Spanish in that study")


def p_item(*stage_errors):
    """Probability that a critical item is wrong after passing every stage."""
    ok = 1.0
    for p in stage_errors:
        ok *= 1 - p
    return 1 - ok


# Option A: general MT, speech in and out, no checks
a_clin = p_item(wer_clin, mt_generic, tts_err)
a_pat = p_item(wer_pat, mt_generic)
# Option B: domain-tuned MT, numbers copied through placeholders and checked, glossary
mt_b = num_share * mt_tuned_num * (1 - numcheck_catch) + (1 - num_share) * mt_tuned
b_clin = p_item(wer_clin, mt_b, tts_err)
b_pat = p_item(wer_pat, mt_b)
# Option C: B plus read-back confirmation of critical turns
c_clin = p_item(wer_clin * (1 - confirm_clin), mt_b * (1 - backtrans_catch), tts_err)
c_pat = p_item(wer_pat * (1 - confirm_pat), mt_b)
# Option D (recommended): C, with clinician critical instructions from the phrase bank and
# patient critical answers captured as taps where possible
d_clin = phrase_cover_clin * phrase_err + (1 - phrase_cover_clin) * c_clin
d_pat = struct_cover_pat * tap_err + (1 - struct_cover_pat) * c_pat

figure("a_item_clin", a_clin, "{:.1%}", "Option A: clinician critical item wrong")
figure("a_item_pat", a_pat, "{:.1%}", "Option A: patient critical item wrong")
figure("mt_b_item", mt_b, "{:.2%}", "Option B: MT error per critical item after number copy-through and check")
figure("b_item_clin", b_clin, "{:.1%}", "Option B: clinician critical item wrong")
figure("b_item_pat", b_pat, "{:.1%}", "Option B: patient critical item wrong")
figure("b_asr_share_clin", wer_clin / b_clin, "{:.0%}", "Option B: share of clinician-side item errors that start in recognition")
figure("c_item_clin", c_clin, "{:.2%}", "Option C: clinician critical item wrong")
figure("c_item_pat", c_pat, "{:.1%}", "Option C: patient critical item wrong")
figure("d_item_clin", d_clin, "{:.2%}", "Option D: clinician critical item wrong")
figure("d_item_pat", d_pat, "{:.2%}", "Option D: patient critical item wrong")

# %% [markdown]
# ## 5. Undetected critical errors per 1,000 encounters

# %%
def per_k(clin, pat):
    return 1000 * (crit_items_clin * clin + crit_items_pat * pat)


opt = {"A": per_k(a_clin, a_pat), "B": per_k(b_clin, b_pat), "C": per_k(c_clin, c_pat), "D": per_k(d_clin, d_pat)}
for k, v in opt.items():
    figure(f"{k.lower()}_per_k", v, "{:,.0f} per 1,000 encounters", f"Option {k}: undetected critical-item errors")
    figure(f"{k.lower()}_harm_per_k", v * harm_share, "{:,.1f} per 1,000 encounters", f"Option {k}: of which potentially harmful")
figure("b_vs_a", 1 - opt["B"] / opt["A"], "{:.0%}", "Reduction from A to B (better MT alone)")
figure("c_vs_a", 1 - opt["C"] / opt["A"], "{:.0%}", "Reduction from A to C (better MT plus confirmation)")
figure("d_vs_a", opt["A"] / opt["D"], "{:.0f}x", "Option A errors over option D errors")
d_pat_share = crit_items_pat * d_pat * 1000 / opt["D"]
figure("d_pat_share", d_pat_share, "{:.0%}", "Option D: share of remaining errors on the patient side")
figure("d_harm_year", opt["D"] * harm_share / 1000 * enc_year, "{:,.0f} per year",
       "Option D: potentially harmful errors per year across the deployment")
figure("a_harm_year", opt["A"] * harm_share / 1000 * enc_year, "{:,.0f} per year",
       "Option A: potentially harmful errors per year across the deployment")

# Sensitivity: the patient side is the lever
d_pat_hi = struct_cover_hi * tap_err + (1 - struct_cover_hi) * c_pat
figure("d_allstruct_per_k", per_k(d_clin, d_pat_hi), "{:,.0f} per 1,000 encounters",
       "Option D with more patient critical items as taps")

# %% [markdown]
# ## 6. The human baseline
#
# Flores et al. counted interpreter errors in 57 audiotaped paediatric emergency encounters,
# mixing professional, ad hoc and no interpreters. Their error taxonomy is broader than our
# critical items, so the numbers below are context, not a like-for-like comparison.

# %%
figure("flores_err_enc", flores_errors / flores_encounters, "{:.0f} errors per encounter", "Flores et al.: errors per encounter")
figure("flores_conseq_enc", flores_errors * flores_conseq / flores_encounters, "{:.1f} per encounter",
       "Flores et al.: errors of potential consequence per encounter")

# %% [markdown]
# ## 7. Escalation to human interpreters
#
# A per-turn rate compounds over a conversation: P(at least one unresolved low-confidence
# turn) = 1 − (1 − rate × (1 − repeat fix))^turns.

# %%
unresolved_turn = lowconf_turn * (1 - repeat_fix)
figure("unresolved_turn", unresolved_turn, "{:.1%}", "Turns still low-confidence after one repeat")
p_esc_lowconf = 1 - (1 - unresolved_turn) ** turns_enc
figure("p_esc_lowconf", p_esc_lowconf, "{:.0%}", "Encounters escalated because of low confidence")
p_esc = 1 - (1 - mandatory_share) * (1 - p_esc_lowconf)
figure("p_esc", p_esc, "{:.0%}", "Encounters that involve a human interpreter")
p_esc_noretry = 1 - (1 - mandatory_share) * (1 - lowconf_turn) ** turns_enc
figure("p_esc_noretry", p_esc_noretry, "{:.0%}", "Encounters with an interpreter if every low-confidence turn escalated")
unres_new = lowconf_new * (1 - repeat_fix)
p_esc_new = 1 - (1 - mandatory_share) * (1 - unres_new) ** turns_enc
figure("p_esc_new", p_esc_new, "{:.0%}", "Encounters with an interpreter, language with little data")

cost_all_human = figure("cost_all_human", encounter_min * interp_usd_min, "${:.2f}", "Interpreter cost of an all-human encounter")
device_usd_enc = device_uplift_usd / (device_life_y * DAYS_YEAR * enc_per_device_day)
figure("device_usd_enc", device_usd_enc, "${:.3f}", "On-device hardware uplift per encounter")
cost_device = p_esc * escalated_min * interp_usd_min + device_usd_enc
figure("cost_device_enc", cost_device, "${:.2f}", "Expected interpreter plus hardware cost per encounter, recommended design")
figure("cost_cloud_enc", p_esc * escalated_min * interp_usd_min + cloud_usd_enc, "${:.2f}",
       "Same with cloud inference instead of on-device")
figure("saving_enc", cost_all_human - cost_device, "${:.2f}", "Saving per encounter against an all-human encounter")
figure("saving_year_m", (cost_all_human - cost_device) * enc_year / 1e6, "${:.0f} million/year",
       "Saving per year across the deployment, if every encounter had used an interpreter")
figure("interp_min_saved", encounter_min - p_esc * escalated_min, "{:.1f} min", "Interpreter minutes saved per encounter")
figure("cloud_vs_device_year_k", (cloud_usd_enc - device_usd_enc) * enc_year / 1e3, "${:,.0f} thousand/year",
       "Cloud compute over on-device hardware, per year")

# %% [markdown]
# ## 8. Latency budget per turn
#
# Measured from the end of speech to the first translated audio. A critical turn adds a
# back-translation (run while speech is synthesised speculatively) and the clinician's
# confirmation; synthesised audio waits for the tap and plays at once.

# %%
dev_plain = endpoint_ms + asr_dev_ms + mt_dev_ms + guard_ms + tts_dev_ms
cloud_plain = endpoint_ms + asr_cloud_ms + mt_cloud_ms + guard_ms + tts_cloud_ms + rtt_ms
cloud_plain_p95 = cloud_plain - rtt_ms + rtt_p95_ms
dev_crit = endpoint_ms + asr_dev_ms + mt_dev_ms + guard_ms + max(mt_dev_ms, tts_dev_ms) + confirm_ms
cloud_crit = endpoint_ms + asr_cloud_ms + mt_cloud_ms + guard_ms + max(mt_cloud_ms, tts_cloud_ms) + rtt_ms + confirm_ms
figure("dev_plain_ms", dev_plain, "{:,d} ms", "On device, ordinary turn")
figure("cloud_plain_ms", cloud_plain, "{:,d} ms", "Cloud, ordinary turn (median network)")
figure("cloud_plain_p95_ms", cloud_plain_p95, "{:,d} ms", "Cloud, ordinary turn (p95 network)")
figure("dev_crit_ms", dev_crit, "{:,d} ms", "On device, critical turn with confirmation")
figure("cloud_crit_ms", cloud_crit, "{:,d} ms", "Cloud, critical turn with confirmation")
figure("dev_minus_cloud_ms", dev_plain - cloud_plain, "{:,d} ms", "On device slower than cloud, ordinary turn")
figure("dev_minus_cloudp95_ms", dev_plain - cloud_plain_p95, "{:,d} ms", "On device against cloud at p95 network")
figure("dev_plain_headroom_ms", plain_target_ms - dev_plain, "{:,d} ms", "Headroom under the ordinary-turn target, on device")
figure("fixed_share_crit", (endpoint_ms + confirm_ms) / dev_crit, "{:.0%}",
       "Share of a critical turn's latency spent on endpointing and the human tap")
figure("compute_share_plain", (asr_dev_ms + mt_dev_ms + tts_dev_ms) / dev_plain, "{:.0%}",
       "Share of an on-device ordinary turn spent in models")
figure("lat_over_utter", dev_plain / 1000 / (words_turn / speech_wpm * 60), "{:.0%}",
       "On-device ordinary-turn latency as a share of speaking time")
crit_turns = clin_turns * crit_share_clin + pat_turns * crit_share_pat
wait_enc_s = (turns_enc - crit_turns) * dev_plain / 1000 + crit_turns * dev_crit / 1000
figure("wait_enc_s", wait_enc_s, "{:.0f} s", "System waiting time per encounter, on device")
figure("confirm_enc_s", clin_turns * crit_share_clin * confirm_ms / 1000, "{:.0f} s", "Clinician confirmation time per encounter")
figure("wait_share_enc", wait_enc_s / (encounter_min * 60), "{:.0%}", "System waiting as a share of the encounter")

# %% [markdown]
# ## 9. What fits on the device
#
# INT8 weights at one byte per parameter. One multilingual recogniser is shared; each
# language needs two translation directions, a voice and the phrase-bank audio.

# %%
INT8 = 1
asr_mb = figure("asr_mb", asr_params * INT8 / 1e6, "{:,.0f} MB", "Recogniser weights, INT8")
mt_lang_mb = figure("mt_lang_mb", 2 * mt_params_pair * INT8 / 1e6, "{:,.0f} MB", "Translation weights per language, both directions")
phrase_lang_mb = figure("phrase_lang_mb", phrases * phrase_audio_kb / 1000, "{:,.0f} MB", "Phrase-bank audio per language")
lang_mb = figure("lang_mb", mt_lang_mb + tts_mb_lang + phrase_lang_mb, "{:,.0f} MB", "Storage per language")
langs_fit = figure("langs_fit", int((model_budget_gb * 1000 - asr_mb) // lang_mb), "{:d} languages", "Languages that fit in the budget")
figure("active_ram_mb", asr_mb + mt_lang_mb + tts_mb_lang, "{:,.0f} MB", "Weights resident during one conversation")

# %% [markdown]
# ## 10. Twists
#
# **Seven-year transcripts.** Text is small; audio is the decision.

# %%
text_b = turns_enc * words_turn * bytes_word * 2
enc_kb = figure("enc_kb", (text_b + turns_enc * meta_b_turn) / 1000, "{:.1f} KB", "Transcript and audit record per encounter (both languages)")
audio_mb = figure("audio_mb", audio_kbps * 1000 / 8 * encounter_min * 60 / 1e6, "{:.1f} MB", "Audio per encounter, if kept")
figure("audio_over_text", audio_mb * 1000 / enc_kb, "{:,.0f}x", "Audio over text, per encounter")
enc_hosp_year = devices_per_hospital * enc_per_device_day * DAYS_YEAR
figure("enc_hosp_year", enc_hosp_year, "{:,.0f} encounters/year", "Encounters per hospital per year")
figure("hosp_text_gb_7y", enc_hosp_year * retention_y * enc_kb / 1e6, "{:.1f} GB", "One hospital's transcripts over the retention period")
figure("hosp_audio_tb_7y", enc_hosp_year * retention_y * audio_mb / 1e6, "{:.2f} TB", "One hospital's audio over the retention period")
figure("all_records_7y_m", enc_year * retention_y / 1e6, "{:.0f} million records", "Encounter records held across the deployment after 7 years")

# %% [markdown]
# **A language with little data.** How many critical items must a validation set contain to
# show, with about 95% confidence, that the error rate is below a ceiling? With zero errors
# observed in n trials the one-sided 95% upper bound is about 3/n (the rule of three).

# %%
n_launch = figure("n_launch", int(np.ceil(3 / target_item_err)), "{:,d} items", "Error-free critical items to show the launch ceiling")
n_strict = figure("n_strict", int(np.ceil(3 / strict_item_err)), "{:,d} items", "Error-free critical items to show the medication ceiling")
scripts_launch = figure("scripts_launch", int(np.ceil(n_launch / items_per_script)), "{:d} scripted encounters",
                        "Scripted test encounters per language, launch ceiling")
scripts_strict = figure("scripts_strict", int(np.ceil(n_strict / items_per_script)), "{:d} scripted encounters",
                        "Scripted test encounters per language, medication ceiling")
figure("review_h_launch", scripts_launch * review_min_enc / 60, "{:.0f} reviewer-hours", "Bilingual review per language, launch ceiling")
figure("review_h_strict", scripts_strict * review_min_enc / 60, "{:.0f} reviewer-hours", "Bilingual review per language, medication ceiling")
c_pat_new = p_item(wer_new * (1 - confirm_pat), mt_b)
figure("c_item_pat_new", c_pat_new, "{:.1%}", "Patient critical item wrong after read-back, language with little data")
figure("new_vs_target", c_pat_new / target_item_err, "{:.0f}x", "That rate over the launch ceiling")

# %% [markdown]
# **Regulated as a device.** Every model change re-runs validation across the languages on
# the device, so the release cadence follows the review cost.

# %%
reval_h = figure("reval_h", langs_fit * scripts_launch * review_min_enc / 60, "{:,.0f} reviewer-hours",
                 "Re-validating every language on the device for one release")

# %% [markdown]
# ## 11. The audit sample

# %%
audited_week = figure("audited_week", enc_day * 7 * audit_share, "{:,.0f} encounters/week", "Encounters audited per week")
figure("audit_found_week", enc_day * 7 * audit_share * opt["D"] / 1000, "{:.0f} errors/week",
       "Undetected critical errors the audit should find per week at option D's rate")
audit_h_week = enc_day * 7 * audit_share * review_min_enc / 60
figure("audit_h_week", audit_h_week, "{:,.0f} hours/week", "Reviewer time for the audit")
figure("audit_fte", audit_h_week / 40, "{:.1f} FTE", "Reviewers at 40 hours a week")

# %% [markdown]
# ## 12. Charts

# %%
from estimates.charts import SERIES, new_chart, show  # noqa: E402

names = ["A: general\nMT", "B: tuned MT,\nnumber guard", "C: B +\nread-back", "D: C + phrase\nbank + taps"]
vals = [opt["A"], opt["B"], opt["C"], opt["D"]]
fig, ax = new_chart()
bars = ax.bar(names, vals, color=[SERIES[1], SERIES[3], SERIES[0], SERIES[2]])
ax.set_yscale("log")
ax.set_ylim(10, 3000)
ax.tick_params(axis="x", labelsize=9)
ax.set_ylabel("undetected critical-item errors\nper 1,000 encounters")
for b, v in zip(bars, vals):
    ax.annotate(f"{v:,.0f}", (b.get_x() + b.get_width() / 2, v), ha="center", va="bottom", fontsize=9)
show(fig, alt="Bar chart on a log scale of undetected critical-item errors per 1,000 encounters under the declared rates: "
     "about a thousand for a general translation service, only a fifth fewer with a better model, about two hundred once "
     "critical turns are read back, and under a hundred once the phrase bank and tapped answers take most critical "
     "content off the speech path.")

# %%
rates = np.linspace(0.0, 0.25, 101)
fig, ax = new_chart()
for retry, label, c in ((False, "every low-confidence turn escalates", SERIES[1]),
                        (True, f"one repeat first (fixes {repeat_fix:.0%})", SERIES[0])):
    per_turn = rates * (1 - repeat_fix) if retry else rates
    p = 1 - (1 - mandatory_share) * (1 - per_turn) ** turns_enc
    ax.plot(rates * 100, p * 100, label=label, color=c)
ax.axvline(lowconf_turn * 100, color=SERIES[2], linestyle=":", linewidth=1.2)
ax.axvline(lowconf_new * 100, color=SERIES[3], linestyle=":", linewidth=1.2)
ax.annotate("planned\nlanguage", (lowconf_turn * 100 + 0.4, 4), fontsize=9)
ax.annotate("little-data\nlanguage", (lowconf_new * 100 + 0.4, 4), fontsize=9)
ax.set_xlabel("turns below the confidence threshold (%)")
ax.set_ylabel("encounters needing an interpreter (%)")
ax.set_ylim(0, 100)
ax.legend(frameon=False, fontsize=9, loc="center right")
show(fig, alt="Line chart of the share of encounters that need a human interpreter against the per-turn low-confidence "
     "rate, over a 24-turn encounter with 20% mandatory escalations: escalating every low-confidence turn sends about "
     "four in five encounters to an interpreter at a 6% rate, while asking for one repeat first keeps it near half; at "
     "20% most encounters escalate even with the repeat.")

# %%
modes = ["on device,\nordinary", "cloud,\nordinary", "cloud p95,\nordinary", "on device,\ncritical", "cloud,\ncritical"]
endp = [endpoint_ms] * 5
models = [asr_dev_ms + mt_dev_ms + tts_dev_ms + guard_ms,
          asr_cloud_ms + mt_cloud_ms + tts_cloud_ms + guard_ms,
          asr_cloud_ms + mt_cloud_ms + tts_cloud_ms + guard_ms,
          asr_dev_ms + mt_dev_ms + guard_ms + max(mt_dev_ms, tts_dev_ms),
          asr_cloud_ms + mt_cloud_ms + guard_ms + max(mt_cloud_ms, tts_cloud_ms)]
net = [0, rtt_ms, rtt_p95_ms, 0, rtt_ms]
human = [0, 0, 0, confirm_ms, confirm_ms]
y = np.arange(len(modes))
fig, ax = new_chart()
left = np.zeros(len(modes))
for part, label, c in ((endp, "end-of-speech wait", SERIES[3]), (models, "models and checks", SERIES[0]),
                       (net, "network", SERIES[1]), (human, "clinician confirms", SERIES[2])):
    ax.barh(y, [p / 1000 for p in part], left=left, label=label, color=c)
    left += np.array(part) / 1000
ax.axvline(plain_target_ms / 1000, color=SERIES[1], linestyle=":", linewidth=1.2)
ax.set_yticks(y, modes)
ax.invert_yaxis()
ax.set_xlabel("seconds from end of speech to translated audio")
ax.legend(frameon=False, fontsize=8, loc="lower center", bbox_to_anchor=(0.5, 1.0), ncol=4)
show(fig, alt="Stacked horizontal bars of per-turn latency: ordinary turns take about one and a half seconds on device "
     "and a little over one in the cloud, with network spikes erasing most of the cloud's lead; critical turns take three and a "
     "half seconds, most of it the end-of-speech wait and the clinician's confirmation tap rather than model time.")
