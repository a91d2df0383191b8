"""File ▸ New, then File ▸ Import: the new case's title is only its file's name, so the imported
file's title replaces it (a new user's trial kept "reimport" and said the title "was already set
and was kept"); a title someone chose is kept, as before."""

from __future__ import annotations

from pathlib import Path

from explorer.core.casefile import import_into, new_case, open_case

TIMELINE = Path(__file__).resolve().parents[1] / "fixtures" / "timelinejs" / "world-history.json"


def _title(path: Path) -> str:
    store = open_case(path)
    try:
        return store.meta()["title"]
    finally:
        store.close()


def test_a_new_case_takes_the_imported_title(tmp_path: Path) -> None:
    case = tmp_path / "reimport.case.db"
    new_case(case)
    assert _title(case) == "reimport"
    report = import_into(TIMELINE, case)
    assert _title(case) == "From the Big Bang to the Web"
    assert "title" not in report.kept_meta and "title" not in report.summary()


def test_a_title_someone_chose_is_kept(tmp_path: Path) -> None:
    case = tmp_path / "reimport.case.db"
    new_case(case, "My history class")
    report = import_into(TIMELINE, case)
    assert _title(case) == "My history class"
    assert report.kept_meta == ["title"] and "the case title was already set and was kept" in report.summary()
