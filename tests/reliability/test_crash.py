"""SIGKILL a process writing to a case at random moments: nothing committed is lost, nothing
interrupted is half there, the case always opens and checks clean.

Three kinds of writer (see ``crash_child``): event edits through the undo stack (adds, batches
of three, edits of text, date, certainty and participants, deletes with their cascades, undo),
migrations of the version 1 fixture, and imports (``import_into``). The quick part kills each
a few times (``KILLS``); ``-m soak`` runs ``SOAK_KILLS``. Note autosave has its own SIGKILL test
with the notes editor.
"""

from __future__ import annotations

import random
import shutil
import time
from pathlib import Path

import pytest

from explorer.core import migrations
from explorer.core.casefile import build_case, import_into, new_case, open_case
from explorer.core.generate import generate_case
from explorer.core.interchange.native_json import case_to_json
from tests.conftest import BUNDLED_JSON
from tests.reliability import crash_harness as harness
from tests.reliability.crash_harness import Tally
from tests.reliability.test_restore import V1_FIXTURE

KILLS = {"edits": 14, "migrate": 4, "import": 6}
SOAK_KILLS = {"edits": 200, "migrate": 40, "import": 60}
EDIT_WINDOW_S = (0.01, 0.3)  # how long after "ready" an edit run is killed


# --- event edits ----------------------------------------------------------------------------------


def kill_editing(case: Path, folder: Path, kills: int, seed: int) -> Tally:
    rng = random.Random(seed)
    log = folder / "edits.log"
    tally = Tally()
    with harness.Writers(folder) as writers:
        for run in range(kills):
            pid, ready = writers.start("edits", case, log, str(seed * 1000 + run))
            writers.kill_at(pid, ready + rng.uniform(*EDIT_WINDOW_S))
            harness.check_edits(case, log, tally)
    return tally


def test_killing_an_editor_loses_nothing_committed_and_leaves_no_half_change(bundled_case: Path, tmp_path: Path, record_figure) -> None:
    tally = kill_editing(bundled_case, tmp_path, KILLS["edits"], seed=11)
    record_figure("crash-edits", **tally.numbers())
    assert tally.kills == KILLS["edits"] and tally.lost == 0
    assert tally.changes_verified >= KILLS["edits"], "the children committed changes between kills"


@pytest.mark.soak
def test_soak_killing_an_editor(bundled_case: Path, tmp_path: Path, record_figure) -> None:
    tally = kill_editing(bundled_case, tmp_path, SOAK_KILLS["edits"], seed=12)
    record_figure("crash-edits", **tally.numbers())
    assert tally.lost == 0
    assert tally.interrupted > SOAK_KILLS["edits"] // 4, "most kills should land in the middle of a change"


# --- migrations -----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def upgraded_json(tmp_path_factory: pytest.TempPathFactory) -> str:
    """What the version 1 fixture holds once upgraded (as the fixture test proves)."""
    folder = tmp_path_factory.mktemp("reference")
    fresh = folder / "fresh.case.db"
    import_into(V1_FIXTURE.with_suffix("").with_suffix(".json"), fresh)
    store = open_case(fresh)
    try:
        return case_to_json(store)
    finally:
        store.close()


def kill_migrating(folder: Path, kills: int, seed: int, reference: str) -> Tally:
    rng = random.Random(seed)
    tally = Tally()
    took = []
    writers = harness.Writers(folder)
    for run in range(kills + 1):  # the first run is not killed: it measures how long a migration takes
        case, log, backups = folder / f"m{run}.case.db", folder / f"m{run}.log", folder / f"m{run}-backups"
        shutil.copyfile(V1_FIXTURE, case)
        pid, ready = writers.start("migrate", case, log, str(backups))
        if run == 0:
            took.append(wait_done(log))
            writers.kill_at(pid, 0)
            continue
        writers.kill_at(pid, ready + rng.uniform(0, took[0] * 1.5))
        tally.kills += 1
        tally.hot_journals += harness.has_hot_journal(case)
        done = bool(harness.read_log(log).done_lines)
        version = harness.user_version(case)
        latest = migrations.latest_version()  # every pending migration is one transaction
        if done:
            assert version == latest, "a finished migration is all there"
        else:
            tally.interrupted += 1
            assert version in (1, latest), f"kill {run}: the case was left at schema version {version}"
            tally.interrupted_found_whole += version == latest
            tally.interrupted_found_absent += version == 1
        harness.check_sound(case)  # opening upgrades what the kill left at version 1
        store = open_case(case)
        try:
            assert case_to_json(store) == reference, f"kill {run}: the upgraded case differs"
        finally:
            store.close()
        tally.changes_verified += 1
    writers.__exit__()
    return tally


