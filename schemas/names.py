"""Whether an indicator name can be the name of a quantity, for the contract's check.

A name is a noun phrase: not a cue word or a function word left over from the sentence (达, 有,
增至, 贡献了全国), not a fragment cut from a from–to pair (城镇化率从, 提高到14.58万亿元), and
holding no figure or year of its own. Codes with digits in them (5G, PM2.5, M2, 5A) are names."""

from __future__ import annotations

import re
from functools import lru_cache

from zhibiao.extraction import Lexicon, load_lexicon
from zhibiao.extraction.lexicon import alternation

DANGLING_END = re.compile(r"[从到至由为达有即的和及与、]$")
FIGURE = re.compile(r"\d[\d.,]*\s*(?:[万亿]+|%|‰|个百分点)|(?:19|20)\d\d年|\d{1,2}月")


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


def implausible_reason(name: str, lex: Lexicon | None = None) -> str | None:
    """Why `name` cannot name a quantity, or None when it can."""
    lex = lex or load_lexicon()
    if len(name) == 1 and name not in lex.words("one_character_quantities"):
        return "one character"
    if DANGLING_END.search(name):
        return "ends in a word that joins it to more"
    if FIGURE.search(name):
        return "holds a figure or a date"
    if _predicate_words(lex).match(name):
        return "only cue or function words"
    return None
