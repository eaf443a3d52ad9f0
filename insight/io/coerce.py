"""Column types from whatever a file holds: ids, German/English numbers, dates — column-wise, vectorised.

Every function takes one source column (a polars Series) and returns it in the canonical dtype, or
raises InputError naming the source, the column, the first bad data row (1-based) and its value.
Nothing here loops over rows: formats are chosen on a sample of distinct values, then applied to the
whole column with polars expressions.
"""

from __future__ import annotations

import contextvars
from collections.abc import Collection, Iterator
from contextlib import contextmanager

import polars as pl

from insight.errors import InputError
from insight.schema import INTEGER_ID

# ---------------------------------------------------------------------------------------------
# text cleanup
# cells that mean "no value" (compared exactly after trimming: a hash lookup, cheap on millions of rows)
_BLANKS = ("", "-", "–", "NA", "N/A", "n/a", "na", "NaN", "nan", "NAN", "null", "NULL", "Null", "None", "none",
           "#N/A", "#NV", "NV")


def blank_to_null(s: pl.Series, text: bool = False) -> pl.Series:
    """Trimmed strings; empty cells become null, and (unless ``text``) the usual spellings of 'missing'."""
    t = s.cast(pl.String).str.strip_chars()
    blank = (t == "") if text else t.is_in(_BLANKS)
    if not blank.any():
        return t
    return pl.select(pl.when(blank).then(None).otherwise(t)).to_series()


def nulls(n: int, dtype: pl.DataType, name: str = "") -> pl.Series:
    """A null column of length n, built by polars (not from a Python list)."""
    return pl.repeat(None, n, dtype=dtype, eager=True).alias(name)


def _first_bad(original: pl.Series, parsed: pl.Series) -> tuple[int, str] | None:
    """(1-based row, value) of the first non-null input whose parse is null, or None."""
    bad = original.is_not_null() & parsed.is_null()
    if not bad.any():
        return None
    idx = int(bad.arg_true()[0])
    return idx + 1, str(original[idx])


def _by_distinct(s: pl.Series, parse, dtype: pl.DataType, what: str, source: str, column: str,
                 canonical: str) -> pl.Series:
    """Parse each distinct text once and map the results back (columns repeat values a lot).

    ``parse`` gets the trimmed distinct values (blanks as null) and returns a same-length Series; a
    non-null value that parses to null is reported at its first row in ``s``.
    """
    distinct = s.drop_nulls().unique()
    parsed = parse(blank_to_null(distinct))
    bad = blank_to_null(distinct).is_not_null() & parsed.is_null()
    if bad.any():
        rows = s.is_in(distinct.filter(bad).implode())
        idx = int(rows.arg_true()[0])
        raise _fail(source, column, canonical, idx + 1, str(s[idx]).strip(), what, int(rows.sum()))
    return s.replace_strict(distinct, parsed, default=None, return_dtype=dtype)


class CellError(InputError):
    """A bad cell: the message names the data row, which the reader may renumber (skipped blank rows)."""

    def __init__(self, before: str, row: int, after: str):
        self.before, self.row, self.after = before, row, after
        super().__init__(f"{before}{row}{after}")

    def renumbered(self, rows: pl.Series | None) -> "CellError":
        """The same error with ``row`` taken from the source's original data-row numbers."""
        return self if rows is None else CellError(self.before, int(rows[self.row - 1]), self.after)


def _fail(source: str, column: str, canonical: str, row: int, value: str, what: str,
          count: int = 1) -> CellError:
    shown = value if len(value) <= 40 else value[:37] + "..."
    more = f" ({count:,} bad rows in this column)" if count > 1 else ""
    return CellError(f"{source}: column '{column}' ({canonical}) row ", row,
                     f": '{shown}' is not {what}{more}; fix the value or map another column with --map")


# ---------------------------------------------------------------------------------------------
# ids

_INTEGER_ID_BOUND = 10**18


def _integer_ids(ints: pl.Series) -> pl.Series | None:
    """Integer ids as Int64 when each would pass ``INTEGER_ID`` written as text, else None."""
    lo, hi = ints.min(), ints.max()
    if lo is not None and (int(lo) <= -_INTEGER_ID_BOUND or int(hi) >= _INTEGER_ID_BOUND):  # type: ignore[arg-type]
        return None
    return ints.cast(pl.Int64)


_EMAIL = r"^[^@\s]+@[^@\s]+\.[^@\s]+$"


