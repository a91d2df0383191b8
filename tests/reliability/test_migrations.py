"""A failed upgrade leaves the case exactly as it was, from every stored earlier version.

``tests/core/test_migration_fixtures.py`` proves each stored fixture upgrades with nothing lost,
and ``test_crash`` kills upgrades at random moments. Here the upgrade fails instead: the last
migration breaks after doing most of its work. The file must be byte for byte the fixture,
with no journal left, the message must say so, and the next (working) open upgrades it.
"""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from explorer.core import migrations
from explorer.core.casefile import open_case
from explorer.core.database import CaseFileError, Problem
from tests.core.test_migration_fixtures import FIXTURES

BREAK = "\nCREATE TABLE event (broken INTEGER);\n"  # fails: the table exists


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def break_migration(monkeypatch: pytest.MonkeyPatch, version: int) -> None:
    real = migrations.all_migrations()
    broken = tuple(
        migrations.Migration(m.version, m.name, m.sql + BREAK) if m.version == version else m for m in real
    )
    monkeypatch.setattr(migrations, "all_migrations", lambda: broken)


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda path: path.name)
def test_a_failed_upgrade_of_a_stored_case_leaves_it_untouched(
    fixture: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, record_figure
) -> None:
    case = tmp_path / fixture.name
    shutil.copyfile(fixture, case)
    original = digest(case)
    with monkeypatch.context() as patch:
        break_migration(patch, migrations.latest_version())
        with pytest.raises(CaseFileError) as caught:
            open_case(case)
    assert caught.value.problem is Problem.UPGRADE_FAILED
    message = str(caught.value)
    assert "could not be upgraded from schema version" in message and "the file is unchanged" in message
    assert digest(case) == original, "the failed upgrade changed the file"
    assert not case.with_name(case.name + "-journal").exists()
    store = open_case(case)  # the real migrations still upgrade it
    try:
        assert store.schema_version() == migrations.latest_version()
        assert store.event_count() > 0
    finally:
        store.close()
    record_figure("migration", fixture=fixture.name, failed_upgrades=1, changed=0, upgraded_after=1)


def test_a_failure_in_the_second_of_two_pending_migrations_leaves_the_case_untouched(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With two migrations pending (today: a case made before version 1, as ``test_database``
    builds; tomorrow: every version 1 case once version 3 exists), the first one must not stay
    committed when the second fails."""
    import sqlite3

    from explorer.core.database import APPLICATION_ID

    case = tmp_path / "v0.case.db"
    conn = sqlite3.connect(case, isolation_level=None)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.close()
    original = digest(case)
    with monkeypatch.context() as patch:
        break_migration(patch, 2)
        with pytest.raises(CaseFileError):
            open_case(case)
    assert digest(case) == original
