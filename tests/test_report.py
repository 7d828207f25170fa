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
from summitx.records import (
    Conflict,
    ConflictValue,
    DocumentRecord,
    EventRecord,
    Evidence,
    Location,
    MeetingRecord,
    PersonRef,
)
from summitx.report import _timeline, anchor_id, marked_text, render_report

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


# --- The date axis, ties, merged names, saved records ------------------------------------


AXIS_DATES = ("2025-10", "2026-01-13", "2026-01-14", "2026-01-16")


def _event(date: str, kind: str = "talks", conflicts: list[Conflict] | None = None) -> EventRecord:
    people = [PersonRef(name="Ines Kowal"), PersonRef(name=f"Tor Lund {date}")]
    return EventRecord(
        participants=people, date=date, kind=kind, doc_ids=["a"], conflicts=conflicts or []
    ).with_id()


def test_the_axis_is_proportional_and_a_long_gap_is_shortened_and_marked():
    ticks, breaks = _timeline([_event(d) for d in reversed(AXIS_DATES)])
    # October (at its first day) to January 13 is 104 days: drawn as long as the 3 days of
    # short gaps together, and marked; the January days keep their true spacing (1 : 2).
    assert [(t["event"].date, t["left"]) for t in ticks] == [
        ("2025-10", "6.0%"), ("2026-01-13", "50.0%"), ("2026-01-14", "64.7%"),
        ("2026-01-16", "94.0%"),
    ]  # fmt: skip
    assert breaks == [{"left": "28.0%", "label": "3 months later"}]


@pytest.mark.parametrize(
    ("dates", "lefts"),
    [
        (["2026-02-02"], ["50.0%"]),
        (["2026-02-02", "2026-02-03", "2026-02-05"], ["6.0%", "35.3%", "94.0%"]),
        (["2024", "2026-02-02"], ["6.0%", "94.0%"]),  # only a long gap: half each side
    ],
)
def test_axis_positions(dates, lefts):
    ticks, _ = _timeline([_event(d) for d in dates])
    assert [t["left"] for t in ticks] == lefts


def test_a_tie_is_not_labelled_consensus():
    tie = Conflict(field="date", consensus="2026-01-13", values=[
        ConflictValue(value="2026-01-13", doc_ids=["a"]),
        ConflictValue(value="2026-01-14", doc_ids=["b"]),
    ])  # fmt: skip
    html = render_report([_event("2026-01-13", conflicts=[tie])], {}, "Tie")
    assert "(consensus)" not in html and "date (no majority)" in html


def _articles(folder: Path) -> Path:
    folder.mkdir()
    (folder / "a.txt").write_text(
        "May 5, 2026\n\nChancellor Anna-Lena Berg met President Piet Maas in Bonn on Tuesday.\n\n"
        '"Trade has doubled," Anna-Lena Berg said after the talks.\n'
    )
    (folder / "b.txt").write_text(
        "May 5, 2026\n\nPresident Piet Maas met Chancellor Anna Lena Berg in Bonn on Tuesday.\n\n"
        '"We will build the bridge together," Anna Lena Berg said after the talks.\n'
    )
    return folder


def test_quotes_show_the_name_merged_across_articles(tmp_path):
    target = tmp_path / "r.html"
    result = CliRunner().invoke(cli, ["report", str(_articles(tmp_path / "in")), "-o",
                                      str(target), "-q"], catch_exceptions=False)  # fmt: skip
    assert result.exit_code == 0
    html = target.read_text(encoding="utf-8")
    quotes = re.findall(r"<li><b>([^<]+)</b> said:", html)
    assert len(quotes) == 2 and len(set(quotes)) == 1, quotes  # one spelling for both


def test_a_report_of_saved_records_is_the_report_of_the_articles(tmp_path):
    folder = _articles(tmp_path / "in")
    saved, direct, again = tmp_path / "records.jsonl", tmp_path / "a.html", tmp_path / "b.html"
    runner = CliRunner()
    assert runner.invoke(cli, ["extract", str(folder), "-o", str(saved), "-q"]).exit_code == 0
    assert runner.invoke(cli, ["report", str(folder), "-o", str(direct), "-q"]).exit_code == 0
    result = runner.invoke(cli, ["report", str(saved), "-o", str(again)], catch_exceptions=False)
    assert result.exit_code == 0
    assert result.stderr == f"summitx: wrote {again}: 2 article(s), 1 event(s), 0 conflict(s)\n"

    def stable(path: Path) -> str:
        return re.sub(r"generated [^<]+? by", "generated by", path.read_text(encoding="utf-8"))

    assert stable(again) == stable(direct)
    # The articles moved away: the report still links each source to its cited passage.
    (folder / "a.txt").unlink()
    assert runner.invoke(cli, ["report", str(saved), "-o", str(again), "-q"]).exit_code == 0
    html = again.read_text(encoding="utf-8")
    assert html.count("article text not at hand: the cited passages only") == 1
    for link in re.findall(r'href="#(ev-a-\d+-\d+)"', html):
        assert f'id="{link}"' in html


def test_report_refuses_mixed_articles_and_saved_records(tmp_path):
    folder = _articles(tmp_path / "in")
    saved = tmp_path / "records.jsonl"
    CliRunner().invoke(cli, ["extract", str(folder), "-o", str(saved), "-q"])
    result = CliRunner().invoke(cli, ["report", str(saved), str(folder), "-o", "x.html"])
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1] == (
        "Error: Invalid value for PATHS: give either articles or saved records files, not both"
    )


def test_the_axis_as_chromium_draws_it(tmp_path):
    page = tmp_path / "axis.html"
    page.write_text(render_report([_event(d) for d in AXIS_DATES], {}, "Axis"), encoding="utf-8")
    dom = _chromium(tmp_path / "profile", "--window-size=1200,800", "--dump-dom",
                    page.as_uri()).stdout  # fmt: skip
    axis = re.search(r'data-axis="([^"]+)"', dom)[1].split()
    where = {name: int(x) for name, x in (item.split("@") for item in axis)}
    assert list(where) == [*AXIS_DATES, "gap"]
    october, jan13, jan14, jan16 = (where[d] for d in AXIS_DATES)
    assert october < where["gap"] < jan13 < jan14 < jan16
    # Proportional: Jan 14 -> 16 is twice Jan 13 -> 14 on screen (to a pixel of rounding).
    assert abs((jan16 - jan14) - 2 * (jan14 - jan13)) <= 2
    # The long gap is drawn as wide as the 3 short days together.
    assert abs((jan13 - october) - (jan16 - jan13)) <= 1


def test_a_grouped_json_of_saved_records_is_read_back_too(tmp_path):
    folder = _articles(tmp_path / "in")
    saved, target = tmp_path / "records.json", tmp_path / "r.html"
    runner = CliRunner()
    assert runner.invoke(cli, ["extract", str(folder), "-o", str(saved), "-q"]).exit_code == 0
    result = runner.invoke(cli, ["report", str(saved), "-o", str(target)], catch_exceptions=False)
    assert result.stderr == f"summitx: wrote {target}: 2 article(s), 1 event(s), 0 conflict(s)\n"


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
