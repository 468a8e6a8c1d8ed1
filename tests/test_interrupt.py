"""A signal during a block that must not be cut in half acts once the block has ended."""

from __future__ import annotations

import os
import signal

import pytest

from zhibiao.interrupt import Interrupted, signals_deferred, stop_on_signals


@pytest.fixture
def handlers():
    saved = {number: signal.getsignal(number) for number in (signal.SIGINT, signal.SIGTERM)}
    yield
    for number, handler in saved.items():
        signal.signal(number, handler)


@pytest.mark.usefixtures("handlers")
@pytest.mark.parametrize("number", [signal.SIGINT, signal.SIGTERM])
def test_a_signal_inside_the_block_acts_after_it(number: int):
    stop_on_signals()
    steps = []
    with pytest.raises(Interrupted) as raised:
        with signals_deferred():
            os.kill(os.getpid(), number)
            steps.append("the block went on")
        steps.append("not reached")
    assert steps == ["the block went on"]
    assert raised.value.exit_code == 128 + number
    assert signal.getsignal(number) is signal.SIG_IGN  # stop_on_signals' handler ran: later ones are ignored


@pytest.mark.usefixtures("handlers")
def test_without_a_signal_the_handlers_are_restored():
    stop_on_signals()
    before = signal.getsignal(signal.SIGINT)
    with signals_deferred():
        pass
    assert signal.getsignal(signal.SIGINT) is before
