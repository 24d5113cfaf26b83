"""The ``sitroom`` command: a thin front on ``sitroom.core.Sitroom``.

Exit status: 0 when every input was read, 2 when some inputs were rejected, 1 for usage and other errors, 130 when
interrupted (Ctrl-C; what was complete is stored). A user sees one line per problem, never a traceback (set
SITROOM_DEBUG=1 to get one).
"""

from __future__ import annotations

import dataclasses
import functools
import io
import json
import os
import shutil
import sys
import traceback
from collections.abc import Callable, Iterator
from datetime import date
from typing import Any, TextIO

import click

from sitroom import __version__
from sitroom.cli_options import db_option
from sitroom.cli_review import review as review_group
from sitroom.core import Sitroom, demo_corpus_path
from sitroom.errors import SitroomError, UsageError
from sitroom.model import Article, Rejection
from sitroom.progress import Progress
from sitroom.query import CLI_FORMATS, EXPORT_FORMATS, FILTERS, SORTS, EventQuery, event_query
from sitroom.readers import parse_published
from sitroom.table import COLUMNS as TABLE_COLUMNS
from sitroom.table import DEFAULT_COLUMNS, parse_columns, render_table
from sitroom.terminal import printable

__all__ = ["cli", "main"]

EXIT_OK, EXIT_ERROR, EXIT_REJECTED, EXIT_INTERRUPTED = 0, 1, 2, 130
Item = Article | Rejection


