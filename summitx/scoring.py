"""`summitx eval`'s work: score records against a gold folder (SPEC metric) or a PolNeAR
file (direct-quote attribution), as printable lines and each category's F1."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from summitx.evaluate import evaluate, load_gold, report_lines
from summitx.evaluate_polnear import polnear_figures, read_polnear, score_polnear


def score_lines(
    gold_path: Path, polnear: bool, records: Iterable[dict[str, Any]], verbose: bool
) -> tuple[list[str], dict[str, float]]:
    if polnear:
        score = score_polnear(read_polnear(gold_path), records)
        figures = polnear_figures(score)
        lines = ["direct-quote attribution " + json.dumps(figures)]
        lines += [f"    miss  {miss}" for miss in score.misses] if verbose else []
        return lines, {"direct-quote attribution": float(figures["f1"])}
    report = evaluate(load_gold(gold_path), records)
    lines = report_lines(report)
    for name, category in report.scores.items() if verbose else []:
        lines += [f"    miss  {name:18} {item}" for item in category.misses]
        lines += [f"    extra {name:18} {item}" for item in category.extras]
    if report.missing_articles:
        lines.append(f"articles without output: {', '.join(report.missing_articles)}")
    return lines, {name: float(s.figures()["f1"]) for name, s in report.scores.items()}
