"""Whether an indicator name can be the name of a quantity, for the contract's check.

A name is a noun phrase: not a cue word or a function word left over from the sentence (达, 有,
增至, 贡献了全国), not a fragment cut from a from–to pair (城镇化率从, 提高到14.58万亿元) or from a
word (业增加值), not a place (市区, 成都), holding no figure or year of its own, and carrying no verb
of a plan or qualifier of the figure (赤字率拟按, 按不变价格计算, 比年初). Codes with digits in them
(5G, PM2.5, M2, 5A), the bounds of a class (5000万元及以上项目, 超1亿美元项目, 城镇化率高于60%的县) and ratings
(10万吨级泊位) are names."""

from __future__ import annotations

import re
from functools import lru_cache

from zhibiao.extraction import Lexicon, load_lexicon
from zhibiao.extraction.lexicon import alternation
from zhibiao.extraction.names import COMPARED_WITH, COUNTED_AS, ITEM_NUMBER, rating

DANGLING_END = re.compile(r"[从到至由为达有即的和及与、]$")
RATE_ENDINGS = "比重例率速度"  # what the name of a rate ends with (占比, 比重, 比例, 城镇化率, 增速, 强度)


@lru_cache(maxsize=4)
def _figure(lex: Lexicon) -> re.Pattern[str]:
    """A figure or a date inside a name; the base of a rate (每10万人口) and the bound of a class
    (5000万元及以上项目, 50米内换乘比例) are part of one."""
    per = "".join(lex.words("per_words"))
    bounds = alternation(lex.words("at_least_after") + lex.words("at_most_after"))
    return re.compile(rf"(?<![{per}\d.])\d[\d.,]*\s*(?:[万亿]+|%|‰|个百分点)(?![\u4e00-\u9fff]{{0,2}}?(?:{bounds}))"
                      rf"|(?:19|20)\d\d年|\d{{1,2}}月")


@lru_cache(maxsize=4)
def _lower_bound(lex: Lexicon) -> re.Pattern[str]:
    """The lower bound of a class before its noun (超1亿美元项目), part of a name."""
    amounts = [u for u in lex.figure_units if lex.units[u].base_unit not in ("%", "‰", "pp")]
    # (城镇化率高于60%的县, 占比超过10%: a percentage that marks off the things counted, before 的 or ending the name
    # after the rate it bounds, not after a verb: 增长超5%)
    marks = alternation(lex.words("at_least_before") + lex.words("at_most_before") + lex.words("gap_up")
                        + lex.words("gap_down"))
    return re.compile(rf"(?:{alternation(lex.words('at_least_before'))})\d[\d.,]*[万亿]*"
                      rf"(?:{alternation(amounts)})(?=[\u4e00-\u9fff])"
                      rf"|(?:{marks})\d[\d.]*%(?:以上|以下)?(?=的[\u4e00-\u9fff])"
                      rf"|(?<=[{RATE_ENDINGS}])(?:{marks})\d[\d.]*%$")


@lru_cache(maxsize=4)
def _predicate_words(lex: Lexicon) -> re.Pattern[str]:
    """A name made only of cue and function words is no name."""
    words = [*lex.words("increase_verbs"), *lex.words("decrease_verbs"), *lex.words("increase_rate_nouns"),
             *lex.words("decrease_rate_nouns"), *lex.words("comparison_bases"), *lex.words("share"),
             *lex.words("contribution"), *lex.words("gap_up"), *lex.words("gap_down"), *lex.words("rank_verbs"),
             *lex.words("target_verbs"), *lex.words("leading_function_words"),
             *lex.words("trailing_function_words"), *lex.words("reached_words"), *lex.words("from_words"),
             *lex.scope_index, "了"]
    return re.compile(rf"^(?:{alternation(words)})+$")


@lru_cache(maxsize=4)
def _qualifiers(lex: Lexicon) -> re.Pattern[str]:
    """A verb of a plan (拟按, 拟安排) or a comparison's base (比年初, 同比) inside a name."""
    return re.compile(alternation([w for w in lex.words("target_verbs") if len(w) > 1]
                                  + lex.words("comparison_bases")))


@lru_cache(maxsize=4)
def _not_stops(lex: Lexicon) -> re.Pattern[str]:
    """Words that hold a cue word without being one (新争取 holds 争取; so does 争取上级 of funds obtained,
    obtaining_phrases: 企业争取上级资金)."""
    return re.compile(alternation(lex.words("not_stops") + lex.words("obtaining_phrases")))


@lru_cache(maxsize=4)
def _fragment(lex: Lexicon) -> re.Pattern[str]:
    """A name opening with a character that closes words (the 业 of 工业增加值), unless it opens a word there."""
    keep = alternation(lex.words("words_opening_with_a_closing_character"))
    return re.compile(rf"^(?!{keep})[{''.join(lex.words('word_closing_characters'))}]")


def implausible_reason(name: str, lex: Lexicon | None = None) -> str | None:
    """Why `name` cannot name a quantity, or None when it can."""
    lex = lex or load_lexicon()
    if len(name) == 1 and name not in lex.words("one_character_quantities"):
        return "one character"
    if DANGLING_END.search(name):
        return "ends in a word that joins it to more"
    if _figure(lex).search(rating(lex).sub("", _lower_bound(lex).sub("", name))):
        return "holds a figure or a date"
    if _predicate_words(lex).match(name):
        return "only cue or function words"
    if ITEM_NUMBER.match(name):
        return "opens with the number of an item in a list"
    if COUNTED_AS.search(name):
        return "holds how the figure is counted (按…计算)"
    if COMPARED_WITH.match(name) or _qualifiers(lex).search(_not_stops(lex).sub("", name)):
        return "holds a verb of a plan or the base of a comparison"
    if _fragment(lex).match(name):
        return "a fragment of a word"
    if name in lex.words("place_nouns") or lex.regions.named(name) or lex.regions.is_generic(name):
        return "a place"
    return None
