"""Speed and memory of summitx against raw spaCy, from one run.

    python benchmarks/bench.py [CORPUS] [--limit N] [--jobs N] [--repeat N] [--dask] [--twice]

CORPUS defaults to ../shared/corpora/bbc-news-2005 next to the repository. Each measurement
runs in a fresh process, so peak RSS and start-up cost are those a user sees:

- end to end: `summitx extract CORPUS --format jsonl -o FILE -q`, wall time from launch;
- raw spaCy: the same model with the same model components (`summitx.nlp.load_pipeline`, less
  summitx's own rule components, which are extraction work) running
  `nlp.pipe(texts, batch_size=32)` over the same texts, timing only the pipe loop;
- both of these `--repeat` times (default 3), alternating; the ratio compares the best of each.
  The raw runs alternate between glibc's default malloc (a plain script) and malloc tuned as
  summitx tunes it (summitx/allocator.py), so the baseline is the faster of the two;
- `--jobs N` against one job; `summitx --help`; a first run with `--cache DIR` and a re-run;
- with `--twice`, the corpus twice over (the copy under new ids): memory is flat when the
  second half of that run peaks no higher than the first.

Words are whitespace-separated words of the article texts, the same count for every figure.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "bbc-news-2005"
# The raw baseline's batch size: 32 parsed as fast as summitx's 16, or a few percent faster.
RAW_BATCH = 32
PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


def rss_mb(pid: int) -> float | None:
    """Current resident memory of a process (Linux /proc), None elsewhere or once it is gone."""
    try:
        with open(f"/proc/{pid}/statm") as statm:
            return int(statm.read().split()[1]) * PAGE / 1e6
    except (OSError, IndexError, ValueError):
        return None


class Run:
    """A child process timed from launch to exit, with its peak RSS and an RSS trace."""

    def __init__(self, args: list[str], extra_env: dict[str, str] | None = None) -> None:
        env = dict(os.environ, **(extra_env or {}))
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
        self.trace: list[tuple[float, float]] = []
        with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
            start = time.perf_counter()
            proc = subprocess.Popen(args, env=env, stdout=out, stderr=err)
            done = threading.Event()

            def sample() -> None:
                while not done.wait(0.2):
                    value = rss_mb(proc.pid)
                    if value is not None:
                        self.trace.append((time.perf_counter() - start, value))

            sampler = threading.Thread(target=sample, daemon=True)
            sampler.start()
            # wait4 gives this child's own peak RSS (including workers it reaped), in KB.
            _pid, status, usage = os.wait4(proc.pid, 0)
            self.seconds = time.perf_counter() - start
            done.set()
            sampler.join()
            proc.returncode = os.waitstatus_to_exitcode(status)
            out.seek(0)
            err.seek(0)
            self.stdout = out.read().decode()
            if proc.returncode not in (0, 1):
                sys.exit(f"failed ({proc.returncode}): {' '.join(args)}\n{err.read().decode()}")
        self.peak_mb = usage.ru_maxrss / 1e3
        # CPU seconds barely change when other processes compete for the cores; wall time does.
        self.cpu = usage.ru_utime + usage.ru_stime

    def peak_by_quarter(self, parts: int = 4) -> str:
        """Peak RSS in each quarter (or other part) of the run: flat memory gives similar
        figures."""
        peaks = []
        for q in range(parts):
            points = [
                v
                for t, v in self.trace
                if q * self.seconds / parts <= t < (q + 1) * self.seconds / parts
            ]
            peaks.append(f"{max(points):.0f}" if points else "-")
        return " / ".join(peaks)


def raw_spacy(corpus: str) -> None:
    """Child mode: time plain nlp.pipe over the corpus texts and print JSON."""
    from summitx.components import RULE_COMPONENTS
    from summitx.loader import load_articles
    from summitx.nlp import load_pipeline, model_name

    nlp = load_pipeline()
    # The rule components mark triggers and cues for the extractors: their cost belongs to
    # summitx's side of the ratio, not to the baseline.
    nlp.select_pipes(disable=[name for name in RULE_COMPONENTS if name in nlp.pipe_names])
    texts = [a.text for a in load_articles([corpus]) if not a.errors]
    start, cpu = time.perf_counter(), time.process_time()
    for _doc in nlp.pipe(texts, batch_size=RAW_BATCH):
        pass
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    print(
        json.dumps(
            {"seconds": seconds, "cpu": cpu, "model": model_name(nlp), "pipes": nlp.pipe_names}
        )
    )


def corpus_size(corpus: str) -> tuple[int, int]:
    from summitx.loader import load_articles

    docs = words = 0
    for article in load_articles([corpus]):
        if not article.errors:
            docs += 1
            words += len(article.text.split())
    return docs, words


def limited_corpus(corpus: str, limit: int, folder: Path) -> str:
    """The first `limit` articles as one JSON Lines file (ids kept)."""
    from summitx.loader import load_articles

    target = folder / "corpus.jsonl"
    with target.open("w", encoding="utf-8") as out:
        count = 0
        for article in load_articles([corpus]):
            if article.errors:
                continue
            out.write(json.dumps({"id": article.doc_id, "text": article.text}) + "\n")
            count += 1
            if count >= limit:
                break
    return str(target)


def doubled_corpus(corpus: str, folder: Path) -> str:
    """The corpus twice over as one JSON Lines file, the second copy under new ids."""
    from summitx.loader import load_articles

    target = folder / "corpus-twice.jsonl"
    with target.open("w", encoding="utf-8") as out:
        for suffix in ("", "~2"):
            for article in load_articles([corpus]):
                if not article.errors:
                    out.write(json.dumps({"id": article.doc_id + suffix, "text": article.text}))
                    out.write("\n")
    return str(target)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", help="folder or file of articles")
    parser.add_argument("--limit", type=int, help="only the first N articles")
    parser.add_argument("--jobs", type=int, default=2, help="jobs for the parallel run")
    parser.add_argument(
        "--repeat", type=int, default=3, help="runs of end to end and of raw spaCy (best counts)"
    )
    parser.add_argument(
        "--dask", action="store_true", help="also run on a LocalCluster of --jobs processes"
    )
    parser.add_argument(
        "--twice", action="store_true", help="also run the corpus twice over: is memory flat?"
    )
    parser.add_argument("--raw-spacy", help=argparse.SUPPRESS)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))  # summitx from this checkout, installed or not
    if args.raw_spacy:
        raw_spacy(args.raw_spacy)
        return
    corpus = args.corpus or (str(DEFAULT_CORPUS) if DEFAULT_CORPUS.is_dir() else None)
    if corpus is None:
        parser.error(f"no corpus given and {DEFAULT_CORPUS} does not exist")
    from summitx.allocator import OPT_OUT_ENV

    py = sys.executable
    with tempfile.TemporaryDirectory(prefix="summitx-bench-") as tmp:
        work = Path(tmp)
        if args.limit:
            corpus = limited_corpus(corpus, args.limit, work)
        docs, words = corpus_size(corpus)
        print(f"corpus: {corpus}: {docs:,} articles, {words:,} words", flush=True)
        print(f"machine: {os.cpu_count()} cores, load average {load()} before the runs")

        helps = [Run([py, "-m", "summitx", "--help"]).seconds for _ in range(5)]
        print(f"summitx --help: {min(helps):.3f} s (best of 5; median {sorted(helps)[2]:.3f} s)")

        def extract_command(path: str) -> list[str]:
            return [py, "-m", "summitx", "extract", path, "--format", "jsonl", "-q"]

        extract = extract_command(corpus)
        # Two processes doing the same work differ by several percent on a shared machine,
        # so each side runs `--repeat` times, alternating, and the best of each is compared.
        ones: list[Run] = []
        raws: list[tuple[Run, dict]] = []
        for run in range(args.repeat):
            ones.append(Run([*extract, "-o", str(work / "one.jsonl")]))
            one = ones[-1]
            print(
                f"end to end, 1 job: {one.seconds:.1f} s = {words / one.seconds:,.0f} words/s, "
                f"{docs / one.seconds:.1f} docs/s; peak RSS {one.peak_mb:.0f} MB "
                f"(peak in each quarter of the run: {one.peak_by_quarter()} MB)",
                flush=True,
            )
            default_malloc = run % 2 == 0
            raw_run = Run(
                [py, __file__, "--raw-spacy", corpus],
                {OPT_OUT_ENV: "1" if default_malloc else "0"},
            )
            raw = json.loads(raw_run.stdout.strip().splitlines()[-1])
            raws.append((raw_run, raw))
            print(
                f"raw nlp.pipe ({raw['model']}: {', '.join(raw['pipes'])}; batch "
                f"{RAW_BATCH}; {'default' if default_malloc else 'tuned'} malloc): "
                f"{raw['seconds']:.1f} s = {words / raw['seconds']:,.0f} words/s; "
                f"peak RSS {raw_run.peak_mb:.0f} MB",
                flush=True,
            )
        one = min(ones, key=lambda r: r.seconds)
        raw = min((r for _, r in raws), key=lambda r: r["seconds"])
        print(
            f"end to end / raw nlp.pipe, best of {args.repeat} each: "
            f"{raw['seconds'] / one.seconds:.3f} by wall time "
            f"({one.seconds:.1f} s against {raw['seconds']:.1f} s), "
            f"{min(r['cpu'] for _, r in raws) / min(r.cpu for r in ones):.3f} by CPU time "
            "(end to end includes start-up, model loading, reading and writing); "
            f"peak RSS of the end-to-end runs {max(r.peak_mb for r in ones):.0f} MB",
            flush=True,
        )

        many = Run([*extract, "--jobs", str(args.jobs), "-o", str(work / "many.jsonl")])
        same = (work / "many.jsonl").read_bytes() == (work / "one.jsonl").read_bytes()
        print(
            f"end to end, {args.jobs} jobs: {many.seconds:.1f} s = {words / many.seconds:,.0f} "
            f"words/s; speed-up x{one.seconds / many.seconds:.2f} "
            f"(on {os.cpu_count()} cores); output identical: {same}",
            flush=True,
        )

        cache = ["--cache", str(work / "cache")]
        cold = Run([*extract, *cache, "-o", str(work / "cold.jsonl")])
        warm = Run([*extract, *cache, "-o", str(work / "warm.jsonl")])
        same = (work / "warm.jsonl").read_bytes() == (work / "one.jsonl").read_bytes()
        print(
            f"--cache: first run {cold.seconds:.1f} s, re-run {warm.seconds:.2f} s "
            f"({100 * warm.seconds / cold.seconds:.1f}% of the first); peak RSS of the re-run "
            f"{warm.peak_mb:.0f} MB; output identical: {same}"
        )
        if args.dask:
            dask_run(extract, args.jobs, work, one.seconds)
        if args.twice:
            twice = doubled_corpus(corpus, work)
            run = Run([*extract_command(twice), "-o", str(work / "twice.jsonl")])
            print(
                f"the corpus twice over ({2 * docs:,} articles), 1 job: {run.seconds:.1f} s; "
                f"peak RSS {run.peak_mb:.0f} MB; peak in each half of the run: "
                f"{run.peak_by_quarter(2)} MB (quarters {run.peak_by_quarter()} MB)",
                flush=True,
            )
        print(f"load average {load()} after the runs (other work on the machine skews timings)")


def dask_run(extract: list[str], jobs: int, work: Path, one_job: float) -> None:
    """The same extraction through --dask on a local cluster of `jobs` one-thread workers."""
    from distributed import LocalCluster

    with LocalCluster(
        n_workers=jobs, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster:
        run = Run([*extract, "--dask", cluster.scheduler_address, "-o", str(work / "dask.jsonl")])
    same = (work / "dask.jsonl").read_bytes() == (work / "one.jsonl").read_bytes()
    print(
        f"--dask, LocalCluster of {jobs} worker processes: {run.seconds:.1f} s; speed-up "
        f"x{one_job / run.seconds:.2f} over one local job; output identical: {same}"
    )


def load() -> str:
    try:
        return " / ".join(f"{v:.1f}" for v in os.getloadavg())
    except OSError:
        return "unknown"


if __name__ == "__main__":
    main()
