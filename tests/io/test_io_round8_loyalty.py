"""Round-8 loyalty tables beside order lines (docs/import.md, "Loyalty tables"): a voucher export, a helpdesk log,
survey exports (labelled NPS ends, a Qualtrics respondent e-mail, a wide matrix of aspects) and a CRM's master
(funnel stage, customer type, lead source, birth year) are recognised from their headers, each on its own small
file, imported into a real SQLite workspace alone and beside order lines."""

from __future__ import annotations

import datetime as dt

import polars as pl
import pytest

from insight import api
from insight.analyses.survey import csat, importance_satisfaction, nps
from insight.io import map_frame, read_table

ORDERS = ("Bestellnummer;Kundennummer;Bestelldatum;Betrag\n"
          "1;K1;05.01.2024;100,00\n2;K2;06.01.2024;50,00\n3;K3;07.02.2024;70,00\n4;K1;01.03.2024;30,00\n")
VOUCHERS_DE = ("Gutscheincode;Kundennummer;ausgegeben am;eingelöst am;Kampagne;Gutscheinwert\n"
               "OST-1;K1;02.03.2024;05.03.2024;Ostern;5,00 €\n"
               "OST-2;K2;02.03.2024;;Ostern;5,00 €\n"
               "BF-3;K3;20.11.2024;;Black Friday;10,00 €\n"
               "BF-4;K1;20.11.2024;24.11.2024;Black Friday;10,00 €\n")
VOUCHERS_EN = ("Coupon Code,Customer ID,Issued,Redeemed,Campaign\n"
               "W-1,K1,2024-01-02,2024-01-09,Welcome\nW-2,K2,2024-01-02,,Welcome\n")
TICKETS = ("Ticket-ID;Kunde;Erstellt am;Kategorie;Betreff\n"
           "501;K1;05.03.2024 14:07;Beschwerde;Paket beschädigt\n"
           "502;K1;06.03.2024 09:12;Anruf;Rückfrage\n"
           "503;K2;01.04.2024 11:00;Reklamation;Falsche Größe\n"
           "504;K3;02.04.2024 16:45;Anfrage;Lieferzeit?\n")


def _workspace(tmp_path, **files: str):
    paths = []
    for name, text in files.items():
        path = tmp_path / f"{name}.csv"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    db = tmp_path / "ws.db"
    api.import_files(paths, workspace=db)
    return api.load(workspace=db, as_of="2025-01-01")


def test_a_voucher_export_is_the_coupons_table_beside_order_lines(tmp_path):
    ds = _workspace(tmp_path, bestellungen=ORDERS, gutscheine=VOUCHERS_DE)
    coupons = ds.coupons.sort("coupon_id")
    assert coupons.height == 4 and ds.order_lines.height == 4
    assert coupons.get_column("campaign").to_list() == ["Black Friday", "Black Friday", "Ostern", "Ostern"]
    assert coupons.get_column("redeemed_at").null_count() == 2  # empty 'eingelöst am': not redeemed
    assert coupons.filter(pl.col("coupon_id") == "OST-1").get_column("issued_at").item() == dt.date(2024, 3, 2)


@pytest.mark.parametrize("text", [VOUCHERS_DE, VOUCHERS_EN])
def test_a_voucher_export_alone_is_the_coupons_table(tmp_path, text):
    ds = _workspace(tmp_path, vouchers=text)
    assert ds.coupons.height == text.count("\n") - 1
    assert ds.coupons.get_column("redeemed_at").null_count() == ds.coupons.height // 2


def test_a_coupon_code_on_complete_order_lines_stays_an_order_attribute():
    frame = pl.DataFrame({"Order ID": ["1", "2"], "Customer ID": ["A", "B"], "Order Date": ["2024-01-01", "2024-01-02"],
                          "Amount": ["10", "20"], "Coupon Code": ["SPRING", ""]})
    assert map_frame(frame).table == "order_lines"


