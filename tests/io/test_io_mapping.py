"""Header synonyms, --map overrides, conflicts, table guessing and fuzzy suggestions."""

from __future__ import annotations

import polars as pl
import pytest

from insight.errors import InputError, UsageError
from insight.io import map_frame, parse_mapping_option, read_table
from insight.io.mapping import suggestions
from insight.schema import ORDER_LINES, TABLES


@pytest.mark.parametrize("headers", [
    ["Invoice", "Customer ID", "InvoiceDate", "Quantity", "Price"],
    ["InvoiceNo", "CustomerID", "InvoiceDate", "Quantity", "UnitPrice"],
    ["Rechnungsnummer", "Kundennummer", "Auftragsdatum", "Menge", "Preis"],
    ["Auftragsnummer", "Kunden-ID", "Bestelldatum", "Anzahl", "Einzelpreis"],
    ["Bestellnummer", "kunden id", "DATUM", "menge", "EINZELPREIS"],
])
def test_spec_synonyms_map_without_help(headers):
    frame = pl.DataFrame({h: ["1"] for h in headers}).with_columns(pl.lit("2011-01-01").alias(headers[2]))
    m = map_frame(frame)
    assert m.table == "order_lines"
    assert list(m.mapping.values()) == ["order_id", "customer_id", "order_date", "quantity", "unit_price"]


@pytest.mark.parametrize("header", ["Amount", "Betrag", "Gesamtpreis", "Summe", "dollar_value", "sales"])
def test_amount_synonyms(header):
    m = map_frame(pl.DataFrame({"Kunde": ["1"], "Datum": ["2011-01-01"], header: ["2,5"]}))
    assert m.mapping[header] == "amount"
    assert m.frame["amount"].to_list() == [2.5]


def test_other_spec_synonyms():
    frame = pl.DataFrame({"Kunde": ["1"], "Datum": ["2011-01-01"], "Betrag": ["1"], "StockCode": ["A"],
                          "Beschreibung": ["x"], "Land": ["DE"]})
    m = map_frame(frame)
    assert m.mapping["StockCode"] == "product_id"
    assert m.mapping["Beschreibung"] == "description"
    assert m.mapping["Land"] == "country"
    assert m.frame.select("product_id", "description", "country").row(0) == ("A", "x", "DE")


def test_map_override_is_case_and_punctuation_insensitive(write):
    path = write("k.csv", "Kd-Nr;Tag;Wert in EUR\n7;31.12.2011;2,5\n")
    m = read_table(path, mapping={"kd nr": "customer_id", "TAG": "order_date", "wert-in-eur": "Amount"})
    assert m.mapping == {"Kd-Nr": "customer_id", "Tag": "order_date", "Wert in EUR": "amount"}
    assert m.frame.select("customer_id", "amount").row(0) == ("7", 2.5)


def test_map_override_beats_synonym_and_keeps_loser_as_extra():
    frame = pl.DataFrame({"Kunde": ["1", "2"], "Datum": ["2011-01-01"] * 2, "Lieferdatum": ["2011-02-01"] * 2,
                          "Betrag": ["1", "2"]})
    m = map_frame(frame, mapping={"Lieferdatum": "order_date"})
    assert m.mapping["Lieferdatum"] == "order_date"
    assert str(m.frame["order_date"][0]) == "2011-02-01 00:00:00"
    assert m.frame["datum"].to_list() == ["2011-01-01"] * 2  # the loser stays, as the client's column
    assert m.client_columns["datum"] == "Datum"
    assert any("Datum" in n and "Lieferdatum" in n for n in m.notes)


def test_map_ignore_drops_a_column():
    frame = pl.DataFrame({"Kunde": ["1"], "Datum": ["2011-01-01"], "Betrag": ["1"], "Geheim": ["x"]})
    assert "geheim" in map_frame(frame).frame.columns
    assert "geheim" not in map_frame(frame, mapping={"Geheim": "-"}).frame.columns


def test_two_columns_for_one_canonical_prefers_the_exact_name():
    frame = pl.DataFrame({"Kunde": ["1"], "Datum": ["2011-01-01"], "order_date": ["2011-03-01"], "Betrag": ["1"]})
    m = map_frame(frame)
    assert m.mapping["order_date"] == "order_date"
    assert "Datum" not in m.mapping
    assert m.frame["datum"].to_list() == ["2011-01-01"]
    assert any("both look like order_date" in n for n in m.notes)


def test_parse_mapping_option():
    assert parse_mapping_option(["Kd-Nr=customer_id", " Wert = amount "]) == {"Kd-Nr": "customer_id",
                                                                             "Wert": "amount"}
    assert parse_mapping_option(["A=customer_id,B=order_date"]) == {"A": "customer_id", "B": "order_date"}
    assert parse_mapping_option(["x=y=amount"]) == {"x=y": "amount"}
    assert parse_mapping_option(["Notiz=-"]) == {"Notiz": "-"}
    assert parse_mapping_option([]) == {}
    # targets: canonical names written loosely, or unambiguous synonyms
    assert parse_mapping_option(["Kd-Nr=Customer ID", "Wert=Betrag", "Nr=Kundennummer"]) == {
        "Kd-Nr": "customer_id", "Wert": "amount", "Nr": "customer_id"}
    for bad in ["customer_id", "=amount", "Kd-Nr=", "Kd-Nr=Lieblingsfarbe"]:
        with pytest.raises(UsageError):
            parse_mapping_option([bad])
    with pytest.raises(UsageError, match="could mean"):
        parse_mapping_option(["X=kanal"])  # channel (order lines) or acquisition_channel/kind


