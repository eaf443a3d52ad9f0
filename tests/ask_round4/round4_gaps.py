"""Round-4 questions insight does not yet answer right (first run, 2026-12-07; see README.md).
Each is an xfail(strict=True) in test_round4.py: a fix shows up as XPASS, and the entry must then go.
"""

ROUND4_GAPS: dict[str, str] = {
    'r4dm033': 'silently_wrong (judgement): what share of respondents would buy again — 0.549 over the latest answer per customer (insight.analyses.survey); the reference counts every answer (0.5565)',
    'r4sa004': 'silently_wrong (judgement): how many orders were shipped in 2004, not counting cancelled ones — 139 orders with STATUS Shipped; the reference reads "shipped" as the verb of all non-cancelled orders (141)',
}
