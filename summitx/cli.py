"""The command line: thin click commands over the library. spaCy is imported only when needed."""

from __future__ import annotations

import functools
import json
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import click

from summitx import __version__
from summitx.budget import DEFAULT_TIMEOUT
from summitx.signals import Interrupted, signal_name
from summitx.terminal import printable

EXIT_OK, EXIT_FILE_ERRORS, EXIT_USAGE = 0, 1, 2
EXTRACT_FORMATS = ("table", "json", "jsonl", "csv", "sqlite", "html")
# With -o and no --format, the file's suffix names the format (anything else: JSON Lines).
SUFFIX_FORMATS = {".csv": "csv", ".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl",
                  ".db": "sqlite", ".sqlite": "sqlite", ".sqlite3": "sqlite",
                  ".html": "html", ".htm": "html"}  # fmt: skip
# Formats written to a file by name rather than streamed (SQLite needs a real file).
FILE_ONLY_FORMATS = ("sqlite",)
CACHE_ENV = "SUMMITX_CACHE"


def _writable_folder(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """A folder summitx may create or write into, checked before any article is read."""
    if value is None:
        return None
    folder = Path(value).resolve()
    existing = next(p for p in (folder, *folder.parents) if p.exists())
    if not existing.is_dir():
        raise click.BadParameter(f"cannot write into {value}: {existing} is a file")
    if not os.access(existing, os.W_OK | os.X_OK):
        raise click.BadParameter(f"cannot write into {value}: {existing} is not writable")
    return value


def extraction_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """The options of every command that extracts: which model, how big, how parallel."""
    options = [
        click.option("--model", help="spaCy model to load (default: $SUMMITX_MODEL, then "
                     "en_core_web_sm)."),
        click.option("--max-chars", default=200_000, show_default=True,
                     type=click.IntRange(min=1),
                     help="Articles longer than this many characters (of the decoded text) are "
                          "reported as errors, not processed."),
        click.option("--timeout-per-article", "timeout", default=DEFAULT_TIMEOUT,
                     show_default=True, type=click.FloatRange(min=0),
                     help="Seconds an article's extraction may take before it is given up as "
                          "an error (0: no limit)."),
        click.option("-j", "--jobs", type=click.IntRange(min=0), default=1, show_default=True,
                     help="Worker processes (0: one per core); each loads the model once."),
        click.option("--cache", "cache_dir", type=click.Path(file_okay=False),
                     envvar=CACHE_ENV, show_envvar=True, callback=_writable_folder,
                     help="Reuse records of unchanged articles from DIR (keyed by content, "
                          "model, summitx version)."),
        click.option("--dask", "dask_address", metavar="ADDRESS",
                     help="Extract on the Dask cluster at ADDRESS, e.g. tcp://10.0.0.5:8786 "
                          "(needs summitx[dask])."),
    ]  # fmt: skip
    return functools.reduce(lambda f, option: option(f), reversed(options), command)


def output_format(fmt: str | None, output: str | None) -> str:
    """--format if given, else the -o suffix's, else a table on a terminal, JSON Lines else."""
    if fmt:
        return fmt
    if output:
        return SUFFIX_FORMATS.get(Path(output).suffix.lower(), "jsonl")
    return "table" if sys.stdout is not None and sys.stdout.isatty() else "jsonl"


def checked_output(output: str | None, paths: tuple[str, ...]) -> Path | None:
    """The resolved -o path, refused before any work when it cannot be written."""
    if not output:
        return None
    from summitx.output_guard import OutputIsInput, check_output

    try:
        # Writing over an article (by name, link or inside an input folder) would destroy it.
        target = check_output(output, paths)
    except OutputIsInput as exc:
        raise click.BadParameter(printable(str(exc)), param_hint="-o") from exc
    if target.is_dir():
        raise click.BadParameter(f"{output} is a folder; name a file", param_hint="-o")
    if not target.parent.is_dir():
        raise click.BadParameter(
            f"cannot write {output}: folder {target.parent} does not exist", param_hint="-o"
        )
    writable = target if target.exists() else target.parent
    if not os.access(writable, os.W_OK):
        raise click.BadParameter(f"cannot write {output}: permission denied", param_hint="-o")
    return target


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
    texts: dict[str, str] | None = None,
    timeout: float | None = None,
) -> Iterator[list[Any]]:
    """Records grouped per article, with a progress bar on a terminal. The `skip` file (the
    resolved output file), when it lies in an input folder, is not read as an article;
    `texts`, when given, collects each article's text (the report shows the evidence in it)."""
    from summitx.loader import load_articles

    articles = load_articles(paths, max_chars=max_chars, skip=skip)
    if texts is not None:
        articles = _remember_texts(articles, texts)
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


