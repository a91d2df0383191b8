"""Sources (articles, releases, filings) and the citations that tie them to the case."""

from __future__ import annotations

from collections.abc import Sequence

from explorer.core.changes import Changed, Changes
from explorer.core.models import Citation, CitationTarget, Source, Stance
from explorer.core.store._base import RecordError, StoreBase, iso, read_date, read_enum, text

_SOURCE_COLUMNS = "id, uid, publisher, title, url, published"
_SELECT_CITATIONS = (
    "SELECT c.id, c.uid, s.uid, CASE WHEN c.event_id IS NOT NULL THEN 'event' "
    "WHEN c.relationship_id IS NOT NULL THEN 'relationship' ELSE 'entity' END, "
    "coalesce(ev.uid, r.uid, en.uid), c.quote, c.locator, c.stance FROM citation c "
    "JOIN source s ON s.id = c.source_id LEFT JOIN event ev ON ev.id = c.event_id "
    "LEFT JOIN relationship r ON r.id = c.relationship_id LEFT JOIN entity en ON en.id = c.entity_id"
)
_TARGET_COLUMN = {CitationTarget.EVENT: "event", CitationTarget.RELATIONSHIP: "relationship", CitationTarget.ENTITY: "entity"}


def _source(row: Sequence) -> Source:
    id_, uid, publisher, title, url, published = row
    return Source(uid=uid, publisher=text(publisher), title=text(title), url=url, published=read_date(published), id=id_)


def _citation(row: Sequence) -> Citation:
    id_, uid, source, kind, target, quote, locator, stance = row
    return Citation(
        uid=uid, source_uid=source, target_kind=CitationTarget(kind), target_uid=target, quote=text(quote),
        locator=text(locator), stance=read_enum(Stance, stance, Stance.MENTIONS), id=id_,
    )


class SourceStore(StoreBase):
    def sources(self) -> list[Source]:
        return [_source(row) for row in self.conn.execute(f"SELECT {_SOURCE_COLUMNS} FROM source ORDER BY id")]

    def source(self, uid: str) -> Source | None:
        row = self.conn.execute(f"SELECT {_SOURCE_COLUMNS} FROM source WHERE uid = ?", (uid,)).fetchone()
        return None if row is None else _source(row)

    def put_source(self, source: Source) -> Changes:
        if not source.publisher.strip() or not source.title.strip():
            raise RecordError("publisher and title", "a source needs both")
        values = (source.publisher, source.title, source.url, iso(source.published))
        with self._write() as conn:
            existing = self._id_or_none("source", source.uid)
            if existing is None:
                conn.execute(
                    "INSERT INTO source (id, publisher, title, url, published, uid) VALUES (?, ?, ?, ?, ?, ?)",
                    (self._new_id("source", source.id), *values, source.uid),
                )
            else:
                conn.execute("UPDATE source SET publisher = ?, title = ?, url = ?, published = ? WHERE id = ?", (*values, existing))
        return Changes.of(Changed.SOURCES, source.uid)

    def delete_source(self, uid: str) -> Changes:
        with self._write() as conn:
            conn.execute("DELETE FROM source WHERE id = ?", (self._id_of("source", uid),))
        return Changes.of(Changed.SOURCES | Changed.CITATIONS, uid)

    # --- citations -----------------------------------------------------------------------

    def citations(self) -> list[Citation]:
        return [_citation(row) for row in self.conn.execute(f"{_SELECT_CITATIONS} ORDER BY c.id")]

    def citation(self, uid: str) -> Citation | None:
        row = self.conn.execute(f"{_SELECT_CITATIONS} WHERE c.uid = ?", (uid,)).fetchone()
        return None if row is None else _citation(row)

    def citations_of(self, kind: CitationTarget, uid: str) -> list[tuple[Citation, Source]]:
        """The citations on one event, relationship or entity, each with its source."""
        column = _TARGET_COLUMN[kind]
        target_id = self._id_or_none(column, uid)
        if target_id is None:
            return []
        rows = self.conn.execute(f"{_SELECT_CITATIONS} WHERE c.{column}_id = ? ORDER BY c.id", (target_id,)).fetchall()
        citations = [_citation(row) for row in rows]
        sources = {s.uid: s for s in (self.source(uid) for uid in {c.source_uid for c in citations}) if s}
        return [(c, sources[c.source_uid]) for c in citations]

    def put_citation(self, citation: Citation) -> Changes:
        column = _TARGET_COLUMN[citation.target_kind]
        with self._write() as conn:
            source_id = self._id_of("source", citation.source_uid, "source")
            target_id = self._id_of(column, citation.target_uid, "target")
            targets = {name: (target_id if name == column else None) for name in _TARGET_COLUMN.values()}
            values = (source_id, targets["event"], targets["relationship"], targets["entity"],
                      citation.quote, citation.locator, str(citation.stance))
            existing = self._id_or_none("citation", citation.uid)
            if existing is None:
                conn.execute(
                    "INSERT INTO citation (id, source_id, event_id, relationship_id, entity_id, quote, locator, stance, uid) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (self._new_id("citation", citation.id), *values, citation.uid),
                )
            else:
                conn.execute(
                    "UPDATE citation SET source_id = ?, event_id = ?, relationship_id = ?, entity_id = ?, quote = ?, "
                    "locator = ?, stance = ? WHERE id = ?",
                    (*values, existing),
                )
        return Changes.of(Changed.CITATIONS, citation.uid, citation.target_uid)

    def delete_citation(self, uid: str) -> Changes:
        with self._write() as conn:
            conn.execute("DELETE FROM citation WHERE id = ?", (self._id_of("citation", uid),))
        return Changes.of(Changed.CITATIONS, uid)
