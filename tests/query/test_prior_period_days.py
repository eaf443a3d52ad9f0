""""Vorjahreszeitraum zum YTD 2011": the same days one year earlier (1 Jan – 9 Dec 2010 when the data ends on 9 Dec
2011), never whole months; named first and tied by "zum" it is asked alone (docs/ask.md, timewords)."""

from __future__ import annotations

import datetime as dt

import insight.api as ia
from insight.query import timewords


def test_a_year_to_date_moves_back_by_the_same_days():
    windows, _rest = timewords.extract(timewords.normalise("ytd 2011 vs the same period last year"),
                                       dt.date(2011, 12, 10))
    assert (windows[1].start, windows[1].end) == (dt.date(2010, 1, 1), dt.date(2010, 12, 10))


def test_the_prior_period_of_a_ytd_is_asked_alone(retail_ii, raw_ii):
    got = ia.ask("Umsatz im Vorjahreszeitraum zum YTD 2011", retail_ii).to_json()
    both = ia.ask("Umsatz YTD 2011 im Vergleich zum Vorjahreszeitraum", retail_ii).to_json()
    assert got["status"] == "ok" and len(got["rows"]) == 1, got["understood"]
    assert len(both["rows"]) == 2 and got["rows"][0][-1] == both["rows"][1][-1]
    last = raw_ii["InvoiceDate"].max()
    assert got["plan"]["window"]["end"] == str((last.date() + dt.timedelta(days=1)).replace(year=2010))
