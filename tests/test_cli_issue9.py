"""Issue 9 regressions through the command line: record-level failures stay record-level, read-only commands never
create a store, a damaged store is named as such, control characters are escaped, Ctrl-C exits 130."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from sitroom.cli import main
from sitroom.model import Article, Event, Evidence
from sitroom.store import EventQuery, open_store

ROOT = Path(__file__).resolve().parents[1]


def _write_jsonl(path: Path, records: list[dict[str, object]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "argv",
    [["events"], ["overview"], ["export", "--format", "csv", "-o", "{tmp}/out.csv"], ["check"]],
    ids=lambda a: a[0],
)
def test_cli_issue9_read_only_commands_never_create_a_store(
    argv: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "typo.duckdb"
    args = [a.format(tmp=tmp_path) for a in argv] + ["--db", str(db)]
    assert main(args) == 1
    err = capsys.readouterr().err
    assert f"no such store: {db} [E022]" in err and len(err.splitlines()) == 1
    assert not db.exists() and not (tmp_path / "out.csv").exists()


def _filled_store(path: Path, n: int = 300) -> None:
    """A store of ``n`` articles with one event each, large enough to span several DuckDB blocks."""
    store = open_store(str(path))
    items = []
    for i in range(n):
        text = f"Police arrested {i} protesters in Nairobi. " + "Filler sentence of the report. " * 300
        article = Article(id=f"a{i}", text=text, published=date(2023, 1, 1 + i % 28))
        event = Event(article_id=article.id, plover_event="COERCE", evidence=Evidence(text[:40], 0, 40))
        items.append((article, [event]))
    store.add_articles(items)
    store.close()


def test_cli_issue9_check_passes_a_whole_store(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "s.duckdb"
    _filled_store(db)
    assert main(["check", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "FAIL" not in out and "articles 300, events 300" in out
    assert all(line.startswith(("ok ", "warn ")) for line in out.splitlines())


def test_cli_issue9_free_blocks_past_a_truncated_end_are_no_damage(tmp_path: Path) -> None:
    """DuckDB truncates a file whose last blocks a checkpoint freed, yet after a reopen it still counts them in
    ``total_blocks``: the store is whole (it owes only its blocks in use), and opening it for writing succeeds."""
    import duckdb

    from sitroom.store.check import quick_problems

    db = tmp_path / "s.duckdb"
    _filled_store(db, 20)
    con = duckdb.connect(str(db))
    con.execute("CREATE TABLE scratch AS SELECT range AS i, md5(range::VARCHAR) AS s FROM range(600000)")
    con.execute("CHECKPOINT")
    con.execute("DROP TABLE scratch")
    con.execute("CHECKPOINT")
    con.close()
    con = duckdb.connect(str(db))
    _, _, block, total, used, *_ = con.execute("PRAGMA database_size").fetchone()
    con.close()
    assert total > used and db.stat().st_size < 3 * 4096 + block * total  # the case: counted blocks past the end
    store = open_store(str(db))
    try:
        assert quick_problems(store) == []
    finally:
        store.close()


def test_cli_issue9_store_cut_in_half_is_damaged_not_already_stored(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "s.duckdb"
    _filled_store(db)
    with open(db, "r+b") as fh:
        fh.truncate(db.stat().st_size // 2)
    feed = _write_jsonl(tmp_path / "feed.jsonl", [{"id": "a1", "published": "2023-01-02", "text": "x"}])
    assert main(["ingest", str(feed), "--db", str(db)]) == 1
    err = capsys.readouterr().err
    assert "is damaged" in err and "[E023]" in err and "already stored" not in err
    assert main(["check", "--db", str(db)]) == 1
    captured = capsys.readouterr()
    assert "FAIL storage" in captured.out and "is damaged" in captured.err
    from sitroom.store.check import check_store

    assert any(v.failed for v in check_store(str(db)))


@pytest.mark.postgres
def test_cli_issue9_check_on_postgresql(fresh_postgres_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["events", "--db", fresh_postgres_url]) == 1
    assert "[E022]" in capsys.readouterr().err
    store = open_store(fresh_postgres_url)
    article = Article(id="p1", text="Police arrested two men.", published=date(2023, 1, 1))
    store.add_article(article, [Event(article_id="p1", plover_event="COERCE", evidence=Evidence("Police", 0, 6))])
    store.close()
    assert main(["check", "--db", fresh_postgres_url]) == 0
    out = capsys.readouterr().out
    assert "ok   storage: PostgreSQL" in out and "articles 1, events 1" in out


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("a\x1b[2Jb", "a\\x1b[2Jb"),
        ("one\ntwo\r", "one\\ntwo\\r"),
        ("tab\there", "tab\\there"),
        ("é\u202eok", "é\\u202eok"),
    ],
)
def test_cli_issue9_printable_escapes_control_characters(raw: str, shown: str) -> None:
    from sitroom.terminal import printable

    assert printable(raw) == shown


def test_cli_issue9_ids_with_control_characters_are_escaped(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad_id = "evil\x1b[2J\nsitroom: forged line"
    feed = _write_jsonl(tmp_path / "feed\x1b.jsonl", [{"id": bad_id, "published": "2023-02-30", "text": "x"}])
    db = tmp_path / "s.duckdb"
    assert main(["ingest", str(feed), "--db", str(db), "--quiet"]) == 2
    err = capsys.readouterr().err
    assert "\x1b" not in err and err.count("\n") == 1, err
    assert "evil\\x1b[2J\\nsitroom: forged line" in err and "feed\\x1b.jsonl" in err


@pytest.mark.slow
def test_cli_issue9_calendar_edge_dates_and_deep_json_do_not_stop_the_batch(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = "Gunmen killed five people in Nairobi yesterday. Next year the trial opens."
    records: list[dict[str, object]] = [
        {"id": "first", "published": "0001-01-01", "text": text},
        {"id": "last", "published": "9999-12-31", "text": text},
    ]
    feed = _write_jsonl(tmp_path / "feed.jsonl", records)
    with feed.open("a", encoding="utf-8") as fh:
        fh.write('{"id": "deep", "text": ' + "[" * 1000 + "]" * 1000 + "}\n")
        fh.write(
            json.dumps({"id": "ok", "published": "2023-01-01", "text": "Police arrested two men in Kisumu."}) + "\n"
        )
    db = tmp_path / "s.duckdb"
    assert main(["ingest", str(feed), "--db", str(db)]) == 2
    err = capsys.readouterr().err
    assert "line 3: malformed JSON: nested too deeply [E004]" in err and "internal error" not in err
    assert "3 articles read" in err
    store = open_store(str(db))
    dates = sorted(e["date"] for e in store.events(EventQuery()))
    store.close()
    assert dates[0].startswith("0001-") and dates[-1].startswith("9999-")


@pytest.mark.slow
def _default_interrupt() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def test_cli_issue9_ctrl_c_mid_ingest_exits_130_and_keeps_what_was_stored(tmp_path: Path) -> None:
    n, bad = 200, 100  # the bad record is read with the second batch of 64: after the first batch is stored
    records: list[dict[str, object]] = [
        {"id": f"a{i}", "published": "2023-11-09", "text": f"Police arrested {i + 2} protesters in Nairobi on Monday."}
        for i in range(n)
    ]
    records[bad] = {"id": "bad", "published": "2023-02-30", "text": "x"}
    feed = _write_jsonl(tmp_path / "feed.jsonl", records)
    db = tmp_path / "s.duckdb"
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    cmd = [sys.executable, "-m", "sitroom", "ingest", str(feed), "--db", str(db)]
    # the child starts with Ctrl-C's default action, as from a shell, whatever an earlier test in this process left
    # (a SIGINT ignored here would be ignored there too)
    inherited = signal.getsignal(signal.SIGINT)
    proc = subprocess.Popen(
        cmd, stderr=subprocess.PIPE, text=True, env=env, cwd=tmp_path, preexec_fn=_default_interrupt
    )
    assert proc.stderr is not None
    first = proc.stderr.readline()
    assert "[E006]" in first, first
    proc.send_signal(signal.SIGINT)
    rest = proc.stderr.read()
    assert proc.wait(timeout=120) == 130, (inherited, rest)
    assert rest.strip().splitlines()[-1:] == ["sitroom: interrupted"], rest
    assert "Traceback" not in rest and "internal error" not in rest and "aborted" not in rest
    from sitroom.store.check import check_store

    verdicts = check_store(str(db))
    assert not [v for v in verdicts if v.failed], verdicts
    store = open_store(str(db))
    stored = store.counts()["articles"]
    store.close()
    assert 64 <= stored < n - 1
    # the rerun stores the rest: nothing lost, nothing twice
    assert subprocess.run(cmd, env=env, cwd=tmp_path, capture_output=True).returncode == 2
    store = open_store(str(db))
    assert store.counts()["articles"] == n - 1
    store.close()
