"""Where file dialogs start: a case's own folder, but never the app's data folder."""

from __future__ import annotations

from pathlib import Path

from explorer import paths


def test_file_dialogs_start_beside_a_case_but_not_in_the_apps_data_folder(private_home: Path, tmp_path: Path,
                                                                           monkeypatch) -> None:
    mine = tmp_path / "work" / "acme.case.db"
    mine.parent.mkdir()
    assert paths.folder_for_files(mine) == mine.parent.resolve()
    user_home = tmp_path / "user"
    (user_home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(user_home))
    assert paths.folder_for_files(paths.working_copy()) == user_home / "Documents"
    assert paths.folder_for_files(None) == user_home / "Documents"
    (user_home / "Documents").rmdir()
    assert paths.folder_for_files(paths.working_copy()) == user_home
