"""European clients' exports (round 9, docs/import.md "Conventions added with client set 9"): Polish, Nordic, Dutch,
Czech, Finnish and Iberian headers, amounts with a currency word before or after them and any Unicode blank as
the thousands separator, two header rows in a text file, page markers of a report printed to CSV, totals lines in
the client's language, and a typed Parquet with nulls. Each file is small and written here; every test imports it
into a real SQLite workspace."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest

from insight.errors import InputError
from insight.io import read_table
from insight.schema import normalise_header
from insight.workspace import Workspace


def _import(tmp_path: Path, path: Path, mapping: dict[str, str] | None = None) -> pl.DataFrame:
    """The order lines a real workspace holds after importing ``path``."""
    with Workspace.open(str(tmp_path / "ws.db")) as ws:
        ws.import_files([path], mapping=mapping)
        return ws.load().order_lines.sort("order_date")


def _csv(tmp_path: Path, name: str, lines: list[str]) -> Path:
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("header", "rows", "expected"),
    [
        # Polish invoices: 'Kontrahent' is the customer (a name), 'Data wystawienia' the issue date, 'Netto' the revenue
        (
            "Nr faktury;Data wystawienia;Kontrahent;Netto;VAT;Brutto",
            ["FV/1;2024-03-01;Meble Nowak;100,00;23,00;123,00", "FV/2;2024-03-05;Piekarnia Wójcik;50,00;11,50;61,50"],
            {
                "Nr faktury": "order_id",
                "Data wystawienia": "order_date",
                "Kontrahent": "customer_id",
                "Netto": "amount",
            },
        ),
        # Swedish Fortnox: 'Kundnr' (the key) beats 'Kund' (the name), 'Belopp exkl. moms' is the net
        (
            "Fakturanr;Kundnr;Kund;Fakturadatum;Belopp exkl. moms;Moms;Totalt",
            [
                "501;0001001;Svensson AB;2024-03-01;100,00;25,00;125,00",
                "502;0001002;Karlsson AB;2024-03-05;50,00;12,50;62,50",
            ],
            {
                "Kundnr": "customer_id",
                "Fakturadatum": "order_date",
                "Belopp exkl. moms": "amount",
                "Fakturanr": "order_id",
            },
        ),
        # Danish: 'Kundenr', 'Dato', 'Beløb ekskl. moms' (ø folded to o)
        (
            "Fakturanr;Dato;Kundenr;Kundenavn;Beløb ekskl. moms;Moms;Beløb inkl. moms",
            ["301;01-03-2024;1044;Sørensen;100,00;25,00;125,00", "302;05-03-2024;1045;Hansen;50,00;12,50;62,50"],
            {"Kundenr": "customer_id", "Dato": "order_date", "Beløb ekskl. moms": "amount", "Kundenavn": "name"},
        ),
        # Norwegian orders: 'Beløp' the amount, 'Ordrenr' the order, 'Valuta' the currency
        (
            "Ordrenr;Ordredato;Kundenr;Beløp;Valuta",
            ["700001;01.03.2024;5084;100,00;NOK", "700002;05.03.2024;5017;50,00;NOK"],
            {
                "Ordrenr": "order_id",
                "Ordredato": "order_date",
                "Kundenr": "customer_id",
                "Beløp": "amount",
                "Valuta": "currency",
            },
        ),
        # Dutch: 'Klant', 'Factuurdatum', 'Bedrag', 'Factuurnummer'
        (
            "Factuurnummer;Factuurdatum;Klant;Bedrag",
            ["F1;01-03-2024;de Jong;100,00", "F2;05-03-2024;Smit;50,00"],
            {"Factuurnummer": "order_id", "Factuurdatum": "order_date", "Klant": "customer_id", "Bedrag": "amount"},
        ),
        # Czech: 'Zákazník', 'Datum vystavení', 'Částka', 'Číslo faktury'
        (
            "Číslo faktury;Datum vystavení;Zákazník;Částka;Stav",
            ["FV1;01.03.2024;Novák s.r.o.;100,00;Uhrazeno", "FV2;05.03.2024;Svoboda s.r.o.;50,00;Uhrazeno"],
            {
                "Číslo faktury": "order_id",
                "Datum vystavení": "order_date",
                "Zákazník": "customer_id",
                "Částka": "amount",
                "Stav": "line_status",
            },
        ),
        # Finnish: 'Asiakas', 'Päivämäärä', 'Summa', 'Laskunumero'
        (
            "Laskunumero;Päivämäärä;Asiakas;Summa;Määrä",
            ["L1;1.3.2024;Virtanen Oy;100,00;2", "L2;5.3.2024;Korhonen Oy;50,00;1"],
            {
                "Laskunumero": "order_id",
                "Päivämäärä": "order_date",
                "Asiakas": "customer_id",
                "Summa": "amount",
                "Määrä": "quantity",
            },
        ),
        # Spanish and Portuguese: 'Importe neto', 'Valor sem IVA'
        (
            "Pedido;Fecha;Código cliente;Importe neto;IVA",
            ["P1;01/03/2024;C1;100,00;21,00", "P2;05/03/2024;C2;50,00;10,50"],
            {"Pedido": "order_id", "Fecha": "order_date", "Código cliente": "customer_id", "Importe neto": "amount"},
        ),
        (
            "Nº Cliente;Data emissão;Valor sem IVA;IVA;Total",
            ["C1;2024-03-01;100,00;23,00;123,00", "C2;2024-03-05;50,00;11,50;61,50"],
            {"Nº Cliente": "customer_id", "Data emissão": "order_date", "Valor sem IVA": "amount"},
        ),
    ],
)
def test_european_headers_name_the_canonical_columns(
    tmp_path: Path, header: str, rows: list[str], expected: dict[str, str]
) -> None:
    path = _csv(tmp_path, "export.csv", [header, *rows])
    m = read_table(path)
    assert {h: m.mapping.get(h) for h in expected} == expected
    lines = _import(tmp_path, path)
    assert lines.height == 2 and lines.get_column("amount").to_list() == pytest.approx([100.0, 50.0])


def test_letters_without_a_decomposition_are_folded() -> None:
    assert normalise_header("Beløb ekskl. moms") == "belobeksklmoms"
    assert normalise_header("Beløp") == "belop" and normalise_header("Forma płatności") == "formaplatnosci"
    assert normalise_header("Æble") == "aeble"


def test_the_refusal_never_proposes_an_id_or_a_code_as_the_amount(tmp_path: Path) -> None:
    # the money column's header is unknown: an order number or a currency code is no amount to propose
    path = _csv(
        tmp_path,
        "ordre.csv",
        [
            "Ordrenr;Ordredato;Kundenr;Pengeværdi;Valuta",
            *[f"70000{k};0{k + 1}.03.2024;50{k % 3};1{k}0,50;NOK" for k in range(6)],
        ],
    )
    with pytest.raises(InputError) as err:
        read_table(path)
    text = str(err.value)
    assert "required 'amount'" in text and "closest:" in text
    closest = text.split("closest:")[1]
    assert "Ordrenr" not in closest and "Valuta" not in closest and "Kundenr" not in closest


_WRITTEN = [
    ("2\u00a0198,12 zł", 2198.12),
    ("2\u202f198,12 zł", 2198.12),
    ("1.506,73 kr.", 1506.73),
    ("kr 1 234,50", 1234.5),
    ("EUR 1.234,56", 1234.56),
    ("1.234,56 EUR", 1234.56),
    ("412,50 Kč", 412.5),
    ("12.500 Ft", 12500.0),
    ("99,90 lei", 99.9),
    ("SEK 1\u2009234,50", 1234.5),
    ("-1 234,50 zł", -1234.5),
    ("(1 234,50 zł)", -1234.5),
    ("1 234,50 PLN", 1234.5),
    ("kr. 10,00", 10.0),
]


def test_amounts_with_a_currency_word_and_any_blank_as_grouping(tmp_path: Path) -> None:
    rows = [f"FV/{k};2024-03-{k + 1:02d};Meble Nowak;{w}" for k, (w, _) in enumerate(_WRITTEN)]
    path = _csv(tmp_path, "faktury.csv", ["Nr faktury;Data wystawienia;Kontrahent;Netto", *rows])
    lines = _import(tmp_path, path)
    assert lines.get_column("amount").to_list() == pytest.approx([v for _, v in _WRITTEN])


def test_swiss_apostrophe_grouping_with_a_currency_after(tmp_path: Path) -> None:
    path = _csv(
        tmp_path,
        "rechnungen.csv",
        [
            "Beleg-Nr;Datum;Kd-Nr;Betrag",
            "1;01.03.2024;7;1'234.50 CHF",
            "2;02.03.2024;7;CHF 99.95",
            "3;03.03.2024;8;12'000.00 CHF",
        ],
    )
    lines = _import(tmp_path, path)
    assert lines.get_column("amount").to_list() == pytest.approx([1234.5, 99.95, 12000.0])


_TWO_ROWS = [
    "Cliente;;Documento;;;;Valores;;",
    "Nº Cliente;Nome;Tipo;Número;Data;Estado;Base;IVA;Total",
    "125;Martins Lda.;FT;FT 2024/1;2024-06-21;Normal;812,37;186,85;999,22",
    "70;Rodrigues Lda.;FT;FT 2024/2;2024-06-22;Normal;100,00;23,00;123,00",
    "125;Martins Lda.;NC;NC 2024/1;2024-06-23;Normal;-50,00;-11,50;-61,50",
]


def test_two_header_rows_in_a_text_file_read_the_field_row(tmp_path: Path) -> None:
    path = _csv(tmp_path, "Documentos.csv", _TWO_ROWS)
    m = read_table(path)
    assert m.mapping["Nº Cliente"] == "customer_id" and m.rows_read == 3
    assert any("two header rows" in n for n in m.notes)
    lines = _import(tmp_path, path)
    assert lines.get_column("customer_id").cast(pl.String).to_list() == ["125", "70", "125"]
    assert lines.get_column("amount").sum() == pytest.approx(812.37 + 100.0 - 50.0)


def test_two_header_rows_take_a_map_of_the_field_names(tmp_path: Path) -> None:
    path = _csv(tmp_path, "Documentos.csv", _TWO_ROWS)
    lines = _import(
        tmp_path,
        path,
        mapping={"Nº Cliente": "customer_id", "Número": "order_id", "Data": "order_date", "Base": "amount"},
    )
    assert lines.get_column("order_id").to_list() == ["FT 2024/1", "FT 2024/2", "NC 2024/1"]
    assert lines.get_column("amount").to_list() == pytest.approx([812.37, 100.0, -50.0])


def test_a_field_name_that_repeats_is_joined_with_its_group(tmp_path: Path) -> None:
    path = _csv(
        tmp_path,
        "Documentos.csv",
        [
            "Cliente;;Vendedor;;Documento;",
            "Código;Nome;Código;Nome;Data;Total",
            "C1;Martins;V1;Ana;2024-06-21;10,00",
            "C2;Rodrigues;V2;Rui;2024-06-22;20,00",
        ],
    )
    m = read_table(path, mapping={"Cliente Código": "customer_id"})
    assert m.mapping["Cliente Código"] == "customer_id"
    assert {"vendedor_codigo", "vendedor_nome"} <= set(m.client_columns)


def test_a_printed_report_with_a_title_page_markers_and_a_total_line(tmp_path: Path) -> None:
    header = "Fakturanr;Dato;Kundenr;Kundenavn;Beløb ekskl. moms;Moms;Status"
    body = [
        f"30{k:03d};{k % 28 + 1:02d}-03-2024;10{k % 4};Kunde {k % 4};1.0{k % 10}0,00 kr.;250,00 kr.;Betalt"
        for k in range(12)
    ]
    lines = [
        "Fakturaoversigt;;;;;;",
        "Nordlys Handel ApS;;;;;;",
        "Periode: 01-01-2024 - 31-03-2024;;;;;;",
        ";;;;;;",
        header,
        *body[:5],
        "Side 1 af 3;;;;;;",
        ";;;;;;",
        header,
        *body[5:10],
        "Side 2 af 3;;;;;;",
        ";;;;;;",
        header,
        *body[10:],
        "Side 3 af 3;;;;;;",
        "I alt;;;;12.540,00 kr.;;",
    ]
    path = _csv(tmp_path, "Fakturaoversigt.csv", lines)
    m = read_table(path)
    assert m.rows_read == 12
    assert any("page marker" in n for n in m.notes) and any("repeated header" in n for n in m.notes)
    got = _import(tmp_path, path)
    assert got.height == 12
    assert got.get_column("amount").sum() == pytest.approx(sum(1000 + (k % 10) * 10 for k in range(12)))


@pytest.mark.parametrize(
    "word", ["I alt", "Razem", "Celkem", "Yhteensä", "Totaal", "Total general", "Gesamt", "Totale", "Summa"]
)
def test_a_total_line_in_the_clients_language_is_no_order(tmp_path: Path, word: str) -> None:
    rows = [f"F{k};0{k + 1}.03.2024;K{k % 2};{k + 1}0,00" for k in range(5)]
    path = _csv(tmp_path, "liste.csv", ["Nr;Datum;Kundennr;Betrag", *rows, f"{word};;;150,00"])
    got = _import(tmp_path, path)
    assert got.height == 5 and got.get_column("amount").sum() == pytest.approx(150.0)


def test_a_typed_parquet_with_nulls_imports_as_a_csv_would(tmp_path: Path) -> None:
    frame = pl.DataFrame(
        {
            "pedido": pl.Series([100000, 100001, 100002, 100003], dtype=pl.Int64),
            "cliente": pl.Series([3272, None, 3056, 3272], dtype=pl.Int64),  # null: a guest
            "fecha": pl.Series(["2024-07-08", "2024-06-07", "2023-01-22", "2024-09-26"]).str.to_date(),
            "importe_neto": pl.Series([22.57, 40.54, None, 80.33], dtype=pl.Float64),
            "iva": pl.Series([4.74, 8.51, None, 16.87], dtype=pl.Float64),
            "estado": ["entregado", "enviado", "entregado", "cancelado"],
            "cupon": pl.Series([None, None, "VERANO", None], dtype=pl.String),
        }
    )
    path = tmp_path / "pedidos.parquet"
    frame.write_parquet(path)
    m = read_table(path)
    assert m.mapping["importe_neto"] == "amount" and m.mapping["cliente"] == "customer_id"
    got = _import(tmp_path, path)
    assert got.height == 4
    assert got.get_column("customer_id").null_count() == 1
    assert got.get_column("amount").sum() == pytest.approx(22.57 + 40.54 + 80.33)


def test_a_customer_word_beside_a_key_holds_the_names(tmp_path: Path) -> None:
    # 'Kunde' (a customer word) loses the id to 'Kundenr'; its values are the customers' names, one per key (case
    # aside), so it is the name, not a second customer column
    rows = [
        "1;01.03.2024;5084;Larsen Bygg AS;100,00",
        "2;02.03.2024;5017;Jensen AS;50,00",
        "3;03.03.2024;5084;LARSEN BYGG AS;20,00",
    ]
    path = _csv(tmp_path, "ordre.csv", ["Ordrenr;Ordredato;Kundenr;Kunde;Beløp", *rows])
    m = read_table(path)
    assert m.mapping["Kundenr"] == "customer_id" and m.mapping["Kunde"] == "name"
    assert "kunde" not in m.client_columns
    lines = _import(tmp_path, path)
    assert lines.get_column("customer_id").cast(pl.String).to_list() == ["5084", "5017", "5084"]


def test_a_customer_word_beside_a_key_that_holds_codes_stays_a_column(tmp_path: Path) -> None:
    rows = ["1;01.03.2024;5084;A-17;100,00", "2;02.03.2024;5017;B-22;50,00", "3;03.03.2024;5084;C-9;20,00"]
    path = _csv(tmp_path, "ordre.csv", ["Ordrenr;Ordredato;Kundenr;Kunde;Beløp", *rows])
    m = read_table(path)
    assert "Kunde" not in m.mapping
