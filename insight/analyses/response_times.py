"""Response times (Reaktionszeit, seed 002 "Kundenbeschwerden": a complaint answered quickly keeps the
customer): hours from a request to its answer, per interaction kind or customer group, and for complaints
of customers who stayed vs. churned afterwards.

Any interactions table with two timestamps per row works: the *answer* column is found by its header words
(answered, responded, reply, resolved, closed / Antwort, beantwortet, Rückmeldung, erledigt, gelöst,
geschlossen), the *request* column likewise (requested, received, opened, created / Anfrage, Eingang,
eingegangen, gemeldet, erstellt), else the canonical ``happened_at``. Text columns count when most of their
values read as timestamps. Without an answer column the analyses refuse with one sentence.

Kinds are read by meaning: the spellings of ``KIND_SPELLINGS`` (Beschwerde, Reklamation, complaints; Anruf,
phone; E-Mail, mail; Besuch) become call / email / complaint / visit, so ``kinds=("complaint",)`` finds the
complaints of a German file as of the demo; other kinds stay as written (lower case). A kind that has no answer
timestamp anywhere in the table (the demo's visits) is no request and is left out.

- ``response_times``: per ``by`` (interaction_kind, or a customer column, segment or band): requests,
  answered, answered_share, mean_hours, median_hours, within_share (answered within ``within_hours`` /
  requests; default 48 hours, seed 002's rule for a written answer) and within_hours; optionally only the
  ``kinds`` given ("Reaktionszeit auf Beschwerden"), the ``customers`` given and requests in [start, end).
- ``complaint_response_by_outcome``: complaints judged by what the customer did afterwards, as in
  ``insight.analyses.satisfaction``: *stayed* = an order within ``follow_days`` (365) after the complaint,
  else *churned*; complaints younger than that are *open*. Per outcome: complaints, customers, answered,
  mean_hours, median_hours, within_share.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

import polars as pl

from insight.dataset import Dataset
from insight.errors import MissingDataError

ANSWER_WORDS = ("answer", "respon", "reply", "replied", "resolv", "closed", "antwort", "beantwort", "rueckmeld", "rückmeld",
                "erledigt", "geloest", "gelöst", "geschlossen")
REQUEST_WORDS = ("request", "receiv", "opened", "created", "submitted", "anfrage", "eingang", "eingegang",
                 "gemeldet", "erstellt", "geoeffnet", "geöffnet")
OUTCOMES = ("stayed", "churned", "open")
DEFAULT_WITHIN_HOURS = 48.0
# canonical interaction kind -> the folded spellings that mean it (labels in insight/labels.toml [interaction_kind])
KIND_SPELLINGS: dict[str, tuple[str, ...]] = {
    "complaint": ("complaint", "complaints", "beschwerde", "beschwerden", "reklamation", "reklamationen",
                  "claim", "claims"),
    "call": ("call", "calls", "phone", "phone call", "phone calls", "telefon", "telefonat", "telefonate",
             "telefonaten", "anruf", "anrufe", "anrufen", "hotline"),
    "email": ("email", "e-mail", "emails", "e-mails", "mail", "mails"),
    "visit": ("visit", "visits", "besuch", "besuche", "besuchen"),
}


def canonical_kind(value: str) -> str:
    """One kind as ``kind_expr`` reads it ('Reklamation' → 'complaint'; an unknown kind folded as written)."""
    folded = str(value).strip().lower()
    return next((kind for kind, words in KIND_SPELLINGS.items() if folded in words), folded)


def kind_expr(column: str = "kind") -> pl.Expr:
    """The interactions' ``column`` as a canonical kind (``KIND_SPELLINGS``), else folded as written."""
    folded = pl.col(column).cast(pl.String).str.strip_chars().str.to_lowercase()
    spellings = {word: kind for kind, words in KIND_SPELLINGS.items() for word in words}
    return folded.replace(spellings)


