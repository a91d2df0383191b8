-- Case Explorer case file schema, version 3.
-- Generated from db/migrations by `python -m explorer.core.schema`; do not edit by hand.

CREATE TABLE case_meta (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);

CREATE TABLE entity (
    id       INTEGER PRIMARY KEY,
    uid      TEXT NOT NULL UNIQUE,
    kind     TEXT NOT NULL CHECK (kind IN ('company', 'person', 'organization', 'group')),
    name     TEXT NOT NULL CHECK (name <> ''),
    aliases  TEXT NOT NULL DEFAULT '',  -- one alias per line
    summary  TEXT NOT NULL DEFAULT '',
    color    TEXT,
    url      TEXT,
    wikidata TEXT
);

CREATE TABLE event_entity (
    event_id  INTEGER NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    entity_id INTEGER NOT NULL REFERENCES entity (id) ON DELETE CASCADE,
    role      TEXT NOT NULL DEFAULT 'actor' CHECK (role IN ('actor', 'target', 'subject', 'mentioned')),
    position  INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (event_id, entity_id)
) WITHOUT ROWID;

CREATE INDEX event_entity_by_entity ON event_entity (entity_id, event_id);

CREATE TABLE relationship (
    id        INTEGER PRIMARY KEY,
    uid       TEXT NOT NULL UNIQUE,
    source_id INTEGER NOT NULL REFERENCES entity (id) ON DELETE CASCADE,
    target_id INTEGER NOT NULL REFERENCES entity (id) ON DELETE CASCADE,
    type      TEXT NOT NULL CHECK (type <> ''),
    directed  INTEGER NOT NULL DEFAULT 1 CHECK (directed IN (0, 1)),
    label     TEXT NOT NULL DEFAULT '',
    start     TEXT,
    "end"     TEXT,
    t_start   INTEGER,  -- NULL: before the case begins or unknown
    t_end     INTEGER,  -- NULL: still active
    certainty TEXT NOT NULL DEFAULT 'confirmed'
              CHECK (certainty IN ('confirmed', 'reported', 'rumored', 'planned', 'denied', 'disputed')),
    summary   TEXT NOT NULL DEFAULT ''
);

CREATE INDEX relationship_by_source ON relationship (source_id);

CREATE INDEX relationship_by_target ON relationship (target_id);

CREATE TABLE event_effect (
    event_id        INTEGER NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    relationship_id INTEGER NOT NULL REFERENCES relationship (id) ON DELETE CASCADE,
    effect          TEXT NOT NULL CHECK (effect IN ('starts', 'ends', 'modifies', 'reaffirms')),
    PRIMARY KEY (event_id, relationship_id, effect)
) WITHOUT ROWID;

CREATE INDEX event_effect_by_relationship ON event_effect (relationship_id);

CREATE TABLE source (
    id        INTEGER PRIMARY KEY,
    uid       TEXT NOT NULL UNIQUE,
    publisher TEXT NOT NULL CHECK (publisher <> ''),
    title     TEXT NOT NULL CHECK (title <> ''),
    url       TEXT,
    published TEXT
);

CREATE TABLE citation (
    id              INTEGER PRIMARY KEY,
    uid             TEXT NOT NULL UNIQUE,
    source_id       INTEGER NOT NULL REFERENCES source (id) ON DELETE CASCADE,
    event_id        INTEGER REFERENCES event (id) ON DELETE CASCADE,
    relationship_id INTEGER REFERENCES relationship (id) ON DELETE CASCADE,
    entity_id       INTEGER REFERENCES entity (id) ON DELETE CASCADE,
    quote           TEXT NOT NULL DEFAULT '',
    locator         TEXT NOT NULL DEFAULT '',
    stance          TEXT NOT NULL DEFAULT 'supports' CHECK (stance IN ('supports', 'contradicts', 'mentions')),
    CHECK ((event_id IS NOT NULL) + (relationship_id IS NOT NULL) + (entity_id IS NOT NULL) = 1)
);

CREATE INDEX citation_by_source ON citation (source_id);

CREATE INDEX citation_by_event ON citation (event_id) WHERE event_id IS NOT NULL;

CREATE INDEX citation_by_relationship ON citation (relationship_id) WHERE relationship_id IS NOT NULL;

CREATE INDEX citation_by_entity ON citation (entity_id) WHERE entity_id IS NOT NULL;

CREATE TABLE era (
    id      INTEGER PRIMARY KEY,
    uid     TEXT NOT NULL UNIQUE,
    title   TEXT NOT NULL CHECK (title <> ''),
    start   TEXT NOT NULL,
    "end"   TEXT NOT NULL,
    t_start INTEGER NOT NULL,
    t_end   INTEGER NOT NULL,
    color   TEXT,
    summary TEXT NOT NULL DEFAULT '',
    CHECK (t_end >= t_start)
);

