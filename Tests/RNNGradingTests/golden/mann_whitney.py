#!/usr/bin/env python3
"""Golden p-values for MannWhitneyTests: scipy's two-sided asymptotic Mann–Whitney U test with
the continuity and tie corrections. Output committed as mann_whitney.txt."""
from scipy.stats import mannwhitneyu

CASES = [
    ([1, 0, 1, 1, 0.5, 1], [0, 0, 0.5, 0, 1, 0, 0]),
    ([3.1, 2.2, 5.0, 4.4], [1.0, 0.2, 2.2]),
    ([1, 1, 1], [1, 1]),
    ([0.25] * 20 + [1] * 5, [1] * 24 + [0] * 1),
    ([i / 7 for i in range(30)], [i / 9 for i in range(40)]),
]
for first, second in CASES:
    p = mannwhitneyu(first, second, alternative="two-sided", method="asymptotic", use_continuity=True).pvalue
    print(" ".join(map(repr, first)), "|", " ".join(map(repr, second)), "|", repr(float(p)))
