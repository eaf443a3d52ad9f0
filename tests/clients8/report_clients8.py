"""Run every workspace of make_clients8 through real ``insight`` processes and print the results table and every
answer that is not correct (question, expected, got, understood) as Markdown.

    .venv/bin/python tests/clients8/report_clients8.py [--only NAME,NAME] [--in-process] [--json OUT.json] [--gaps OUT.py]

Per workspace: ``insight import A B C -w WS.db`` (first attempt) or one ``insight import FILE --table T -w WS.db``
per file (``_t``), then ``insight ask "Q" -w WS.db --json`` for each question (two processes at a time).
``--gaps`` writes the non-correct cases in the form of client8_gaps.py (review before replacing it); a question
that must be asked back and is answered is ``ANSWERED-SHOULD-ASK``, one answered with an error ``ERROR`` (round 8
wants ``status == "clarify"``). The runner is tests/client_harness.py.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parent / "clients2"))

from client_harness import report_main  # noqa: E402
from make_clients8 import build  # noqa: E402
from workspace_import import use_in_report  # noqa: E402

if __name__ == "__main__":
    use_in_report()
    report_main(
        build,
        8,
        strict_clarify=True,
        header_extra="; ``ANSWERED-SHOULD-ASK:`` an answer where the data lacks what was asked",
    )