def _remember_texts(articles: Iterator[Any], texts: dict[str, str]) -> Iterator[Any]:
    for article in articles:
        texts[article.doc_id] = article.text  # evidence offsets point into this text
        yield article


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
    Examples (from a clone; after `make run`, activate .venv or call .venv/bin/summitx):
      summitx extract examples/articles/
      summitx extract examples/articles/ -o records.csv
      summitx report examples/articles/ -o report.html
      summitx info
    """


class Tally:
    """What a run saw, for the summary line, the exit code and the reasons on stderr."""

    def __init__(self, show_warnings: bool) -> None:
        self.show_warnings = show_warnings
        self.files: set[str] = set()
        self.documents = self.errors = self.warnings = self.count = self.conflicts = 0

    def document(self, document: Any) -> None:
        self.documents += 1
        self.files.add(document.path)
        if document.errors:
            self.errors += 1
            reason = "; ".join(document.errors)
            click.echo(f"error: {printable(document.path)}: {printable(reason)}", err=True)
        if document.warnings:
            self.warnings += 1
            if self.show_warnings:
                reason = "; ".join(document.warnings)
                click.echo(f"warning: {printable(document.path)}: {printable(reason)}", err=True)

    def merged(self, merged: list[Any], labels: dict[str, str], explain: bool) -> None:
        """Count the conflicts of corpus-level records and, if asked, say what each is."""
        from summitx.consolidate import count_conflicts
        from summitx.views import conflict_lines

        self.conflicts = count_conflicts(merged)
        if explain:
            for line in conflict_lines(merged, lambda d: labels.get(d, d)):
                click.echo(f"conflict: {line}", err=True)

    def summary(self, merge: bool) -> str:
        return (
            f"summitx: {len(self.files)} file(s), {self.documents} document(s), "
            f"{self.count} record(s), {self.errors} with errors, {self.warnings} with warnings"
            + (f", {self.conflicts} conflict(s)" if merge else "")
        )


def _labels(documents: dict[str, Any]) -> dict[str, str]:
    from summitx.views import document_label

    return {doc_id: f"{document_label(d)} ({doc_id})" if document_label(d) != doc_id else doc_id
            for doc_id, d in documents.items()}  # fmt: skip


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(EXTRACT_FORMATS),
              help="Output format (default: the -o suffix's: .csv .json .jsonl .db .html; "
                   "else table on a terminal, jsonl when piped).")  # fmt: skip
@click.option("-o", "--output", type=click.Path(dir_okay=False),
              help="Write to FILE instead of stdout.")  # fmt: skip
@click.option("--type", "types", help="Record types to output, e.g. meeting,statement.")
@extraction_options
@click.option("--strict", is_flag=True,
              help="Exit 1 on warnings too (e.g. no publication date), listing each.")  # fmt: skip
@click.option("-v", "--verbose", is_flag=True, help="List each file's warnings on stderr.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar and no summary line.")
@click.option("--merge", is_flag=True,
              help="Add corpus-level records: events, merged people, quote links.")  # fmt: skip
@click.option("--fail-on-conflict", is_flag=True,
              help="Exit 1 when sources conflict, listing each (implies --merge).")  # fmt: skip
def extract(
    paths: tuple[str, ...], fmt: str | None, output: str | None, types: str | None,
    model: str | None, max_chars: int, timeout: float, jobs: int, cache_dir: str | None,
    dask_address: str | None, strict: bool, verbose: bool, quiet: bool, merge: bool,
    fail_on_conflict: bool,
) -> None:  # fmt: skip
    """Extract records from articles: files, folders (recursive), JSON Lines, or - for stdin.

    Reads .txt, .md, .html and .jsonl (one article per line with "text" and optional
    "id", "title", "published", "outlet", "url").

    \b
    Exit codes: 0 every file processed; 1 some files had errors (with --strict, also
    warnings; with --fail-on-conflict, conflicts), or the output could not be written;
    2 usage error (found before any work); 130 / 143 interrupted by SIGINT / SIGTERM (the
    -o file is left as it was).

    \b
    Examples:
      summitx extract examples/articles/
      summitx extract examples/articles/ -o records.jsonl
      summitx extract examples/articles.jsonl --type statement -o quotes.csv
      summitx extract examples/articles/ -o records.db     # SQLite, one table per type
      cat examples/articles/wire-talks.txt | summitx extract - --format jsonl
      summitx extract examples/articles/ --merge --type event --format json
      summitx extract corpus/ --jobs 0 --cache ~/.cache/summitx -o records.jsonl
    """
    from summitx.records import CORPUS_RECORD_TYPES

    chosen = _split_types(types)
    fmt = output_format(fmt, output)
    if fmt in FILE_ONLY_FORMATS and not output:
        raise click.BadParameter(f"--format {fmt} writes a file: add -o FILE.db", param_hint="-o")
    target = checked_output(output, paths)
    if fmt == "sqlite" and target:
        from summitx.sqlite_output import not_sqlite

        if reason := not_sqlite(target):
            raise click.BadParameter(f"{output} {reason}", param_hint="-o")
    # Asking for a corpus-level type (or the report, which is about events) turns merging on.
    merge = merge or fail_on_conflict or fmt == "html"
    merge = merge or bool(chosen and chosen & set(CORPUS_RECORD_TYPES))
    tally = Tally(show_warnings=strict or verbose)
    kept: list[Any] = []
    documents: dict[str, Any] = {}
    texts: dict[str, str] | None = {} if fmt == "html" else None

    def records() -> Iterator[Any]:
        for group in run_extraction(
            paths, model, max_chars, quiet, jobs=jobs, cache_dir=cache_dir,
            dask_address=dask_address, skip=target, texts=texts, timeout=timeout or None,
        ):  # fmt: skip
            document = group[0]
            tally.document(document)
            documents[document.doc_id] = document.model_dump(mode="json")
            for record in group:
                if merge:
                    kept.append(record)
                if chosen is None or record.type in chosen:
                    tally.count += 1
                    yield record
        if merge:
            yield from merged_records()

    def merged_records() -> Iterator[Any]:
        from summitx.consolidate import consolidate

        merged = consolidate(kept)
        tally.merged(merged, _labels(documents), explain=fail_on_conflict)
        for record in merged:
            if chosen is None or record.type in chosen:
                tally.count += 1
                yield record

    _check_cache(cache_dir)
    # SQLite upserts into the file in place (its own transactions keep it whole); every other
    # format goes to a temporary file renamed over -o only when the run completes.
    out = None if fmt in FILE_ONLY_FORMATS else _open_output(output)
    stream = records()
    try:
        write_records(fmt, stream, out.stream if out else None, output,
                      documents=documents, types=chosen, texts=texts)  # fmt: skip
        if out:
            out.commit()
        else:
            sys.stdout.flush()
    except BaseException as exc:
        stream.close()  # ends worker processes now, not at interpreter exit
        _fail(exc, output, tally.documents)
        raise
    finally:
        if out:
            out.discard()
    if not quiet:
        click.echo(tally.summary(merge), err=True)
    if tally.errors or (strict and tally.warnings) or (fail_on_conflict and tally.conflicts):
        sys.exit(EXIT_FILE_ERRORS)


def write_records(
    fmt: str, records: Iterator[Any], stream: Any, output: str | None, **options: Any
) -> None:
    """Write in the chosen format to `stream` (stdout when None), or, for SQLite, into the
    -o file itself (the path was checked before any work)."""
    if fmt in FILE_ONLY_FORMATS:
        from summitx.sqlite_output import write_sqlite

        write_sqlite(records, output or "", **options)
        return
    if fmt == "html":
        from summitx.report import write_html as writer
    else:
        from summitx.output import WRITERS

        writer = WRITERS[fmt]
    writer(records, stream if stream is not None else sys.stdout, **options)


def checked_gold(gold_dir: str) -> dict[str, Any]:
    """The gold annotations of GOLD_DIR, refused (exit 2) when there are none to score."""
    from summitx.evaluate import GoldError, load_gold

    folder = Path(gold_dir)
    if not any(folder.glob("*.json")):
        raise click.BadParameter(
            f"no gold files (*.json) in {gold_dir}: the gold folder comes first, "
            "as in `summitx eval GOLD_DIR ARTICLES...`", param_hint="GOLD_DIR",
        )  # fmt: skip
    try:
        gold = load_gold(folder)
    except GoldError as exc:  # names the file and the reason
        click.echo(f"error: {printable(str(exc))}", err=True)
        sys.exit(EXIT_USAGE)
    except (OSError, ValueError) as exc:
        message = f"cannot read gold in {gold_dir}: {exc}"
        raise click.BadParameter(message, param_hint="GOLD_DIR") from exc
    for doc_id, article in gold.items():
        if not isinstance(article, dict) or not {"people", "meetings", "statements",
                                                  "agreements"} & set(article):  # fmt: skip
            raise click.BadParameter(
                f"{gold_dir}: {doc_id}.json is not a gold annotation (no people, meetings, "
                "statements or agreements)", param_hint="GOLD_DIR",
            )  # fmt: skip
    return gold


def _few(names: list[str], shown: int = 3) -> str:
    return ", ".join(names[:shown]) + (f", ... ({len(names)} in all)" if len(names) > shown else "")


def _fail(exc: BaseException, output: str | None, documents: int) -> None:
    """Turn an interruption or a failed write into its message and exit status."""
    from summitx.safe_write import OutputError, os_reason
    from summitx.signals import exit_status, signal_of

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
@click.argument("gold_dir", metavar="GOLD", type=click.Path(exists=True))
@click.argument("paths", nargs=-1)
@click.option("--records", "records_file", type=click.Path(exists=True, dir_okay=False),
              help="Score this summitx JSON Lines output instead of extracting.")  # fmt: skip
@extraction_options
@click.option("-v", "--verbose", is_flag=True, help="List the misses and extras of each category.")
@click.option("--min-f1", type=float, help="Exit 1 when any category's F1 is below this.")
def eval_command(
    gold_dir: str, paths: tuple[str, ...], records_file: str | None, model: str | None,
    max_chars: int, timeout: float, jobs: int, cache_dir: str | None, dask_address: str | None,
    verbose: bool, min_f1: float | None,
) -> None:  # fmt: skip
    """Score extraction against gold annotations (precision / recall / F1 per category), with
    the metric of SPEC.md. GOLD is a folder of gold JSON files, or a PolNeAR JSON Lines file
    (direct-quote attribution; its own articles are extracted unless PATHS or --records).

    \b
    Exit codes: 0 scored (and every F1 at least --min-f1); 1 some F1 below --min-f1;
    2 usage error (e.g. a GOLD folder without gold files).

    \b
    Examples:
      summitx eval examples/gold examples/articles/ --min-f1 0.9
      summitx eval ../shared/gold/dev --records dev_output.jsonl
      summitx eval ../shared/polnear/polnear_dev.jsonl
    """
    from summitx.evaluate import GoldError, read_records
    from summitx.evaluate_polnear import is_polnear, polnear_articles
    from summitx.scoring import score_lines

    gold_path = Path(gold_dir)
    polnear = is_polnear(gold_path)
    if not polnear:
        if not gold_path.is_dir():
            raise click.BadParameter(f"{gold_dir}: neither a gold folder nor PolNeAR JSON Lines",
                                     param_hint="GOLD")  # fmt: skip
        gold_ids = sorted(checked_gold(gold_dir))  # none, or not gold: exit 2 before work
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
            run_extraction(paths, model, max_chars, quiet=True, jobs=jobs, cache_dir=cache_dir,
                           dask_address=dask_address, timeout=timeout or None)
            if paths
            else _extract(polnear_articles(gold_path, max_chars), model, jobs, cache_dir,
                          dask_address, timeout or None)
        )  # fmt: skip
        records = []
        for group in groups:
            document = group[0]
            if document.errors:  # scored as an article without output, and said
                reason = "; ".join(document.errors)
                click.echo(f"error: {printable(document.path)}: {printable(reason)}", err=True)
            records.extend(r.model_dump(mode="json") for r in group)
    inputs = sorted({r["doc_id"] for r in records if r["type"] == "document"})
    if not polnear and not set(gold_ids) & set(inputs):
        # Nothing to compare: the wrong folder, or gold written for other articles.
        raise click.BadParameter(
            f"none of the {len(gold_ids)} gold articles is among the inputs (gold: "
            f"{_few(gold_ids)}; inputs: {_few(inputs) or 'none'})", param_hint="PATHS",
        )  # fmt: skip
    try:
        lines, scores = score_lines(gold_path, polnear, records, verbose)
    except GoldError as exc:
        click.echo(f"error: {printable(str(exc))}", err=True)
        sys.exit(EXIT_USAGE)
    for line in lines:
        click.echo(line)
    failed = [name for name, f1 in scores.items() if min_f1 is not None and f1 < min_f1]
    if failed:
        click.echo(f"below --min-f1 {min_f1}: {', '.join(failed)}", err=True)
        sys.exit(EXIT_FILE_ERRORS)


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False),
              help="The HTML file to write.")  # fmt: skip
@click.option("--title", default="Summit report", show_default=True, help="The report's title.")
@extraction_options
@click.option("--fail-on-conflict", is_flag=True,
              help="Exit 1 when sources conflict, listing each conflict.")  # fmt: skip
@click.option("-q", "--quiet", is_flag=True, help="No progress bar and no summary line.")
def report(
    paths: tuple[str, ...], output: str, title: str, model: str | None, max_chars: int,
    timeout: float, jobs: int, cache_dir: str | None, dask_address: str | None,
    fail_on_conflict: bool, quiet: bool,
) -> None:  # fmt: skip
    """Write one self-contained HTML report: a timeline of merged events, each with its
    sources, quotes, agreements and conflicts, linked to the evidence in the article text.

    PATHS are articles (extracted now) or records saved by `summitx extract -o
    records.jsonl` (or .json), which are reused without extracting again.

    \b
    Exit codes: 0 written; 1 written, but some files had errors (or, with
    --fail-on-conflict, sources conflict), or the report could not be written; 2 usage
    error (found before any work); 130 / 143 interrupted (the -o file is left as it was).

    \b
    Examples:
      summitx report examples/articles/ -o report.html
      summitx report records.jsonl -o report.html
    """
    from summitx.consolidate import consolidate
    from summitx.report import render_report
    from summitx.saved import SavedRecordsError, article_texts, is_records_file, read_records

    target = checked_output(output, paths)
    saved = [is_records_file(p) for p in paths]
    if any(saved) and not all(saved):
        raise click.BadParameter(
            "give either articles or saved records files, not both", param_hint="PATHS"
        )
    _check_cache(cache_dir)
    out = _open_output(output)  # its temporary file now: an unwritable -o fails before work
    tally = Tally(show_warnings=False)
    texts: dict[str, str] = {}
    try:
        if all(saved):
            try:
                records = read_records(paths)
            except SavedRecordsError as exc:
                raise click.BadParameter(str(exc), param_hint="PATHS") from exc
            documents = [r for r in records if r.type == "document"]
            texts = article_texts(documents, records)
            for document in documents:
                tally.document(document)
        else:
            records = []
            for group in run_extraction(
                paths, model, max_chars, quiet, jobs=jobs, cache_dir=cache_dir,
                dask_address=dask_address, skip=target, texts=texts, timeout=timeout or None,
            ):  # fmt: skip
                tally.document(group[0])
                records.extend(group)
        merged = consolidate(records)
        labels = _labels({r.doc_id: r for r in records if r.type == "document"})
        tally.merged(merged, labels, explain=fail_on_conflict)
        out.stream.write(render_report([*records, *merged], texts, title))
        out.commit()
    except click.ClickException:
        raise
    except BaseException as exc:
        _fail(exc, output, tally.documents)
        raise
    finally:
        out.discard()
    if not quiet:
        events = sum(r.type == "event" for r in merged)
        click.echo(
            f"summitx: wrote {output}: {tally.documents} article(s), {events} event(s), "
            f"{tally.conflicts} conflict(s)",
            err=True,
        )
    if tally.errors or (fail_on_conflict and tally.conflicts):
        sys.exit(EXIT_FILE_ERRORS)


@cli.command()
@click.option("--model", help="The spaCy model to describe (default: the one extract loads).")
@click.option("--cache", "cache_dir", type=click.Path(file_okay=False), envvar=CACHE_ENV,
              show_envvar=True, help="The record cache to describe.")  # fmt: skip
def info(model: str | None, cache_dir: str | None) -> None:
    """Show the version, the model extract would load, the rule data and the cache.

    Reads metadata only: neither spaCy nor the model is loaded.

    \b
    Example:
      summitx info
    """
    from summitx.info import describe

    for key, value in describe(model, cache_dir):
        click.echo(f"{key + ':':10} {value}")


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