def _date(ctx: click.Context, param: click.Parameter, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return parse_published(value)
    except SitroomError as exc:
        raise click.BadParameter(exc.reason) from None


quiet_option = click.option("--quiet", "-q", is_flag=True, help="No progress and no summary line.")
cascade_option = click.option(
    "--no-cascade",
    "no_cascade",
    is_flag=True,
    help="Parse every sentence of every article (by default a relevance cascade parses only what may carry a "
    "conflict event, and skips long articles with none).",
)
published_option = click.option(
    "--published",
    callback=_date,
    metavar="DATE",
    help="Publication date for plain .txt input without a date line; also completes a record's date written "
    "without a year or a day ('Wed Nov 23', '7:58 AM ET').",
)


def filter_options(func: Callable[..., Any], leave_out: tuple[str, ...] = ()) -> Callable[..., Any]:
    """The filters of ``sitroom.query.FILTERS`` as options (values are checked by ``sitroom.query.event_query``)."""
    options = []
    for f in FILTERS.values():
        if f.name in leave_out:
            continue
        flag = "--" + f.name.replace("_", "-")
        if f.flag:
            options.append(click.option(flag, f.name, is_flag=True, help=f.help))
        else:
            options.append(click.option(flag, f.name, multiple=f.repeatable, metavar=f.metavar, help=f.help))
    options += [
        click.option("--limit", type=click.IntRange(min=1), help="At most this many events."),
        click.option("--order", type=click.Choice(SORTS), default="date_desc", show_default=True),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def _query(kw: dict[str, Any]) -> EventQuery:
    return event_query(kw, limit=kw["limit"], order=kw["order"])


def _reporter(progress: Progress) -> Callable[[Rejection], None]:
    return lambda rejection: progress.reject(rejection.message())


def _read(core: Sitroom, paths: tuple[str, ...], published: date | None, progress: Progress) -> Iterator[Item]:
    """The inputs, each article's notices (an unreadable publication date) printed as warnings as it goes by."""
    for item in core.read(paths, published):
        if isinstance(item, Article):
            for notice in item.notices:
                progress.warn(notice.message(item.origin or item.id))
        yield item


def _write_records(
    records: Iterator[dict[str, Any]], fmt: str, out: TextIO, columns: tuple[str, ...] = DEFAULT_COLUMNS
) -> int:
    from sitroom.export import write_records, write_table

    if fmt == "table":
        return write_table(records, out, columns, _table_width())
    return write_records(records, fmt, out)


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="sitroom")
def cli() -> None:
    """sitroom: dated news articles in; geocoded, evidence-linked conflict events out."""


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["jsonl", "table"]), default="jsonl", show_default=True)
@published_option
@quiet_option
@cascade_option
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Extract on N processes (each loads its own spaCy model: about 0.7 GB each).",
)
@click.option(
    "--mentions",
    is_flag=True,
    help="Print every raw event mention (JSONL) and why it was kept, merged into another's event or dropped, "
    "and the article's cumulative toll reports, instead of the events.",
)
def extract(
    paths: tuple[str, ...],
    fmt: str,
    published: date | None,
    quiet: bool,
    no_cascade: bool,
    workers: int,
    mentions: bool,
) -> None:
    """Extract events from articles (files, directories or - for standard input) and print them."""
    core = Sitroom(cascade=not no_cascade)
    progress = Progress("extract", quiet=quiet)
    if mentions:  # the audit: every raw mention and why it was kept, merged or dropped
        last = None
        for record in core.audit(_read(core, paths, published, progress), _reporter(progress)):
            if record["article_id"] != last:
                last = record["article_id"]
                progress.article(0)
            sys.stdout.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")
        progress.finish()
        _exit_for(progress)
        return

    def records() -> Iterator[dict[str, Any]]:
        for _, events in core.extract(_read(core, paths, published, progress), _reporter(progress), workers):
            progress.article(len(events))
            for event in events:
                yield event.to_dict()

    if fmt == "jsonl":
        out = sys.stdout
        for record in records():
            out.write(json.dumps(record, ensure_ascii=False, sort_keys=False) + "\n")
    else:
        _write_records(records(), "table", sys.stdout)
    progress.finish()
    _exit_for(progress)


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["jsonl", "table"]), default="jsonl", show_default=True)
@published_option
@quiet_option
def geoparse(paths: tuple[str, ...], fmt: str, published: date | None, quiet: bool) -> None:
    """Find and resolve every place name in articles."""
    core = Sitroom()
    progress = Progress("geoparse", quiet=quiet)
    for article, toponyms in core.geoparse(_read(core, paths, published, progress), _reporter(progress)):
        progress.article(0)
        for t in toponyms:
            if fmt == "jsonl":
                sys.stdout.write(json.dumps(t.to_dict(article.id), ensure_ascii=False) + "\n")
            else:
                where = "" if t.lat is None else f"{t.lat:8.3f} {t.lon:8.3f}"
                aid, text = printable(article.id)[:20], printable(t.text)[:22]
                sys.stdout.write(f"{aid:20} {text:22} {t.country or '':3} {where}\n")
    progress.finish()
    _exit_for(progress)


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@db_option
@published_option
@quiet_option
@cascade_option
def ingest(paths: tuple[str, ...], db: str, published: date | None, quiet: bool, no_cascade: bool) -> None:
    """Extract events from articles and store them; an article already stored is skipped."""
    core = Sitroom(db, cascade=not no_cascade)
    progress = Progress("ingest", quiet=quiet)
    try:
        _ingest(core, _read(core, paths, published, progress), progress)
    finally:
        core.close()
    _exit_for(progress)


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@db_option
@click.option("--scheduler", metavar="ADDRESS", help="A running Dask scheduler: tcp://HOST:PORT.")
@click.option(
    "--local", type=click.IntRange(1, 64), metavar="N", help="Start a LocalCluster of N worker processes here."
)
@click.option(
    "--parts",
    type=click.Path(file_okay=False),
    help="Directory for the Parquet partitions, seen by the workers and by this machine; kept "
    "[default: a temporary directory, removed after loading].",
)
@click.option("--partition-size", default=50, show_default=True, type=click.IntRange(1), help="Articles a partition.")
@published_option
@quiet_option
def backfill(
    paths: tuple[str, ...],
    db: str,
    scheduler: str | None,
    local: int | None,
    parts: str | None,
    partition_size: int,
    published: date | None,
    quiet: bool,
) -> None:
    """Ingest a large corpus on a Dask cluster (pip install 'sitroom[dask]'): the workers extract partitions of
    the inputs into Parquet files, then the store is loaded from them and fused here. Give --scheduler or --local."""
    from sitroom.backfill import dask_client

    if (scheduler is None) == (local is None):
        raise UsageError("E030", param="--scheduler/--local", detail="give exactly one of them")
    core = Sitroom(db)
    progress = Progress("backfill", quiet=quiet)
    try:
        core.store  # noqa: B018 (a store that cannot be opened fails before the cluster starts)
        with dask_client(scheduler, local, quiet=not os.environ.get("SITROOM_DEBUG")) as client:
            core.backfill(
                _read(core, paths, published, progress),
                client,
                parts,
                partition_size,
                on_reject=_reporter(progress),
                on_partition=lambda part: _count_events(progress, part.events),
                on_skip=lambda _a: progress.skip(),
            )
        progress.finish()
    finally:
        core.close()
    _exit_for(progress)


