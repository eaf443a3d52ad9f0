"""Known gaps of insight on the round-6 client files (make_clients6.py): test id -> what insight does.
Run as strict xfails by test_clients6.py, so a fix shows up as XPASS (then delete the entry).
``SILENT:`` a silently wrong answer (status ok, wrong number); ``REFUSED:`` an import refused although the
export is well-formed; ``ASKS BACK:`` a clarification where the data answers; ``ERROR:`` an error answer; ``ANSWERED-SHOULD-ASK:`` an answer where the data lacks what was asked."""


GAPS: dict[str, str] = {}
