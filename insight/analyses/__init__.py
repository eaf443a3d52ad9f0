"""Analyses that combine models: KPIs, value by channel, band and cohort, customer groups compared on value
and CLV, survey answers beside P(alive), LTV by segment, referrals, interactions, satisfaction, segment
profiles. The layer above ``insight.segments`` and ``insight.clv``: it may import both, they import neither
it nor each other (docs/architecture.md; the contracts in pyproject.toml)."""
