# %% [markdown]
# # Webhook delivery: the estimates
#
# Inputs first, then every figure the walkthrough quotes.

# %%
from estimates import assume, assumptions_table, figure

events_peak = assume("events_peak", 100_000, "{:,.0f} events/s", "Peak publish rate", "Coditioning example")
fanout = assume("fanout", 5, "{:d}", "Subscriptions per event (average fan-out)", "Coditioning example")
call_s = assume("call_s", 0.2, "{:.3f} s", "Mean endpoint response time", "Coditioning example")
assumptions_table()

# %%
deliveries_peak = figure("deliveries_peak", events_peak * fanout, "{:,.0f} deliveries/s", "Peak delivery rate")
in_flight = figure("in_flight_peak", deliveries_peak * call_s, "{:,.0f} requests", "In-flight requests (Little's law)")
