-- 0002: pinned positions of entities in the relationship graph; incoming versions of notes that
-- conflict with local edits (kept until the user resolves them); notes marked for the speaker.

CREATE TABLE entity_position (
    entity_id INTEGER PRIMARY KEY REFERENCES entity (id) ON DELETE CASCADE,
    x         REAL NOT NULL,
    y         REAL NOT NULL
);

CREATE TABLE note_conflict (
    id       INTEGER PRIMARY KEY,
    note_id  INTEGER NOT NULL REFERENCES note (id) ON DELETE CASCADE,
    body     TEXT NOT NULL,
    author   TEXT NOT NULL DEFAULT '',
    updated  TEXT NOT NULL,
    origin   TEXT NOT NULL DEFAULT ''  -- where it came from, e.g. the other case file's name
);
CREATE INDEX note_conflict_by_note ON note_conflict (note_id);

ALTER TABLE note ADD COLUMN for_speaker INTEGER NOT NULL DEFAULT 0 CHECK (for_speaker IN (0, 1));