@cli.command()
@click.argument("sources", nargs=-1, required=True)
@db_option
@click.option("--once", is_flag=True, help="Poll every source once, then exit (for cron).")
@click.option(
    "--interval", default=300.0, show_default=True, type=click.FloatRange(min=1), help="Seconds between polls."
)
@click.option(
    "--state",
    type=click.Path(dir_okay=False),
    help="Checkpoint file [default: the DuckDB file's name + .watch.json; sitroom-watch.json for PostgreSQL].",
)
@click.option("--timeout", default=20.0, show_default=True, type=click.FloatRange(min=0.1), help="Seconds per request.")
@click.option("--retries", default=3, show_default=True, type=click.IntRange(0, 10), help="Retries of a failed fetch.")
@click.option(
    "--delay", default=1.0, show_default=True, type=click.FloatRange(min=0), help="Seconds between requests to a host."
)
@quiet_option
def watch(
    sources: tuple[str, ...],
    db: str,
    once: bool,
    interval: float,
    state: str | None,
    timeout: float,
    retries: int,
    delay: float,
    quiet: bool,
) -> None:
    """Follow RSS and Atom feeds, web pages (http/https URLs) and drop folders (directories); store each new
    article once. Stops where it is on Ctrl-C or kill, and resumes there."""
    from sitroom.watch import HttpFetcher, WatchStatus, check_source, default_state
    from sitroom.watch import watch as run_watch

    checked = [check_source(s) for s in sources]
    core = Sitroom(db)
    status = WatchStatus("watch", quiet=quiet)
    fetcher = HttpFetcher(timeout=timeout, retries=retries, delay=delay)
    try:
        path = state or default_state(db)
        run_watch(core, checked, state=path, fetcher=fetcher, status=status, once=once, interval=interval)
    finally:
        core.close()
    if status.rejected or status.errors:
        raise SystemExit(EXIT_REJECTED)


@cli.command()
@db_option
@filter_options
@click.option("--format", "fmt", type=click.Choice(CLI_FORMATS), default="table", show_default=True)
@click.option(
    "--columns",
    metavar="LIST",
    help="Table columns, comma-separated, from: " + ", ".join(TABLE_COLUMNS) + ". "
    "Default: " + ",".join(DEFAULT_COLUMNS) + ".",
)
def events(db: str, fmt: str, columns: str | None, **kw: Any) -> None:
    """List stored events, filtered."""
    query = _query(kw)
    if columns is not None and fmt != "table":
        raise UsageError("E030", param="columns", detail="--columns applies to --format table")
    chosen = parse_columns(columns)
    core = Sitroom(db, create=False)
    try:
        _write_records(core.events(query), fmt, sys.stdout, chosen)
    finally:
        core.close()


