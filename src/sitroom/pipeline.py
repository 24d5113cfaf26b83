"""The extraction pipeline, in one place: article in, ranked events out.

Steps, in order (``STEPS``; each reads and writes named fields of a per-article :class:`Context`):

    parse (spaCy, batched)  ->  geoparse  ->  times  ->  detect  ->  actors  ->  date  ->  locate  ->  casualties
    ->  report  ->  corefer  ->  rank

A step is a small function registered in ``STEPS`` with the fields it requires and provides; swap one by building
``Pipeline(steps=...)`` with a replacement of the same name. This module only wires: each step's body lives in its
room (``extract.detect``, ``extract.mention_actors``, ``extract.timing``, ``geo.locate``, ``extract.event_tolls``,
``extract.reportable``, ``extract.coref``, ``extract.rank``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any

from sitroom.extract.coref import merge_mentions
from sitroom.extract.dates import find_times
from sitroom.extract.detect import detect
from sitroom.extract.event_tolls import count_tolls
from sitroom.extract.mention_actors import resolve_actors
from sitroom.extract.rank import rank_events
from sitroom.extract.reportable import COUNTRY_SUMMARY, report, story_summaries
from sitroom.extract.timing import date_mentions, merged_days, narrative_time, recalled_days, told_days
from sitroom.geo.locate import round_up_sections
from sitroom.model import SHORT_DOC_SENTENCES, Article, Event, Frame, TimeExpression, TollReport, Toponym, is_brief
from sitroom.nlp import parse_pairs

if TYPE_CHECKING:
    from sitroom.cascade import Cascade

__all__ = ["STEPS", "Context", "Pipeline", "Step", "check_steps"]


@dataclass
class Context:
    article: Article
    doc: Any = None
    toponyms: list[Toponym] = field(default_factory=list)
    focus: str | None = None
    times: list[TimeExpression] = field(default_factory=list)
    mentions: list[Frame] = field(default_factory=list)
    weak: list[bool] = field(default_factory=list)  # per mention: refers to an event, makes none of its own
    tolls: list[TollReport] = field(default_factory=list)  # cumulative tolls: article-level, never an event's
    events: list[Event] = field(default_factory=list)
    recalled: list[Event] = field(default_factory=list)  # history the article recalls: no event of it (rank.HISTORY)

    @cached_property
    def sents(self) -> list[Any]:
        """The parse's sentences, listed once for every step that walks them."""
        return list(self.doc.sents)

    @property
    def short(self) -> bool:
        """A coder's note or a brief (see :func:`sitroom.model.is_brief`)."""
        return is_brief(len(self.sents), self.article.text)


@dataclass(frozen=True)
class Step:
    name: str
    requires: tuple[str, ...]
    provides: tuple[str, ...]
    run: Callable[[Context, Pipeline], None]


# --- the steps ---------------------------------------------------------------------------------------------------


def geoparse_step(ctx: Context, pipe: Pipeline) -> None:
    from sitroom.geo import focus_country

    ctx.toponyms = pipe.geoparser.parse(ctx.doc, for_events=True)
    ctx.focus = focus_country(ctx.toponyms, ctx.article.text)


def times_step(ctx: Context, pipe: Pipeline) -> None:
    from sitroom.geo.locate import dateline_end

    # the day in a dateline ("KHARTOUM, April 17 - ") is the day the story was filed, no event's
    filed = dateline_end(ctx.article.text)
    ctx.times = [t for t in find_times(ctx.article.text, ctx.article.published) if t.start >= filed]


def detect_step(ctx: Context, pipe: Pipeline) -> None:
    places = frozenset(t.start for t in ctx.toponyms if t.feature != "demonym")
    ctx.mentions.extend(detect(ctx.doc, ctx.sents, ctx.article.text, ctx.short, places))


def actors_step(ctx: Context, pipe: Pipeline) -> None:
    resolve_actors(ctx.mentions, ctx.doc, ctx.article.text, ctx.toponyms, ctx.focus, ctx.short)


def date_step(ctx: Context, pipe: Pipeline) -> None:
    date_mentions(ctx.mentions, ctx.doc, ctx.times, ctx.article, ctx.short)


def locate_step(ctx: Context, pipe: Pipeline) -> None:
    from sitroom.geo.locate import locate_mentions

    locate_mentions(ctx.mentions, ctx.toponyms, ctx.focus, ctx.article.text)


def casualties_step(ctx: Context, pipe: Pipeline) -> None:
    count_tolls(ctx.mentions, ctx.doc, [s.text for s in ctx.sents], ctx.short)


def report_step(ctx: Context, pipe: Pipeline) -> None:
    """Reportability (:mod:`sitroom.extract.reportable`): drop what a coder would not code, mark weak mentions,
    collect the article's cumulative tolls. A short text keeps at least its best mention."""
    ctx.weak, ctx.tolls = report(ctx.mentions, ctx.doc, ctx.article.id, ctx.short, ctx.article.published)


def corefer_step(ctx: Context, pipe: Pipeline) -> None:
    """Within-article coreference (:mod:`sitroom.extract.coref`): one event per happening, every sentence kept; a
    mention without a time of its own takes its event's time, else the article's reference time."""
    sections = round_up_sections(ctx.article.text)
    heads = merge_mentions(ctx.mentions, ctx.weak, ctx.short, sections)
    # a country's toll told place by place is no event, but its time is the story's ("six killed on Tuesday")
    summaries = story_summaries(ctx.mentions, ctx.weak)
    told = told_days(ctx.doc, ctx.times, ctx.article.text, ctx.article.published, ctx.mentions)
    told += recalled_days(ctx.mentions, ctx.doc)  # "The march was the first ...": back to the day of the march
    # "... when a gunman fired on her car on Thursday evening": the lead's act told again, with its own day
    told += merged_days(ctx.mentions)
    narrative_time(
        sorted(heads + summaries, key=lambda m: m.trigger.start),
        ctx.article.published,
        ctx.short,
        told,
        sections,
    )


