"""The HTML report: self-contained markup, and the rendered page in headless Chromium."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import SEEDS

from summitx.cli import cli
from summitx.consolidate import consolidate
from summitx.records import DocumentRecord, Evidence, Location, MeetingRecord, PersonRef
from summitx.report import anchor_id, marked_text, render_report

TEXT = "Leaders met in Berlin on May 14. They <agreed> to talk again. A & B said so."


def _meeting(doc: str, date: str, start: int, end: int) -> MeetingRecord:
    return MeetingRecord(
        doc_id=doc,
        participants=[PersonRef(name="Olaf Scholz"), PersonRef(name="Emmanuel Macron")],
        date=date,
        location=Location(name="Berlin"),
        kind="summit",
        evidence=Evidence(start=start, end=end, text=TEXT[start:end]),
    ).with_id()


def _synthetic_report() -> str:
    records = [
        DocumentRecord(doc_id=d, path=d, outlet=f"Outlet {d}", published="2024-05-15")
        for d in ("a", "b", "c")
    ]
    records += [_meeting("a", "2024-05-14", 0, 32), _meeting("b", "2024-05-14", 0, 32)]
    records.append(_meeting("c", "2024-05-15", 0, 32))
    merged = consolidate(records)
    return render_report([*records, *merged], {d: TEXT for d in "abc"}, "Test <report>")


def test_report_is_self_contained_and_marks_the_conflict():
    html = _synthetic_report()
    # No fetches: no external scripts, styles, images, fonts or imports.
    assert not re.search(r"""(src|href)=["']?(https?:)?//|@import|url\(""", html)
    assert "<title>Test &lt;report&gt;</title>" in html
    (event,) = re.findall(r'<details class="event conflict" id="(event-\w+)"', html)
    assert f'href="#{event}"' in html  # the timeline links to the event
    assert "2024-05-15" in html and "(consensus)" in html
    # Every source links to an anchor in its article's text.
    for doc in "abc":
        assert f'href="#{anchor_id(doc, 0, 32)}"' in html
        assert f'id="{anchor_id(doc, 0, 32)}"' in html


def test_marked_text_escapes_and_anchors_overlapping_spans():
    html = str(
        marked_text(TEXT, [(0, 32, "meeting"), (15, 21, "statement"), (33, 62, "agreement")], "d")
    )
    assert "&lt;agreed&gt;" in html and "A &amp; B" in html
    assert html.count("<mark") == 2 and html.count("</mark>") == 2  # the overlap is not marked
    for start, end in ((0, 32), (15, 21), (33, 62)):
        assert f'id="{anchor_id("d", start, end)}"' in html
    plain = re.sub(r"<[^>]+>", "", html).replace("&lt;", "<").replace("&gt;", ">")
    assert plain.replace("&amp;", "&") == TEXT


def test_report_command_writes_the_file_and_exits_1_on_unreadable_input(tmp_path):
    article = tmp_path / "in" / "a.txt"
    article.parent.mkdir()
    article.write_text("Chancellor Olaf Scholz met President Emmanuel Macron in Berlin.\n")
    target = tmp_path / "out.html"
    runner = CliRunner()
    ok = runner.invoke(cli, ["report", str(article.parent), "-o", str(target), "-q"])
    assert ok.exit_code == 0 and "Olaf Scholz" in target.read_text(encoding="utf-8")
    missing = runner.invoke(
        cli, ["report", str(article.parent), str(tmp_path / "nope.txt"), "-o", str(target)]
    )
    assert missing.exit_code == 1 and "nope.txt" in missing.stderr
    assert target.read_text(encoding="utf-8").count('class="article"') == 2


def _browser() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        if found := shutil.which(name):
            return found
    pytest.fail("no Chromium: run .ci/install-chromium (make test does) to test the report")


def _chromium(profile: Path, *args: str) -> subprocess.CompletedProcess[str]:
    command = [
        _browser(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--no-first-run", "--disable-extensions", f"--user-data-dir={profile}", *args,
    ]  # fmt: skip
    # The timeout only guards against a hung browser; nothing asserts on speed.
    return subprocess.run(command, capture_output=True, text=True, timeout=180, check=True)


def test_report_renders_in_headless_chromium(tmp_path):
    report = tmp_path / "report.html"
    result = CliRunner().invoke(
        cli, ["report", str(SEEDS), "-o", str(report), "-q"], catch_exceptions=False
    )
    assert result.exit_code == 0 and report.stat().st_size > 0
    html = report.read_text(encoding="utf-8")
    conflicted = re.findall(r'<details class="event conflict" id="(event-\w+)"', html)
    assert conflicted

    dom = _chromium(tmp_path / "profile", "--dump-dom", f"{report.as_uri()}#{conflicted[0]}").stdout
    # The page's script ran in the browser and counted what it shows.
    rendered = re.search(r'data-rendered="(\d+) events, (\d+) with conflicts"', dom)
    assert rendered and int(rendered[1]) >= 4 and int(rendered[2]) >= 1
    for date in ("2025-10", "2026-01-13", "2026-01-14"):
        assert f'data-date="{date}"' in dom
    # Following a link to an event opens it.
    assert re.search(rf'<details class="event conflict" id="{conflicted[0]}"[^>]*\sopen', dom)
    assert "Sources disagree" in dom

    shot = tmp_path / "report.png"
    _chromium(tmp_path / "profile", "--window-size=1366,900", f"--screenshot={shot}",
              report.as_uri())  # fmt: skip
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 10_000


def test_report_marks_agreements_that_are_not_the_parties_agreement():
    from summitx.records import AgreementRecord, AgreementStatus, Party

    def agreement(start: int, end: int, status: AgreementStatus) -> AgreementRecord:
        return AgreementRecord(
            doc_id="a", parties=[Party(name="Olaf Scholz")], text=TEXT[start:end], cue="agreed",
            status=status, rule="verb_cue", evidence=Evidence(start=start, end=end,
                                                              text=TEXT[start:end]),
        ).with_id()  # fmt: skip

    records = [
        DocumentRecord(doc_id="a", path="a", published="2024-05-15"),
        _meeting("a", "2024-05-14", 0, 32),
        agreement(TEXT.index("They"), TEXT.index(" A &"), AgreementStatus.AGREED),
        agreement(TEXT.index("A &"), len(TEXT), AgreementStatus.EXPECTED),
    ]
    html = render_report([*records, *consolidate(records)], {"a": TEXT}, "t")
    assert "<i>agreed</i>: They &lt;agreed&gt; to talk again." in html
    assert "<i>agreed</i> (expected): A &amp; B said so." in html
