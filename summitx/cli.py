"""The command line: thin click commands over the library. spaCy is imported only when needed."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import click

from summitx import __version__
from summitx.budget import DEFAULT_TIMEOUT
from summitx.signals import Interrupted, signal_name

EXIT_OK, EXIT_FILE_ERRORS, EXIT_USAGE = 0, 1, 2
# The reader of stdout went away (`summitx ... | head`): the shell's status for SIGPIPE.
EXIT_BROKEN_PIPE = 141


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
    timeout: float | None = None,
) -> Iterator[list[Any]]:
    """Records grouped per article, with a progress bar on a terminal. The `skip` file (the
    resolved output file), when it lies in an input folder, is not read as an article."""
    from summitx.loader import load_articles

    articles = load_articles(paths, max_chars=max_chars, skip=skip)
    groups = _extract(articles, model, jobs, cache_dir, dask_address, timeout)
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
    dask_address: str | None, timeout: float | None = None,
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
        yield from extract_articles(articles, model, jobs, cache, dask_address, timeout)
    except (ModelNotFound, DaskUnavailable) as exc:
        raise click.ClickException(str(exc)) from exc
    if cache is not None and cache.write_error:
        click.echo(f"warning: cache: {printable(cache.write_error)}", err=True)


def printable(text: str) -> str:
    from summitx.terminal import printable as shown

    return shown(text)


def _check_output(output: str | None, paths: tuple[str, ...]) -> Path | None:
    """The resolved -o path; an -o that is (or links to) an input is a usage error."""
    if output is None:
        return None
    from summitx.output_guard import OutputIsInput, check_output

    try:
        return check_output(output, paths)
    except OutputIsInput as exc:
        raise click.BadParameter(printable(str(exc)), param_hint="-o") from exc


def _check_cache(cache_dir: str | None) -> None:
    """An unusable cache folder is a usage error before any work."""
    if not cache_dir:
        return
    from summitx.cache import CacheError, check_writable

    try:
        check_writable(cache_dir)
    except CacheError as exc:
        raise click.BadParameter(str(exc), param_hint="--cache") from exc


def _open_output(output: str | None) -> Any:
    """The AtomicOutput for -o, its temporary file created now: an output that cannot be
    written is a usage error before any work. None for stdout."""
    if output is None:
        if sys.stdout is None:  # started with stdout closed
            raise click.UsageError("stdout is closed; write to a file with -o")
        return None
    from summitx.safe_write import AtomicOutput, OutputError

    out = AtomicOutput(output)
    try:
        out.open()
    except OutputError as exc:
        raise click.BadParameter(printable(str(exc)), param_hint="-o") from exc
    return out


def _silence_stdout() -> None:
    """After a failed write to stdout, point it at /dev/null so the flush at exit cannot fail
    again (a second error, or a traceback, at interpreter shutdown)."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


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
              help="Articles longer than this many characters (of the decoded text) are "
                   "reported as errors, not processed.")  # fmt: skip
