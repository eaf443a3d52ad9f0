"""Held-out questions insight does not yet answer right (written by score_heldout.py --write-gaps).
Each is an xfail(strict=True) in test_heldout.py: a fix shows up as XPASS; then rerun --write-gaps.
"""

KNOWN_GAPS: dict[str, str] = {
    'h039': "clarify_not_answered: clarify: I do not know 'after' in this data (understood: customers). Did you mean: winterschlafer, schlaft ein?",
}
