"""Fixed vocabularies of the demo data: names, places, products, campaigns and notes.

Kept apart from the generator so that ``insight.io.demo`` reads as the model of a business, and so that
the lists can be extended without touching the logic. All values are invented; e-mail addresses use
the reserved ``example.*`` domains.
"""

from __future__ import annotations

# country -> (share of people, phone prefix, e-mail TLD, cities with weights, name group)
COUNTRIES: dict[str, tuple[float, str, str, dict[str, float], str]] = {
    "Germany": (0.70, "+49", "de", {
        "Berlin": 9, "Hamburg": 5, "München": 5, "Köln": 4, "Frankfurt am Main": 3.5, "Stuttgart": 3,
        "Düsseldorf": 3, "Leipzig": 2.5, "Dortmund": 2.5, "Essen": 2, "Bremen": 2, "Dresden": 2,
        "Hannover": 2, "Nürnberg": 2, "Freiburg im Breisgau": 1.2, "Münster": 1.2, "Augsburg": 1.2,
        "Regensburg": 0.8, "Kiel": 1, "Mainz": 1,
    }, "de"),
    "Austria": (0.09, "+43", "de", {"Wien": 6, "Graz": 2, "Linz": 1.5, "Salzburg": 1.2, "Innsbruck": 1}, "de"),
    "Switzerland": (0.07, "+41", "org", {"Zürich": 4, "Basel": 2, "Bern": 2, "Genève": 2, "Luzern": 1}, "de"),
    "France": (0.04, "+33", "org", {"Paris": 5, "Lyon": 2, "Strasbourg": 1.5, "Marseille": 1.5, "Lille": 1}, "fr"),
    "Netherlands": (0.04, "+31", "com", {"Amsterdam": 4, "Rotterdam": 2.5, "Utrecht": 2, "Den Haag": 2,
                                         "Eindhoven": 1}, "nl"),
    "United Kingdom": (0.03, "+44", "com", {"London": 6, "Manchester": 2, "Birmingham": 2, "Leeds": 1,
                                            "Edinburgh": 1}, "en"),
    "Belgium": (0.02, "+32", "com", {"Bruxelles": 3, "Antwerpen": 2, "Gent": 1.5}, "nl"),
    "Italy": (0.01, "+39", "org", {"Milano": 3, "Bolzano": 1.5, "Roma": 2}, "it"),
}

FIRST_NAMES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {  # group -> (female, male)
    "de": (("Anna", "Sophie", "Maria", "Julia", "Laura", "Lena", "Katharina", "Sabine", "Claudia", "Petra",
            "Monika", "Ursula", "Jana", "Lea", "Mia", "Hannah", "Emilia", "Franziska", "Jutta", "Renate"),
           ("Thomas", "Michael", "Andreas", "Stefan", "Peter", "Jürgen", "Klaus", "Wolfgang", "Markus", "Jan",
            "Lukas", "Felix", "Jonas", "Maximilian", "Tobias", "Sebastian", "Uwe", "Dieter", "Florian", "Matthias")),
    "fr": (("Marie", "Camille", "Léa", "Chloé", "Claire", "Isabelle", "Nathalie", "Sophie"),
           ("Jean", "Pierre", "Louis", "Nicolas", "Julien", "François", "Antoine", "Luc")),
    "nl": (("Emma", "Sanne", "Lotte", "Anouk", "Femke", "Eva", "Fleur", "Noor"),
           ("Daan", "Sem", "Bram", "Lars", "Thijs", "Ruben", "Joris", "Pieter")),
    "en": (("Olivia", "Emily", "Charlotte", "Amelia", "Grace", "Sarah", "Lucy", "Hannah"),
           ("James", "Oliver", "Harry", "George", "William", "Thomas", "Jack", "Daniel")),
    "it": (("Giulia", "Francesca", "Chiara", "Sara", "Valentina"), ("Luca", "Marco", "Matteo", "Andrea", "Paolo")),
}

LAST_NAMES: dict[str, tuple[str, ...]] = {
    "de": ("Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann",
           "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Zimmermann",
           "Braun", "Krüger", "Hofmann", "Hartmann", "Lange", "Schmitt", "Werner", "Krause", "Meier", "Lehmann",
           "Huber", "Gruber", "Steiner", "Moser", "Keller", "Brunner", "Baumann", "Frei", "Vogel", "Jäger"),
    "fr": ("Dupont", "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy",
           "Moreau", "Lefèvre"),
    "nl": ("Jansen", "de Jong", "de Vries", "van den Berg", "van Dijk", "Bakker", "Visser", "Smit", "Meijer",
           "Peeters", "Maes", "Janssens"),
    "en": ("Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Evans", "Walker"),
    "it": ("Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci"),
}

