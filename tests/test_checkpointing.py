"""Checkpoint-interval formulas against the worked examples of Daly (2006), "A higher order
estimate of the optimum checkpoint interval for restart dumps" (FGCS 22): delta = 5 min,
R = 10 min, and his stated optima of 117 min (M = 24 h), 57 min (M = 6 h), 9.1 min (M = 15 min)."""

from __future__ import annotations

import math

import pytest

from estimates import checkpointing as c


@pytest.mark.parametrize(("mtbf_min", "stated_min"), [(24 * 60, 117), (6 * 60, 57), (15, 9.1)])
def test_daly_matches_his_worked_examples(mtbf_min, stated_min):
    assert c.daly_interval(5, mtbf_min) == pytest.approx(stated_min, rel=0.01)


def test_young_is_the_first_order_term():
    assert c.young_interval(5, 24 * 60) == pytest.approx(math.sqrt(2 * 5 * 24 * 60))
    # Young overestimates the optimum when the checkpoint is not small next to the MTBF
    assert c.young_interval(5, 15) > c.daly_interval(5, 15)


def test_the_numerical_optimum_agrees_with_daly_and_beats_its_neighbours():
    tau, best = c.best_interval(5, 24 * 60, 10)
    assert tau == pytest.approx(c.daly_interval(5, 24 * 60), rel=0.02)
    assert best >= c.goodput(tau * 0.8, 5, 24 * 60, 10) and best >= c.goodput(tau * 1.25, 5, 24 * 60, 10)
    assert 0 < best < 1


def test_daly_caps_the_interval_at_the_mtbf_when_checkpoints_are_slow():
    assert c.daly_interval(30, 10) == 10
