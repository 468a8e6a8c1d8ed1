"""The shortcuts that keep extraction fast read what the plain way would: only sentences holding a
figure are read, and they are the sentences the text's end marks cut."""

import re
from re import _constants, _parser

from hypothesis import example, given, settings
from hypothesis import strategies as st

from zhibiao.extraction import DocumentMeta, extract, load_lexicon
from zhibiao.extraction.context import (
    SENTENCE_OPENING_MONTHS,
    SENTENCE_OPENING_TIME,
    SENTENCE_OPENING_WORDS,
    TimeContext,
)
from zhibiao.extraction.extractor import extractor_for
from zhibiao.extraction.lexicon import alternation, last_match, no_ending, opening_with
from zhibiao.extraction.mentions import FRACTION_AHEAD, MentionFinder
from zhibiao.extraction.names import FACTOR_OPENING, ITEM_NUMBER, TIME_PREFIX, openers_except
from zhibiao.extraction.structure import (
    BODY_LINE,
    HEADING,
    HEADING_LINE,
    HEADING_LINE_OPENING,
    HEADING_OPENING,
    SENTENCE_MARKS,
    line_matches,
    sections,
    sentence_opening_matches,
    sentences_at,
)

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


def sorted_alternation(words: list[str], ending=lambda word: "") -> str:
    """The plain way: every word in turn, the longest first."""
    return "|".join(re.escape(w) + ending(w) for w in sorted(set(words), key=len, reverse=True))


@settings(max_examples=300, deadline=None)
@given(words=st.lists(st.text(alphabet="ab增长率P(", max_size=4), max_size=8),
       text=st.text(alphabet="ab增长率P(x", max_size=40))
def test_a_tree_of_words_matches_what_the_words_longest_first_match(words, text):
    def latin_end(word: str) -> str:
        return "(?![A-Za-z])" if word.endswith("P") else ""
    for ending in (no_ending, latin_end):
        tree, plain = alternation(words, ending), sorted_alternation(words, ending)
        for shape in ("(?:{})x?", "(?:{})$"):  # followed by more, and anchored at the end
            assert [m.span() for m in re.finditer(shape.format(tree), text)] == \
                [m.span() for m in re.finditer(shape.format(plain), text)]


def test_every_word_of_share_takes_the_scope_after_it():
    """占 and 贡献 alike: 贡献了全省18%的增量 is a share of the province (the words were once joined
    to the scope without brackets, so that only the last took it)."""
    text = "全市外贸进出口增长6%,贡献了全省18%的增量。工业投资占全省比重为12%。"
    shares = [(o.evidence, o.metric, o.scope) for o in extract(text, DocumentMeta(year=2025)) if o.value in (18, 12)]
    assert shares == [("贡献了全省18%", "share", "province"), ("工业投资占全省比重为12%", "share", "province")]


def figures_tried_everywhere(finder: MentionFinder, text: str) -> list[tuple[int, int]]:
    """The plain way: the figure pattern tried at every character, past each figure it finds."""
    found, pos = [], 0
    while pos < len(text):
        m = finder.pattern.match(text, pos)
        found += [m.span()] if m else []
        pos = m.end() if m else pos + 1
    return found


# pieces of figures and of words holding numerals (一些, 一九九五年), in any order
FIGURE_PIECES = [*"一二两十百千万亿零〇点0123456789./%-~至到 多余个人元吨倍成年些步P半占",
                 "百分之", "分之", "千克", "约", "近", "超过", "不足"]


@settings(max_examples=500, deadline=None)
@given(text=st.lists(st.sampled_from(FIGURE_PIECES), max_size=30).map("".join))
@example(text="三分之一、123/45、十多万人、约百分之五、一九九五年的一些、占一半、一百分之五、近千亿元")
def test_the_figures_found_where_one_can_open_are_those_found_trying_everywhere(text):
    finder = MentionFinder(load_lexicon(), {})
    assert [m.span() for m in finder._figures(text)] == figures_tried_everywhere(finder, text)
    # a fraction's denominator is tried only where 分之 follows a number's characters: the pattern without that test
    # finds the same figures
    plain = re.compile(finder.pattern.pattern.replace(FRACTION_AHEAD, ""))
    assert plain.pattern != finder.pattern.pattern
    assert [(m.span(), m.groupdict()) for m in map(finder.pattern.match, [text] * len(text), range(len(text)))
            if m] == [(m.span(), m.groupdict()) for m in map(plain.match, [text] * len(text), range(len(text))) if m]