@click.option("--timeout-per-article", "timeout", default=DEFAULT_TIMEOUT, show_default=True,
              type=click.FloatRange(min=0),
              help="Seconds an article's extraction may take before it is given up as an "
                   "error (0: no limit).")  # fmt: skip
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
    timeout: float,
) -> None:  # fmt: skip
    """Extract records from articles: files, folders (recursive), JSON Lines, or - for stdin.

    Reads .txt, .md, .html and .jsonl (one article per line with "text" and optional
    "id", "title", "published", "outlet", "url").

    \b
    Exit codes: 0 every file processed; 1 some files had errors (with --strict, also
    warnings), or the output could not be written; 2 usage error (found before any
    work); 130 / 143 interrupted by SIGINT / SIGTERM (the -o file is left as it was).

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
        fmt = "table" if output is None and sys.stdout and sys.stdout.isatty() else "jsonl"
    documents = errors = warnings = count = 0
    files: set[str] = set()

    def records() -> Iterator[Any]:
        nonlocal documents, errors, warnings, count
        for group in run_extraction(
            paths, model, max_chars, quiet, jobs=jobs, cache_dir=cache_dir,
            dask_address=dask_address, skip=target, timeout=timeout or None,
        ):  # fmt: skip
            documents += 1
            document = group[0]
            files.add(document.path)
            if document.errors:
                errors += 1
                reason = "; ".join(document.errors)
                click.echo(f"error: {printable(document.path)}: {printable(reason)}", err=True)
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

    target = _check_output(output, paths)
    _check_cache(cache_dir)
    out = _open_output(output)
    stream = records()
    try:
        WRITERS[fmt](stream, out.stream if out else sys.stdout)
        if out:
            out.commit()
        else:
            sys.stdout.flush()
    except BaseException as exc:
        stream.close()  # ends worker processes now, not at interpreter exit
        _fail(exc, output, documents)
        raise
    finally:
        if out:
            out.discard()
    if not quiet:
        click.echo(
            f"summitx: {len(files)} file(s), {documents} document(s), {count} record(s), "
            f"{errors} with errors, {warnings} with warnings"
            + (f", {conflicts} conflict(s)" if merge else ""),
            err=True,
        )
    if errors or (strict and warnings) or (fail_on_conflict and conflicts):
        sys.exit(EXIT_FILE_ERRORS)


def _fail(exc: BaseException, output: str | None, documents: int) -> None:
    """Turn an interruption or a failed write into its message and exit status."""
    from summitx.safe_write import OutputError, os_reason
    from summitx.signals import exit_status, signal_name, signal_of

    kept = f"{output} left as it was" if output else "the output on stdout is incomplete"
    signum = signal_of(exc)
    if signum is not None:
        click.echo(
            f"summitx: interrupted by {signal_name(signum)} after {documents} document(s); "
            f"{printable(kept)}",
            err=True,
        )
        sys.exit(exit_status(signum))
    if isinstance(exc, BrokenPipeError) and not output:
        _silence_stdout()
        sys.exit(EXIT_BROKEN_PIPE)
    if isinstance(exc, OutputError | OSError):
        if isinstance(exc, OutputError):
            message = str(exc)
        else:
            name = output or "stdout"
            message = f"cannot write {name}: {os_reason(exc)}"
        if not output:
            _silence_stdout()
        click.echo(f"error: {printable(message)} ({printable(kept)})", err=True)
        sys.exit(EXIT_FILE_ERRORS)


@cli.command(name="eval")
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False))
@click.argument("paths", nargs=-1, required=True)
@click.option("--model", help="spaCy model to load.")
@click.option("-v", "--verbose", is_flag=True, help="List the misses and extras of each category.")
@click.option("--min-f1", type=float, help="Exit 1 when any category's F1 is below this.")
def eval_command(
    gold_dir: str, paths: tuple[str, ...], model: str | None, verbose: bool, min_f1: float | None
) -> None:
    """Score extraction against gold annotations (precision / recall / F1 per category).

    \b
    Example:
      summitx eval ../shared/gold/seeds seeds/ --verbose --min-f1 0.9
    """
    from summitx.evaluate import GoldError, evaluate, load_gold

    try:
        gold = load_gold(Path(gold_dir))
    except GoldError as exc:
        click.echo(f"error: {printable(str(exc))}", err=True)
        sys.exit(EXIT_USAGE)
    records = []
    for group in run_extraction(paths, model, 2_000_000, quiet=True):
        document = group[0]
        if document.errors:  # scored as an article without output, and said
            reason = "; ".join(document.errors)
            click.echo(f"error: {printable(document.path)}: {printable(reason)}", err=True)
        records.extend(r.model_dump(mode="json") for r in group)
    try:
        report = evaluate(gold, records)
    except GoldError as exc:
        click.echo(f"error: {printable(str(exc))}", err=True)
        sys.exit(EXIT_USAGE)
    click.echo(f"{'category':20} {'P':>6} {'R':>6} {'F1':>6}   tp  fp  fn")
    failed = []
    for name, score in report.scores.items():
        click.echo(
            f"{name:20} {score.precision:6.3f} {score.recall:6.3f} {score.f1:6.3f} "
            f"{score.tp:4d}{score.fp:4d}{score.fn:4d}"
        )
        if min_f1 is not None and score.f1 < min_f1:
            failed.append(name)
        if verbose:
            for miss in score.misses:
                click.echo(f"    miss  {miss}")
            for extra in score.extras:
                click.echo(f"    extra {extra}")
    click.echo(f"publication dates    {report.published_ok}/{report.published_total}")
    if report.location_total:
        click.echo(f"meeting locations    {report.location_ok}/{report.location_total}")
    if report.missing_articles:
        click.echo(f"articles without output: {', '.join(report.missing_articles)}")
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

    _check_output(output, paths)
    out = _open_output(output)  # a folder that is missing is found now, not after the work
    try:
        nlp = load_pipeline(model)
    except ModelNotFound as exc:
        out.discard()
        raise click.ClickException(str(exc)) from exc
    texts: dict[str, str] = {}

    def articles() -> Iterator[Any]:
        for article in load_articles(paths):
            texts[article.doc_id] = article.text  # evidence offsets point into this text
            yield article

    from summitx.safe_write import OutputError

    try:
        records = [r for group in process_articles(articles(), nlp) for r in group]
        failed = [r for r in records if r.type == "document" and r.errors]
        for document in failed:
            reason = "; ".join(document.errors)
            click.echo(f"error: {printable(document.path)}: {printable(reason)}", err=True)
        merged = consolidate(records)
        conflicts = count_conflicts(merged)
        out.stream.write(render_report([*records, *merged], texts, title))
        out.commit()
    except OutputError as exc:
        click.echo(f"error: {printable(str(exc))} ({printable(output)} left as it was)", err=True)
        sys.exit(EXIT_FILE_ERRORS)
    except OSError as exc:
        _fail(exc, output, len(texts))
        raise
    except (KeyboardInterrupt, Interrupted) as exc:
        _fail(exc, output, len(texts))
        raise
    finally:
        out.discard()
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
    from summitx.signals import exit_status, install, signal_of

    install()
    try:
        cli.main(standalone_mode=False)
    except (KeyboardInterrupt, Interrupted) as exc:
        signum = signal_of(exc) or 2
        click.echo(f"summitx: interrupted by {signal_name(signum)}", err=True)
        sys.exit(exit_status(signum))
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except click.ClickException as exc:
        exc.show()
        sys.exit(EXIT_USAGE if isinstance(exc, click.UsageError) else exc.exit_code)
    except click.Abort:
        click.echo("Aborted!", err=True)
        sys.exit(EXIT_FILE_ERRORS)
