"""What a watched URL holds: an RSS or Atom feed (read with feedparser) or a web page (its article text extracted
with trafilatura), turned into ``Article``s.

A feed entry's key is its ``id`` (RSS ``guid``), else its link, else a hash of its title and summary: the same entry
has the same key in every poll. Its article's id is that key. Entry dates are read by
:func:`sitroom.pubdate.read_published` with the feed's own date (else the crawl's) as the reference, so that "Wed
Nov 23" and "7:58 AM ET" get their year and day.
"""

from __future__ import annotations

import hashlib
import html
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sitroom.errors import SitroomError
from sitroom.model import Article, Notice
from sitroom.pubdate import read_published

__all__ = ["Entry", "Feed", "SourceError", "entry_article", "page_article", "parse_feed"]

_TAG = re.compile(r"<[^>]+>")
_BLOCK = re.compile(r"(?i)<\s*(?:br|/p|/div|/li|/h\d)\s*/?>")
_SPACES = re.compile(r"[ \t\r\f\v]+")
_HTML_START = re.compile(rb"(?is)\A\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<!doctype\s+html|\A\s*<html")


class SourceError(SitroomError):
    """A URL whose answer is neither a feed nor a page with an article (E041)."""

    def __init__(self, url: str, detail: str) -> None:
        super().__init__("E041", url=url, detail=detail)


@dataclass(frozen=True)
class Entry:
    key: str
    link: str | None
    title: str | None
    published: str | None
    summary: str  # the entry's own text (content or summary), as plain text


@dataclass(frozen=True)
class Feed:
    title: str | None
    updated: datetime | None  # the feed's own date, the reference of its entries' partial dates
    entries: list[Entry]


def _text(fragment: str) -> str:
    """Plain text of an HTML fragment (a feed summary)."""
    text = html.unescape(_TAG.sub(" ", _BLOCK.sub("\n", fragment)))
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def _when(parsed: Any) -> datetime | None:
    """A feedparser ``*_parsed`` value (a UTC ``struct_time``) as an aware datetime."""
    try:
        return datetime(*tuple(parsed)[:6]).replace(tzinfo=UTC) if parsed else None
    except (TypeError, ValueError):
        return None


def _str(value: Any) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _entry(raw: Any, feed_url: str) -> Entry:
    contents = raw.get("content") or []
    body = next((c.get("value") for c in contents if isinstance(c, dict) and c.get("value")), None)
    summary = _text(body or raw.get("summary") or "")
    link, title = _str(raw.get("link")), _str(raw.get("title"))
    if link is not None and not link.lower().startswith(("http://", "https://")):
        link = None  # an RSS guid taken for a permalink, or a relative link: nothing to fetch
    key = _str(raw.get("id")) or link
    if key is None:
        digest = hashlib.sha256(f"{title}\x00{summary}".encode()).hexdigest()[:16]
        key = f"{feed_url}#{digest}"
    published = _str(raw.get("published")) or _str(raw.get("updated"))
    return Entry(key=key, link=link, title=title, published=published, summary=summary)


def parse_feed(body: bytes, url: str, content_type: str = "") -> Feed | None:
    """The feed in ``body``; None when it is an HTML page instead; ``SourceError`` when it is neither (a feed too
    broken to give a single entry, or something else)."""
    import feedparser

    parsed = feedparser.parse(body, response_headers={"content-type": content_type or "application/xml"})
    if not parsed.get("version") and not parsed.entries:
        if "html" in content_type.lower() or _HTML_START.match(body[:4096]):
            return None
        problem = parsed.get("bozo_exception")
        raise SourceError(url, f"not a readable feed ({problem or 'no entries'})".replace("\n", " "))
    info = parsed.feed
    updated = _when(info.get("updated_parsed")) or _when(info.get("published_parsed"))
    return Feed(title=_str(info.get("title")), updated=updated, entries=[_entry(e, url) for e in parsed.entries])


def _page_text(body: bytes, url: str) -> tuple[str | None, str | None, str | None]:
    """(text, title, date) of the article in an HTML page, by trafilatura."""
    import trafilatura

    # no deduplicate=True: it remembers text across calls, and would discard a page read a second time
    text = trafilatura.extract(body, url=url, include_comments=False, include_tables=False)
    meta = trafilatura.extract_metadata(body, default_url=url)
    title = _str(meta.title) if meta is not None else None
    date = _str(meta.date) if meta is not None else None
    return (text if text and text.strip() else None), title, date


def page_article(body: bytes, url: str, crawl: datetime, article_id: str | None = None) -> Article | None:
    """The article of a web page (None when trafilatura finds no article text in it); dated by the page's own date
    (its metadata), the crawl completing a partial one. ``InputError`` E006 for an impossible date."""
    text, title, date = _page_text(body, url)
    if text is None:
        return None
    published, notice = read_published(date, crawl)
    return Article(
        id=article_id or url,
        text=text,
        published=published,
        title=title,
        url=url,
        source=url.split("/")[2] if "//" in url else None,
        origin=url,
        notices=_notices(notice),
    )


def _notices(notice: Notice | None) -> tuple[Notice, ...]:
    return (notice,) if notice is not None else ()


def entry_article(entry: Entry, feed: Feed, feed_url: str, crawl: datetime, page: bytes | None) -> Article | None:
    """The article of a feed entry: the text of its linked page (``page``, when it could be fetched), else the
    entry's own text; None when there is neither. ``InputError`` E006 for an impossible date."""
    text, title = None, entry.title
    if page is not None and entry.link:
        text, page_title, _ = _page_text(page, entry.link)
        title = title or page_title
    text = text or entry.summary or None
    if text is None:
        return None
    published, notice = read_published(entry.published, feed.updated or crawl)
    return Article(
        id=entry.key,
        text=text,
        published=published,
        title=title,
        url=entry.link,
        source=feed.title or feed_url,
        origin=entry.link or feed_url,
        notices=_notices(notice),
    )
