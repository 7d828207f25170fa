"""malloc keeps the memory a batch frees for the next batch instead of faulting it in again."""

from __future__ import annotations

import os
import platform
import subprocess
import sys
import textwrap

import pytest

from summitx.allocator import OPT_OUT_ENV

# Allocate and free 50 MB of heap blocks four times; print the page faults of the last three.
CYCLES = textwrap.dedent(
    """
    import resource, sys
    from summitx.allocator import keep_freed_memory
    print(keep_freed_memory())
    def cycle():
        blocks = [bytearray(100_000) for _ in range(500)]
        del blocks
    cycle()
    before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
    for _ in range(3):
        cycle()
    print(resource.getrusage(resource.RUSAGE_SELF).ru_minflt - before)
    """
)

glibc_only = pytest.mark.skipif(
    not sys.platform.startswith("linux") or platform.libc_ver()[0] != "glibc",
    reason="mallopt and minor-fault counts are glibc/Linux features",
)


def run_cycles(opt_out: bool) -> tuple[str, int]:
    env = {"PATH": "", OPT_OUT_ENV: "1" if opt_out else "0"}
    result = subprocess.run(
        [sys.executable, "-c", CYCLES], capture_output=True, text=True, check=True, env=env
    )
    tuned, faults = result.stdout.split()
    return tuned, int(faults)


@glibc_only
def test_freed_memory_is_reused_without_new_page_faults():
    tuned, tuned_faults = run_cycles(opt_out=False)
    default, default_faults = run_cycles(opt_out=True)
    assert (tuned, default) == ("True", "False")
    # 150 MB freed and taken again is about 37,000 pages: glibc's defaults fault most of them
    # in again, the tuned allocator almost none.
    assert default_faults > 10_000
    assert tuned_faults < default_faults / 10


def test_loading_the_model_tunes_the_allocator(nlp):
    from summitx.allocator import keep_freed_memory

    # load_pipeline (the nlp fixture) has called it; the cached answer is what this platform
    # allows, and on glibc Linux it is on unless the user opted out.
    expected = (
        sys.platform.startswith("linux")
        and platform.libc_ver()[0] == "glibc"
        and os.environ.get(OPT_OUT_ENV) != "1"
    )
    assert keep_freed_memory.cache_info().currsize == 1
    assert keep_freed_memory() is expected
