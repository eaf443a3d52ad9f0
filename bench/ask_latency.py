"""Latency of `Session.ask` on a warm session over Online Retail II: p50 / p95 of 200 mixed questions.

    .venv/bin/python bench/ask_latency.py [--data ../shared/data/online_retail_ii.parquet] [--n 200]

Warm means the data is loaded and each cached derivation (prepared lines, value index, RFM / ABC
tables) has been built once by a warm-up round; the timed round is what a user of the TUI, a notebook
or `insight chat` waits for per question. Prints a Markdown table for docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import time
from pathlib import Path

QUESTIONS = [
    "What is the total revenue?", "Wie hoch war der Umsatz im Jahr 2011?", "Revenue in October 2011",
    "Wie viel Umsatz haben wir im letzten Quartal gemacht?", "How much revenue did we make in the last 90 days?",
    "Wie viel Umsatz ist keinem Kunden zugeordnet?", "How many customers do we have?",
    "Wie viele Kunden haben 2010 bestellt?", "Number of customers per country, top 5",
    "Wie viele Neukunden gab es pro Jahr?", "How many orders were placed in 2011?",
    "Was ist der durchschnittliche Bestellwert?", "What is the average order value in Germany?",
    "Top 10 Kunden nach Umsatz", "Which 5 customers placed the most orders?", "Umsatz nach Land, Top 3",
    "Show the monthly revenue trend for 2011", "Wie hoch ist die Wiederkaufsrate?",
    "What was the customer retention rate in 2011 compared to 2010?", "Wie hoch war die Abwanderungsrate 2011?",
    "How many customers are in each ABC class?", "Welchen Anteil am Umsatz haben die ABC-Klassen?",
    "How many customers are in each RFM segment?", "Wie viele Champions haben wir?", "Wie gut läuft es?",
    "Umsatz 2011 vs 2010", "Umstaz in Deutschland im März 2011", "top zehn Kunden nach Umsatz 2010",
    "revenue excluding the UK by quarter", "Umsatzanteil nach Land", "Kunde 14646",
    "Durchschnittlicher Bestellwert für Deutschland, Frankreich und Spanien", "units sold in 2011",
    "Anzahl Bestellungen pro Quartal 2010", "Zeig mir die RFM-Segmente", "Umsatz der A-Kunden",
    "Lösche alle Kunden", "Gewinn nach Land", "new customers by month in 2011", "Top 7 Artikel nach Umsatz",
]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))
    return ordered[index]


def main() -> None:
    default = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "online_retail_ii.parquet"
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=default)
    parser.add_argument("--n", type=int, default=200)
    args = parser.parse_args()

    from insight.api import load
    from insight.query import Session

    t0 = time.perf_counter()
    ds = load(args.data)
    load_s = time.perf_counter() - t0
    session = Session(ds)
    t0 = time.perf_counter()
    for q in QUESTIONS:  # warm-up: builds the cached derivations once
        session.ask(q)
    warm_s = time.perf_counter() - t0

    times: list[float] = []
    statuses: dict[str, int] = {}
    cpu0 = time.process_time()
    for i in range(args.n):
        q = QUESTIONS[i % len(QUESTIONS)]
        t = time.perf_counter()
        answer = session.ask(q)
        times.append(1000 * (time.perf_counter() - t))
        statuses[answer.status] = statuses.get(answer.status, 0) + 1
    print(f"data: {args.data.name} ({ds.order_lines.height:,} lines); load {load_s:.2f} s; warm-up "
          f"{len(QUESTIONS)} questions {warm_s:.2f} s; {platform.python_implementation()} "
          f"{platform.python_version()}, {platform.machine()}")
    cpu_ms = 1000 * (time.process_time() - cpu0) / args.n
    print(f"statuses: {statuses}; CPU time per question (all threads): {cpu_ms:.1f} ms; "
          f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    print("| questions | p50 ms | p95 ms | max ms | mean ms |")
    print("|---|---|---|---|---|")
    print(f"| {args.n} | {statistics.median(times):.1f} | {percentile(times, 0.95):.1f} | {max(times):.1f} | "
          f"{statistics.fmean(times):.1f} |")


if __name__ == "__main__":
    main()