def wait_done(log: Path, limit: float = 60.0) -> float:
    """Wait for an unkilled run to log its ``done``; how long its work took."""
    deadline = time.monotonic() + limit
    while not harness.read_log(log).done_lines:
        assert time.monotonic() < deadline, "the calibration run did not finish"
        time.sleep(0.01)
    return harness.read_log(log).done_lines[0]["seconds"]


def test_killing_a_migration_leaves_the_old_or_the_new_version_never_a_mix(tmp_path: Path, upgraded_json: str, record_figure) -> None:
    tally = kill_migrating(tmp_path, KILLS["migrate"], seed=21, reference=upgraded_json)
    record_figure("crash-migrate", **tally.numbers(), broken_backups=len(harness.broken_files(tmp_path / "m1-backups")))
    assert tally.kills == KILLS["migrate"] and tally.lost == 0


@pytest.mark.soak
def test_soak_killing_migrations(tmp_path: Path, upgraded_json: str, record_figure) -> None:
    tally = kill_migrating(tmp_path, SOAK_KILLS["migrate"], seed=22, reference=upgraded_json)
    broken = sum(len(harness.broken_files(folder)) for folder in tmp_path.glob("m*-backups"))
    record_figure("crash-migrate", **tally.numbers(), broken_backups=broken)
    assert tally.lost == 0


# --- imports --------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def import_sources(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The files the import crash test imports. HOOK: add a TimelineJS JSON, a TimelineJS sheet
    CSV and a generic CSV here (any format ``import_into`` reads) to kill those imports too."""
    folder = tmp_path_factory.mktemp("sources")
    generated = folder / "generated.case.db"
    build_case(generated, lambda store: generate_case(store, 1500, entities=50, seed=3))
    store = open_case(generated)
    try:
        (folder / "generated.json").write_text(case_to_json(store), encoding="utf-8")
    finally:
        store.close()
    return {"bundled-json": BUNDLED_JSON, "generated-json": folder / "generated.json"}


def counts(case: Path) -> dict[str, int]:
    store = open_case(case, readonly=True)
    try:
        return store.counts()
    finally:
        store.close()


def kill_importing(folder: Path, source: Path, kills: int, seed: int) -> Tally:
    """Import ``source`` into an existing (empty) case, killed at random: all of it or none."""
    rng = random.Random(seed)
    tally = Tally()
    reference = folder / "reference.case.db"
    new_case(reference)
    empty = counts(reference)
    import_into(source, reference)
    full = counts(reference)
    took: list[float] = []
    writers = harness.Writers(folder)
    for run in range(kills + 1):
        case, log = folder / f"i{run}.case.db", folder / f"i{run}.log"
        new_case(case)
        pid, ready = writers.start("import", case, log, str(source))
        if run == 0:
            took.append(wait_done(log))
            writers.kill_at(pid, 0)
            continue
        writers.kill_at(pid, ready + rng.uniform(0, took[0] * 1.5))
        tally.kills += 1
        tally.hot_journals += harness.has_hot_journal(case)
        done = bool(harness.read_log(log).done_lines)
        harness.check_sound(case)
        found = counts(case)
        assert found in (empty, full), f"kill {run}: a partial import: {found}"
        if done:
            assert found == full, "a finished import is all there"
        else:
            tally.interrupted += 1
            tally.interrupted_found_whole += found == full
            tally.interrupted_found_absent += found == empty
        tally.changes_verified += 1
    writers.__exit__()
    return tally


@pytest.mark.parametrize("name", ["bundled-json", "generated-json"])
def test_killing_an_import_leaves_all_of_it_or_none(name: str, import_sources: dict[str, Path], tmp_path: Path, record_figure) -> None:
    tally = kill_importing(tmp_path, import_sources[name], KILLS["import"] // 2, seed=31)
    record_figure("crash-import", source=name, **tally.numbers())
    assert tally.kills == KILLS["import"] // 2 and tally.lost == 0


@pytest.mark.soak
@pytest.mark.parametrize("name", ["bundled-json", "generated-json"])
def test_soak_killing_imports(name: str, import_sources: dict[str, Path], tmp_path: Path, record_figure) -> None:
    tally = kill_importing(tmp_path, import_sources[name], SOAK_KILLS["import"] // 2, seed=32)
    record_figure("crash-import", source=name, **tally.numbers())
    assert tally.lost == 0
