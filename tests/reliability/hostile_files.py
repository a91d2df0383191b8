"""Hostile case files: schemas that would run code, content that would hang, crash or leak.

Two families, each a factory ``make(folder, case) -> path`` like those in ``bad_files``:

- ``SCHEMA_ATTACKS``: a real case whose schema was edited (with ``writable_schema``, as an
  attacker would) to call ``side_effect()`` from a CHECK, a DEFAULT, a generated column, an
  index, a view, a trigger, or the search index's own storage tables. ``side_effects`` registers
  that function on every SQLite connection the process opens, recording each call and writing a
  marker file, so a test can prove it never ran.
- ``CONTENT_ATTACKS``: our own schema, with content meant to hurt the reader: invalid UTF-8,
  absurd numbers and dates, Markdown and HTML nested a hundred thousand deep, remote images and
  ``file://`` links, and (``huge_text``) a 100 MB title and body.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

FUNCTION = "side_effect"
CASE_NAME = "hostile.case.db"
EVENT = "ev-scale-founded"


@dataclass
class SideEffects:
    marker: Path
    calls: list[tuple]

    @property
    def ran(self) -> bool:
        return bool(self.calls) or self.marker.exists()


@contextmanager
def side_effects(monkeypatch: pytest.MonkeyPatch, folder: Path) -> Iterator[SideEffects]:
    """Every ``sqlite3.connect`` in this process gets ``side_effect()``, which would write a file."""
    found = SideEffects(folder / "side-effect-ran.txt", [])
    connect = sqlite3.connect

    def effect(*args: object) -> int:
        found.calls.append(args)
        found.marker.write_text("the case file ran code\n", encoding="utf-8")
        return 1

    def connect_with_effect(*args: object, **kwargs: object) -> sqlite3.Connection:
        conn = connect(*args, **kwargs)  # type: ignore[arg-type]
        conn.create_function(FUNCTION, -1, effect, deterministic=True)  # allowed anywhere a schema may call it
        return conn

    monkeypatch.setattr(sqlite3, "connect", connect_with_effect)
    yield found


def _copy(case: Path, folder: Path) -> Path:
    path = folder / CASE_NAME
    path.write_bytes(case.read_bytes())
    return path


def _rewrite(path: Path, name: str, edit: Callable[[str], str]) -> Path:
    """Replace the stored definition of ``name`` (table data stays as it is)."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        (sql,) = conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", (name,)).fetchone()
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute("UPDATE sqlite_master SET sql = ? WHERE name = ?", (edit(sql), name))
        version = conn.execute("PRAGMA schema_version").fetchone()[0]
        conn.execute(f"PRAGMA schema_version = {version + 1}")
    finally:
        conn.close()
    return path