def to_id(s: pl.Series, strip_zero_padding: bool = False, typed: bool = False) -> tuple[pl.Series, str | None]:
    """Ids as trimmed strings: 17850 and 17850.0 → '17850', blank → null.

    With ``strip_zero_padding``, all-digit ids lose their leading zeros ('00001' → '1') but only when
    that merges no two distinct ids; the returned note says so. With ``typed``, ids that a Dataset would
    type as Int64 (``INTEGER_ID``) are returned as Int64 at once: an integer or whole-float column is not
    written out as text only to be parsed back (issue 16).
    """
    note = None
    if s.dtype.is_integer():
        ints = _integer_ids(s) if typed else None
        return (s.cast(pl.String) if ints is None else ints), None
    if s.dtype.is_float():
        whole = s.is_null() | s.is_nan() | (s == s.round(0))
        if whole.all():
            as_int = s.fill_nan(None).cast(pl.Int64, strict=False)
            ints = _integer_ids(as_int) if typed else None
            return (as_int.cast(pl.String) if ints is None else ints), None
        return s.cast(pl.String), None
    t = blank_to_null(s)
    if t.str.ends_with(".0").any():
        t = t.str.replace(r"^([+-]?\d+)\.0+$", "${1}")
    if strip_zero_padding:
        vals = t.drop_nulls()
        if vals.len() and vals.str.contains(r"^\d+$").all() and vals.str.starts_with("0").any():
            stripped = t.str.strip_chars_start("0")
            stripped = pl.select(pl.when((stripped == "") & t.is_not_null()).then(pl.lit("0"))
                                 .otherwise(stripped)).to_series()
            changed = (stripped != t).fill_null(False)
            if stripped.n_unique() == t.n_unique() and changed.any():
                idx = int(changed.arg_true()[0])
                note = f"leading zeros removed from customer ids ('{t[idx]}' → '{stripped[idx]}')"
                t = stripped
        if vals.len() and vals.str.contains(_EMAIL).all():  # 'Anna.0@x.de' and 'anna.0@x.de' are one customer
            folded = t.str.to_lowercase()  # in this file and in the workspace's other tables (a survey's
            if folded.n_unique() < t.n_unique():  # 'RecipientEmail' beside a CRM's 'Email'): always folded
                idx = int((folded != t).arg_true()[0])
                note = f"customer e-mail addresses compared without case ('{t[idx]}' = '{folded[idx]}')"
            t = folded
    if typed and t.dtype == pl.String and bool(t.drop_nulls().unique().str.contains(INTEGER_ID).all()):
        t = t.cast(pl.Int64)
    return t, note


# a name, not a code: two words of letters ('Železárny Novák s.r.o.', 'Weber Treuhand AG')
_NAME_LIKE = r"[^\W\d_]{2,}\s+\S*[^\W\d_]"


def fold_name_ids(t: pl.Series) -> tuple[pl.Series, str | None]:
    """Customer ids that are names ('Železárny Novák s.r.o.' beside 'ŽELEZÁRNY NOVÁK S.R.O.', 'Weber  AG ' beside
    'Weber AG') are one customer whatever their letter case and blanks: where most distinct ids are names of two
    words and folding case and runs of blanks merges some, each folded name is written as its most frequent
    spelling (ties: the first in sort order); the note names one merge. Codes and numbers stay as they are."""
    if t.dtype != pl.String:
        return t, None
    frame = pl.DataFrame({"v": t}).drop_nulls().group_by("v").len()
    if frame.height < 2 or frame.select(pl.col("v").str.contains(_NAME_LIKE).mean()).item() < 0.5:
        return t, None
    frame = frame.with_columns(key=pl.col("v").str.replace_all(r"[\s\u00a0\u202f]+", " ").str.strip_chars()
                               .str.to_lowercase())
    if frame.get_column("key").n_unique() == frame.height:
        return t, None
    label = frame.sort(["len", "v"], descending=[True, False]).group_by("key", maintain_order=True).agg(
        pl.col("v").first().alias("label"))
    pairs = frame.join(label, on="key").filter(pl.col("v") != pl.col("label"))
    first = pairs.sort("v").row(0, named=True)
    note = (f"customer names compared without letter case and extra blanks ({pairs.height:,} spelling(s) merged, "
            f"'{first['v']}' = '{first['label']}')")
    return t.replace(pairs.get_column("v"), pairs.get_column("label")), note


def to_code(s: pl.Series) -> pl.Series:
    """Order, product and coupon ids: trimmed text; a column of whole floats ('536365.0', a pandas
    export of a column with gaps) loses the '.0' — only when every value looks like that."""
    if s.dtype.is_float():
        return to_id(s)[0]
    t = blank_to_null(s, text=True)
    vals = t.drop_nulls()
    if vals.len() and vals.str.ends_with(".0").all() and vals.str.contains(r"^[+-]?\d+\.0+$").all():
        t = t.str.replace(r"\.0+$", "")
    return t


def text_expr(name: str) -> pl.Expr:
    """Free text of a String column as an expression (so many columns run in parallel): trimmed, '' → null."""
    # replace('' → null): the same cells as when/then/otherwise, in one pass instead of two (issue 16)
    return pl.col(name).str.strip_chars().replace("", None).alias(name)


def to_text(s: pl.Series) -> pl.Series:
    """Free text: whole floats (Excel's 85123.0) lose their '.0'; blanks become null."""
    if s.dtype.is_float():
        return to_id(s)[0]
    if s.dtype == pl.String:
        return blank_to_null(s, text=True)
    return s.cast(pl.String)


