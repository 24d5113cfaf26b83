"""Every error a user can see, in one place.

Codes are stable so that the rejected-inputs table and scripts can match on them. Messages say what is wrong in
words a person can act on; the CLI prints them on one line, never as a traceback.
"""

from __future__ import annotations

__all__ = ["Errors", "InputError", "RecordError", "SitroomError", "StoreError", "UsageError"]


class Errors:
    """Error codes (Ennn) and warning codes (Wnnn) and their message templates (``str.format`` fields in braces)."""

    E001 = "file is empty"
    E002 = "file is binary, not text"
    E003 = "not valid UTF-8 (byte {pos})"
    E004 = "malformed JSON: {detail}"
    E005 = "record has no text"
    E006 = "impossible date {value!r}: {detail}"
    E007 = "article is too large ({size} bytes; the limit is {limit})"
    E008 = "no such file or directory"
    E009 = "plain text needs a publication date: a 'date YYYY-MM-DD' first line or --published"
    E010 = "record is not a JSON object"
    E011 = "CSV has no 'text' column"
    E012 = "unsupported file type {suffix!r} (use .txt, .jsonl, .json, .csv or -)"
    E013 = "cannot read: {detail}"
    E014 = "not gold data that sitroom eval scores: {detail}"
    E015 = "could not be processed: {detail}"
    E016 = "field {field!r} must be text, not {kind}"
    E017 = "record has no id (the API needs one)"
    E018 = "cannot extract events: {detail}"
    E019 = "stored, but not read for agreements: {detail}"
    E020 = "store error: {detail}"
    E021 = "store schema version {found} is newer than this sitroom ({supported})"
    E022 = "no such store: {url}"
    E023 = "store {url} is damaged: {detail} ('sitroom check' tells more)"
    E030 = "invalid value for {param}: {detail}"
    E040 = "cannot fetch {url}: {detail}"
    E041 = "{url} is neither a feed nor a web page: {detail}"
    E042 = "watch checkpoint {path} cannot be read: {detail} (move it aside to start afresh)"
    E050 = "{path} is not a GeoNames dump: {detail}"
    E051 = "GeoNames index {path} is damaged or from another sitroom version: run 'sitroom gazetteer build' again"
    E060 = "no such event {event_id!r} (give a fused event id or a report's event id)"
    E061 = "no review field {field!r}: the fields are {known}"
    E062 = "invalid value {value!r} for {field}: {detail}"
    E063 = "writes are disabled: set SITROOM_TOKEN on the server to enable them"
    E064 = "missing or wrong token: send Authorization: Bearer <SITROOM_TOKEN>"
    E070 = "backfill needs Dask: pip install 'sitroom[dask]'"
    E071 = "cannot reach the Dask scheduler at {address}: {detail}"
    E072 = "backfill partition {part} failed: {detail}"
    E073 = (
        "serve --workers {workers} needs a PostgreSQL store: a DuckDB file ({db}) is opened for writing by one "
        "process only (use --workers 1)"
    )
    # warnings: the input is taken, with a reservation (``sitroom.model.Notice``)
    W001 = "publication date {value!r} cannot be read ({detail}): the article is kept without one"
    W002 = (
        "publication date {value!r} has no {missing} and nothing to take it from (a feed or crawl date, or "
        "--published): the article is kept without one"
    )


class SitroomError(Exception):
    """Base of every error sitroom reports to a user."""

    code = "E000"

    def __init__(self, code: str, **fields: object) -> None:
        template = getattr(Errors, code, "{detail}")
        self.code = code
        self.fields = fields
        super().__init__(template.format(**fields))

    @property
    def reason(self) -> str:
        return str(self)


class InputError(SitroomError):
    """An input file or record that cannot be read."""


class RecordError(InputError):
    """A record of a batch that cannot be taken: which one (``index`` from 0, and its ``record_id``) and why."""

    def __init__(self, index: int, record_id: str | None, cause: SitroomError) -> None:
        super().__init__(cause.code, **cause.fields)
        self.index = index
        self.record_id = record_id

    def message(self) -> str:
        which = f"record {self.index}" + (f" (id {self.record_id})" if self.record_id is not None else "")
        return f"{which}: {self.reason}"


class StoreError(SitroomError):
    """The database cannot be opened, migrated or written."""


class UsageError(SitroomError):
    """A command-line or API parameter is invalid."""