def _run(path: Path, *statements: str) -> Path:
    """Add schema objects with a connection that knows ``side_effect`` (returning 1, quietly)."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.create_function(FUNCTION, -1, lambda *args: 1, deterministic=True)
    try:
        for statement in statements:
            conn.execute(statement)
    finally:
        conn.close()
    return path


def _before_last_paren(sql: str, addition: str) -> str:
    cut = sql.rstrip().rindex(")")
    return sql[:cut] + addition + sql[cut:]


# --- schema attacks --------------------------------------------------------------------------------


def check_constraint(folder: Path, case: Path) -> Path:
    return _rewrite(_copy(case, folder), "event", lambda sql: _before_last_paren(sql, f",\n    CHECK ({FUNCTION}(title))"))


def default_expression(folder: Path, case: Path) -> Path:
    evil = f"value TEXT NOT NULL DEFAULT ({FUNCTION}())"
    return _rewrite(_copy(case, folder), "case_meta", lambda sql: sql.replace("value TEXT NOT NULL", evil))


def generated_column(folder: Path, case: Path) -> Path:
    evil = f",\n    evil TEXT GENERATED ALWAYS AS ({FUNCTION}(name)) VIRTUAL"
    return _rewrite(_copy(case, folder), "entity", lambda sql: _before_last_paren(sql, evil))


def expression_index(folder: Path, case: Path) -> Path:
    return _run(_copy(case, folder), f"CREATE INDEX event_by_effect ON event ({FUNCTION}(title))")


def view_calling(folder: Path, case: Path) -> Path:
    return _run(_copy(case, folder), f"CREATE VIEW event_effects AS SELECT {FUNCTION}(title) AS t FROM event")


def trigger_writing(folder: Path, case: Path) -> Path:
    evil = f"CREATE TRIGGER event_audit AFTER UPDATE ON event BEGIN INSERT INTO case_meta VALUES ('owned', {FUNCTION}()); END"
    return _run(_copy(case, folder), evil)


def trigger_on_index_storage(folder: Path, case: Path) -> Path:
    return _run(_copy(case, folder), f"CREATE TRIGGER fts_audit AFTER INSERT ON event_fts_data BEGIN SELECT {FUNCTION}(); END")


def index_storage_check(folder: Path, case: Path) -> Path:
    return _rewrite(_copy(case, folder), "event_fts_docsize", lambda sql: sql.replace("sz BLOB", f"sz BLOB CHECK ({FUNCTION}(sz))"))


def index_storage_default(folder: Path, case: Path) -> Path:
    return _rewrite(_copy(case, folder), "note_fts_config", lambda sql: sql.replace(" v)", f" v DEFAULT ({FUNCTION}()))"))


def statistics_check(folder: Path, case: Path) -> Path:
    path = _run(_copy(case, folder), "ANALYZE")
    return _rewrite(path, "sqlite_stat1", lambda sql: sql.replace("stat)", f"stat CHECK ({FUNCTION}(stat)))"))


SCHEMA_ATTACKS: dict[str, Callable[[Path, Path], Path]] = {
    "check-constraint": check_constraint,
    "default-expression": default_expression,
    "generated-column": generated_column,
    "expression-index": expression_index,
    "view": view_calling,
    "trigger": trigger_writing,
    "trigger-on-index-storage": trigger_on_index_storage,
    "index-storage-check": index_storage_check,
    "index-storage-default": index_storage_default,
    "statistics-check": statistics_check,
}


# --- content attacks -------------------------------------------------------------------------------


def _content(path: Path, *statements: tuple[str, tuple]) -> Path:
    """Write content our store would never write (bypassing CHECK constraints, raw bytes)."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA ignore_check_constraints = ON")
        for sql, parameters in statements:
            conn.execute(sql, parameters)
    finally:
        conn.close()
    return path


BAD_UTF8 = (b"Meta \xff\xfe takes \xc3( 49% \xed\xa0\x80 of Scale \xf4\x90\x80\x80", b"\x80\x80\x80", b"ok \xe2\x82")


def invalid_utf8(folder: Path, case: Path) -> Path:
    """Text columns holding bytes that are not UTF-8 (titles, bodies, names, notes, metadata)."""
    raw = "CAST(? AS TEXT)"
    return _content(
        _copy(case, folder),
        (f"UPDATE event SET title = {raw}, body = {raw}, category = {raw} WHERE uid = ?", (*BAD_UTF8, EVENT)),
        (f"UPDATE event SET display_date = {raw} WHERE uid = 'ev-meta-deal'", (BAD_UTF8[1],)),
        (f"UPDATE entity SET name = {raw}, summary = {raw} WHERE uid = 'meta'", BAD_UTF8[:2]),
        (f"UPDATE case_meta SET value = {raw} WHERE key = 'title'", (BAD_UTF8[0],)),
        (f"UPDATE note SET body = {raw}", (BAD_UTF8[0],)),
        (f"UPDATE source SET title = {raw}, publisher = {raw}", BAD_UTF8[:2]),
        (f"INSERT INTO event (uid, title, start, t_start, t_end, precision) VALUES ({raw}, 'Bad uid', '2025', 0, 1, 1)", (BAD_UTF8[2],)),
    )


def absurd_values(folder: Path, case: Path) -> Path:
    """Numbers and dates no store write would make, yet within the schema's CHECK constraints:
    an instant at the end of 64-bit time, garbage dates, an inverted era, an absurd position."""
    big, small = 2**63 - 1, -(2**63)
    return _content(
        _copy(case, folder),
        ("UPDATE event SET start = 'not a date', \"end\" = '99999-99', reported_at = 'x', t_reported = ? WHERE uid = ?", (big, EVENT)),
        ("UPDATE event SET t_start = ?, t_end = ? WHERE uid = 'ev-meta-deal'", (big, big)),
        ("UPDATE era SET t_start = ?, t_end = ?, start = '', \"end\" = 'never'", (small, big)),
        ("UPDATE relationship SET start = '-99999999999999', \"end\" = '2025-02-30'", ()),
        ("UPDATE event_entity SET position = ?", (big,)),
        ("UPDATE entity SET color = 'url(javascript:alert(1))' WHERE uid = 'openai'", ()),
        ("UPDATE source SET published = 'yesterday'", ()),
    )


