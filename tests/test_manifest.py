"""The sidecar manifest: the forms of years and dates people write, and errors that cost one row."""

from datetime import date
from pathlib import Path

import pytest

from zhibiao.documents import load_manifest
from zhibiao.documents.manifest import ManifestError, missing_from_manifest

HEADER = "file,region,year,kind,date\n"


def manifest(tmp_path: Path, rows: str, name: str = "manifest.csv"):
    (tmp_path / name).write_text(rows, encoding="utf-8")
    return load_manifest(tmp_path)


@pytest.mark.parametrize(("written", "year"), [("2026", 2026), ("二〇二六", 2026), ("二零二六年", 2026),
                                               ("２０２６", 2026), (" 2025年 ", 2025)])
def test_years_as_people_write_them(tmp_path: Path, written: str, year: int):
    assert manifest(tmp_path, f"{HEADER}a.txt,青溪区,{written},speech,\n").rows["a.txt"].year == year


@pytest.mark.parametrize("written", ["2025-01-15", "2025/01/15", "2025/1/15", "2025.1.15", "2025年1月15日",
                                     "2025 年 1 月 15 日", "二〇二五年一月十五日", "２０２５／０１／１５"])
def test_common_date_forms(tmp_path: Path, written: str):
    assert manifest(tmp_path, f"{HEADER}a.txt,青溪区,2025,speech,{written}\n").rows["a.txt"].date == date(2025, 1, 15)


def test_kinds_are_the_contracts_codes_in_any_case(tmp_path: Path):
    assert manifest(tmp_path, f"{HEADER}a.txt,青溪区,2025,Work_Report,\n").rows["a.txt"].kind == "work_report"


def test_a_bad_cell_costs_its_row_only_and_names_file_row_and_column(tmp_path: Path):
    found = manifest(tmp_path, HEADER + "good.txt,青溪区,2025,speech,2025-01-15\n"
                                        "year.txt,青溪区,二〇二X,speech,\n"
                                        "date.txt,青溪区,2025,speech,15/01/2025\n"
                                        "kind.txt,青溪区,2025,speach,\n"
                                        "impossible.txt,青溪区,2025,speech,2025-02-30\n")
    assert set(found.rows) == {"good.txt"}
    dates = "(2025-01-15, 2025/01/15, 2025年1月15日)"
    assert found.errors == {
        "year.txt": "manifest.csv row 3, column year: '二〇二X' is not a year (2025, 二〇二五)",
        "date.txt": f"manifest.csv row 4, column date: '15/01/2025' is not a date {dates}",
        "kind.txt": "manifest.csv row 5, column kind: 'speach' is not one of speech, work_report, summary, "
                    "bulletin, brief, press_release",
        "impossible.txt": f"manifest.csv row 6, column date: '2025-02-30' is not a date {dates}"}
    assert found.listed() == {"good.txt", "year.txt", "date.txt", "kind.txt", "impossible.txt"}


def test_yaml_rows_are_numbered_from_one(tmp_path: Path):
    found = manifest(tmp_path, "documents:\n  - file: a.txt\n    year: 2025\n  - file: b.txt\n    year: 两千\n",
                     "manifest.yaml")
    assert found.rows["a.txt"].year == 2025
    assert found.errors == {"b.txt": "manifest.yaml row 2, column year: '两千' is not a year (2025, 二〇二五)"}


def test_rows_naming_no_file_of_the_folder_are_kept_as_problems(tmp_path: Path):
    found = manifest(tmp_path, "file,region\n../../etc/passwd,青溪区\n,榕海市\nthere.txt,青溪区\n")
    assert found.unplaced == [
        ("../../etc/passwd", "manifest.csv row 2, column file: file names must be plain names in the folder: "
                             "'../../etc/passwd'"),
        ("(empty)", "manifest.csv row 3, column file: file names must be plain names in the folder: ''")]
    assert missing_from_manifest(tmp_path, found) == ["there.txt"]


def test_a_manifest_that_is_not_a_list_of_rows_is_an_error(tmp_path: Path):
    with pytest.raises(ManifestError, match=r"manifest\.yaml: expected a list"):
        manifest(tmp_path, "documents: just a string\n", "manifest.yaml")
    with pytest.raises(ManifestError, match=r"manifest\.yaml cannot be read"):
        manifest(tmp_path, "documents: [unclosed\n", "manifest.yaml")
