"""Pathological documents: what one document costs (decoding, main text, extraction) when it is
built to be slow, in seconds per 100 KB. Each kind runs in a process of its own with a time
limit, so a kind that is still super-linear shows as over the limit instead of stalling the
benchmark.

    .venv/bin/python bench/pathological.py
"""

from __future__ import annotations

import multiprocessing
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from zhibiao.documents import read_document  # noqa: E402
from zhibiao.extraction import DocumentMeta, extract, load_lexicon  # noqa: E402

FIGURES = "全市地区生产总值增长5.8%，固定资产投资增长3.2%。"
LIMIT_S = 60.0



def unclosed_divs(size: int) -> str:
    """A page whose <div>s are never closed: each paragraph nests inside the one before."""
    paragraph = "<div><p>" + FIGURES
    return "<html><body>" + paragraph * (size // len(paragraph.encode()))


def nested_divs(depth: int) -> str:
    return "<html><body>" + "<div>" * depth + FIGURES + "</div>" * depth


def random_digits(count: int) -> str:
    return "".join(random.Random(1).choices("0123456789", k=count))


def one_sentence(size: int) -> str:
    """Figures packed into one sentence, with no full stop."""
    clause = FIGURES.replace("。", "，")
    return clause * (size // len(clause.encode()))


# kind -> (file name, the document); sizes as in issue 13
KINDS: dict[str, tuple[str, Callable[[], str]]] = {
    "unclosed <div><p>, 340 KB": ("page.html", lambda: unclosed_divs(340_000)),
    "100,000 nested <div>s": ("page.html", lambda: nested_divs(100_000)),
    "30,000 random digits": ("digits.txt", lambda: random_digits(30_000)),
    "figures in one sentence, 100 KB": ("sentence.txt", lambda: one_sentence(100_000)),
}


def _one(name: str, text: str, answer: multiprocessing.Queue) -> None:
    lex = load_lexicon()
    data = text.encode()
    started = time.perf_counter()
    document = read_document(Path(name), data, None, lex)
    extract(document.text, DocumentMeta(year=document.year, region=document.region, kind=document.kind,
                                         title=document.title), lex, document.tables)
    answer.put(time.perf_counter() - started)


def measure(limit_s: float = LIMIT_S) -> dict[str, dict]:
    """For each kind: its size, seconds (None when over the limit) and seconds per 100 KB."""
    results = {}
    spawn = multiprocessing.get_context("spawn")
    for kind, (name, make) in KINDS.items():
        text = make()
        kb = len(text.encode()) / 1000
        answer = spawn.Queue()
        worker = spawn.Process(target=_one, args=(name, text, answer))
        worker.start()
        worker.join(limit_s + 30)  # the child's own start-up and lexicon load come on top
        seconds = answer.get() if not answer.empty() else None
        if worker.is_alive():
            worker.kill()
            worker.join()
        if seconds is not None and seconds > limit_s:
            seconds = None
        results[kind] = {"kb": round(kb), "seconds": None if seconds is None else round(seconds, 3),
                         "s_per_100kb": None if seconds is None else round(seconds / kb * 100, 3),
                         "limit_s": limit_s}
        print(f"  {kind:34} {kb:8.0f} KB  " + (f"{seconds:8.2f} s  {seconds / kb * 100:7.3f} s/100 KB"
                                                if seconds is not None else f"over {limit_s:g} s"), flush=True)
    return results


if __name__ == "__main__":
    print("pathological documents (read + main text + extraction):")
    measure()
