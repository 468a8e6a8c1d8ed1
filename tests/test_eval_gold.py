"""The invented document sets kept in eval/ (kinds2 … kinds59h) and the excerpt sets named here (holdout24):
every label passes check_gold against its document as the run reads it, so a document edited without its
labels, or a label mistyped, fails here rather than as a silent miss in a score."""

from __future__ import annotations

import csv
import importlib
import importlib.util
from pathlib import Path

import pytest

from conftest import ROOT, SHARED

EVAL = ROOT / "eval"
SETS = ["kinds2", "kinds3", "kinds3h", "kinds4", "kinds4h", "kinds5", "kinds5h", "kinds6", "kinds6h", "kinds7",
        "kinds7h", "kinds8", "kinds8h", "kinds9", "kinds9h", "kinds10", "kinds10h", "kinds11", "kinds11h",
        "kinds12", "kinds12h", "kinds13", "kinds13h", "kinds14", "kinds14h", "kinds15", "kinds15h", "kinds16",
        "kinds17", "kinds18", "kinds18h", "kinds19", "kinds19h", "kinds20", "kinds20h", "kinds21", "kinds22",
        "kinds23", "kinds24", "kinds25", "kinds26h", "kinds27h",
        "kinds28", "kinds29h", "kinds30", "kinds31", "kinds31h", "kinds32", "kinds32h", "kinds33", "kinds33h",
        "kinds34", "kinds34h", "kinds35", "kinds35h", "kinds36", "kinds36h", "kinds37",
        "kinds37h",
        "kinds38", "kinds38h",
        "kinds39", "kinds39h",
        "kinds40", "kinds40h", "kinds41", "kinds41h",
        "kinds42", "kinds42h", "kinds43", "kinds43h", "kinds44", "kinds45",
        "kinds45h", "kinds46", "kinds47", "kinds48", "kinds49", "kinds50", "kinds50h", "kinds51", "kinds52", "kinds53",
        "kinds54", "kinds54h", "kinds55", "kinds55h", "kinds56", "kinds56h", "kinds57", "kinds57h",
        "kinds58", "kinds58h", "kinds59", "kinds59h", "kinds60", "kinds60h", "kinds61", "kinds61h", "kinds62",
        "kinds62h", "kinds63", "kinds63h", "kinds64", "kinds64h",
        "holdout23", "holdout24", "holdout25", "holdout26", "tune12", "tune13", "tune14", "tune15", "tune16",
        "tune17"]


def _check_file():
    spec = importlib.util.spec_from_file_location("check_gold", EVAL / "check_gold.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.check_file


@pytest.mark.parametrize("name", SETS)
def test_labels_match_their_documents(name: str, tmp_path: Path, monkeypatch) -> None:
    folder = EVAL / name
    if folder.is_dir():
        assert _check_file()(folder / "gold.csv", folder / "docs") == []
        return
    # An excerpt set (gold-<name>.csv): its documents are real report lines, built from ../shared/corpus.
    if not (SHARED / "corpus").is_dir():
        pytest.skip("the excerpt sets are built from ../shared/corpus, absent here")
    monkeypatch.syspath_prepend(str(EVAL))
    importlib.import_module("build_excerpts").build(SHARED, tmp_path)
    assert _check_file()(EVAL / f"gold-{name}.csv", tmp_path) == []


def test_the_holdout_pools_every_blind_set_once_with_its_documents(tmp_path: Path, monkeypatch) -> None:
    """eval/holdout.py pools the sets holdout.txt names: each is a set kept here, each row lands once, and every
    document a row names is beside the pooled gold (the excerpts are built from shared/corpus)."""
    if not (SHARED / "corpus").is_dir():
        pytest.skip("the excerpt sets are built from ../shared/corpus, absent here")
    monkeypatch.syspath_prepend(str(EVAL))
    holdout = importlib.import_module("holdout")
    names = holdout.blind_sets()
    assert names and all(name in SETS or name.startswith("holdout") for name in names)

    def rows(gold: Path) -> list[dict[str, str]]:
        with gold.open(encoding="utf-8", newline="") as f:
            return list(csv.DictReader(f))

    count = holdout.pool(SHARED, tmp_path, names)
    pooled = rows(tmp_path / "gold.csv")
    assert count == len(pooled) == sum(len(rows(holdout.gold_of(name))) for name in names)
    assert {row["file"] for row in pooled} == {path.name for path in (tmp_path / "docs").iterdir()}


# A .docx is read as its paragraphs and cells; a .pdf as its text layer with the lines that ran on joined
# (pypdf gives 人均地区生产总值73 and 758元 on two lines), as the run reads them.
BINARY = [
    ("kinds3/docs/wuhu-etdz-2025-work-summary.docx", "地区生产总值,level,658.3,亿元,exact,2025,,false,,,1,1,",
     "全年实现地区生产总值658.3亿元", "全年实现地区生产总值658.4亿元"),
    ("kinds4/docs/huarong-2025-bulletin.pdf", "人均地区生产总值,level,73758,元,exact,2025,,false,,,1,0,",
     "人均地区生产总值73758元", "人均地区生产总值73759元"),
    ("kinds5/docs/santai-2025-bulletin.docx", "规模以上工业企业增加额,level,17,家,exact,2025,,false,,,1,0,",
     "比上年净增17家", "比上年净增18家"),
    # a two-column table of the PDF reads as label and figure on one line
    ("kinds6/docs/liyang-2025-bulletin.pdf", "电气机械和器材制造业增加值,growth,18.6,%,exact,2025,,false,,,1,0,",
     "电气机械和器材制造业 18.6", "电气机械和器材制造业 18.7"),
]


@pytest.mark.parametrize(("document", "row", "found", "absent"), BINARY)
def test_a_binary_document_is_checked_against_its_text_as_the_run_reads_it(
    tmp_path: Path, document: str, row: str, found: str, absent: str
) -> None:
    """Evidence in the text the run reads passes; evidence that is not in it is a problem."""
    check_file = _check_file()
    docs = tmp_path / "docs"
    docs.mkdir()
    source = EVAL / document
    (docs / source.name).write_bytes(source.read_bytes())
    header = (EVAL / "kinds4" / "gold.csv").read_text(encoding="utf-8").splitlines()[0]
    (tmp_path / "ok.csv").write_text(f"{header}\n{source.name},{row}{found}\n", encoding="utf-8")
    (tmp_path / "bad.csv").write_text(f"{header}\n{source.name},{row}{absent}\n", encoding="utf-8")
    assert check_file(tmp_path / "ok.csv", docs) == []
    assert len(check_file(tmp_path / "bad.csv", docs)) == 1
