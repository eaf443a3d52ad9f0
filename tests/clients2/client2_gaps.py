"""Known gaps of insight on the round-2 client files: test id -> what insight does. Run as strict xfails,
so a fix shows up as XPASS (then delete the entry). ``SILENT:`` marks a silently wrong answer (status ok,
wrong number); ``REFUSED:`` an import refused although the export is well-formed; ``ASKS BACK:`` a
clarification where the data answers the question."""


GAPS: dict[str, str] = {
    'insurance::online': (
        "ASKS BACK: expected 0.6145 (or 61.45); got Das Wort 'nutzen' kenne ich in diesen Daten nicht "
        "(verstanden: Kundenanteil). Meinten Sie: n? options=['n']; understood: bisher verstanden: "
        'Kundenanteil je Online-Banking · alle Daten bis zum Stichtag · alle Kunden — offen: Das Wort '
        "'nutzen' kenne ich in diesen Daten nicht (verstanden: Kundenanteil). Meinten Sie: n?"
    ),
    'insurance::online_by': (
        'ERROR: expected {Bayern: 0.6144, Berlin: 0.6156, Hessen: 0.6647, Nordrhein-Westfalen: 0.5857, '
        "Sachsen: 0.5903}; got Das lässt sich mit diesen Daten nicht beantworten: 'Umsatz' braucht "
        'Auftragszeilen (Kunde, Datum, Betrag), und diese Daten sind eine Kundentabelle ohne Aufträge.; '
        'understood: Umsatz je Online-Banking, Bundesland · alle Daten bis zum Stichtag · alle Kunden'
    ),
    'excel_two_sheets::by_industry': (
        'ASKS BACK: expected {Manufacturing: 191,485.95, Retail: 176,309.68, Services: 342,369.57}; got This '
        "data has no values or columns for 'industry' (industry). Did you mean: customer type? "
        "options=['customer type']; understood: understood so far: revenue by industry · all data up to the "
        "analysis date · all customers — open: This data has no values or columns for 'industry' (industry). "
        'Did you mean: customer type?'
    ),
    'woocommerce_map::by_item': (
        'ASKS BACK: expected {Descaler: 10,030.00, Espresso Beans 1kg: 27,589.20, Filter Coffee 500g: '
        '11,937.00, Grinder Pro: 214,326.00, Milk Frother: 42,081.00, Travel Mug: 21,694.80}; got This data '
        "has no values or columns for 'product' (product). Did you mean: products bought together? "
        "options=['products bought together']; understood: understood so far: revenue by product · all data "
        "up to the analysis date · all customers — open: This data has no values or columns for 'product' "
        '(product). Did you mean: products bought together?'
    ),
    'pos_receipts_map_full::by_hour': (
        'ASKS BACK: expected {10: 2,302.52, 11: 1,954.37, 12: 2,147.24, 13: 1,947.48, 14: 1,908.50, 15: '
        "2,134.99, …}; got I do not know 'hour', 'day' in this data (understood: revenue). Did you mean: "
        "satisfaction and behaviour, darf man nicht verlieren? options=['satisfaction and behaviour', 'darf "
        "man nicht verlieren']; understood: understood so far: revenue · all data up to the analysis date · "
        "all customers — open: I do not know 'hour', 'day' in this data (understood: revenue). Did you mean: "
        'satisfaction and behaviour, darf man nicht verlieren?'
    ),
    'pos_receipts_map::by_hour': (
        'ASKS BACK: expected {10: 2,302.52, 11: 1,954.37, 12: 2,147.24, 13: 1,947.48, 14: 1,908.50, 15: '
        "2,134.99, …}; got I do not know 'hour', 'day' in this data (understood: revenue). Did you mean: "
        "satisfaction and behaviour, darf man nicht verlieren? options=['satisfaction and behaviour', 'darf "
        "man nicht verlieren']; understood: understood so far: revenue · all data up to the analysis date · "
        "all customers — open: I do not know 'hour', 'day' in this data (understood: revenue). Did you mean: "
        'satisfaction and behaviour, darf man nicht verlieren?'
    ),
    'pharmacy_map::rez_share': (
        "ASKS BACK: expected 0.2819; got Das Wort 'bons' kenne ich in diesen Daten nicht (verstanden: Anteil "
        "Rezept). Meinten Sie: n, Bon-Nr, champions? options=['n', 'Bon-Nr', 'champions']; understood: bisher"
        " verstanden: Anteil Rezept · alle Daten bis zum Stichtag · alle Kunden — offen: Das Wort 'bons' "
        'kenne ich in diesen Daten nicht (verstanden: Anteil Rezept). Meinten Sie: n, Bon-Nr, champions?'
    ),
    'woocommerce::by_item': (
        "ASKS BACK: revenue by product — got This data has no values or columns for 'product' (product). Did "
        'you mean: products bought together? options=[\'products bought together\'] (understood: "understood so'
        ' far: revenue by product · all data '
    ),
    'pos_receipts::by_hour': (
        "ASKS BACK: revenue by hour of day — got I do not know 'hour', 'day' in this data (understood: "
        "revenue). Did you mean: satisfaction and behaviour, darf man nicht verlieren? options=['satisfaction"
        " and behaviour', 'darf man nicht verlieren'] ("
    ),
    'pharmacy::rez_share': (
        "ASKS BACK: Anteil der Bons mit Rezept — got Das Wort 'Bons' kenne ich in diesen Daten nicht "
        "(verstanden: Anteil Rezept). Meinten Sie: n, champions? options=['n', 'champions'] (understood: "
        '"bisher verstanden: Anteil Rezept · alle Daten bis zum S'
    ),
}