# company name patterns; {last} and {city} are filled in, per name group
COMPANY_PATTERNS: dict[str, tuple[str, ...]] = {
    "de": ("{last} GmbH", "{last} & Söhne KG", "{last} AG", "{last} & Partner GmbH", "Café {last}",
           "Hotel {last}", "Bäckerei {last}", "Praxis Dr. {last}", "{last} Büroservice GmbH",
           "Kanzlei {last} & Kollegen", "Stadtverwaltung {city}",
           "{last} Gastronomie e.K.", "Autohaus {last}"),
    "fr": ("{last} SARL", "Café {last}", "Hôtel {last}", "{last} & Fils SA"),
    "nl": ("{last} B.V.", "Koffiehuis {last}", "{last} & Zn. B.V."),
    "en": ("{last} Ltd", "{last} & Sons Ltd", "{last} Coffee House", "{last} Consulting plc"),
    "it": ("{last} S.r.l.", "Caffè {last}", "Hotel {last} S.p.A."),
}

INDUSTRIES = {"Hospitality": 0.30, "Office services": 0.25, "Retail": 0.15, "Healthcare": 0.12,
              "Manufacturing": 0.12, "Public sector": 0.06}
COMPANY_SIZES = {"1-9": 0.45, "10-49": 0.32, "50-249": 0.17, "250+": 0.06}
GENDERS = {"female": 0.51, "male": 0.47, "diverse": 0.02}
MARITAL = {"single": 0.38, "married": 0.45, "divorced": 0.12, "widowed": 0.05}
INCOME_BANDS = ("<30k", "30-50k", "50-80k", ">80k")  # yearly household net income in EUR
EDUCATION = {"secondary": 0.30, "vocational": 0.35, "bachelor": 0.20, "master": 0.12, "doctorate": 0.03}
CONTACT_PREFERENCES = {"email": 0.55, "phone": 0.25, "letter": 0.08, "in person": 0.12}

# acquisition channel -> (share among B2C, share among B2B, mean acquisition cost EUR, dropout multiplier)
ACQUISITION: dict[str, tuple[float, float, float, float]] = {
    "Website": (0.30, 0.15, 25.0, 1.0),
    "Referral": (0.15, 0.15, 40.0, 0.6),
    "Trade fair": (0.03, 0.25, 320.0, 0.8),
    "Google Ads": (0.30, 0.10, 65.0, 1.5),
    "Newsletter": (0.22, 0.05, 12.0, 1.1),
    "Field sales": (0.00, 0.30, 550.0, 0.7),
}

# product_id, description, unit_price, unit_cost (None: unknown, the default margin applies),
# weight for B2C, weight for B2B (order-line choice)
PRODUCTS: tuple[tuple[str, str, float, float | None, float, float], ...] = (
    ("P1001", "Espressobohnen Classico 1 kg", 18.90, 9.80, 10, 10),
    ("P1002", "Kaffeebohnen Crema 1 kg", 16.50, 8.10, 10, 10),
    ("P1003", "Bio-Espresso Fairtrade 1 kg", 24.90, 14.20, 6, 5),
    ("P1004", "Filterkaffee gemahlen 500 g", 7.90, 3.60, 8, 4),
    ("P1005", "Entkoffeiniert Decaf 500 g", 9.90, 5.20, 3, 2),
    ("P1006", "Single Origin Äthiopien 250 g", 12.50, 5.10, 4, 1),
    ("P1007", "Kaffeepads 100 Stück", 21.00, 11.30, 3, 4),
    ("P2001", "Bio-Tee Sortiment 60 Beutel", 11.90, 4.30, 5, 4),
    ("P2002", "Trinkschokolade 1 kg", 14.90, 7.80, 3, 3),
    ("P2003", "Sirup Vanille 0,7 l", 8.50, 3.10, 3, 3),
    ("P3001", "Milchaufschäumer elektrisch", 69.00, 38.00, 2, 1),
    ("P3002", "Kaffeemühle Kegelmahlwerk", 129.00, 76.00, 1.2, 0.5),
    ("P3003", "Siebträgermaschine Classic", 649.00, 455.00, 0.35, 0.3),
    ("P3004", "Kaffeevollautomat Office", 1890.00, 1380.00, 0.02, 0.35),
    ("P3005", "Filterkaffeemaschine Thermo", 89.00, 54.00, 1, 0.8),
    ("P4001", "Keramiktassen 6er-Set", 34.90, 12.50, 2.5, 1.5),
    ("P4002", "Thermoskanne 1 l", 29.90, 13.90, 2, 1.5),
    ("P4003", "Latte-Macchiato-Gläser 4er-Set", 19.90, 7.40, 2, 1),
    ("P4004", "Pappbecher 1000 Stück", 49.00, 31.00, 0.1, 4),
    ("P4005", "Zucker-Sticks 1000 Stück", 18.00, 10.80, 0.1, 4),
    ("P4006", "Milch H-Milch 12 × 1 l", 15.60, 11.90, 0.5, 5),
    ("P5001", "Entkalker 6er-Pack", 14.90, 4.10, 4, 3),
    ("P5002", "Reinigungstabletten 100 Stück", 24.90, 7.40, 2, 3),
    ("P5003", "Wasserfilter-Kartusche 3er-Pack", 27.90, 10.40, 2, 2.5),
    ("P6001", "Wartungspaket Jahresvertrag", 390.00, 210.00, 0.02, 0.9),
    ("P6002", "Barista-Kurs (Gutschein)", 89.00, None, 0.7, 0.3),  # partner's course: cost unknown
    ("P6003", "Geschenkbox Kaffee-Genuss", 39.90, 19.50, 1.5, 0.5),
)