CREATE TABLE note (
    id              INTEGER PRIMARY KEY,
    uid             TEXT NOT NULL UNIQUE,
    target_kind     TEXT NOT NULL CHECK (target_kind IN ('case', 'event', 'entity', 'relationship', 'range')),
    event_id        INTEGER REFERENCES event (id) ON DELETE CASCADE,
    entity_id       INTEGER REFERENCES entity (id) ON DELETE CASCADE,
    relationship_id INTEGER REFERENCES relationship (id) ON DELETE CASCADE,
    range_start     TEXT,
    range_end       TEXT,
    body            TEXT NOT NULL DEFAULT '',
    author          TEXT NOT NULL DEFAULT '',
    created         TEXT NOT NULL,
    updated         TEXT NOT NULL,
    pinned          INTEGER NOT NULL DEFAULT 0 CHECK (pinned IN (0, 1)), for_speaker INTEGER NOT NULL DEFAULT 0 CHECK (for_speaker IN (0, 1)),
    CHECK ((event_id IS NOT NULL) = (target_kind = 'event')),
    CHECK ((entity_id IS NOT NULL) = (target_kind = 'entity')),
    CHECK ((relationship_id IS NOT NULL) = (target_kind = 'relationship')),
    CHECK ((range_start IS NOT NULL AND range_end IS NOT NULL) = (target_kind = 'range'))
);

CREATE INDEX note_by_event ON note (event_id) WHERE event_id IS NOT NULL;

CREATE INDEX note_by_entity ON note (entity_id) WHERE entity_id IS NOT NULL;

CREATE INDEX note_by_relationship ON note (relationship_id) WHERE relationship_id IS NOT NULL;

CREATE TABLE note_revision (
    id       INTEGER PRIMARY KEY,
    note_id  INTEGER NOT NULL REFERENCES note (id) ON DELETE CASCADE,
    saved_at TEXT NOT NULL,
    body     TEXT NOT NULL
);

CREATE INDEX note_revision_by_note ON note_revision (note_id, id);

CREATE TABLE note_tag (
    note_id INTEGER NOT NULL REFERENCES note (id) ON DELETE CASCADE,
    tag     TEXT NOT NULL,
    PRIMARY KEY (note_id, tag)
) WITHOUT ROWID;

CREATE INDEX note_tag_by_tag ON note_tag (tag);

CREATE TABLE tour (
    id         INTEGER PRIMARY KEY,
    uid        TEXT NOT NULL UNIQUE,
    title      TEXT NOT NULL CHECK (title <> ''),
    summary    TEXT NOT NULL DEFAULT '',
    is_default INTEGER NOT NULL DEFAULT 0 CHECK (is_default IN (0, 1))
);

CREATE UNIQUE INDEX tour_one_default ON tour (is_default) WHERE is_default = 1;

CREATE TABLE tour_step (
    id            INTEGER PRIMARY KEY,
    tour_id       INTEGER NOT NULL REFERENCES tour (id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    kind          TEXT NOT NULL CHECK (kind IN ('event', 'range', 'relationships')),
    event_id      INTEGER REFERENCES event (id) ON DELETE CASCADE,
    window_start  TEXT,
    window_end    TEXT,
    as_of         TEXT,
    headline      TEXT NOT NULL DEFAULT '',
    speaker_notes TEXT NOT NULL DEFAULT '',
    CHECK (kind <> 'event' OR event_id IS NOT NULL),
    UNIQUE (tour_id, position)
);

CREATE INDEX tour_step_by_event ON tour_step (event_id) WHERE event_id IS NOT NULL;

CREATE VIRTUAL TABLE event_fts USING fts5 (
    title, body, category, display_date,
    content = 'event', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
);

CREATE VIRTUAL TABLE entity_fts USING fts5 (
    name, aliases, summary,
    content = 'entity', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
);

CREATE TRIGGER entity_fts_insert AFTER INSERT ON entity BEGIN
    INSERT INTO entity_fts (rowid, name, aliases, summary) VALUES (new.id, new.name, new.aliases, new.summary);
END;

CREATE TRIGGER entity_fts_delete AFTER DELETE ON entity BEGIN
    INSERT INTO entity_fts (entity_fts, rowid, name, aliases, summary)
    VALUES ('delete', old.id, old.name, old.aliases, old.summary);
END;

CREATE TRIGGER entity_fts_update AFTER UPDATE OF name, aliases, summary ON entity BEGIN
    INSERT INTO entity_fts (entity_fts, rowid, name, aliases, summary)
    VALUES ('delete', old.id, old.name, old.aliases, old.summary);
    INSERT INTO entity_fts (rowid, name, aliases, summary) VALUES (new.id, new.name, new.aliases, new.summary);
END;

CREATE VIRTUAL TABLE note_fts USING fts5 (
    body,
    content = 'note', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
);

CREATE TRIGGER note_fts_insert AFTER INSERT ON note BEGIN
    INSERT INTO note_fts (rowid, body) VALUES (new.id, new.body);
END;

CREATE TRIGGER note_fts_delete AFTER DELETE ON note BEGIN
    INSERT INTO note_fts (note_fts, rowid, body) VALUES ('delete', old.id, old.body);
END;

CREATE TRIGGER note_fts_update AFTER UPDATE OF body ON note BEGIN
    INSERT INTO note_fts (note_fts, rowid, body) VALUES ('delete', old.id, old.body);
    INSERT INTO note_fts (rowid, body) VALUES (new.id, new.body);
END;

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

CREATE UNIQUE INDEX event_uid ON event (uid);

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