# ---------------------------------------------------------------------------------------------
# numbers
_NUM_DE = r"^[+-]?(?:\d{1,3}(?:\.\d{3})+|\d*)(?:,\d+)?$"
# English grouping by thousands (1,234,567.89) or, in India, by lakh and crore (12,34,567.89)
_NUM_EN = r"^[+-]?(?:\d{1,3}(?:,\d{3})+|\d{1,2}(?:,\d{2})+,\d{3}|\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$"


# a currency written before or after an amount in Europe ('2 198,12 zł', '1.506,73 kr.', 'kr 1 234,50', '412,50 Kč',
# 'EUR 1.234,56', '12.500 Ft', '99,90 lei', 'SEK 1 234,50'): dropped with its blank, only at either end
# a dollar or real with its country's letters ('C$', 'A$', 'R$', 'US$', 'NZ$', 'HK$', 'S$', 'CA$', 'AU$', 'MX$')
DOLLAR_PREFIX = r"(?:US|NZ|HK|CA|AU|MX|[CARS])\$"
CURRENCY_WORD = (rf"(?:{DOLLAR_PREFIX}|EUR|USD|GBP|CHF|INR|AUD|CAD|NZD|BRL|ARS|MXN|HKD|SGD|NOK|SEK|DKK|ISK|PLN|CZK|"
                 r"HUF|RON|BGN|HRK|TRY|JPY|CNY|RMB|zł|zl|kr\.?|Kr\.?|Kč|Kc|Ft|lei|Lei|TL|SFr\.?|Fr\.?|Rs\.?|€|\$|£|₹|₺|"
                 r"¥|円)")
# an accountant's debit/credit suffix ('45,360.88 Dr', 'A$111.60 CR', '1,23,456.78 Cr.'): Cr (a credit) is a minus
_DEBIT_SUFFIX = r"(?i)^(.*\d.*?)\s*dr\.?$"
_CREDIT_SUFFIX = r"(?i)^\s*([^-\s].*\d.*?)\s*cr\.?$"
_CURRENCY_AT_ENDS = rf"^([(+-]?)\s*{CURRENCY_WORD}\s*|\s*{CURRENCY_WORD}\s*(\)?-?)$"


def strip_currency(t: pl.Series) -> pl.Series:
    """Number text without a currency word or sign at its start or end ('1.506,73 kr.' → '1.506,73'), keeping
    a sign or parenthesis outside it ('-kr 12,50', '(1 234,50 zł)')."""
    return t.str.replace(_CURRENCY_AT_ENDS, "${1}${2}").str.replace(_CURRENCY_AT_ENDS, "${1}${2}")


# a Japanese (and Chinese) ledger's minus: '▲3,000' or '△3,000' (before or after the currency sign)
_TRIANGLE_MINUS = r"^\s*[▲△]\s*(.*)$"


def _full_width(t: pl.Series) -> pl.Series:
    """Full-width digits, commas, signs and the full-width yen of East Asian exports ('￥１２，３４５') as their plain
    forms (Unicode NFKC), only on values that hold such characters: everything else stays as written."""
    wide = t.str.contains(r"[\uff01-\uff5e\uffe5]").fill_null(False)
    if not bool(wide.any()):
        return t
    return pl.select(pl.when(wide).then(t.str.normalize("NFKC")).otherwise(t)).to_series().alias(t.name)


def _clean_number_text(t: pl.Series) -> pl.Series:
    """Drop currency signs and words ('C$', 'R$ ', 'US$') and blanks (any Unicode space, an apostrophe: '1'234.50')
    inside numbers, read a debit/credit suffix ('12.50 Dr' plus, '12.50 Cr' minus), move a trailing minus (SAP: '12,50-') to the front, and read an accounting negative in parentheses ('($12.50)',
    '(1.234,50 €)') as a minus."""
    t = _full_width(t)
    t = t.str.replace(_DEBIT_SUFFIX, "${1}").str.replace(_CREDIT_SUFFIX, "-${1}")
    t = strip_currency(t)
    t = t.str.replace(_TRIANGLE_MINUS, "-${1}")
    t = t.str.replace_all(r"[€$£¥₹₺\s\u00a0\u202f\u2009\u2007'’]|EUR|USD|GBP|CHF|INR|AUD|CAD|NZD|^Rs\.?", "")
    t = t.str.replace(r"^\(([^()-]+)\)$", "-${1}")
    return t.str.replace(r"^([^-].*)-$", "-${1}")


# a score with its label (SurveyMonkey's ends '0 - überhaupt nicht wahrscheinlich', '10 - äußerst wahrscheinlich',
# '5 = sehr zufrieden', '4 (zufrieden)'): the leading number is the answer
LABELLED_SCORE = r"^\s*(\d{1,2})\s*(?:[-–—=:]\s*|\(\s*)[^\d\s]"


