"""Every app-level key binding as one data table: the app's BINDINGS, the footer and F1 help read it.

Widget-local keys (the prompt's history, a table's sort key) live with their widget but are listed here
too (``scope`` says where they act) so that help shows one complete picture.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.binding import Binding


@dataclass(frozen=True)
class Key:
    keys: str          # textual key names, comma-separated
    action: str        # the app action ("" for widget-local keys documented only)
    en: str
    de: str
    scope: str = "app"  # app | prompt | table | segments
    show: bool = True   # shown in the footer


KEYMAP: tuple[Key, ...] = (
    Key("f1", "help", "Help", "Hilfe"),
    Key("ctrl+p", "command_palette", "Commands", "Befehle", show=False),
    Key("f2", "focus_prompt", "Prompt", "Eingabe", show=False),
    Key("f3", "focus_answer", "Table", "Tabelle"),
    Key("f4", "focus_segments", "Segments", "Segmente"),
    Key("f5", "focus_customer", "Customer", "Kunde", show=False),
    Key("f6", "focus_kpis", "Key figures", "Kennzahlen", show=False),
    Key("ctrl+b", "toggle_side", "Panel", "Seitenleiste"),
    Key("ctrl+s", "export", "Export", "Export"),
    Key("ctrl+l", "toggle_language", "Deutsch", "English"),
    Key("ctrl+t", "toggle_theme", "Theme", "Farbe", show=False),
    Key("ctrl+q", "quit", "Quit", "Beenden", show=False),
    Key("up,down", "", "Previous / next question", "Vorherige / nächste Frage", scope="prompt"),
    Key("pageup,pagedown", "", "Scroll the answers", "Antworten blättern", scope="prompt"),
    Key("tab,right", "", "Accept completion", "Ergänzung übernehmen", scope="prompt"),
    Key("enter", "", "Ask", "Fragen", scope="prompt"),
    Key("1-9", "", "After a question back: pick that option (Enter)", "Nach einer Rückfrage: diese Option wählen (Enter)",
        scope="prompt"),
    Key("s", "", "Sort by the cursor column", "Nach Spalte sortieren", scope="table"),
    Key("enter", "", "Open the customer of this row", "Kunde dieser Zeile öffnen", scope="table"),
    Key("r,a,c", "", "RFM / ABC / cluster", "RFM / ABC / Cluster", scope="segments"),
    Key("escape", "focus_prompt", "Back to prompt", "Zurück zur Eingabe", show=False),
)


def app_bindings(language: str) -> list[Binding]:
    """Textual bindings for the app-scoped keys, described in ``language``."""
    return [
        Binding(k.keys, k.action, k.de if language == "de" else k.en, show=k.show, priority=k.keys.startswith("f")
                or k.keys.startswith("ctrl"))
        for k in KEYMAP
        if k.scope == "app" and k.action and k.action != "command_palette"
    ]


def help_rows(language: str) -> list[tuple[str, str, str]]:
    """(keys, where, what) rows for the help screen."""
    return [(k.keys.replace(",", " / "), k.scope, k.de if language == "de" else k.en) for k in KEYMAP]