@cli.command()
@db_option
@functools.partial(filter_options, leave_out=("reports",))
@click.option("--format", "fmt", type=click.Choice(EXPORT_FORMATS), required=True)
@click.option("--output", "-o", required=True, type=click.Path(dir_okay=False, writable=True), help="File to write.")
@click.option(
    "--numeric-codes",
    is_flag=True,
    help="With --format acled: inter1, inter2 and interaction as ACLED's numeric codes instead of labels.",
)
@click.option("--fused", is_flag=True, help="One line per fused event (with its reports), not one per report.")
def export(db: str, fmt: str, output: str, numeric_codes: bool, fused: bool, **kw: Any) -> None:
    """Export stored events to CSV, Parquet, GeoJSON, JSONL or ACLED's CSV columns (acled): one line per report,
    with its article_id and the fused_id of the event it reports (or, with --fused, one per fused event)."""
    from sitroom.export import export_file
    from sitroom.export_acled import AcledOptions

    query = dataclasses.replace(_query(kw), fused=fused)
    if numeric_codes and fmt != "acled":
        raise UsageError("E030", param="numeric-codes", detail="--numeric-codes applies to --format acled")
    core = Sitroom(db, create=False)
    try:
        acled = AcledOptions(numeric=numeric_codes, article=core.store.article)
        n = export_file(core.events(query), fmt, output, acled)
    finally:
        core.close()
    click.echo(f"export: {n} events written to {printable(output)}", err=True)


@cli.command()
@db_option
@click.option("--top", default=5, show_default=True, type=click.IntRange(1, 100))
@click.option("--reports", is_flag=True, help=FILTERS["reports"].help)
def overview(db: str, top: int, reports: bool) -> None:
    """Summarise the store: fused events by type and country, and the top events with their evidence."""
    core = Sitroom(db, create=False)
    try:
        _print_overview(core.overview(top, reports=reports))
    finally:
        core.close()


@cli.command()
@click.option("--db", default="demo.duckdb", show_default=True, help="Where to build the demo database.")
@quiet_option
def demo(db: str, quiet: bool) -> None:
    """Ingest the bundled demo corpus and print an overview."""
    core = Sitroom(db)
    progress = Progress("demo", quiet=quiet)
    try:
        _ingest(core, core.read([demo_corpus_path()]), progress)
        _print_overview(core.overview(5))
    finally:
        core.close()
    _exit_for(progress)


@cli.command()
@db_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "jsonl"]),
    default="table",
    show_default=True,
    help="table: one line per agreement; jsonl: the tracker's records per article (agreement, violation, article).",
)
@click.option("--update", is_flag=True, help="First read stored articles not read for agreements yet (older stores).")
def agreements(db: str, fmt: str, update: bool) -> None:
    """List ceasefires, truces and peace deals with their status and violation counts."""
    core = Sitroom(db, create=update)
    try:
        if update:
            core.track_agreements()
        if fmt == "jsonl":
            for record in core.agreement_records():
                click.echo(json.dumps(record, ensure_ascii=False))
        else:
            _print_agreements(core.agreements())
    finally:
        core.close()


def _print_agreements(rows: list[dict[str, Any]]) -> None:
    click.echo(
        f"{'id':<18} {'kind':<24} {'status':<10} {'signed':<10} {'expires':<10} {'confirmed':>9} "
        f"{'alleged':>7}  parties (mediators)"
    )
    for a in rows:
        mediators = f" ({', '.join(a['mediators'])})" if a["mediators"] else ""
        click.echo(
            f"{a['agreement_id']:<18} {_clip(a['kind'], 24):<24} {a['status']:<10} {a['signed'] or '-':<10} "
            f"{a['expires'] or '-':<10} {a['violations_confirmed']:>9} {a['violations_alleged']:>7}  "
            f"{printable(', '.join(a['parties']))}{printable(mediators)}"
        )
    if not rows:
        click.echo("(no agreements)")


