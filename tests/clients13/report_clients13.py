"""Run every client file of make_clients13 through real ``insight`` processes and print the results table and
every answer that is not correct (question, expected, got, understood) as Markdown.

    .venv/bin/python tests/clients13/report_clients13.py [--only NAME,NAME] [--in-process] [--json OUT.json] [--gaps OUT.py]

Per file: ``insight import FILES -w WS.db [--map …]``, then ``insight ask "Q" -w WS.db --json`` for each question
(two processes at a time). ``--gaps`` writes the non-correct cases in the form of client13_gaps.py (review before
replacing it); a question that must be asked back and is answered is ``ANSWERED-SHOULD-ASK``, one answered with
an error ``ERROR`` (round 13 wants ``status == "clarify"``). The runner is tests/client_harness.py.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from client_harness import report_main  # noqa: E402
from make_clients13 import build  # noqa: E402

if __name__ == "__main__":
    report_main(
        build,
        13,
        strict_clarify=True,
        header_extra="; ``ANSWERED-SHOULD-ASK:`` an answer where the data lacks what was asked",
    )