def test_a_helpdesk_log_is_the_interactions_table(tmp_path):
    ds = _workspace(tmp_path, bestellungen=ORDERS, tickets=TICKETS)
    rows = ds.interactions.sort("happened_at")
    assert rows.height == 4
    assert rows.get_column("happened_at")[0] == dt.datetime(2024, 3, 5, 14, 7)
    assert rows.get_column("note")[0] == "Paket beschädigt"
    assert sorted(set(rows.get_column("customer_id").to_list())) == ["K1", "K2", "K3"]
    assert rows.get_column("kind").null_count() == 0


def test_a_master_with_a_type_and_a_creation_date_is_no_interaction_log():
    frame = pl.DataFrame({"Kundennummer": ["K1", "K2", "K3"], "Typ": ["B2B", "B2C", "B2C"],
                          "Erstellt am": ["01.01.2024", "02.01.2024", "03.01.2024"]})
    mapped = map_frame(frame)
    assert mapped.table == "customers"
    assert mapped.frame.get_column("kind").to_list() == ["b2b", "b2c", "b2c"]


def test_labelled_nps_ends_are_read_as_their_numbers(tmp_path):
    text = ("Kundennummer;Datum;Wie wahrscheinlich ist es, dass Sie uns weiterempfehlen?\n"
            "K1;01.02.2024;0 - überhaupt nicht wahrscheinlich\nK2;02.02.2024;10 - äußerst wahrscheinlich\n"
            "K3;03.02.2024;9 - sehr wahrscheinlich\nK4;04.02.2024;7\n")
    ds = _workspace(tmp_path, umfrage=text)
    assert sorted(ds.survey_responses.get_column("nps").to_list()) == [0.0, 7.0, 9.0, 10.0]
    assert nps(ds).get_column("nps").item() == pytest.approx(25.0)  # 2 promoters, 1 detractor of 4


def test_a_label_without_a_number_is_still_refused(write):
    path = write("u.csv", "Kundennummer;Datum;NPS\nK1;01.02.2024;sehr wahrscheinlich\nK2;02.02.2024;9 - gut\n")
    with pytest.raises(Exception, match="sehr wahrscheinlich"):
        read_table(path)


def test_a_qualtrics_long_export_keyed_by_recipient_email(tmp_path):
    survey = ("ResponseId,RecipientEmail,EndDate,Aspect,Satisfaction,Importance,Q_NPS\n"
              "R_1,Anna@Example.de,2024-04-17 12:00:00,Delivery,4,5,10\n"
              "R_1,Anna@Example.de,2024-04-17 12:00:00,Price,2,3,10\n"
              "R_2,ben@example.de,2024-05-02 09:30:00,Delivery,3,4,3\n")
    customers = ("Email,Customer Name,Lead Source,Customer Type,Year of Birth\n"
                 "anna@example.de,Anna,Messe,B2C,1980\nben@example.de,Ben,Newsletter,Business,\n")
    ds = _workspace(tmp_path, qualtrics=survey, weclapp=customers)
    # the e-mail key compared without case: the survey's 'Anna@Example.de' is the CRM's 'anna@example.de'
    assert set(ds.survey_responses.get_column("customer_id").to_list()) == {"anna@example.de", "ben@example.de"}
    assert set(ds.customers.get_column("customer_id").to_list()) == {"anna@example.de", "ben@example.de"}
    assert ds.survey_responses.get_column("response_date").to_list()[0] == dt.date(2024, 4, 17)
    assert nps(ds).get_column("nps").item() == pytest.approx(0.0)  # once per response: 1 promoter, 1 detractor
    people = ds.customers.sort("customer_id")
    assert people.get_column("acquisition_channel").to_list() == ["Messe", "Newsletter"]
    assert people.get_column("kind").to_list() == ["b2c", "b2b"]


def test_a_survey_tools_end_date_is_the_response_date_before_its_start_date():
    frame = pl.DataFrame({"Kundennummer": ["K1", "K2"], "Start Date": ["01.02.2024 09:00", "02.02.2024 09:00"],
                          "End Date": ["03.02.2024 09:05", "04.02.2024 09:05"], "NPS": ["9", "3"]})
    mapped = map_frame(frame)
    assert mapped.mapping["End Date"] == "response_date"
    assert mapped.frame.get_column("response_date").to_list() == [dt.date(2024, 2, 3), dt.date(2024, 2, 4)]


