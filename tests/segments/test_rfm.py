"""RFM scores on the tiny shop (ranks worked out by hand) and the published Online Retail II counts."""

import polars as pl
import pytest

from insight.segments.rfm import SEGMENT_MAP, rfm_table


def test_segment_map_covers_all_25_pairs_once():
    pairs = [(r, f) for _, rs, fs in SEGMENT_MAP for r in rs for f in fs]
    assert sorted(pairs) == [(r, f) for r in range(1, 6) for f in range(1, 6)]


def test_tiny_scores_by_hand(tiny_ds):
    # n = 6: ranks 1..6 give scores ceil(5r/6) = 1, 2, 3, 4, 5, 5
    # recency days c2 305, c6 107, c3 30, c5 16, c1 11, c4 1 (oldest first)
    # orders c2 1, c4 1, c3 2, c6 2, c1 3, c5 4 (ties by id); revenue c5 80, c6 80, c2 150, c3 200, c1 500, c4 1000
    table = rfm_table(tiny_ds)
    got = dict(zip(table["customer_id"], zip(table["rfm_score"], table["rfm_segment"], table["rfm_segment_de"])))
    assert got == {
        "c1": ("555", "Champions", "Champions"),
        "c2": ("113", "Hibernating", "Winterschläfer"),
        "c3": ("334", "Need Attention", "braucht Aufmerksamkeit"),
        "c4": ("525", "Potential Loyalist", "potenziell treu"),
        "c5": ("451", "Loyal", "treu"),
        "c6": ("242", "At Risk", "gefährdet"),
    }
    assert table.columns == ["customer_id", "recency_days", "frequency", "monetary", "r_score", "f_score",
                             "m_score", "rfm_score", "rfm_segment", "rfm_segment_de"]


def test_retail_segment_counts(retail_ds):
    counts = dict(rfm_table(retail_ds).group_by("rfm_segment").len().iter_rows())
    assert counts == {  # dev.jsonl d23
        "About to Sleep": 386, "At Risk": 754, "Can't Lose Them": 71, "Champions": 831, "Hibernating": 1526,
        "Loyal": 1166, "Need Attention": 267, "New": 51, "Potential Loyalist": 713, "Promising": 113,
    }


def test_retail_scores_are_quintiles_of_rank(retail_ds):
    table = rfm_table(retail_ds)
    n = table.height
    # second computation with numpy lexsort: ordinal rank by (value, id)
    import numpy as np

    ids = table["customer_id"].to_numpy()
    for column, score, sign in (("recency_days", "r_score", -1), ("frequency", "f_score", 1),
                                ("monetary", "m_score", 1)):
        order = np.lexsort((ids, sign * table[column].to_numpy()))
        rank = np.empty(n, dtype=np.int64)
        rank[order] = np.arange(1, n + 1)
        assert table[score].to_numpy().tolist() == np.ceil(5 * rank / n).astype(int).tolist()
    assert table.group_by("r_score").len()["len"].to_list() != []
    assert table.filter(pl.col("rfm_segment").is_null()).height == 0
    assert pytest.approx(table["monetary"].sum()) == 16404700.708