def labelled_scores(s: pl.Series) -> pl.Series | None:
    """A text score column some of whose values carry their scale label after the number ('10 - äußerst
    wahrscheinlich'): the numbers (as text) when every other filled value is a plain number, else None."""
    if s.dtype != pl.String:
        return None
    t = s.str.strip_chars()
    labelled = t.str.contains(LABELLED_SCORE).fill_null(False)
    if not bool(labelled.any()):
        return None
    plain = t.str.contains(r"^\d{1,2}(?:[.,]\d+)?$").fill_null(False) | (t.fill_null("") == "")
    if not bool((labelled | plain).all()):
        return None
    return pl.select(pl.when(labelled).then(t.str.extract(LABELLED_SCORE, 1)).otherwise(t)).to_series().alias(s.name)


_PERCENT = r"^\s*[+-]?[\d.,]+\s*%\s*$"


def percent_column(s: pl.Series) -> bool:
    """A text column whose every non-empty value is a number with a percent sign ('5%', '12,5 %')."""
    if s.dtype != pl.String:
        return False
    vals = blank_to_null(s.drop_nulls().unique()).drop_nulls()
    return bool(vals.len()) and bool(vals.str.contains(_PERCENT).all())


def percent_columns(frame: pl.DataFrame, columns: Collection[str]) -> list[str]:
    """The ``columns`` that :func:`percent_column` accepts, in their order, decided in one query over all of them
    (a wide export's thousands of client columns would otherwise cost several queries each)."""
    schema = frame.schema
    texts = list(dict.fromkeys(c for c in columns if schema[c] == pl.String))
    if not texts:
        return []

    def accepts(i: int, c: str) -> pl.Expr:
        t = pl.col(c).str.strip_chars()
        filled = t.is_not_null() & ~t.is_in(_BLANKS)
        return (filled.any() & (t.str.contains(_PERCENT) | ~filled).all()).alias(str(i))

    found = dict(zip(texts, frame.select(accepts(i, c) for i, c in enumerate(texts)).row(0)))
    return [c for c in columns if found.get(c)]


def strip_percent(s: pl.Series) -> pl.Series:
    """'12,5 %' → '12,5': the number of percent as written (the header says what it is a percent of)."""
    return s.str.replace(r"\s*%\s*$", "")


def number_style(s: pl.Series) -> str:
    """'de' (1.234,56), 'en' (1,234.56), 'both' (ambiguous like '12' or '1.234') or 'none' for a text column."""
    if s.dtype != pl.String:
        return "en" if s.dtype.is_numeric() else "none"
    t = _clean_number_text(blank_to_null(s.drop_nulls().unique())).drop_nulls()
    t = t.filter(t != "")
    if t.len() == 0:
        return "both"
    de = t.str.contains(_NUM_DE)
    en = t.str.contains(_NUM_EN)
    de_all, en_all = bool(de.all()), bool(en.all())
    if de_all and en_all:
        return "both"
    if de_all:
        return "de"
    if en_all:
        return "en"
    return "de" if de.sum() > en.sum() else ("en" if en.sum() else "none")


def _parse_numbers(original: pl.Series, decimal_comma: bool) -> pl.Series:
    t = _clean_number_text(original)
    valid = t.str.contains(_NUM_DE if decimal_comma else _NUM_EN) & t.str.contains(r"\d")
    if decimal_comma:
        t = t.str.replace_all(".", "", literal=True).str.replace(",", ".", literal=True)
    else:
        t = t.str.replace_all(",", "", literal=True)
    return pl.select(pl.when(valid).then(t)).to_series().cast(pl.Float64, strict=False)


def parse_number_text(s: pl.Series, decimal_comma: bool) -> pl.Series:
    """Float64 of number text in the given decimal style; a blank or a non-number is null (no error: a caller that
    only compares figures, such as a pivot's totals row)."""
    return _parse_numbers(blank_to_null(s), decimal_comma)


def not_castable(s: pl.Series, source: str, column: str, canonical: str, what: str) -> InputError:
    """A column whose type cannot hold ``what`` at all (true/false, durations, lists, binary)."""
    return InputError(f"{source}: column '{column}' ({canonical}) holds {s.dtype} values, not {what}; "
                      "map another column with --map")


def _as_text(s: pl.Series, source: str, column: str, canonical: str, what: str) -> pl.Series:
    """A column of another type as text to parse (categorical, Decimal); types that are never numbers or
    dates (true/false, durations, nested, binary) are refused in one line instead of being cast."""
    if s.dtype == pl.Boolean or s.dtype.is_nested() or isinstance(s.dtype, (pl.Duration, pl.Time, pl.Binary, pl.Object)):
        raise not_castable(s, source, column, canonical, what)
    try:
        return s.cast(pl.String)
    except Exception:  # noqa: BLE001 - whatever polars cannot turn into text is no number or date either
        raise not_castable(s, source, column, canonical, what) from None


def to_number(s: pl.Series, decimal_comma: bool, source: str, column: str, canonical: str) -> pl.Series:
    """Float64 from numbers or number text in the given decimal style; a non-number is an InputError
    (also a column of true/false: a boolean is no amount)."""
    if s.dtype.is_numeric():
        return s.cast(pl.Float64)
    if s.dtype != pl.String:
        s = _as_text(s, source, column, canonical, "numbers")
    return _by_distinct(s, lambda o: _parse_numbers(o, decimal_comma), pl.Float64(), "a number",
                        source, column, canonical)


