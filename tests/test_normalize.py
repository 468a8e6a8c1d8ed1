from hypothesis import given
from hypothesis import strategies as st

from zhibiao.extraction.normalize import normalise


def test_full_width_to_ascii():
    assert normalise("增长９．８％，占全市近３０％；") == "增长9.8%,占全市近30%;"


def test_every_minus_sign_is_a_hyphen_minus():
    assert normalise("增长−3.2%,增长－1.5%,下降﹣2%") == "增长-3.2%,增长-1.5%,下降-2%"


def test_traditional_to_simplified():
    assert normalise("地區生產總值增長5%") == "地区生产总值增长5%"


def test_a_character_of_the_simplified_set_that_t2s_changes_is_converted():
    # 後 and 於 are in GB 2312, and traditional: the text is converted though every character is in the set
    assert normalise("此後於二〇二五年建成") == "此后于二〇二五年建成"


def test_a_simplified_text_keeps_its_qian():
    # 乾 is a simplified character too (乾县, 乾陵): alone it makes no text traditional; with 後 the text is converted
    assert normalise("乾县网络零售额增长10.2%") == "乾县网络零售额增长10.2%"
    assert normalise("此後乾旱少雨") == "此后干旱少雨"


def test_a_simplified_text_with_characters_outside_the_set_stays_as_it_is():
    # 〇, 洺 and the middle dot are outside GB 2312 and no traditional characters: nothing to convert
    text = "二〇二五年,洺河·产值&#99999999;增长5%"
    assert normalise(text) == text


def test_pictographs_are_list_marks():
    # an emoji or dingbat opening a line of a WeChat article is a list mark; a variation selector or joiner after
    # one, a blank; the traditional text around them is still converted
    assert normalise("📈 產值增長8%\n✔️就業👨\u200d💻") == "• 产值增长8%\n• 就业• •"


@given(st.text(alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF), max_size=60))
def test_converted_as_opencc_converts_the_whole_text(text):
    from zhibiao.extraction.normalize import OWN_SIMPLIFIED, _t2s
    converted = _t2s().convert(text)
    # (乾 alone makes no text traditional: test_a_simplified_text_keeps_its_qian)
    if len(converted) == len(text) and not set(text) & set(OWN_SIMPLIFIED):
        assert normalise(text) == converted


@given(st.text(max_size=200))
def test_length_is_kept(text):
    assert len(normalise(text)) == len(text)