# HEADING_LINE with its possessive count of words plain: what it finds is the same
PLAIN_HEADING_LINE = re.compile(HEADING_LINE.pattern.replace("}+", "}"), re.MULTILINE)

# pieces of headings, heading lines and paragraphs, on several lines
LINE_PIECES = ["\n", "\n\n", " ", "\t", "一、", "第二部分", "经济", "。", "2025年", "(", "发展成就", "“十四五”",
               "a" * 61, "b" * 20]


@settings(max_examples=300, deadline=None)
@given(text=st.lists(st.sampled_from(LINE_PIECES), max_size=15).map("".join), data=st.data())
def test_patterns_tried_at_line_starts_find_what_they_find_tried_everywhere(text, data):
    start = data.draw(st.integers(0, len(text)))
    for pattern in (HEADING, HEADING_LINE, BODY_LINE):
        assert [m.span() for m in line_matches(pattern, text, start)] == \
            [m.span() for m in pattern.finditer(text, start)]
    assert [m.span() for m in line_matches(HEADING, text, start, HEADING_OPENING)] == \
        [m.span() for m in HEADING.finditer(text, start)]
    assert [m.span() for m in line_matches(HEADING_LINE, text, start, HEADING_LINE_OPENING)] == \
        [m.span() for m in HEADING_LINE.finditer(text, start)]
    assert [m.span() for m in HEADING_LINE.finditer(text, start)] == \
        [m.span() for m in PLAIN_HEADING_LINE.finditer(text, start)]


@settings(max_examples=300, deadline=None)
@given(words=st.lists(st.text(alphabet="ab比较增长", min_size=1, max_size=3), min_size=1, max_size=6),
       text=st.text(alphabet="ab比较增长2x", max_size=30))
def test_a_pattern_behind_its_openings_matches_what_it_matches_alone(words, text):
    plain = rf"(?<!a)(?:{alternation(words)})|[比较]\d"  # a lookbehind and a class: tried at every character
    opened = opening_with([*"比较", *(w[0] for w in words)], plain)
    assert [m.span() for m in re.finditer(opened, text)] == [m.span() for m in re.finditer(plain, text)]


def test_words_read_again_name_their_subject_where_they_stand():
    """A Namer remembers what words name; the subject is still placed where the words stand each time."""
    text = "地区生产总值增长5%。全年地区生产总值增长6%。"
    found = [(o.indicator, o.evidence, o.start) for o in extract(text, DocumentMeta(year=2025))]
    assert found == [("地区生产总值", "地区生产总值增长5%", 0), ("地区生产总值", "地区生产总值增长6%", 13)]


# pieces of paragraphs whose sentences open with a time (2021年至2023年, 今年, 这五年) or not
OPENING_PIECES = ["。", "!", "\n", " ", "2023年", "2021年至", "今年", "今后八年", "这五年", "“十四五”", "以来",
                  "增长5%", "全市", ","]


@settings(max_examples=300, deadline=None)
@given(text=st.lists(st.sampled_from(OPENING_PIECES), max_size=20).map("".join))
def test_the_times_a_paragraph_opens_its_sentences_with_are_those_a_search_up_to_each_finds(text):
    time = TimeContext(text, sections(text), DocumentMeta(year=2025), load_lexicon())
    for start in [0, *(m.end() for m in re.finditer(f"[{SENTENCE_MARKS}]", text))]:
        paragraph = text.rfind("\n", 0, start) + 1
        searched = last_match(SENTENCE_OPENING_TIME.finditer(text, paragraph, start))
        found = next((m for m in reversed(time._opening_times(paragraph)) if m.end() < start), None)
        assert (found is None) == (searched is None)
        if found is not None:  # (the same time, found with the mark before it)
            assert (found.end(), found.groupdict()) == (searched.end(), searched.groupdict())
            assert found.group(0).endswith(searched.group(0))


# pieces of a line of sentences opening with a part of the year, a lead clause before a year, or what there is now
SENTENCE_PIECES = ["。", "!", "?", "！", " ", "1-9月", "1", "月", ",", "据统计", "通过", "2024年", "全县", "现有",
                   "12家", "增长5%", "全市"]


