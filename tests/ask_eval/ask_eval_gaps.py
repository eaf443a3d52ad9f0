"""Known gaps of the Ask engine found by this evaluation: question id → one-line reason.

build_questions.py copies them into the question files as "known_gap"; test_paraphrases.py marks those
questions xfail(strict=True), so a fix shows up as XPASS and the entry must then be removed here.
"""

KNOWN_GAPS: dict[str, str] = {
    # language detection
    # words misread
    # fresh phrasings written after the first fixes (q…)
    # follow-ups
}

# Questions whose answer is an error that leaks an internal exception message (polars / Python) instead of
# an answer or a user-facing sentence (found by the fuzz tests; they raised before the engine caught errors).
# test_fuzz_questions.py runs each as xfail(strict=True) and, while listed, rejects fuzz examples that leak
# the same message fragment (so that the fuzzing keeps looking for *new* leaks and crashes).
KNOWN_INTERNAL_ERRORS: dict[str, tuple[str, str]] = {
    # question: (message fragment, one-line reason)
}

# Former crashes / leaks (fixed in b7a2ed9), kept as plain regression questions in the fuzz test file.
FORMER_INTERNAL_ERRORS = ["Umsatz pro Monat churn", "NPS customers top 5"]

# Known gaps fixed in b7a2ed9 ("Ask: fixes from the independent evaluation") and later (see docs/ask-eval.md).
FIXED_GAPS = ['a003', 'a004', 'f009', 'f010', 'g043', 'g047', 'g048', 'h004', 'h005', 'h012', 'h029', 'k008', 'k010', 'l001', 'l010', 'n005', 'o005', 'o006', 'p001', 'p002', 'p003', 'p013', 'p014', 'p019', 'p022', 'p028', 'p032', 'p041', 'q001', 'q004', 'q011', 'q012', 'q013', 'r005', 'r024', 'r037', 's011', 't006', 'x008', 'x012', 'x027', 'x028']

