"""The command line: thin click commands over the library. spaCy is imported only when needed."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import click

from summitx import __version__

EXIT_OK, EXIT_FILE_ERRORS, EXIT_USAGE = 0, 1, 2


def _split_types(value: str | None) -> set[str] | None:
    if not value:
        return None
    from summitx.records import RECORD_TYPES

    chosen = {v.strip().rstrip("s") for v in value.split(",") if v.strip()}
    chosen = {"person" if v in ("people", "peopl") else v for v in chosen}
    unknown = chosen - set(RECORD_TYPES)
    if unknown:
        raise click.BadParameter(
            f"unknown type(s) {', '.join(sorted(unknown))}; choose from {', '.join(RECORD_TYPES)}"
        )
    return chosen


def run_extraction(
    paths: tuple[str, ...],
    model: str | None,
    max_chars: int,
    quiet: bool,
    *,
    jobs: int = 1,
    cache_dir: str | None = None,
    dask_address: str | None = None,
    skip: Path | None = None,
) -> Iterator[list[Any]]:
    """Records grouped per article, with a progress bar on a terminal. The `skip` file (the
    resolved output file), when it lies in an input folder, is not read as an article."""
    from summitx.loader import load_articles

    articles = load_articles(paths, max_chars=max_chars, skip=skip)
    groups = _extract(articles, model, jobs, cache_dir, dask_address)
    if quiet or not sys.stderr.isatty():
        yield from groups
        return
    from rich.progress import BarColumn, Progress, TextColumn

    with Progress(
        TextColumn("extracting"), BarColumn(), TextColumn("{task.completed} articles"),
        transient=True, console=_stderr_console(),
    ) as progress:  # fmt: skip
        task = progress.add_task("extract", total=None)
        for records in groups:
            progress.advance(task)
            yield records


def _extract(
    articles: Iterator[Any], model: str | None, jobs: int, cache_dir: str | None,
    dask_address: str | None,
) -> Iterator[list[Any]]:  # fmt: skip
    """The chosen backend (here, worker processes or Dask), with library errors made CLI errors.

    The model loads lazily (a run served from the cache never loads it), so a missing model
    surfaces here, in the middle of the stream.
    """
    from summitx.distributed import DaskUnavailable
    from summitx.nlp import ModelNotFound, model_identity
    from summitx.parallel import extract_articles

    try:
        cache = None
        if cache_dir:
            from summitx.cache import RecordCache

            cache = RecordCache(cache_dir, model_identity(model))
        yield from extract_articles(articles, model, jobs, cache, dask_address)
    except (ModelNotFound, DaskUnavailable) as exc:
        raise click.ClickException(str(exc)) from exc


def _stderr_console() -> Any:
    from rich.console import Console

    return Console(file=sys.stderr)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="summitx")
def cli() -> None:
    """Extract sourced meetings, statements and agreements from news about summits.

    \b
    Example:
      summitx extract seeds/ --format jsonl | jq 'select(.type=="meeting")'
    """


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["table", "json", "jsonl", "csv"]),
              help="Output format (default: table on a terminal, jsonl when piped).")  # fmt: skip
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True),
              help="Write to FILE instead of stdout.")  # fmt: skip
@click.option("--type", "types", help="Record types to output, e.g. meeting,statement.")
@click.option("--model", help="spaCy model to load (default: $SUMMITX_MODEL, then en_core_web_sm).")
@click.option("--max-chars", default=200_000, show_default=True, type=click.IntRange(min=1),
              help="Articles longer than this are reported as errors, not processed.")  # fmt: skip
@click.option("--strict", is_flag=True, help="Exit 1 on warnings too (e.g. no publication date).")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar and no summary line.")
@click.option("--merge", is_flag=True,
              help="Add corpus-level records: events, merged people, quote links.")  # fmt: skip
@click.option("--fail-on-conflict", is_flag=True,
              help="Exit 1 when sources conflict (implies --merge).")  # fmt: skip
@click.option("-j", "--jobs", type=click.IntRange(min=0), default=1, show_default=True,
              help="Worker processes (0: one per core); each loads the model once.")  # fmt: skip
@click.option("--cache", "cache_dir", type=click.Path(file_okay=False),
              help="Reuse records of unchanged articles from DIR (keyed by content, model, "
                   "summitx version).")  # fmt: skip
@click.option("--dask", "dask_address", metavar="ADDRESS",
              help="Extract on the Dask cluster at ADDRESS, e.g. tcp://10.0.0.5:8786 "
                   "(needs summitx[dask]).")  # fmt: skip
def extract(
    paths: tuple[str, ...], fmt: str | None, output: str | None, types: str | None,
    model: str | None, max_chars: int, strict: bool, quiet: bool, merge: bool,
    fail_on_conflict: bool, jobs: int, cache_dir: str | None, dask_address: str | None,
) -> None:  # fmt: skip
    """Extract records from articles: files, folders (recursive), JSON Lines, or - for stdin.

    Reads .txt, .md, .html and .jsonl (one article per line with "text" and optional
    "id", "title", "published", "outlet", "url").

    \b
    Exit codes: 0 every file processed; 1 some files had errors (with --strict, also
    warnings); 2 usage error.

    \b
    Examples:
      summitx extract seeds/
      summitx extract seeds/ --format json -o records.json
      summitx extract articles.jsonl --type meeting,statement --format csv
      cat article.txt | summitx extract - --format jsonl
      summitx extract seeds/ --merge --type event --format json
      summitx extract corpus/ --jobs 0 --cache ~/.cache/summitx -o records.jsonl
    """
    from summitx.output import WRITERS
    from summitx.records import CORPUS_RECORD_TYPES

    chosen = _split_types(types)
    # Asking for a corpus-level type turns merging on.
    merge = merge or fail_on_conflict or bool(chosen and chosen & set(CORPUS_RECORD_TYPES))
    conflicts = 0
    kept: list[Any] = []
    if fmt is None:
        fmt = "table" if output is None and sys.stdout.isatty() else "jsonl"
    documents = errors = warnings = count = 0
    files: set[str] = set()

    def records() -> Iterator[Any]:
        nonlocal documents, errors, warnings, count
        for group in run_extraction(
            paths, model, max_chars, quiet, jobs=jobs, cache_dir=cache_dir,
            dask_address=dask_address, skip=target,
        ):  # fmt: skip
            documents += 1
            document = group[0]
            files.add(document.path)
            if document.errors:
                errors += 1
                click.echo(f"error: {document.path}: {'; '.join(document.errors)}", err=True)
            if document.warnings:
                warnings += 1
            for record in group:
                if merge:
                    kept.append(record)
                if chosen is None or record.type in chosen:
                    count += 1
                    yield record
        if merge:
            yield from merged_records()

    def merged_records() -> Iterator[Any]:
        nonlocal count, conflicts
        from summitx.consolidate import consolidate, count_conflicts

        merged = consolidate(kept)
        conflicts = count_conflicts(merged)
        for record in merged:
            if chosen is None or record.type in chosen:
                count += 1
                yield record

    target = Path(output).resolve() if output else None
    if target and any(p != "-" and Path(p).resolve() == target for p in paths):
        # Opening it for writing would empty the articles before they are read.
        raise click.BadParameter(f"{output} is also an input; write elsewhere", param_hint="-o")
    try:
        stream = open(output, "w", encoding="utf-8", newline="") if output else sys.stdout  # noqa: SIM115
    except OSError as exc:
        raise click.BadParameter(f"cannot write {output}: {exc.strerror}", param_hint="-o") from exc
    try:
        WRITERS[fmt](records(), stream)
    finally:
        if output:
            stream.close()
    if not quiet:
        click.echo(
            f"summitx: {len(files)} file(s), {documents} document(s), {count} record(s), "
            f"{errors} with errors, {warnings} with warnings"
            + (f", {conflicts} conflict(s)" if merge else ""),
            err=True,
        )
    if errors or (strict and warnings) or (fail_on_conflict and conflicts):
        sys.exit(EXIT_FILE_ERRORS)


@cli.command(name="eval")
@click.argument("gold_dir", metavar="GOLD", type=click.Path(exists=True))
@click.argument("paths", nargs=-1)
@click.option("--records", "records_file", type=click.Path(exists=True, dir_okay=False),
              help="Score this summitx JSON Lines output instead of extracting.")  # fmt: skip
@click.option("--model", help="spaCy model to load.")
@click.option("-v", "--verbose", is_flag=True, help="List the misses and extras of each category.")
@click.option("--min-f1", type=float, help="Exit 1 when any category's F1 is below this.")
def eval_command(
    gold_dir: str, paths: tuple[str, ...], records_file: str | None, model: str | None,
    verbose: bool, min_f1: float | None,
) -> None:  # fmt: skip
    """Score extraction against gold annotations (precision / recall / F1 per category), with
    the metric of SPEC.md. GOLD is a folder of gold JSON files, or a PolNeAR JSON Lines file
    (direct-quote attribution; its own articles are extracted unless PATHS or --records).

    \b
    Examples:
      summitx eval ../shared/gold/seeds seeds/ --verbose --min-f1 0.9
      summitx eval ../shared/gold/dev --records dev_output.jsonl
      summitx eval ../shared/polnear/polnear_dev.jsonl
    """
    from summitx.evaluate import read_records
    from summitx.evaluate_polnear import is_polnear, polnear_articles
    from summitx.scoring import score_lines

    gold_path = Path(gold_dir)
    polnear = is_polnear(gold_path)
    if not polnear and not gold_path.is_dir():
        raise click.BadParameter(f"{gold_dir}: neither a gold folder nor PolNeAR JSON Lines",
                                 param_hint="GOLD")  # fmt: skip
    if records_file and paths:
        raise click.UsageError("give PATHS to extract or --records to score, not both")
    if records_file:
        records, bad = read_records(Path(records_file))
        if bad:
            click.echo(
                f"warning: {records_file}: {bad} line(s) not JSON records, skipped", err=True
            )
    else:
        if not paths and not polnear:
            raise click.UsageError("name the articles to extract (PATHS) or give --records")
        groups = (
            run_extraction(paths, model, 2_000_000, quiet=True)
            if paths
            else _extract(polnear_articles(gold_path, 2_000_000), model, 1, None, None)
        )
        records = [r.model_dump(mode="json") for group in groups for r in group]
    lines, scores = score_lines(gold_path, polnear, records, verbose)
    for line in lines:
        click.echo(line)
    failed = [name for name, f1 in scores.items() if min_f1 is not None and f1 < min_f1]
    if failed:
        click.echo(f"below --min-f1 {min_f1}: {', '.join(failed)}", err=True)
        sys.exit(EXIT_FILE_ERRORS)


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, writable=True),
              help="The HTML file to write.")  # fmt: skip
@click.option("--title", default="Summit report", show_default=True, help="The report's title.")
@click.option("--model", help="spaCy model to load.")
@click.option("--fail-on-conflict", is_flag=True, help="Exit 1 when sources conflict.")
@click.option("-q", "--quiet", is_flag=True, help="No summary line.")
def report(
    paths: tuple[str, ...], output: str, title: str, model: str | None,
    fail_on_conflict: bool, quiet: bool,
) -> None:  # fmt: skip
    """Write one self-contained HTML report: a timeline of merged events, each with its
    sources, quotes, agreements and conflicts, linked to the evidence in the article text.

    \b
    Exit codes: 0 written; 1 written, but some files had errors (or, with
    --fail-on-conflict, sources conflict); 2 usage error.

    \b
    Example:
      summitx report seeds/ -o report.html
    """
    from summitx.consolidate import consolidate, count_conflicts
    from summitx.loader import load_articles
    from summitx.nlp import ModelNotFound, load_pipeline
    from summitx.pipeline import process_articles
    from summitx.report import render_report

    try:
        nlp = load_pipeline(model)
    except ModelNotFound as exc:
        raise click.ClickException(str(exc)) from exc
    texts: dict[str, str] = {}

    def articles() -> Iterator[Any]:
        for article in load_articles(paths):
            texts[article.doc_id] = article.text  # evidence offsets point into this text
            yield article

    records = [r for group in process_articles(articles(), nlp) for r in group]
    failed = [r for r in records if r.type == "document" and r.errors]
    for document in failed:
        click.echo(f"error: {document.path}: {'; '.join(document.errors)}", err=True)
    merged = consolidate(records)
    conflicts = count_conflicts(merged)
    Path(output).write_text(render_report([*records, *merged], texts, title), encoding="utf-8")
    if not quiet:
        events = sum(r.type == "event" for r in merged)
        click.echo(f"summitx: wrote {output}: {events} event(s), {conflicts} conflict(s)", err=True)
    if failed or (fail_on_conflict and conflicts):
        sys.exit(EXIT_FILE_ERRORS)


@cli.command()
def schema() -> None:
    """Print the JSON Schema of the records.

    \b
    Example:
      summitx schema > schema.json
    """
    from summitx.records import json_schema

    click.echo(json.dumps(json_schema(), indent=2, sort_keys=True))


def main() -> None:
    try:
        cli.main(standalone_mode=False)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except click.ClickException as exc:
        exc.show()
        sys.exit(EXIT_USAGE if isinstance(exc, click.UsageError) else exc.exit_code)
    except click.Abort:
        click.echo("Aborted!", err=True)
        sys.exit(EXIT_FILE_ERRORS)