# ---------------------------------------------------------------------------------------------
# dates
# date orders, each with its two-digit-year variant; month/day before day/month (the US export default)
_DATE_PARTS = (("%Y-%m-%d",), ("%d.%m.%Y", "%d.%m.%y"), ("%m/%d/%Y", "%m/%d/%y"), ("%d/%m/%Y", "%d/%m/%y"),
               ("%Y/%m/%d",), ("%d-%m-%Y", "%d-%m-%y"), ("%Y%m%d",), ("%Y.%m.%d",),
               # month names (after _month_words): 'March 5, 2024', '5 March 2024', '05-Mar-24'
               ("%B %d, %Y", "%B %d %Y"), ("%d %B %Y", "%d-%B-%Y", "%d %B %y", "%d-%B-%y"))
_SHAPES = {"%Y-%m-%d": r"^\d{4}-\d{1,2}-\d{1,2}", "%d.%m.%Y": r"^\d{1,2}\.\d{1,2}\.\d{2,4}",
           "%m/%d/%Y": r"^\d{1,2}/\d{1,2}/\d{2,4}", "%d/%m/%Y": r"^\d{1,2}/\d{1,2}/\d{2,4}",
           "%Y/%m/%d": r"^\d{4}/\d{1,2}/\d{1,2}", "%d-%m-%Y": r"^\d{1,2}-\d{1,2}-\d{2,4}",
           "%Y%m%d": r"^\d{8}", "%Y.%m.%d": r"^\d{4}\.\d{1,2}\.\d{1,2}",
           "%B %d, %Y": r"^[^\W\d_]{3,} \d{1,2},? \d{4}", "%d %B %Y": r"^\d{1,2}[ -][^\W\d_]{3,}[ -]\d{2,4}"}
_UNAMBIGUOUS = ("%B %d, %Y", "%d %B %Y")  # month names: no day/month order to choose, allowed under any --date-order
# German (and Austrian) month names and the 'Sept' abbreviation, as the English names polars' %B reads
_MONTH_WORDS = (("jänner", "January"), ("jaenner", "January"), ("januar", "January"), ("februar", "February"),
                ("märz", "March"), ("maerz", "March"), ("mrz", "March"), ("mär", "March"), ("mai", "May"),
                ("juni", "June"), ("juli", "July"), ("oktober", "October"), ("okt", "October"),
                ("dezember", "December"), ("dez", "December"), ("sept", "Sep"),
                # Spanish, Portuguese, French and Italian ('15 de marzo de 2024', '5 de março de 2024', '5 mars 2024')
                ("enero", "January"), ("janeiro", "January"), ("janvier", "January"), ("gennaio", "January"),
                ("febrero", "February"), ("fevereiro", "February"), ("février", "February"), ("fevrier", "February"),
                ("febbraio", "February"), ("marzo", "March"), ("março", "March"), ("marco", "March"), ("mars", "March"),
                ("abril", "April"), ("avril", "April"), ("aprile", "April"), ("mayo", "May"), ("maio", "May"),
                ("maggio", "May"), ("junio", "June"), ("junho", "June"), ("juin", "June"), ("giugno", "June"),
                ("julio", "July"), ("julho", "July"), ("juillet", "July"), ("luglio", "July"), ("agosto", "August"),
                ("août", "August"), ("aout", "August"), ("septiembre", "September"), ("setiembre", "September"),
                ("setembro", "September"), ("septembre", "September"), ("settembre", "September"),
                ("octubre", "October"), ("outubro", "October"), ("octobre", "October"), ("ottobre", "October"),
                ("noviembre", "November"), ("novembro", "November"), ("novembre", "November"),
                ("diciembre", "December"), ("dezembro", "December"), ("décembre", "December"),
                ("decembre", "December"), ("dicembre", "December"),
                # their abbreviations ('1 févr. 2024', '20 dic 2023', '5 de set. de 2024', '3 ene 2024')
                ("janv", "Jan"), ("févr", "Feb"), ("fevr", "Feb"), ("avr", "Apr"), ("juil", "Jul"), ("déc", "Dec"),
                ("gen", "Jan"), ("ene", "Jan"), ("fev", "Feb"), ("abr", "Apr"), ("mag", "May"), ("giu", "Jun"),
                ("lug", "Jul"), ("ago", "Aug"), ("set", "Sep"), ("ott", "Oct"), ("out", "Oct"), ("dic", "Dec"))