def mistyped_times(folder: Path, case: Path) -> Path:
    """Event times the timeline cannot take as they are: text and bytes where seconds belong, and a
    span from the first to the last second of 64-bit time (its length overflows)."""
    big, small = 2**63 - 1, -(2**63)
    return _content(
        _copy(case, folder),
        ("UPDATE event SET t_start = ?, t_end = ?, \"end\" = '2026' WHERE uid = ?", (small, big, EVENT)),
        ("UPDATE event SET t_start = 'text', t_end = x'00ff' WHERE uid = 'ev-wang-joins-meta'", ()),
    )


def check_violations(folder: Path, case: Path) -> Path:
    """Values the schema's CHECK constraints forbid: the file is damaged and is refused as such."""
    return _content(
        _copy(case, folder),
        ("UPDATE event SET importance = 99, certainty = 'bogus', precision = 0, has_media = 7 WHERE uid = ?", (EVENT,)),
        ("UPDATE event_entity SET role = 'overlord'", ()),
        ("UPDATE entity SET kind = 'alien' WHERE uid = 'openai'", ()),
    )


NESTED_BODIES = (
    "> " * 100_000 + "deep quote",
    "".join("  " * depth + "- level\n" for depth in range(3_000)),
    "[" * 100_000 + "brackets" + "]" * 100_000,
    "<div>" * 100_000 + "deep html" + "</div>" * 100_000,
    "*" * 100_000 + "stars" + "*" * 100_000,
    "<table>" + "<tr><td><table>" * 20_000 + "cells",
    "`" * 50_000 + "ticks",
    "<script>alert('x')</script><iframe src='http://127.0.0.1:9/'></iframe><style>body{display:none}</style>",
    "&" * 50_000 + "&#x0;&#xD800;&#99999999999;",
)


def deep_nesting(folder: Path, case: Path) -> Path:
    """Bodies of Markdown and HTML nested a hundred thousand deep, one per event."""
    path = _copy(case, folder)
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        uids = [row[0] for row in conn.execute("SELECT uid FROM event ORDER BY t_start, id")]
    finally:
        conn.close()
    updates = [("UPDATE event SET body = ? WHERE uid = ?", (body, uid)) for body, uid in zip(NESTED_BODIES, uids, strict=False)]
    updates.append(("UPDATE entity SET summary = ? WHERE uid = 'meta'", (NESTED_BODIES[0],)))
    return _content(path, *updates)


def links_body(url: str, local: Path) -> str:
    """A body that names remote and local resources every way Markdown and HTML allow."""
    return (
        f"An image: ![chart]({url}/chart.png)\n\n"
        f"A reference image: ![logo][logo]\n\n[logo]: {url}/logo.png\n\n"
        f"Raw HTML: <img src=\"{url}/raw.png\"> <link rel=stylesheet href=\"{url}/style.css\">\n\n"
        f"<iframe src=\"{url}/frame\"></iframe> <video src=\"{url}/video.mp4\"></video>\n\n"
        f"A local image: ![secret](file://{local})\n\n"
        f"A link: [the file](file://{local}) and [the web]({url}/page) and <{url}/autolink>\n\n"
        f"A bare address: {url}/bare and file://{local}\n"
    )


def remote_and_local_links(url: str, local: Path) -> Callable[[Path, Path], Path]:
    """A factory: every event body, the media of one event and an entity's url point at ``url``
    (an HTTP server that records requests) and at ``local`` (a file nothing may open)."""

    def make(folder: Path, case: Path) -> Path:
        body = links_body(url, local)
        return _content(
            _copy(case, folder),
            ("UPDATE event SET body = ?", (body,)),
            ("UPDATE event SET has_media = 1, media_url = ?, media_thumbnail = ?, media_link = ? WHERE uid = ?",
             (f"{url}/media.png", f"file://{local}", f"{url}/media-link", EVENT)),
            ("UPDATE entity SET url = ?, summary = ?", (f"{url}/entity", body)),
            ("UPDATE source SET url = ?", (f"file://{local}",)),
            ("UPDATE note SET body = ?", (body,)),
        )

    return make


def huge_text(folder: Path, case: Path, size: int = 100 * 1024 * 1024) -> Path:
    """One event with a title and a body of ``size`` characters each (100 MB by default)."""
    words = "Huge title " * (size // 11)
    return _content(_copy(case, folder), ("UPDATE event SET title = ?, body = ? WHERE uid = ?", (words, words.lower(), EVENT)))


CONTENT_ATTACKS: dict[str, Callable[[Path, Path], Path]] = {  # these open, and must show without harm
    "invalid-utf8": invalid_utf8,
    "absurd-values": absurd_values,
    "deep-nesting": deep_nesting,
}
