"""The shortcuts that keep extraction fast read what the plain way would: only sentences holding a
figure are read, and they are the sentences the text's end marks cut."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from zhibiao.extraction import DocumentMeta, extract
from zhibiao.extraction.structure import SENTENCE_MARKS, sentences_at

RUN = re.compile(f"[^{SENTENCE_MARKS}]+")  # a sentence: the text between end marks


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet="地区增长5%。!?！？\n", max_size=80), data=st.data())
def test_the_sentences_at_some_positions_are_those_the_end_marks_cut_holding_them(text, data):
    runs = [(m.start(), m.end()) for m in RUN.finditer(text)]
    inside = [i for i, c in enumerate(text) if c not in SENTENCE_MARKS]
    positions = sorted(set(data.draw(st.lists(st.sampled_from(inside), max_size=10)))) if inside else []
    expected = [(s, e) for s, e in runs if any(s <= p < e for p in positions)]
    assert [(s.start, s.end) for s in sentences_at(text, positions)] == expected


def test_figures_without_a_number_are_read_among_prose():
    text = ("我们坚持稳中求进。各项工作扎实推进。\n全市地区生产总值总量居全省第3位。社会大局和谐稳定。"
            "粮食产量与上年持平。到2035年人均收入比2020年翻一番。")
    found = {(o.indicator, o.metric, o.value) for o in extract(text, DocumentMeta(year=2025))}
    assert found == {("地区生产总值", "rank", 3.0), ("粮食产量", "growth", 0.0), ("人均收入", "growth", 100.0)}