@cli.command(name="eval")
@click.argument("gold", nargs=-1, type=click.Path(exists=True, dir_okay=False))
@click.option("--output", "-o", type=click.Path(dir_okay=False), help="Also write the events (JSONL) here.")
@click.option(
    "--reviewed",
    is_flag=True,
    help="Instead of gold files, score the machine against the events people reviewed in --db (per-field "
    "agreement; a rejected event is a false positive).",
)
@db_option
@quiet_option
def eval_(gold: tuple[str, ...], output: str | None, reviewed: bool, db: str, quiet: bool) -> None:
    """Score sitroom against coded data: an ACLED export (.csv) or a gold set (.jsonl: ACLED notes, whole
    articles, PLOVER, CASE, UCDP, geoparsing, expectations), or with --reviewed against a store's reviewed
    events. Prints score.py's metrics and confusion tables."""
    from sitroom.evaluate import format_report

    if reviewed or not gold:
        _eval_reviewed(gold, reviewed, db)
        return
    core = Sitroom()
    progress = [Progress(f"eval {os.path.basename(path)}", quiet=quiet) for path in gold]
    sets = [core.read_gold(path, _reporter(p)) for path, p in zip(gold, progress, strict=True)]  # all, first
    out = open(output, "w", encoding="utf-8") if output else None  # noqa: SIM115
    try:
        for gold_set, p in zip(sets, progress, strict=True):
            metrics, confusions = core.evaluate(gold_set, out, _counter(p))
            p.finish()
            click.echo(f"== {printable(gold_set.path)}")
            click.echo(format_report(metrics, confusions))
    finally:
        if out is not None:
            out.close()
    if any(p.rejected for p in progress):
        raise SystemExit(EXIT_REJECTED)


def _eval_reviewed(gold: tuple[str, ...], reviewed: bool, db: str) -> None:
    from sitroom.evaluate import format_report
    from sitroom.evaluate.reviewed import score_reviewed
    from sitroom.review import ReviewDesk
    from sitroom.store import display_url

    if not reviewed or gold:
        raise UsageError("E030", param="gold", detail="give gold files, or --reviewed (not both)")
    core = Sitroom(db, create=False)
    try:
        metrics = score_reviewed(ReviewDesk(core.store).store)
    finally:
        core.close()
    click.echo(f"== reviewed events of {printable(display_url(db))}")
    click.echo(format_report(metrics))


@cli.command()
@db_option
def check(db: str) -> None:
    """Verify a store: storage, migration history, every row read back, rows that refer to missing rows."""
    from sitroom.store import display_url
    from sitroom.store.check import check_store

    verdicts = check_store(db)
    for v in verdicts:
        click.echo(f"{v.status:<4} {v.name}: {printable(v.detail)}")
    damaged = [v.name for v in verdicts if v.failed]
    if damaged:
        click.echo(f"sitroom check: {printable(display_url(db))} is damaged ({', '.join(damaged)})", err=True)
        raise SystemExit(EXIT_ERROR)


@cli.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535))
@click.option(
    "--workers",
    default=1,
    show_default=True,
    type=click.IntRange(1, 64),
    help="Server processes on the port (PostgreSQL stores only).",
)
def serve(db: str, host: str, port: int, workers: int) -> None:
    """Serve the HTTP API and the dashboard (writes need SITROOM_TOKEN)."""
    from sitroom.api import serve as run_server
    from sitroom.api import serve_workers

    if workers > 1:
        serve_workers(db, workers, host=host, port=port)
        return
    run_server(Sitroom(db), host=host, port=port)


@cli.group()
def gazetteer() -> None:
    """Bring your own gazetteer: index a GeoNames dump for finer places."""


@gazetteer.command("build")
@click.option(
    "--geonames",
    "sources",
    required=True,
    multiple=True,
    type=click.Path(dir_okay=False),
    help="A GeoNames dump: allCountries.txt, a country's XX.txt, or either zipped (repeat for several countries).",
)
@click.option(
    "--out",
    type=click.Path(dir_okay=False),
    default=None,
    help="Where to write the index [default: $SITROOM_GEONAMES, else geonames.idx in the cache directory].",
)
def gazetteer_build(sources: tuple[str, ...], out: str | None) -> None:
    """Index the villages, districts, camps, wells and divisions of a GeoNames dump; used when present."""
    from pathlib import Path

    from sitroom.geo.geonames import build_index

    path, rows = build_index([Path(s) for s in sources], Path(out) if out else None)
    click.echo(f"sitroom: {rows} places of {printable(', '.join(sources))} indexed in {printable(str(path))}", err=True)


cli.add_command(review_group)


