"""Held-out questions insight does not yet answer right (written by score_heldout.py --write-gaps).
Each is an xfail(strict=True) in test_heldout.py: a fix shows up as XPASS; then rerun --write-gaps.
"""

KNOWN_GAPS: dict[str, str] = {
    'h039': "clarify_not_answered: clarify: I do not know 'after' in this data (understood: customers). Did you mean: winterschlafer, schlaft ein?",
    'h054': "clarify_not_answered: clarify: I do not know 'class' in this data (understood: revenue share). Did you mean: class a, a class, class b?",
    'h100': "clarify_no_word: status clarify, does not name ['Q5']",
    'h109': "clarify_no_word: status clarify, does not name ['campaign']",
    'h110': "clarify_no_word: status clarify, does not name ['Wetter']",
    'h116': "clarify_not_answered: clarify: I do not know 'dollars' in this data (understood: revenue). Please rephrase.",
    'h144': "clarify_not_answered: clarify: I do not know 'cds' in this data (understood: revenue). Please rephrase.",
    'h146': 'clarify_not_answered: clarify: Prognosen gibt es nur aus den Kundenmodellen mit ihren Horizonten (erwartete Aufträge: 90 Tage, prognostizierter Kundenwert: 365 Tage); diese',
    'h153': "clarify_not_answered: clarify: I do not know 'dollars' in this data (understood: customers). Please rephrase.",
    'h219': "clarify_not_answered: clarify: This data has no values or columns for 'products' (product). Did you mean: products bought together, total NumOfProducts?",
    'h245': "clarify_not_answered: clarify: I do not know 'accepted' in this data (understood: customers). Did you mean: share AcceptedCmp3, share AcceptedCmp4?",
}