def test_question_headers_of_nps_and_repurchase_intent():
    frame = pl.DataFrame({"Email": ["a@x.de", "b@x.de"], "Submitted At": ["2024-02-18 11:11:00", "2024-03-01 10:00:00"],
                          "How likely are you to recommend us to a friend or colleague?": ["9", "2"],
                          "How likely is it that you would buy from us again?": ["5", "1"]})
    mapped = map_frame(frame)
    assert mapped.table == "survey_responses"
    assert mapped.frame.get_column("repurchase_intent").to_list() == [5.0, 1.0]


@pytest.mark.parametrize(("sat", "imp"), [("Zufriedenheit {}", "Wichtigkeit {}"),
                                          ("Satisfaction – {}", "Importance – {}")])
def test_a_wide_matrix_of_aspects_becomes_aspect_rows(tmp_path, sat, imp):
    a, b = ("Lieferung", "Preis")
    header = ";".join(["Kundennummer", "Datum", "Weiterempfehlung", sat.format(a), imp.format(a), sat.format(b),
                       imp.format(b)])
    text = (f"{header}\nK1;01.03.2024;10;2;5;4;2\nK2;02.03.2024;6;3;5;;\nK3;03.03.2024;9;1;4;5;3\n")
    ds = _workspace(tmp_path, befragung=text)
    rows = ds.survey_responses
    assert rows.height == 5  # K2 left the price unanswered
    by = {r["aspect"]: r["csat"] for r in csat(ds, by="aspect").iter_rows(named=True)}
    assert by == {a: pytest.approx(2.0), b: pytest.approx(4.5)}
    matrix = {r["aspect"]: r for r in importance_satisfaction(ds).iter_rows(named=True)}
    assert set(matrix) == {a, b}
    assert nps(ds).get_column("responses").item() == 3  # the NPS once per respondent, not per aspect row


def test_a_crm_master_funnel_stage_type_source_and_birth_year(tmp_path):
    text = ("Kundennummer;Lead-Status;Kundentyp;Akquisekanal;Geburtsjahr\n"
            "K1;Kunde;B2C;Messe;1980\nK2;Lead;B2B;Google Ads;\nK3;Interessent;B2C;Messe;1995\n")
    ds = _workspace(tmp_path, kunden=text)
    people = ds.customers.sort("customer_id")
    assert people.get_column("status").to_list() == ["Kunde", "Lead", "Interessent"]
    assert people.get_column("kind").to_list() == ["b2c", "b2b", "b2c"]
    assert people.get_column("acquisition_channel").to_list() == ["Messe", "Google Ads", "Messe"]
    from insight.query.derived import with_derived_ages

    ages = with_derived_ages(ds).customers.sort("customer_id").get_column("age").to_list()
    assert ages == [45.0, None, 30.0]  # the analysis year 2025 minus the birth year


def test_lifecycle_stage_and_original_source():
    frame = pl.DataFrame({"Customer ID": ["1", "2"], "Lifecycle Stage": ["Lead", "Opportunity"],
                          "Original Source": ["Organic Search", "Paid Social"], "Customer Type": ["B2B", "B2B"]})
    mapped = map_frame(frame)
    assert mapped.table == "customers"
    assert mapped.mapping == {"Customer ID": "customer_id", "Lifecycle Stage": "status",
                              "Original Source": "acquisition_channel", "Customer Type": "kind"}


def test_nps_of_a_customer_type_counts_respondents_without_orders(tmp_path):
    """'NPS der B2B-Kunden' filters by the customers table's own column: a B2B respondent who never ordered is a
    B2B customer too (the order lines do not decide who is B2B)."""
    customers = "Kundennummer;Kundentyp\nK1;B2B\nK2;B2B\nK3;B2C\nK4;B2B\n"
    survey = "Kundennummer;Datum;NPS\nK1;01.02.2024;10\nK2;02.02.2024;0\nK3;03.02.2024;10\nK4;04.02.2024;10\n"
    ds = _workspace(tmp_path, bestellungen=ORDERS, kunden=customers, umfrage=survey)  # K4 has no order
    answer = api.ask("NPS der B2B-Kunden", ds)
    assert answer.status == "ok"
    assert answer.rows[0][0] == pytest.approx(100 * (2 - 1) / 3)
