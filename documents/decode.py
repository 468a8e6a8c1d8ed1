"""Bytes to text: UTF-8, UTF-16 with or without a BOM, GBK/GB18030; binary is refused."""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

from .model import DocumentError

BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def decode(data: bytes) -> tuple[str, str]:
    """The text and the encoding it was read with. A byte-order mark is a hint, not a promise:
    GBK text behind a UTF-8 mark, or UTF-16 cut short, is tried as the other encodings are."""
    if not data.strip():
        raise DocumentError("empty file")
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                return _checked(data.decode(encoding), encoding)
            except UnicodeDecodeError:
                data = data[len(bom):]
                break
    utf16 = _utf16_without_bom(data)
    if utf16:
        try:
            return _checked(data.decode(utf16), utf16)
        except UnicodeDecodeError as e:
            raise DocumentError(f"undecodable as {utf16}: {e.reason} at byte {e.start}") from e
    if b"\x00" in data:
        raise DocumentError("binary file (contains NUL bytes)")
    for encoding in ("utf-8", "gb18030"):
        try:
            return _checked(data.decode(encoding), encoding)
        except UnicodeDecodeError:
            continue
    best = from_bytes(data).best()
    if best is None:
        raise DocumentError("unknown text encoding")
    return _checked(str(best), best.encoding)


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
    control = sum(1 for ch in text[:20000] if ch < " " and ch not in "\t\n\r\f")
    if control > max(8, len(text[:20000]) // 100):
        raise DocumentError(f"binary file (control characters after decoding as {encoding})")
    if not text.strip():
        raise DocumentError("empty file")
    return text, encoding
