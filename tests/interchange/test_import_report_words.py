"""The import report in plain words: no "skipped 1 meta", counts in the singular when one."""

from collections import Counter

from explorer.core.interchange.merge import ImportReport


def test_kept_case_details_are_named():
    report = ImportReport(Counter(events=11, eras=2), Counter(meta=2), kept_meta=["title", "summary"])
    assert report.summary() == "added 11 events and 2 eras; the case title and summary were already set and were kept"


def test_one_of_a_kind_reads_in_the_singular():
    report = ImportReport(Counter(events=1), Counter(events=1, meta=1), kept_meta=["title"])
    assert report.summary() == ("added 1 event; 1 event was already in the case and left as it was; "
                                "the case title was already set and was kept")


def test_records_already_there_and_nothing_added():
    report = ImportReport(Counter(), Counter(events=3, event_effects=2))
    text = report.summary()
    assert text == ("added nothing; 3 events and 2 links between events and relationships were already in the case "
                    "and left as they were")
    assert "meta" not in text and "skipped" not in text and "_" not in text