def _timestamp(frame: pl.DataFrame, name: str) -> pl.Expr | None:
    """``name`` as a Datetime expression, or None when it is no timestamp column."""
    dtype = frame.schema[name]
    if dtype in (pl.Date,) or isinstance(dtype, pl.Datetime):
        return pl.col(name).cast(pl.Datetime("us"))
    if dtype == pl.String:
        values = frame.get_column(name).str.strip_chars().drop_nulls()
        for fmt in (None, "%d.%m.%Y %H:%M", "%d.%m.%Y %H:%M:%S", "%d.%m.%Y"):
            try:
                parsed = values.str.to_datetime(fmt, strict=False, time_unit="us")
            except pl.exceptions.PolarsError:  # no format inferred from the first values
                continue
            if values.len() and parsed.drop_nulls().len() >= 0.5 * values.len():
                return pl.col(name).str.strip_chars().str.to_datetime(fmt, strict=False, time_unit="us")
    return None


def _has_word(name: str, words: tuple[str, ...]) -> bool:
    text = re.sub(r"([a-z])([A-Z])", r"\1 \2", name).lower()
    return any(w in text for w in words)


def timestamp_columns(frame: pl.DataFrame) -> tuple[str, str] | None:
    """(request column, answer column) of an interactions table, or None without an answer timestamp."""
    named = [c for c in frame.columns if c == "happened_at" or _has_word(c, ANSWER_WORDS + REQUEST_WORDS)]
    usable = [c for c in named if _timestamp(frame, c) is not None]
    answer = next((c for c in usable if _has_word(c, ANSWER_WORDS) and not _has_word(c, REQUEST_WORDS)), None)
    if answer is None:
        return None
    request = next((c for c in usable if c != answer and _has_word(c, REQUEST_WORDS)), None)
    if request is None:
        request = "happened_at" if "happened_at" in usable else None
    return None if request is None else (request, answer)


def _rows(ds: Dataset, start: dt.date | None = None, end: dt.date | None = None) -> pl.LazyFrame:
    """Interactions of answerable kinds requested in [start, end) and before the analysis date:
    customer_id, interaction_kind, request, _hours (null if unanswered by the analysis date)."""
    frame = ds.interactions
    found = timestamp_columns(frame) if frame.height else None
    if found is None:
        raise MissingDataError(
            "response times need two timestamps per interaction, the request and its answer (a column such as "
            "'answered_at' or 'Antwort am'), which the interactions table (Interaktionen) does not have; its "
            f"columns: {', '.join(frame.columns) or 'none'}")
    request, answer = found
    begin, stop = _timestamp(frame, request), _timestamp(frame, answer)
    assert begin is not None and stop is not None
    as_of = pl.lit(ds.as_of, dtype=pl.Date).cast(pl.Datetime("us"))
    kind = kind_expr() if "kind" in frame.columns else pl.lit(None, dtype=pl.String)
    hours = (stop - begin).dt.total_seconds() / 3600.0
    rows = (frame.lazy()
            .select(pl.col("customer_id") if "customer_id" in frame.columns else pl.lit(None).alias("customer_id"),
                    interaction_kind=kind, request=begin,
                    _hours=pl.when(stop < as_of).then(hours).clip(lower_bound=0.0),
                    _answerable=stop.is_not_null().any().over(kind))
            .filter(pl.col("_answerable") & (pl.col("request") < as_of))
            .drop("_answerable"))
    if start is not None:
        rows = rows.filter(pl.col("request") >= pl.lit(start, dtype=pl.Date).cast(pl.Datetime("us")))
    if end is not None:
        rows = rows.filter(pl.col("request") < pl.lit(end, dtype=pl.Date).cast(pl.Datetime("us")))
    return rows


def _aggs(within_hours: float) -> list[pl.Expr]:
    return [pl.col("_hours").count().cast(pl.Int64).alias("answered"),
            pl.col("_hours").mean().alias("mean_hours"), pl.col("_hours").median().alias("median_hours"),
            ((pl.col("_hours") <= within_hours).sum() / pl.len()).alias("within_share")]