def _ingest(core: Sitroom, items: Iterator[Article | Rejection], progress: Progress) -> None:
    """Ingest with live progress and a closing summary line."""
    core.ingest(items, _reporter(progress), on_article=_counter(progress), on_skip=lambda _a: progress.skip())
    progress.finish()


def _count_events(progress: Progress, events: list[int]) -> None:
    """A partition's articles extracted: one per count of events."""
    for n in events:
        progress.article(n)


def _counter(progress: Progress) -> Callable[[Any, int], None]:
    return lambda _article, n: progress.article(n)


def _print_overview(view: dict[str, Any]) -> None:
    counts, stats = view["counts"], view["stats"]
    click.echo(
        f"\nsitroom store: {counts.get('articles', 0)} articles, {counts.get('events', 0)} reports of "
        f"{counts.get('fused_events', 0)} fused events, {counts.get('rejected', 0)} rejected inputs"
    )
    for title, key in (("Events by type", "by_type"), ("Events by country", "by_country")):
        rows = stats.get(key) or []
        click.echo(f"\n{title}:")
        for row in rows[:12]:
            click.echo(f"  {printable(str(row.get('key') or '-')):<40} {row.get('events', 0):>6}")
    click.echo("\nTop events:")
    table = io.StringIO()
    render_table(view["top"], table, ("date", "type", "place", "killed", "actors"), _table_width(), quote=True)
    click.echo(table.getvalue(), nl=False)


def _table_width() -> int:
    """The terminal's width when standard output is one (at least 60), else 80."""
    if not sys.stdout.isatty():
        return 80
    return max(60, shutil.get_terminal_size((80, 24)).columns)


def _clip(text: str, width: int) -> str:
    text = printable(" ".join(text.split()))
    return text if len(text) <= width else text[: width - 1] + "\u2026"


def _exit_for(progress: Progress) -> None:
    if progress.rejected:
        raise SystemExit(EXIT_REJECTED)


def _interrupted() -> int:
    # what was complete is committed: each article is stored in its own transaction
    click.echo(("\r\x1b[K" if sys.stderr.isatty() else "") + "sitroom: interrupted", err=True)
    return EXIT_INTERRUPTED


def _query_interrupted(exc: Exception) -> bool:
    """Ctrl-C that reached a running DuckDB query: DuckDB stops the query and raises its own error instead of
    KeyboardInterrupt ("Query interrupted")."""
    return type(exc).__name__ == "InterruptException" or (
        isinstance(exc, RuntimeError) and str(exc).startswith("Query interrupted")
    )


def main(argv: list[str] | None = None) -> int:
    """Entry point: runs the command, turns every error into one line and an exit status."""
    try:
        # click's own ``main`` would turn Ctrl-C into an ``Abort`` after a blank line; run the command directly
        args = sys.argv[1:] if argv is None else list(argv)
        with cli.make_context("sitroom", args) as ctx:
            cli.invoke(ctx)
    except SystemExit as exc:
        return int(exc.code or 0) if isinstance(exc.code, int) else EXIT_ERROR
    except click.exceptions.Exit as exc:
        return exc.exit_code
    except click.exceptions.Abort:
        click.echo("sitroom: aborted", err=True)
        return EXIT_ERROR
    except click.exceptions.ClickException as exc:
        message = "\n".join(printable(line) for line in exc.format_message().split("\n"))  # help text has lines
        click.echo(f"sitroom: error: {message}", err=True)
        return EXIT_ERROR
    except SitroomError as exc:
        click.echo(f"sitroom: error: {printable(str(exc))} [{exc.code}]", err=True)
        return EXIT_ERROR
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    except KeyboardInterrupt:
        return _interrupted()
    except Exception as exc:
        if _query_interrupted(exc):
            return _interrupted()
        if os.environ.get("SITROOM_DEBUG"):
            traceback.print_exc()
        detail = printable(f"{type(exc).__name__}: {exc}")
        click.echo(f"sitroom: internal error: {detail} (SITROOM_DEBUG=1 shows details)", err=True)
        return EXIT_ERROR
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
