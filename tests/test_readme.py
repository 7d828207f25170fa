"""The README's usage block, run command by command as a new user would after `make run`."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
BIN = Path(sys.executable).parent


def usage_block() -> list[str]:
    section = README.split("\n## Usage\n", 1)[1]
    block = re.search(r"```sh\n(.*?)```", section, re.S)
    assert block, "the Usage section has no sh block"
    return [line for line in block[1].splitlines() if line.strip()]


def shown_conflict() -> str:
    section = README.split("\n## Usage\n", 1)[1]
    return re.search(r"```\n(conflict: .*?)\n```", section, re.S)[1]


def test_every_command_of_the_usage_block_works_from_a_clone(tmp_path):
    shutil.copytree(ROOT / "examples", tmp_path / "examples")
    env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ['PATH']}"}
    env.pop("COLUMNS", None)
    commands = usage_block()
    assert commands[0].startswith("source .venv/bin/activate")
    assert (BIN / "activate").is_file() and (BIN / "summitx").is_file()
    ran = []
    for line in commands[1:]:
        command, _, comment = line.partition("  #")
        completed = subprocess.run(
            ["bash", "-o", "pipefail", "-c", command], cwd=tmp_path, env=env,
            capture_output=True, text=True, timeout=300,
        )  # fmt: skip
        expected = 1 if "exits 1" in comment else 0
        assert completed.returncode == expected, (command, completed.stderr)
        assert "Traceback" not in completed.stderr, command
        if "--fail-on-conflict" in command:
            assert completed.stderr.strip() == shown_conflict()
        ran.append(command.split()[1] if command.startswith("summitx") else command.split()[0])
    assert {"extract", "eval", "report", "info", "schema", "--version"} <= set(ran)
    for made in ("records.jsonl", "quotes.csv", "records.db", "report.html", "schema.json"):
        assert (tmp_path / made).stat().st_size > 0, made


def test_the_usage_block_names_only_files_that_exist():
    for line in usage_block():
        for name in re.findall(r"examples/[\w./-]+", line):
            assert (ROOT / name).exists(), name


def test_the_python_api_example_runs_as_printed():
    section = README.split("\n## Python API\n", 1)[1]
    code = re.search(r"```python\n(.*?)```", section, re.S)[1]
    completed = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    assert completed.returncode == 0, completed.stderr
    assert completed.stdout.splitlines() == [
        "meeting ['Lina Moss', 'Otto Brandt'] Vienna",
        "harbour-gazette Aaro Mattila We cannot leave the seabed unguarded,",
        "harbour-gazette Kadri Lepik Estonia would pay half the cost of two new patrol ships",
        "wire-talks Kadri Lepik Our grids are now one system, and we will defend them together,",
        "wire-talks Aaro Mattila the two governments would share data on damaged cables within "
        "hours",
        "2026-03-11 ['date']",
        "None []",  # the Moss-Brandt meeting of a1 and a2: no date in the text
    ]