def response_times(ds: Dataset, by: str = "interaction_kind", within_hours: float = DEFAULT_WITHIN_HOURS,
                   kinds: Sequence[str] | None = None, customers: pl.Series | None = None,
                   start: dt.date | None = None, end: dt.date | None = None) -> pl.DataFrame:
    """Per ``by``: requests, answered, answered_share, mean_hours, median_hours, within_share, within_hours.

    ``by`` is ``interaction_kind`` (all interactions before the analysis date) or a customer grouping of
    ``insight.analyses.groups.customer_groups`` (then only the interactions of customers count). ``kinds``
    (canonical or as written) keeps only those kinds, ``customers`` only those customer ids, ``start`` /
    ``end`` only requests in [start, end)."""
    rows = _rows(ds, start, end)
    if kinds is not None:
        wanted = pl.DataFrame({"kind": list(kinds)}, schema={"kind": pl.String}).select(kind_expr()).to_series()
        rows = rows.filter(pl.col("interaction_kind").is_in(wanted.to_list()))
    if customers is not None:
        rows = rows.filter(pl.col("customer_id").cast(pl.String).is_in(customers.cast(pl.String).to_list()))
    if by != "interaction_kind":
        from insight.analyses.groups import customer_groups

        groups = customer_groups(ds, by)
        rows = (rows.with_columns(pl.col("customer_id").cast(groups.schema["customer_id"]))
                .join(groups.lazy(), on="customer_id", how="inner"))
    return (rows.group_by(by)
            .agg(pl.len().cast(pl.Int64).alias("requests"), *_aggs(within_hours))
            .with_columns(answered_share=pl.col("answered") / pl.col("requests"),
                          within_hours=pl.lit(float(within_hours)))
            .select(by, "requests", "answered", "answered_share", "mean_hours", "median_hours", "within_share",
                    "within_hours")
            .sort(by, nulls_last=True)
            .collect())


def complaint_response_by_outcome(ds: Dataset, follow_days: int = 365,
                                  within_hours: float = DEFAULT_WITHIN_HOURS) -> pl.DataFrame:
    """Response times of complaints by what the customer did afterwards: 'stayed' (an order within
    ``follow_days`` after the complaint), 'churned' (none) or 'open' (fewer than ``follow_days`` days
    before the analysis date). Per outcome: complaints, customers, answered, mean_hours, median_hours,
    within_share, within_hours; stayed first."""
    from insight.metrics.lines import attributed, prepared_lines

    orders = attributed(prepared_lines(ds)).filter(pl.col("is_order")).select("customer_id", "order_day").unique()
    ids = orders.collect_schema()["customer_id"]
    complaints = (_rows(ds).filter(pl.col("interaction_kind") == "complaint")
                  .with_columns(pl.col("customer_id").cast(ids), day=pl.col("request").dt.date())
                  .join(orders.select("customer_id").unique(), on="customer_id", how="semi")
                  .with_columns(_n=pl.int_range(pl.len())))
    horizon = pl.col("day") + pl.duration(days=follow_days)
    bought = (complaints.join(orders, on="customer_id", how="inner")
              .filter((pl.col("order_day") > pl.col("day")) & (pl.col("order_day") <= horizon))
              .select("_n", _bought=pl.lit(True)).unique())
    judged = horizon < pl.lit(ds.as_of, dtype=pl.Date)
    outcome = (pl.when(~judged).then(pl.lit("open")).when(pl.col("_bought")).then(pl.lit("stayed"))
               .otherwise(pl.lit("churned")))
    frame = (complaints.join(bought, on="_n", how="left").with_columns(outcome=outcome)
             .group_by("outcome")
             .agg(pl.len().cast(pl.Int64).alias("complaints"),
                  pl.col("customer_id").n_unique().cast(pl.Int64).alias("customers"), *_aggs(within_hours))
             .with_columns(within_hours=pl.lit(float(within_hours)))
             .collect())
    order = pl.col("outcome").replace_strict(list(OUTCOMES), [0, 1, 2], return_dtype=pl.Int64)
    return frame.select("outcome", "complaints", "customers", "answered", "mean_hours", "median_hours",
                        "within_share", "within_hours").sort(order)
