"""Bytes to text: UTF-8, UTF-16 with or without a BOM, GBK/GB18030; binary, Big5 and a byte-order mark
that does not match its text are refused."""

from __future__ import annotations

import codecs
import re
import unicodedata

from charset_normalizer import from_bytes

from .model import DocumentError

# Of a text read as GBK, the share of characters that are neither simplified Chinese nor punctuation
# above which it is refused: Big5 text read so has ~75%, traditional Chinese written in GBK ~30%.
ODD_SHARE = 0.5
# Characters below the space that no text holds (tab, line feed, form feed and carriage return do)
CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")
BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def decode(data: bytes) -> tuple[str, str]:
    """The text and the encoding it was read with. A byte-order mark must match what follows it:
    GBK text behind a UTF-8 mark, or UTF-16 cut short, is refused, not read as something else."""
    if not data.strip():
        raise DocumentError("empty file")
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                return _checked(data.decode(encoding), encoding)
            except UnicodeDecodeError as e:
                raise DocumentError(f"undecodable as {encoding.removesuffix('-sig')}, which its byte-order mark "
                                    f"announces: {e.reason} at byte {e.start}") from e
    utf16 = _utf16_without_bom(data)
    if utf16:
        try:
            return _checked(data.decode(utf16), utf16)
        except UnicodeDecodeError as e:
            raise DocumentError(f"undecodable as {utf16}: {e.reason} at byte {e.start}") from e
    if b"\x00" in data:
        raise DocumentError("binary file (contains NUL bytes)")
    try:
        return _checked(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return _checked(_simplified(data.decode("gb18030")), "gb18030")
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is None:
        raise DocumentError("unknown text encoding")
    return _checked(str(best), best.encoding)


def _simplified(text: str) -> str:
    """GBK/GB18030 text as Chinese is written in it: its characters are mostly those of GB2312
    (simplified Chinese) and punctuation. Big5 bytes also decode as GB18030, but into kana, Greek
    and rare characters: such text is refused, not loaded as garbage."""
    wide = [ch for ch in text[:20000] if not ch.isascii()]
    odd = sum(1 for ch in wide if not _common(ch))
    if wide and odd > ODD_SHARE * len(wide):
        raise DocumentError(f"undecodable: read as GBK, {odd} of {len(wide)} characters are not Chinese text "
                            "(Big5 or another encoding?); save the file as UTF-8")
    return text


def _common(ch: str) -> bool:
    if unicodedata.category(ch)[0] in "PZN":
        return True
    try:
        return "\u4e00" <= ch <= "\u9fff" and bool(ch.encode("gb2312"))
    except UnicodeEncodeError:
        return False


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without a BOM has a NUL in every other byte for ASCII characters."""
    sample = data[:4000]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if odd > len(sample) // 8 and even == 0:
        return "utf-16-le"
    if even > len(sample) // 8 and odd == 0:
        return "utf-16-be"
    return None


def _checked(text: str, encoding: str) -> tuple[str, str]:
    control = len(CONTROL.findall(text, 0, 20000))
    if control > max(8, len(text[:20000]) // 100):
        raise DocumentError(f"binary file (control characters after decoding as {encoding})")
    if not text.strip():
        raise DocumentError("empty file")
    return text, encoding
