"""`insight cache`: where the cached canonical copies of ``--data`` files are, and removing them
(insight.io.cache; docs/import.md, "The --data cache")."""

from __future__ import annotations

import typer

from insight.cli.common import JsonOpt, LangOpt, echo, language, print_json
from insight.language import Language


def register(app: typer.Typer) -> None:
    """Add `cache` (with `show` and `clear`) to the app."""
    group = typer.Typer(
        help="The cached canonical copies of --data files: where they are, how big, removing them.",
        no_args_is_help=True,
    )

    @group.command("show")
    def show(json_out: JsonOpt = False, lang: LangOpt = "en") -> None:
        """Where the cache is, how many files it holds a copy of and their size on disk."""
        from insight.io import cache
        from insight.messages import say

        folder, entries, size = cache.usage()
        if json_out:
            print_json({"folder": str(folder), "entries": entries, "bytes": size, "enabled": cache.enabled()})
            return
        words: Language = "de" if language(lang) == "de" else "en"
        echo(say("cache_show", words, folder=folder, entries=entries, megabytes=size / 1e6))
        if not cache.enabled():
            echo(say("cache_off", words))

    @group.command("clear")
    def clear(json_out: JsonOpt = False, lang: LangOpt = "en") -> None:
        """Remove every cached copy (the files themselves are never touched)."""
        from insight.io import cache
        from insight.messages import say

        folder, removed = cache.clear()
        if json_out:
            print_json({"folder": str(folder), "removed": removed})
            return
        words: Language = "de" if language(lang) == "de" else "en"
        echo(say("cache_cleared", words, folder=folder, entries=removed))

    app.add_typer(group, name="cache")