@settings(max_examples=300, deadline=None)
@given(text=st.lists(st.sampled_from(SENTENCE_PIECES), max_size=16).map("".join), data=st.data())
def test_patterns_opening_sentences_find_at_sentence_starts_what_they_find_everywhere(text, data):
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    time = TimeContext(text, sections(text), DocumentMeta(year=2025), load_lexicon())
    for pattern in (SENTENCE_OPENING_WORDS, SENTENCE_OPENING_MONTHS, time._opening_after_lead, time._now_has_opening):
        assert [m.span() for m in sentence_opening_matches(pattern, text, start, end)] == \
            [m.span() for m in pattern.finditer(text, start, end)]


def test_a_text_opening_with_its_first_heading_is_read():
    """The part before the first heading is then empty: its first words are none (not a search past its end)."""
    found = [(o.indicator, o.value) for o in extract("一、经济运行\n全市地区生产总值增长5%。", DocumentMeta(year=2025))]
    assert found == [("地区生产总值", 5.0)]


def opening_characters(items) -> set:
    """What a match of a parsed pattern (re's parser) can open with: its literal characters and the classes (a digit)
    and ranges as parsed; an anchor or a lookaround opens nothing, so the items after it are looked at too."""
    found: set = set()
    for op, av in items:
        if op is _constants.LITERAL:
            return found | {chr(av)}
        if op is _constants.IN and all(o is not _constants.NEGATE for o, _ in av):
            return found | {chr(a) if o is _constants.LITERAL else (o, a) for o, a in av}
        if op is _constants.BRANCH:
            branches = [opening_characters(branch) for branch in av[1]]
            found |= set().union(*branches)
            if not any(None in b for b in branches):
                return found
        elif op is _constants.SUBPATTERN:
            inner = opening_characters(av[3])
            found |= inner
            if None not in inner:
                return found
        elif op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT):
            inner = opening_characters(av[2])
            found |= inner
            if av[0] > 0 and None not in inner:
                return found
        elif op not in (_constants.AT, _constants.ASSERT, _constants.ASSERT_NOT):
            return found | {("any", op)}
    return found | {None}  # (the items can match no character: what follows them opens the match)


def test_the_leading_words_are_tried_where_a_character_they_open_with_stands():
    """Namer._leading_word opens with a test of the characters its alternatives' matches open with (a time, an
    item's number, a prefix, a price factor): each alternative opens with one of them."""
    namer = extractor_for(DocumentMeta(year=2025), load_lexicon()).namer
    lookahead = _parser.parse(namer._leading_word.pattern)[0]
    assert lookahead[0] is _constants.ASSERT
    tested = opening_characters(lookahead[1][1])
    digit = (_constants.CATEGORY, _constants.CATEGORY_DIGIT)  # (\d, which 1 of 19\d\d opens with too)
    for pattern in (TIME_PREFIX, ITEM_NUMBER, namer._prefix, FACTOR_OPENING):
        opens = opening_characters(_parser.parse(pattern.pattern))
        assert None not in opens and digit in tested, pattern.pattern[:40]
        assert {c for c in opens if not (isinstance(c, str) and c.isdecimal())} <= tested, pattern.pattern[:40]
    plain = re.compile("|".join(p.pattern for p in (TIME_PREFIX, ITEM_NUMBER, namer._prefix, FACTOR_OPENING)))
    for words in ("2025年", "一九八○年", "(3)", "二是", "十四五时期", "其中", "全市", "扣除价格因素后", "地区生产总值"):
        found, expected = namer._leading_word.match(words), plain.match(words)
        assert (found and found.span()) == (expected and expected.span()), words


@settings(max_examples=300, deadline=None)
@given(openers=st.lists(st.text(alphabet="受因由于", min_size=1, max_size=2), min_size=1, max_size=4),
       words=st.lists(st.text(alphabet="受因由于众素", min_size=1, max_size=3), min_size=1, max_size=5),
       text=st.text(alphabet="受因由于众素x", max_size=20))
def test_openers_where_no_word_stands_match_what_they_match_behind_the_words_lookahead(openers, words, text):
    plain = rf"(?!{alternation(words)})(?:{alternation(openers)})x?"  # (tried at every character)
    assert [m.span() for m in re.finditer(openers_except(openers, words) + "x?", text)] == \
        [m.span() for m in re.finditer(plain, text)]
