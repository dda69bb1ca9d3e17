"""Clustering agreement scores (NMI, ARI) without third-party packages.

Used by the benchmark scripts to compare `verbatim analyze --assignments` with gold labels.
"""
import math
from collections import Counter


def nmi(gold, predicted):
    """Normalized mutual information, arithmetic normalization (as scikit-learn's default)."""
    n = len(gold)
    if n == 0:
        return 0.0
    joint = Counter(zip(gold, predicted))
    g = Counter(gold)
    p = Counter(predicted)
    mi = sum(c / n * math.log(c * n / (g[a] * p[b])) for (a, b), c in joint.items())
    hg = -sum(c / n * math.log(c / n) for c in g.values())
    hp = -sum(c / n * math.log(c / n) for c in p.values())
    if hg == 0 and hp == 0:
        return 1.0
    denominator = (hg + hp) / 2
    return mi / denominator if denominator > 0 else 0.0


def ari(gold, predicted):
    """Adjusted Rand index."""
    n = len(gold)
    comb = lambda x: x * (x - 1) / 2
    joint = sum(comb(c) for c in Counter(zip(gold, predicted)).values())
    a = sum(comb(c) for c in Counter(gold).values())
    b = sum(comb(c) for c in Counter(predicted).values())
    expected = a * b / comb(n) if n > 1 else 0
    maximum = (a + b) / 2
    return (joint - expected) / (maximum - expected) if maximum != expected else 1.0
