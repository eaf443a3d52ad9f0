"""Round 8 (clients8) Ask rules on a workspace of a CRM customer master, a helpdesk log and order lines, each
imported with ``insight import FILE --table T`` into one SQLite workspace: a customer type written 'B2B' is
found by "B2B-Kunden", a filter that matches nothing says so, complaint words without a rate are a count,
a kind the log holds as its own ('Reklamation' beside 'Beschwerde') is counted alone, a missing age column and
an out-of-scope question are asked back."""

from __future__ import annotations

import pytest

from insight import api

CUSTOMERS = """Kundennummer;Name;Kundentyp;Ort;Status
K1;Anna;B2B;Berlin;Kunde
K2;Ben;B2C;Berlin;Kunde
K3;Cleo;B2C;Hamburg;Kunde
K4;Dora;B2B;Hamburg;Kunde
K5;Emil;B2C;Hamburg;Lead
K6;Fritz;B2C;Berlin;Interessent
"""
ORDERS = """Bestellnummer;Kundennummer;Bestelldatum;Betrag
1;K1;03.02.2023;100,00
2;K2;04.03.2023;50,00
3;K3;05.04.2024;70,00
4;K4;06.05.2024;30,00
5;K1;07.06.2024;20,00
"""
TICKETS = """Kundennummer;Erstellt am;Art
K1;05.03.2023 10:00;Beschwerde
K1;06.03.2024 11:00;Reklamation
K2;07.04.2024 12:00;Beschwerde
K3;08.05.2023 09:00;Anruf
K9;09.05.2024 09:00;Beschwerde
"""
SURVEY = """customer_id;response_date;nps
K1;2024-01-10;10
K2;2024-02-10;3
K4;2024-05-05;8
K5;2024-05-06;9
"""

COUPONS = """coupon_id;customer_id;issued_at;redeemed_at;campaign
C1;K1;2024-01-01;2024-01-05;Ostern
C2;K2;2024-01-01;;Ostern
C3;K3;2024-02-01;2024-02-03;Black Friday
"""


def workspace(root, customers=CUSTOMERS, orders=True):
    db = root / "ws.db"
    files = (("kunden.csv", customers, "customers", None), ("umfrage.csv", SURVEY, "survey_responses", None),
             ("gutscheine.csv", COUPONS, "coupons", None),
             *((("auftraege.csv", ORDERS, "order_lines", None),
                ("tickets.csv", TICKETS, "interactions", "Erstellt am=happened_at")) if orders else ()))
    for name, text, table, mapping in files:
        (root / name).write_text(text, encoding="utf-8")
        args = ["import", str(root / name), "--table", table, "-w", str(db)]
        if mapping:
            args += ["--map", mapping]
        assert cli(args) == 0
    with api.open_workspace(db) as ws:
        return ws.load()


@pytest.fixture(scope="module")
def ds(tmp_path_factory):
    return workspace(tmp_path_factory.mktemp("fix8ask"))


def cli(args: list[str]) -> int:
    """The console entry point in-process, as a user's shell runs it."""
    import sys

    from insight.cli import main

    argv, sys.argv = sys.argv, ["insight", *args]
    try:
        main()
    except SystemExit as exc:
        return int(exc.code or 0)
    finally:
        sys.argv = argv
    return 0


def ask(question, ds):
    return api.ask(question, ds).to_json()


@pytest.mark.parametrize("question", ["Umsatz der B2B-Kunden", "Umsatz der Geschäftskunden"])
def test_a_customer_type_in_the_data_spelling_is_found(ds, question):
    j = ask(question, ds)
    assert j["status"] == "ok" and j["rows"] == [[150.0]]
    # the import may already write the kind in metrics.md's spelling (b2b); the filter finds it either way
    assert [(f["dimension"], f["op"], [v.lower() for v in f["values"]]) for f in j["plan"]["filters"]] == \
        [("kind", "in", ["b2b"])]


def test_a_filter_that_matches_nothing_says_so(tmp_path):
    other = workspace(tmp_path, CUSTOMERS.replace(";B2B;", ";Gruppe Nord;").replace(";B2C;", ";Gruppe Süd;"))
    j = ask("Umsatz der B2B-Kunden", other)
    assert j["status"] == "ok" and j["rows"] == [[0.0]]  # answered 0: the note names the values the column holds
    assert any("Gruppe Nord" in n and "Gruppe Süd" in n for n in j["notes"])


