"""Cases written by earlier versions open, upgraded after a backup, with nothing lost.

``tests/fixtures/cases/scale-ai-vN.case.db`` is a case as version N of the schema wrote it
(built by that version's own code from ``scale-ai-vN.json`` beside it). Each must upgrade to
the latest version and then hold exactly what importing its JSON today gives.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from explorer.core import migrations
from explorer.core.casefile import import_into, open_case
from explorer.core.database import open_database
from explorer.core.interchange.native_json import case_to_json
from explorer.core.store import CaseStore
from tests.conftest import REPO

FIXTURES = sorted((REPO / "tests" / "fixtures" / "cases").glob("scale-ai-v*.case.db"))


def test_there_is_a_fixture_for_every_earlier_version() -> None:
    versions = sorted(int(path.name.split("-v")[1].split(".")[0]) for path in FIXTURES)
    assert versions == list(range(1, migrations.latest_version()))


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda path: path.name)
def test_an_old_case_upgrades_with_a_backup_and_loses_nothing(fixture: Path, tmp_path: Path) -> None:
    case = tmp_path / "old.case.db"
    shutil.copyfile(fixture, case)
    backups = tmp_path / "backups"
    store = CaseStore(open_database(case, backup_dir=backups))
    try:
        assert store.schema_version() == migrations.latest_version()
        upgraded = case_to_json(store)
    finally:
        store.close()
    fresh = tmp_path / "fresh.case.db"
    import_into(fixture.with_suffix("").with_suffix(".json"), fresh)
    reference = open_case(fresh)
    try:
        assert upgraded == case_to_json(reference)
    finally:
        reference.close()
    copies = list(backups.glob("*.case.db"))
    assert len(copies) == 1, "one backup, taken before the upgrade"
    with sqlite3.connect(copies[0]) as old:
        assert old.execute("PRAGMA user_version").fetchone()[0] < migrations.latest_version()
        assert old.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