def _month_words(t: pl.Series) -> pl.Series:
    """Dates written with month names in the shape polars reads: German, Spanish, Portuguese, French and Italian
    names in English (without the 'de' around a Spanish month), no dot after
    a day ('5. März 2024' → '5 March 2024') or an abbreviation ('Mar. 5' → 'Mar 5'), single blanks."""
    for word, english in _MONTH_WORDS:
        t = t.str.replace_all(rf"(?i)\b{word}\b", english)
    t = t.str.replace_all(r"(?i)(\d)\s+de\s+([^\W\d_])", "${1} ${2}").str.replace_all(
        r"(?i)([^\W\d_])\.?\s+del?\s+(\d{4})", "${1} ${2}")  # '15 de marzo de 2024', '5 de março de 2024'
    t = t.str.replace(r"(?i)(\d:\d{2}(?::\d{2})?)\s*(?:hs?|hrs|uhr)\.?$", "${1}")  # '14:22 hs.', '14:22 Uhr'
    t = t.str.replace_all(r"(\d)\.\s+([^\W\d_])", "${1} ${2}").str.replace_all(r"([^\W\d_]{3,})\.(\s)", "${1}${2}")
    return t.str.replace_all(r"\s+", " ")


def _has_words(t: pl.Series) -> bool:
    """Some value holds a word of three letters or more (a month name; 'T', 'Z', 'UTC' do not count)."""
    return bool(t.str.contains(r"[^\W\d_]{3,}").any()) and not bool(t.str.contains(r"^[\d\s:.+\-/TZ]*UTC$").all())


# months without a day ('03/2024', '2024-03', '202403', 'März 2024'), rewritten to the month's first day
_PERIODS = ((r"^(\d{1,2})[/.\-](\d{4})$", "${2}-${1}-01", "%Y-%m-%d"),
            (r"^(\d{4})[/\-](\d{1,2})$", "${1}-${2}-01", "%Y-%m-%d"),
            (r"^((?:19|20)\d\d)(0[1-9]|1[0-2])$", "${1}-${2}-01", "%Y-%m-%d"),
            (r"^([^\W\d_]{3,})[ \-](\d{4})$", "1 ${1} ${2}", "%d %B %Y"))
_PERIOD_NOTE = "are months without a day ('{0}'): each is read as the first day of its month"


def _month_periods(distinct: pl.Series) -> bool:
    """Every value is a month without a day (one of ``_PERIODS``)."""
    if not distinct.len():
        return False
    t = _month_words(distinct)
    return bool(pl.select(pl.any_horizontal([t.str.contains(rx) for rx, _, _ in _PERIODS])).to_series().all())


def _parse_periods(o: pl.Series) -> pl.Series:
    t = _month_words(o)
    parts = [pl.when(t.str.contains(rx)).then(t.str.replace(rx, rep).str.to_datetime(fmt, strict=False, time_unit="us"))
             for rx, rep, fmt in _PERIODS]
    return pl.select(pl.coalesce(parts)).to_series()
_MIN_YEAR = 1800  # '%Y' accepts '11' as the year 11: such parses are rejected
# a 12-hour clock with AM/PM last ('03/24/2024 09:07 AM', US ticketing and payment exports)
_TIME_PARTS = ("", " %H:%M:%S%.f", "T%H:%M:%S%.f", " %H:%M", "T%H:%M", " %I:%M:%S %p", " %I:%M %p")
# a zone after a time ('08:26:00+01:00', '08:26Z') is dropped: the wall-clock time as written counts
_OFFSET = r"^(.*\d:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(?:Z|UTC|[+-]\d{2}:?\d{2})$"
# a comma between a numeric date and its time ('05.03.2024, 14:22:10', German admin locales) is a blank
_COMMA_TIME = r"^(\d[\d./-]*\d),\s*(\d{1,2}:\d{2})"
_DATE_SAMPLE = 20_000  # distinct values on which the format is chosen
_A_DATE = "a date (e.g. 2011-12-31 or 31.12.2011)"
_EXCEL_EPOCH = pl.datetime(1899, 12, 30, time_unit="us")


def _excel_serial(values: pl.Series) -> pl.Series:
    """Excel day numbers (1900 system, 1 = 1900-01-01) as datetimes; fractions are the time of day."""
    micros = (values.cast(pl.Float64) * 86_400_000_000).round(0).cast(pl.Int64)
    return pl.select(_EXCEL_EPOCH + pl.duration(microseconds=pl.lit(micros))).to_series()


def _yyyymmdd(values: pl.Series) -> pl.Series:
    return values.cast(pl.Int64).cast(pl.String).str.to_datetime("%Y%m%d", strict=False, time_unit="us")


def _parse_with(t: pl.Series, formats: list[str]) -> pl.Series:
    t = t.str.replace(_OFFSET, "${1}")
    parsed = [t.str.to_datetime(f, strict=False, time_unit="us") for f in formats]
    parsed = [pl.select(pl.when(p.dt.year() >= _MIN_YEAR).then(p)).to_series() for p in parsed]
    if len(parsed) == 1:
        return parsed[0]
    return pl.select(pl.coalesce(parsed)).to_series()


