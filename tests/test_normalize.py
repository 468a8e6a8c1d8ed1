from hypothesis import given
from hypothesis import strategies as st

from zhibiao.extraction.normalize import normalise


def test_full_width_to_ascii():
    assert normalise("增长９．８％，占全市近３０％；") == "增长9.8%,占全市近30%;"


def test_every_minus_sign_is_a_hyphen_minus():
    assert normalise("增长−3.2%,增长－1.5%,下降﹣2%") == "增长-3.2%,增长-1.5%,下降-2%"


def test_traditional_to_simplified():
    assert normalise("地區生產總值增長5%") == "地区生产总值增长5%"


@given(st.text(max_size=200))
def test_length_is_kept(text):
    assert len(normalise(text)) == len(text)