@pytest.mark.parametrize("question, expected", [
    ("Wie viele Beschwerden gab es insgesamt?", 3),  # Beschwerde + Reklamation of customers (K9 is none)
    ("Beschwerden im Jahr 2024", 2),
    ("Wie viele Reklamationen gab es?", 1),          # the log's own kind, counted alone
    ("How many complaints did we get?", 3),
])
def test_complaint_words_without_a_rate_are_a_count(ds, question, expected):
    j = ask(question, ds)
    assert j["status"] == "ok" and len(j["rows"]) == 1
    assert j["rows"][0][j["columns"].index("interactions")] == expected


def test_complaints_per_customer_is_one_row(ds):
    j = ask("Beschwerden pro Kunde", ds)
    assert len(j["rows"]) == 1 and j["rows"][0][j["columns"].index("per_customer")] == pytest.approx(3 / 4)


def test_complaints_and_churn_stay_the_comparison(ds):
    assert ask("Beschwerden und Abwanderung", ds)["plan"]["metrics"] == ["complaint_analysis"]


@pytest.mark.parametrize("question", ["NPS nach Altersgruppe", "Umsatz nach Altersgruppe", "Wie weit ist der Mond entfernt?"])
def test_missing_age_and_out_of_scope_are_asked_back(ds, question):
    assert ask(question, ds)["status"] == "clarify"


@pytest.mark.parametrize("question, first, last, rate", [
    ("Konversionsrate Lead zu Kunde", "lead", "customer", 4 / 6),
    ("What is our lead to customer conversion rate?", "lead", "customer", 4 / 6),
    ("Conversion von Interessent zu Kunde", "prospect", "customer", 4 / 5),
])
def test_a_conversion_rate_between_two_stages_is_one_number(ds, question, first, last, rate):
    j = ask(question, ds)
    assert j["status"] == "ok" and len(j["rows"]) == 1
    row = dict(zip(j["columns"], j["rows"][0]))
    assert (row["from_stage"], row["to_stage"]) == (first, last) and row["conversion_rate"] == pytest.approx(rate)


@pytest.mark.parametrize("question", ["Zeig den Funnel", "funnel conversion from lead to customer"])
def test_the_funnel_named_stays_the_table(ds, question):
    assert len(ask(question, ds)["rows"]) == 4


def test_a_german_status_value_is_the_data_spelling(ds):
    j = ask("Wie viele Kunden mit Status Kunde?", ds)
    assert j["plan"]["filters"][0]["values"] == ["Kunde"] and j["rows"] == [[4]]


@pytest.mark.parametrize("with_orders", [True, False])
def test_a_survey_metric_of_a_customer_group_joins_the_customers(tmp_path, ds, with_orders):
    data = ds if with_orders else workspace(tmp_path, orders=False)
    assert ask("NPS", data)["rows"][0][0] == pytest.approx(25.0)  # 2 promoters, 1 detractor of 4
    j = ask("NPS der B2B-Kunden", data)
    assert j["status"] == "ok" and j["rows"][0][0] == pytest.approx(50.0)  # K1 10, K4 8


def test_nps_by_quarter_groups_by_the_response_date(ds):
    j = ask("NPS nach Quartal", ds)
    assert j["status"] == "ok"
    assert {r[0]: r[1] for r in j["rows"]} == {"2024-Q1": pytest.approx(0.0), "2024-Q2": pytest.approx(50.0)}


@pytest.mark.parametrize("question, metric, expected", [
    ("Wie viele Gutscheine wurden ausgegeben?", "coupons_issued", 3),
    ("Wie viele Gutscheine wurden eingelöst?", "coupons_redeemed", 2),
    ("How many coupons were redeemed?", "coupons_redeemed", 2),
])
def test_coupon_counts(ds, question, metric, expected):
    j = ask(question, ds)
    assert j["status"] == "ok" and j["columns"][0] == metric and j["rows"][0][0] == expected


def test_coupon_counts_by_campaign(ds):
    j = ask("Ausgegebene Gutscheine nach Kampagne", ds)
    assert {r[0]: r[1] for r in j["rows"]} == {"Ostern": 2, "Black Friday": 1}


def test_respondents_as_the_base_of_a_survey_share_are_no_population(ds):
    j = ask("share of respondents who are promoters", ds)
    assert j["plan"]["metrics"] == ["promoter_share"] and j["rows"][0][0] == pytest.approx(2 / 4)
    assert ask("Wie viele Befragte gibt es?", ds)["plan"]["population"]["concept"] == "respondents"


def test_a_delete_request_is_still_refused(ds):
    assert ask("Entferne alle Kunden", ds)["status"] == "error"