def _group_formats(sample: pl.Series, group: tuple[str, ...]) -> tuple[list[str], int]:
    """The time variants of one date order that the sample uses, and how many values they parse."""
    used: list[str] = []
    hits = pl.repeat(False, sample.len(), dtype=pl.Boolean, eager=True)
    if not sample.str.contains(_SHAPES[group[0]]).any():
        return used, 0
    has_time = bool(sample.str.contains(":", literal=True).any())
    has_t = has_time and bool(sample.str.contains("T", literal=True).any())
    times = [t for t in _TIME_PARTS if not t or (has_time and (t[0] == " " or has_t))]
    for date in group:
        for time in times:
            ok = _parse_with(sample, [date + time]).is_not_null()
            if (ok & ~hits).any():
                used.append(date + time)
                hits = hits | ok
    return used, int(hits.sum())


# The user's word on the date order (--date-order dmy|mdy|ymd) beats detection for ambiguous dates.
DATE_ORDERS = {"dmy": ("%d.%m.%Y", "%d/%m/%Y", "%d-%m-%Y"), "mdy": ("%m/%d/%Y",),
               "ymd": ("%Y-%m-%d", "%Y/%m/%d", "%Y%m%d", "%Y.%m.%d")}
_DATE_ORDER: contextvars.ContextVar[str | None] = contextvars.ContextVar("insight_date_order", default=None)


@contextmanager
def date_order(order: str | None) -> Iterator[None]:
    """Read text dates in this order ('dmy', 'mdy', 'ymd') inside the block; None: detect."""
    if order is not None and order not in DATE_ORDERS:
        from insight.errors import UsageError

        raise UsageError(f"--date-order '{order}': use dmy (31.12.2011), mdy (12/31/2011) or ymd (2011-12-31)")
    token = _DATE_ORDER.set(order)
    try:
        yield
    finally:
        _DATE_ORDER.reset(token)


def choose_date_formats(t: pl.Series) -> tuple[list[str], int]:
    """The formats (one date order, the time variants in use) that parse most of the given values.

    Date orders are screened on the first 500 values (cheap); those that parse as many of them as the
    best are then tried on all values in the documented order, the first parsing everything winning —
    so '01/02/2011' alone is month/day, but a later '31/12/2011' makes the column day/month.
    """
    sample = t.drop_nulls()
    small = sample.head(500)
    forced = _DATE_ORDER.get()
    parts = [g for g in _DATE_PARTS if g[0] in DATE_ORDERS[forced] or g[0] in _UNAMBIGUOUS] if forced \
        else list(_DATE_PARTS)
    scores = [(group, _group_formats(small, group)[1]) for group in parts]
    top = max(score for _, score in scores)
    if top <= 0:
        return [], 0
    best: tuple[list[str], int] = ([], 0)
    for group, score in scores:
        if score < top:
            continue
        used, hits = _group_formats(sample, group)
        if hits == sample.len():
            return used, hits
        if hits > best[1]:
            best = (used, hits)
    return best


# a date written year. month. day. with a dot after each part (Hungary: '2024.03.05.', '2024. 03. 05. 14:22'):
# the last dot and the blanks go, leaving the year.month.day form the date orders know
_YMD_DOTTED = r"^\s*(\d{4})\.\s?(\d{1,2})\.\s?(\d{1,2})\.(\s.*)?$"
# a date in Chinese, Japanese or Korean ('2024年3月5日', '2024년 3월 5일'): year, month, day
_YMD_CJK = r"^\s*(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]?(\s.*)?$"
# a day. month. year with a blank after each dot (Czech and Slovak: '21. 6. 2024', '5. 3. 2024 14:22'): the blanks go
_DMY_SPACED = r"^\s*(\d{1,2})\.\s(\d{1,2})\.\s?(\d{4})(\s.*)?$"