@pytest.mark.parametrize(("columns", "table"), [
    ({"Kundennummer": ["1"], "Datum": ["31.12.2011"], "Betrag": ["1,5"]}, "order_lines"),
    ({"Kundennummer": ["1"], "Name": ["A"], "Branche": ["IT"], "Alter": ["34"]}, "customers"),
    ({"Kundennummer": ["1"], "Datum": ["31.12.2011"], "Zufriedenheit": ["4"], "NPS": ["9"]}, "survey_responses"),
    ({"Gutschein": ["X1"], "Kundennummer": ["1"], "Ausgegeben": ["2011-01-01"], "Eingelöst": [""]}, "coupons"),
    ({"Kundennummer": ["1"], "Zeitpunkt": ["2011-01-01 10:00"], "Art": ["Anruf"], "Notiz": ["hi"]}, "interactions"),
])
def test_table_guessing(columns, table):
    m = map_frame(pl.DataFrame(columns))
    assert m.table == table
    assert m.frame.schema == pl.Schema(TABLES[table].columns)


def test_guessed_tables_are_typed():
    survey = map_frame(pl.DataFrame({"Kundennummer": ["1"], "Datum": ["31.12.2011"], "Zufriedenheit": ["4,5"]}))
    assert survey.frame.row(0) == ("1", __import__("datetime").date(2011, 12, 31), None, 4.5, None, None, None)
    coupons = map_frame(pl.DataFrame({"Gutschein": ["X1"], "Kundennummer": ["1"], "Ausgegeben": ["2011-01-01"],
                                      "Eingelöst": [""]}))
    assert coupons.frame["redeemed_at"].null_count() == 1


def test_customers_keep_unmapped_attributes():
    m = map_frame(pl.DataFrame({"Kundennummer": ["1", "2"], "Lieblingsfarbe": ["rot", "blau"],
                                "Punkte": ["1.200", "15"]}), table="customers")
    assert m.client_columns == {"lieblingsfarbe": "Lieblingsfarbe", "punkte": "Punkte"}
    assert m.frame["lieblingsfarbe"].to_list() == ["rot", "blau"]
    assert m.frame.schema["punkte"].is_numeric()


def test_table_given_explicitly_wins_over_guess():
    frame = pl.DataFrame({"Kundennummer": ["1"], "Datum": ["31.12.2011"], "Zufriedenheit": ["4"]})
    with pytest.raises(InputError, match="amount"):
        map_frame(frame, table="order_lines")


def test_fuzzy_suggestions_rank_plausible_headers():
    headers = ["Kunden Nr.", "Kundenname", "Bestellzeit", "foo"]
    near = suggestions(headers, ORDER_LINES, "customer_id")
    assert [h for h, _ in near][:2] == ["Kunden Nr.", "Kundenname"]
    assert all(0 < score <= 100 for _, score in near)
    assert "foo" not in [h for h, _ in near]
    assert suggestions(["foo", "bar"], ORDER_LINES, "customer_id") == []


def test_missing_column_error_from_frame_without_candidates():
    with pytest.raises(InputError) as info:
        map_frame(pl.DataFrame({"foo": ["1"], "bar": ["2"]}), source="mem")
    msg = str(info.value)
    assert msg.startswith("mem: no column for required 'customer_id'")
    assert "closest: none" in msg and '--map "Header=customer_id"' in msg


@pytest.mark.parametrize("name", list(TABLES))
def test_canonical_frames_map_onto_themselves(name):
    """A frame that already is canonical (the demo data) is guessed right and comes back unchanged."""
    from insight.io.demo import generate_demo

    frame = generate_demo(seed=3, n_customers=200).table(name)
    assert frame.height > 0
    guessed = map_frame(frame)
    assert guessed.table == name
    again = map_frame(guessed.frame, table=name)
    assert again.frame.equals(guessed.frame)
    # the demo's interactions carry one column of the data's own beyond the canonical ones (when a request was
    # answered, docs/demo-data.md): a timestamp per interaction, so it stays on the frame, never a customer
    # attribute; every canonical frame maps onto itself with nothing left over
    assert guessed.extras is None
    expected = frame.with_columns(pl.col("customer_id").cast(pl.String))
    assert guessed.frame.select(expected.columns).equals(expected.cast(dict(guessed.frame.schema)))


def test_mapping_argument_accepts_synonym_targets():
    frame = pl.DataFrame({"Kd": ["1"], "Tag": ["2011-01-01"], "Wert": ["2,5"]})
    m = map_frame(frame, mapping={"Kd": "Kundennummer", "Tag": "Bestelldatum", "Wert": "Betrag"})
    assert m.mapping == {"Kd": "customer_id", "Tag": "order_date", "Wert": "amount"}
    assert m.frame["amount"].to_list() == [2.5]
