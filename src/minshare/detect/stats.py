"""The statistics behind a checksum decision: is a pass rate more than chance would give?

A random 9-digit number passes the TFN check about one time in eleven, a random card-length
number passes Luhn one time in ten. So "some values pass" means nothing; what matters is how
many pass *compared with chance*. :func:`binomial_tail` is the exact one-sided test (the
probability of at least ``k`` passes out of ``n`` if every value were random), and
:func:`excess_share` estimates the share of values that are genuine identifiers once the
passes expected by chance are taken away.
"""

from __future__ import annotations

import math


def binomial_tail(k: int, n: int, p: float) -> float:
    """P(X >= k) for X ~ Binomial(n, p), exactly (summed in log space)."""
    if k <= 0:
        return 1.0
    if k > n:
        return 0.0
    if p <= 0.0:
        return 0.0
    if p >= 1.0:
        return 1.0
    log_p, log_q = math.log(p), math.log1p(-p)
    log_terms = [
        math.lgamma(n + 1)
        - math.lgamma(i + 1)
        - math.lgamma(n - i + 1)
        + i * log_p
        + (n - i) * log_q
        for i in range(k, n + 1)
    ]
    top = max(log_terms)
    return min(1.0, math.exp(top) * sum(math.exp(t - top) for t in log_terms))


def excess_share(passed: int, tested: int, chance: float) -> float:
    """The share of ``tested`` values that pass for a reason other than chance, in [0, 1].

    If a share ``g`` of values are genuine (always pass) and the rest random (pass with
    probability ``chance``), the pass rate is ``g + (1 - g) * chance``; this solves for ``g``.
    """
    if tested <= 0:
        return 0.0
    rate = passed / tested
    if chance >= 1.0:
        return 0.0
    return max(0.0, min(1.0, (rate - chance) / (1.0 - chance)))


def beats_chance(passed: int, tested: int, chance: float, *, alpha: float) -> bool:
    """Whether ``passed`` of ``tested`` is significantly more than chance at level ``alpha``."""
    return tested > 0 and binomial_tail(passed, tested, chance) < alpha


def falls_short_of_chance(passed: int, tested: int, chance: float, *, alpha: float) -> bool:
    """Whether ``passed`` of ``tested`` is significantly less than chance at level ``alpha``:
    values made to fail a check, not drawn at random."""
    return tested > 0 and 1.0 - binomial_tail(passed + 1, tested, chance) < alpha