def to_datetime(s: pl.Series, source: str, column: str, canonical: str,
                notes: list[str] | None = None) -> pl.Series:
    """Datetime('us') from datetimes, dates, Excel serials, yyyymmdd integers or date text."""
    if isinstance(s.dtype, pl.Datetime):
        if s.dtype.time_zone:  # keep the wall-clock time of the zone: the order day the business saw
            s = s.dt.replace_time_zone(None)
        return s.cast(pl.Datetime("us"))
    if s.dtype == pl.Date:
        return s.cast(pl.Datetime("us"))
    if s.dtype.is_numeric():
        return _numeric_dates(s, source, column, canonical, notes)
    if s.dtype != pl.String:
        s = _as_text(s, source, column, canonical, "dates")
    if bool(s.str.contains(_YMD_DOTTED).any()):  # Hungarian '2024.03.05.' / '2024. 03. 05.': year, month, day
        s = s.str.replace(_YMD_DOTTED, "${1}.${2}.${3}${4}")
    if bool(s.str.contains(_YMD_CJK).any()):  # Japanese '2024年3月5日': year, month, day
        s = s.str.replace(_YMD_CJK, "${1}-${2}-${3}${4}")
    if bool(s.str.contains(_DMY_SPACED).any()):  # Czech '21. 6. 2024': day, month, year
        s = s.str.replace(_DMY_SPACED, "${1}.${2}.${3}${4}")
    distinct = blank_to_null(s.drop_nulls().unique()).drop_nulls().unique()
    if distinct.len() and bool(distinct.str.contains(r"^\d{10}(?:\d{3})?$").all()):  # Unix time written as text
        return _numeric_dates(blank_to_null(s).cast(pl.Int64, strict=False), source, column, canonical, notes,
                              original=blank_to_null(s))
    if distinct.len() and distinct.str.contains(r"^\d{5}(?:[.,]\d+)?$").sum() > distinct.len() / 2:  # Excel day numbers as text
        # (a sheet column of day numbers with a stray text cell arrives as text: the text cell is the bad one)
        text = blank_to_null(s)
        serials = text.str.replace(",", ".", literal=True).cast(pl.Float64, strict=False)
        return _numeric_dates(serials, source, column, canonical, notes, original=text)
    if _month_periods(distinct):
        parsed = _by_distinct(s, _parse_periods, pl.Datetime("us"), _A_DATE, source, column, canonical)
        if notes is not None:
            notes.append(f"dates in '{column}' " + _PERIOD_NOTE.format(distinct.sort()[0]))
        return parsed
    words = _has_words(distinct)
    comma = bool(distinct.str.contains(_COMMA_TIME).any())  # Magento's '05.03.2024, 14:22:10'
    sample = distinct if distinct.len() <= _DATE_SAMPLE else distinct.sample(_DATE_SAMPLE, seed=0)
    if comma:
        sample = sample.str.replace(_COMMA_TIME, "${1} ${2}")
    formats, _ = choose_date_formats(_month_words(sample) if words else sample)

    def parse(o: pl.Series) -> pl.Series:
        if not formats:
            return nulls(o.len(), pl.Datetime("us"))
        if comma:
            o = o.str.replace(_COMMA_TIME, "${1} ${2}")
        return _parse_with(_month_words(o) if words else o, formats)

    parsed = _by_distinct(s, parse, pl.Datetime("us"), _A_DATE, source, column, canonical)
    if notes is not None and formats and formats[0].startswith(("%m/%d", "%d/%m")):
        order = "month/day" if formats[0].startswith("%m") else "day/month"
        notes.append(f"dates in '{column}' read as {order}/year")
    return parsed


# Unix time: whole seconds between 2000-01-01 and 2100-01-01 (or the same in milliseconds); Excel day numbers and
# yyyymmdd dates are far smaller, so a column of such numbers under a date header is read as epoch time
_EPOCH_LOW, _EPOCH_HIGH = 946_684_800, 4_102_444_800


def _numeric_dates(s: pl.Series, source: str, column: str, canonical: str, notes: list[str] | None,
                   original: pl.Series | None = None) -> pl.Series:
    """yyyymmdd numbers when every value is one, else Excel day numbers; a value that is neither (a
    negative number, 3,000,000, a stray text cell in ``original``) is reported at its own row."""
    vals = s.drop_nulls()
    if s.dtype.is_float():
        vals = vals.filter(vals.is_not_nan())
    serial = (s >= 1) & (s < 2958466)
    if vals.len() and bool(((vals >= 19000101) & (vals <= 21001231)).all()) and bool((vals == vals.round(0)).all()):
        parsed = _yyyymmdd(s)
        kind = "yyyymmdd"
    elif vals.len() and bool(((vals >= 190001) & (vals <= 210012) & ((vals % 100).is_between(1, 12))).all()) \
            and bool((vals == vals.round(0)).all()):  # months yyyymm (Excel day numbers this big are past 2400)
        parsed = _yyyymmdd(s * 100 + 1)
        kind = "months yyyymm without a day: each is read as the first day of its month"
    elif vals.len() and bool((vals == vals.round(0)).all()) and (
            bool(vals.is_between(_EPOCH_LOW, _EPOCH_HIGH).all()) or bool(vals.is_between(_EPOCH_LOW * 1000, _EPOCH_HIGH * 1000).all())):
        ms = bool(vals.min() >= _EPOCH_LOW * 1000)  # type: ignore[operator]
        parsed = pl.select(pl.from_epoch(pl.lit(s.cast(pl.Int64)), time_unit="ms" if ms else "s")).to_series().cast(pl.Datetime("us"))
        kind = f"Unix time in {'milli' if ms else ''}seconds (UTC)"
    elif vals.len() and bool(serial.fill_null(False).any()):
        parsed = pl.select(pl.when(serial).then(_excel_serial(s))).to_series()
        kind = "Excel day numbers"
    else:
        parsed = nulls(s.len(), pl.Datetime("us"))
        kind = ""
    shown = original if original is not None else s
    bad = _first_bad(shown, parsed)
    if bad:
        count = int((shown.is_not_null() & parsed.is_null()).sum())
        raise _fail(source, column, canonical, bad[0], bad[1], _A_DATE, count)
    if notes is not None and kind:
        notes.append(f"dates in '{column}' read as {kind}")
    return parsed


def to_date(s: pl.Series, source: str, column: str, canonical: str, notes: list[str] | None = None) -> pl.Series:
    return to_datetime(s, source, column, canonical, notes).dt.date()