# designed cross-sell as a bundle (planted): an order with the trigger product gets the add-on free of charge
# ("Zugabe") with this probability, unless it already holds it: a coffee machine brings descaler, a milk
# frother vanilla syrup, a grinder a bag of single-origin beans
CROSS_SELL: tuple[tuple[str, str, float], ...] = (
    ("P3003", "P5001", 0.7), ("P3004", "P5001", 0.7), ("P3005", "P5001", 0.7),  # machines → Entkalker
    ("P3001", "P2003", 0.6),  # Milchaufschäumer → Sirup Vanille
    ("P3002", "P1006", 0.5),  # Kaffeemühle → Single Origin Äthiopien (whole beans)
)

# campaign -> (issue date ISO, share of eligible customers, base redemption probability, eligibility)
CAMPAIGNS: dict[str, tuple[str, float, float, str]] = {
    "Black Friday 2023": ("2023-11-20", 0.55, 0.22, "active"),
    "Frühjahrsaktion 2024": ("2024-03-04", 0.45, 0.14, "active"),
    "Sommerschlussverkauf 2024": ("2024-07-15", 0.40, 0.10, "active"),
    "Black Friday 2024": ("2024-11-22", 0.60, 0.24, "active"),
    "Reaktivierung 2025": ("2025-02-03", 0.80, 0.06, "lapsed"),
    "Frühjahrsaktion 2025": ("2025-03-10", 0.45, 0.15, "active"),
}
WELCOME_CAMPAIGN = "Willkommensgutschein"

# survey aspect -> (German label, mean satisfaction, mean importance): chosen so that the
# importance x satisfaction matrix has aspects in all four quadrants.
ASPECTS: dict[str, tuple[str, float, float]] = {
    "price": ("Preis", 2.75, 4.35),       # important, unsatisfied -> concentrate here
    "quality": ("Qualität", 4.30, 4.55),  # important, satisfied   -> keep up
    "delivery": ("Lieferung", 3.95, 3.95),  # important, satisfied -> keep up
    "service": ("Service", 4.35, 2.55),   # unimportant, satisfied -> possible overkill
    "advice": ("Beratung", 2.70, 2.45),   # unimportant, unsatisfied -> low priority
}

INTERACTION_NOTES: dict[str, tuple[str, ...]] = {
    "call": ("Rückfrage zur Lieferung", "Frage zur Rechnung", "Interesse an neuer Maschine", "Terminabsprache",
             "Nachfrage Sonderpreis", "Bestellung telefonisch aufgenommen", "Rückruf erbeten"),
    "email": ("Angebot versendet", "Newsletter-Anfrage", "Rechnungskopie angefordert", "Adressänderung",
              "Produktinformation gesendet", "Lieferstatus mitgeteilt", "Dankesmail nach Bestellung"),
    "visit": ("Vorführung Vollautomat", "Jahresgespräch", "Wartungstermin vor Ort", "Verkostung neuer Sorten",
              "Erstbesuch Außendienst", "Schulung Personal"),
    "complaint": ("Lieferung verspätet", "Ware beschädigt angekommen", "Falscher Artikel geliefert",
                  "Maschine defekt", "Rechnung fehlerhaft", "Unfreundlicher Kontakt an der Hotline"),
}
