"""One label catalogue (insight/labels.toml): German answers show German labels of the built-in values in their
text, table and chart, in every face; English answers and the JSON keep the canonical values; the client's
own values stay as written (shared/spec/metrics.md, "Labels")."""

from __future__ import annotations

import tomllib
from pathlib import Path

import polars as pl
import pytest

import insight.api as api
from insight import labels

# (German question, English question, the table column, its German labels, its canonical values)
CASES = [
    ("Zeig die Empfehlungsanalyse", "Show the referral analysis", "referred",
     {"geworben", "nicht geworben"}, {"referred", "not referred"}),
    ("Zufriedenheit nach Aspekt", "satisfaction by aspect", "aspect",
     {"Preis", "Qualität", "Lieferung", "Service", "Beratung"}, {"price", "quality", "delivery", "service", "advice"}),
    ("Zeig Zufriedenheit und Verhalten", "Show satisfaction and behaviour", "outcome",
     {"geblieben", "abgewandert"}, {"stayed", "churned"}),
    ("Umsatz nach Vertriebskanal", "revenue by channel", "channel",
     {"Außendienst", "Online", "Filiale"}, {"field", "online", "shop"}),
]


@pytest.mark.parametrize("de_question, en_question, column, german, canonical", CASES)
def test_german_answers_show_german_labels_and_english_ones_the_canonical_values(
        demo_ds, de_question, en_question, column, german, canonical) -> None:
    from tui import backend
    from widgets.charts import answer_chart, to_svg

    for question, lang, shown, hidden in ((de_question, "de", german, canonical - german),
                                          (en_question, "en", canonical, german - canonical)):
        answer = api.ask(question, demo_ds)
        assert answer.ok and answer.language == lang, (question, answer.text)
        # the table and JSON keep the canonical values (a group without a value, None, stays None)
        assert set(answer.table.get_column(column).drop_nulls().to_list()) == canonical
        assert {row[answer.columns.index(column)] for row in answer.to_json()["rows"]} - {None} == canonical
        display = answer.display_table
        assert set(display.get_column(column).drop_nulls().to_list()) == shown, (question, display)
        assert backend.display_frame(answer).equals(display)  # the TUI's table and chart show the same frame
        text, page = answer.to_text(max_rows=50), answer.to_html()  # the CLI's rendering; the widgets' HTML
        for label in shown:
            assert f"{label} " in text and f"'txt'>{label}</td>" in page, (question, label)
        for other in hidden:
            assert f"'txt'>{other}</td>" not in page, (question, other)
        if column in ("aspect", "channel"):  # values along the x axis: a bar chart, and the sentence names them
            assert answer.chart is not None and all(label in answer.text for label in shown), answer.text
        if answer.chart is not None:  # the widgets' chart (the TUI draws display_frame, checked above)
            assert answer.chart.x == column
            svg = to_svg(answer_chart(answer), lang)
            for label in shown:
                assert label in svg, (question, label)
            for other in hidden:
                assert f">{other}<" not in svg, (question, other)


def test_the_catalogue_is_read_from_its_file_and_labels_only_its_own_values() -> None:
    data = tomllib.loads((Path(labels.__file__).with_name("labels.toml")).read_text(encoding="utf-8"))
    same_as = data.pop("same_as")
    iso = {name: de for _, en, de, more in labels.iso_countries() for name in (en, *more)}
    assert len(iso) > 150 and iso["Philippines"] == "Philippinen" and iso["Ireland"] == "Irland"
    for column, values in data.items():
        # the country labels: the ISO table (insight/iso_countries.txt), the catalogue's own entries over it
        expected = {**iso, **values} if column == "country" else values
        assert dict(labels.german(column)) == expected
        for value, label in values.items():
            assert labels.value_label(column, value, "de") == label
            assert labels.value_label(column, value, "en") == value
    for column, target in same_as.items():
        assert labels.german(column) == labels.german(target)
    # a value the catalogue does not list is the client's own: as written, in both languages
    frame = pl.DataFrame({"channel": ["shop", "Etsy"], "Segment": ["Corporate", "shop"], "n": [1, 2]})
    shown = labels.label_frame(frame, "de")
    assert shown["channel"].to_list() == ["Filiale", "Etsy"]
    assert shown["Segment"].to_list() == ["Corporate", "shop"]  # not a column the catalogue knows
    assert labels.label_frame(frame, "en").equals(frame)
    assert api.value_label("country", "Germany", "de") == "Deutschland"
    assert api.value_label("country", None, "de") == "(ohne Angabe)"


def test_the_semantic_model_and_the_segment_tables_take_their_german_labels_from_the_catalogue(demo_ds) -> None:
    model = api.semantic_model()
    for name in ("country", "rfm_segment", "abc_class", "tenure_band", "age_band", "kind", "status"):
        assert model.dimensions[name].values == dict(labels.german(name)), name
    summary = api.segment_summary("rfm", demo_ds)
    assert all(labels.german("rfm_segment")[s] == d for s, d in summary.select("segment", "segment_de").iter_rows())
    quadrants = api.segment_summary("portfolio", demo_ds)
    assert all(labels.german("quadrant")[s] == d for s, d in quadrants.select("segment", "segment_de").iter_rows())
    abc = api.segment_summary("abc", demo_ds)
    assert set(abc["segment_de"]) == {"A-Kunden", "B-Kunden", "C-Kunden"}


def test_the_satisfaction_widget_names_the_aspects_in_the_readers_language(demo_ds) -> None:
    from widgets import SatisfactionMatrix

    german, english = SatisfactionMatrix(demo_ds, language="de"), SatisfactionMatrix(demo_ds, language="en")
    assert set(german.matrix["aspect"]) == set(english.matrix["aspect"]) == {"price", "quality", "delivery",
                                                                              "service", "advice"}
    for label in ("Preis", "Qualität", "Lieferung", "Beratung"):
        assert f">{label}<" in german.chart.value and f">{label}<" in german.table_html.value, label
        assert f">{label}<" not in english.chart.value, label
    assert ">price<" in english.chart.value and ">price<" not in german.chart.value