def rank_step(ctx: Context, pipe: Pipeline) -> None:
    # a country's toll told place by place is no event's: its sentence states no toll of the main event
    summed = {m.sent_text for m in ctx.mentions if m.reason == COUNTRY_SUMMARY}
    sents = [s.text for s in ctx.sents if s.text not in summed]
    ctx.events.extend(rank_events(ctx.mentions, ctx.article, sents, ctx.short, SHORT_DOC_SENTENCES * 2, ctx.recalled))


STEPS: tuple[Step, ...] = (
    Step("geoparse", ("doc",), ("toponyms", "focus"), geoparse_step),
    Step("times", ("article",), ("times",), times_step),
    Step("detect", ("doc", "toponyms"), ("mentions",), detect_step),
    Step("actors", ("mentions", "doc", "focus", "toponyms"), ("mentions.actor1", "mentions.actor2"), actors_step),
    Step("date", ("mentions", "times"), ("mentions.date",), date_step),
    Step("locate", ("mentions", "toponyms", "focus"), ("mentions.location",), locate_step),
    Step("casualties", ("mentions", "doc", "mentions.date"), ("mentions.fatalities",), casualties_step),
    Step(
        "report",
        ("mentions", "doc", "mentions.actor1", "mentions.date", "mentions.fatalities"),
        ("mentions.decision", "weak", "tolls"),
        report_step,
    ),
    Step(
        "corefer",
        (
            "mentions",
            "weak",
            "mentions.decision",
            "mentions.date",
            "mentions.location",
            "mentions.fatalities",
            "doc",
            "times",
        ),
        ("mentions.members",),
        corefer_step,
    ),
    Step(
        "rank",
        ("mentions", "mentions.decision", "mentions.members", "mentions.date", "mentions.fatalities"),
        ("events", "recalled", "mentions.fatalities"),
        rank_step,
    ),
)
BASE_FIELDS = ("article", "doc")  # what a Context holds before the first step


def check_steps(steps: Iterable[Step]) -> None:
    """Every field a step requires is provided by a step before it (as spaCy's ``analyze_pipes`` checks a
    pipeline's ``requires`` and ``assigns``); raise ``ValueError`` naming the step and the field otherwise."""
    provided = set(BASE_FIELDS)
    names: set[str] = set()
    for step in steps:
        if step.name in names:
            raise ValueError(f"pipeline step {step.name!r} appears twice")
        names.add(step.name)
        missing = [r for r in step.requires if r not in provided]
        if missing:
            raise ValueError(
                f"pipeline step {step.name!r} requires {', '.join(missing)}, which no earlier step provides"
            )
        provided.update(step.provides)


class Pipeline:
    """Runs every step over articles. ``nlp`` and ``geoparser`` may be handed in (tests pass small ones)."""

    def __init__(
        self,
        nlp: Any | None = None,
        geoparser: Any | None = None,
        steps: Iterable[Step] = STEPS,
        cascade: Cascade | None = None,
    ) -> None:
        """``cascade``: parse only what may carry a conflict event (:mod:`sitroom.cascade`); None parses all."""
        from sitroom.geo import Geoparser
        from sitroom.nlp import load_nlp

        self.nlp = nlp if nlp is not None else load_nlp()
        self.geoparser = geoparser if geoparser is not None else Geoparser()
        self.steps = tuple(steps)
        self.cascade = cascade
        check_steps(self.steps)

    def process(self, article: Article, doc: Any) -> list[Event]:
        """Every step after parsing, over one parsed article."""
        return self.context(article, doc).events

    def context(self, article: Article, doc: Any) -> Context:
        """Every step after parsing, over one parsed article; the whole context (mentions, decisions, tolls)."""
        ctx = Context(article, doc)
        for step in self.steps:
            step.run(ctx, self)
        return ctx

    def audit_many(self, articles: Iterable[Article], batch_size: int = 64) -> Iterator[tuple[Article, Context]]:
        """Like :meth:`run_many`, with each article's mentions and why each was kept, merged or dropped."""
        pairs = ((a.text, a) for a in articles)
        for doc, article in self.nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
            yield article, self.context(article, doc)

    def run_many(self, articles: Iterable[Article], batch_size: int = 64) -> Iterator[tuple[Article, list[Event]]]:
        """Events of each article, in input order, events in salience order (rank 0 first)."""
        pairs = ((a.text, a) for a in articles)
        if self.cascade is not None:  # an article the cascade skips has no event
            for maybe, article in self.cascade.parse_pairs(self.nlp, pairs, batch_size):
                yield article, [] if maybe is None else self.process(article, maybe)
            return
        for doc, article in parse_pairs(self.nlp, pairs, batch_size):
            yield article, self.process(article, doc)

    def extract(self, article: Article) -> list[Event]:
        return next(iter(self.run_many([article])))[1]

    def geoparse_many(
        self, articles: Iterable[Article], batch_size: int = 64
    ) -> Iterator[tuple[Article, list[Toponym]]]:
        pairs = ((a.text, a) for a in articles)
        for doc, article in parse_pairs(self.nlp, pairs, batch_size):
            yield article, self.geoparser.parse(doc)
