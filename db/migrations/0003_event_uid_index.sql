-- 0003: the uniqueness of event uids becomes a named index, event_uid, instead of a column
-- constraint, so that a large import can set the index aside and build it once at the end (by
-- sorting, far cheaper than a million inserts into a B-tree). Uids stay unique: the index is
-- UNIQUE and the import builds it again, inside its own transaction, before it commits.
--
-- SQLite cannot drop a column constraint, so the table is rebuilt under its name with every row,
-- and ids, kept: the old table is renamed aside (legacy_alter_table keeps the foreign keys of
-- other tables pointing at "event", and dropping the renamed table runs no trigger and no
-- cascade), the new one filled from it, then its index and search triggers made again.

PRAGMA legacy_alter_table = ON;
ALTER TABLE event RENAME TO event_before_v3;

CREATE TABLE event (
    id              INTEGER PRIMARY KEY,
    uid             TEXT NOT NULL,           -- unique: see the index event_uid
    title           TEXT NOT NULL CHECK (title <> ''),
    body            TEXT NOT NULL DEFAULT '',
    start           TEXT NOT NULL,           -- partial ISO date
    "end"           TEXT,                    -- partial ISO date, NULL for an instant
    t_start         INTEGER NOT NULL,        -- first second covered by start
    t_end           INTEGER NOT NULL,        -- first second after end (or after start)
    precision       INTEGER NOT NULL CHECK (precision BETWEEN 1 AND 5),  -- of start: year 1, month 2, day 3, minute 4, second 5
    display_date    TEXT NOT NULL DEFAULT '',
    reported_at     TEXT,                    -- when it became public, if that differs
    t_reported      INTEGER,
    category        TEXT NOT NULL DEFAULT '',
    certainty       TEXT NOT NULL DEFAULT 'confirmed'
                    CHECK (certainty IN ('confirmed', 'reported', 'rumored', 'planned', 'denied', 'disputed')),
    importance      INTEGER NOT NULL DEFAULT 2 CHECK (importance BETWEEN 1 AND 3),
    media_url       TEXT NOT NULL DEFAULT '',
    media_caption   TEXT NOT NULL DEFAULT '',
    media_credit    TEXT NOT NULL DEFAULT '',
    media_thumbnail TEXT NOT NULL DEFAULT '',
    media_alt       TEXT NOT NULL DEFAULT '',
    media_title     TEXT NOT NULL DEFAULT '',
    media_link      TEXT NOT NULL DEFAULT '',
    has_media       INTEGER NOT NULL DEFAULT 0 CHECK (has_media IN (0, 1)),
    background      TEXT,
    CHECK (t_end >= t_start)
);
INSERT INTO event SELECT * FROM event_before_v3;
DROP TABLE event_before_v3;
PRAGMA legacy_alter_table = OFF;

CREATE UNIQUE INDEX event_uid ON event (uid);
-- Covers everything the timeline loads, in time order, without reading the wide rows.
CREATE INDEX event_timeline ON event (t_start, t_end, certainty, importance, precision, category, "end");

CREATE TRIGGER event_fts_insert AFTER INSERT ON event BEGIN
    INSERT INTO event_fts (rowid, title, body, category, display_date)
    VALUES (new.id, new.title, new.body, new.category, new.display_date);
END;
CREATE TRIGGER event_fts_delete AFTER DELETE ON event BEGIN
    INSERT INTO event_fts (event_fts, rowid, title, body, category, display_date)
    VALUES ('delete', old.id, old.title, old.body, old.category, old.display_date);
END;
CREATE TRIGGER event_fts_update AFTER UPDATE OF title, body, category, display_date ON event BEGIN
    INSERT INTO event_fts (event_fts, rowid, title, body, category, display_date)
    VALUES ('delete', old.id, old.title, old.body, old.category, old.display_date);
    INSERT INTO event_fts (rowid, title, body, category, display_date)
    VALUES (new.id, new.title, new.body, new.category, new.display_date);
END;
