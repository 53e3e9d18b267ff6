"""The background-task helper: work off the GUI thread, callbacks on it."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator

import pytest
from pytestqt.qtbot import QtBot

from fieldkit.errors import FieldKitError, WrongPassphrase
from fieldkit.ui.tasks import FileTrouble, Progress, TaskFailed, TaskRunner


@pytest.fixture
def runner(qtbot: QtBot) -> Iterator[TaskRunner]:
    task_runner = TaskRunner()
    yield task_runner
    task_runner.shutdown()


def wait_idle(qtbot: QtBot, runner: TaskRunner) -> None:
    if runner.busy:
        with qtbot.waitSignal(runner.busy_changed, check_params_cb=lambda busy: not busy):
            pass


def test_function_runs_off_the_gui_thread_and_result_arrives_on_it(
    qtbot: QtBot, runner: TaskRunner
) -> None:
    gui = threading.get_ident()
    seen: list[tuple[int, int]] = []

    def work() -> int:
        return threading.get_ident()

    with qtbot.waitSignal(runner.busy_changed, check_params_cb=lambda busy: not busy):
        runner.run(work, lambda worker: seen.append((worker, threading.get_ident())),
                   lambda error: pytest.fail(error.message))
    [(worker, callback)] = seen
    assert worker != gui
    assert callback == gui


def test_tasks_run_one_after_another_on_one_thread(qtbot: QtBot, runner: TaskRunner) -> None:
    threads: list[int] = []
    order: list[int] = []

    def job(number: int) -> Callable[[], int]:
        def work() -> int:
            threads.append(threading.get_ident())
            return number
        return work

    for number in range(5):
        runner.run(job(number), order.append, lambda error: pytest.fail(error.message))
    wait_idle(qtbot, runner)
    assert order == [0, 1, 2, 3, 4]
    assert len(set(threads)) == 1


def test_fieldkit_errors_reach_on_error_unchanged(qtbot: QtBot, runner: TaskRunner) -> None:
    errors: list[FieldKitError] = []

    def fail() -> None:
        raise WrongPassphrase()

    runner.run(fail, lambda _: pytest.fail("no result expected"), errors.append)
    wait_idle(qtbot, runner)
    assert [e.code for e in errors] == ["vault.wrong_passphrase"]


def test_a_bug_becomes_a_generic_error_without_its_message(
    qtbot: QtBot, runner: TaskRunner, caplog: pytest.LogCaptureFixture
) -> None:
    errors: list[FieldKitError] = []

    def bug() -> None:
        raise ValueError("secret testimony text")

    runner.run(bug, lambda _: None, errors.append)
    wait_idle(qtbot, runner)
    assert isinstance(errors[0], TaskFailed)
    assert "secret testimony" not in errors[0].message
    assert "secret testimony" not in caplog.text
    assert "ValueError" in caplog.text


def test_os_errors_become_file_trouble(qtbot: QtBot, runner: TaskRunner) -> None:
    errors: list[FieldKitError] = []

    def full_disk() -> None:
        raise OSError(28, "No space left on device")

    runner.run(full_disk, lambda _: None, errors.append)
    wait_idle(qtbot, runner)
    assert isinstance(errors[0], FileTrouble)


def test_progress_is_reported_in_order(qtbot: QtBot, runner: TaskRunner) -> None:
    progress: list[tuple[int, int]] = []
    results: list[str] = []

    def counting(report: Progress) -> str:
        for done in range(1, 4):
            report(done, 3)
        return "finished"

    runner.run(counting, results.append, lambda e: pytest.fail(e.message),
               lambda done, total: progress.append((done, total)))
    wait_idle(qtbot, runner)
    assert progress == [(1, 3), (2, 3), (3, 3)]
    assert results == ["finished"]


def test_a_cancelled_task_stops_at_its_next_report_and_calls_nothing(
    qtbot: QtBot, runner: TaskRunner
) -> None:
    started, release = threading.Event(), threading.Event()
    reached: list[int] = []
    calls: list[object] = []

    def long_work(report: Progress) -> None:
        started.set()
        release.wait(10)
        report(1, 2)
        reached.append(2)  # never: report raised TaskCancelled

    task = runner.run(long_work, calls.append, calls.append,
                      lambda done, total: calls.append((done, total)))
    queued = runner.run(lambda: reached.append(99), calls.append, calls.append)
    assert started.wait(10)
    runner.cancel_all()
    release.set()
    wait_idle(qtbot, runner)
    assert task.cancelled and queued.cancelled
    assert reached == []
    assert calls == []


def test_essential_tasks_survive_cancel_all(qtbot: QtBot, runner: TaskRunner) -> None:
    done: list[str] = []
    runner.run(lambda: "ordinary", done.append, lambda e: None)
    runner.run(lambda: "essential", done.append, lambda e: None, essential=True)
    runner.cancel_all()
    wait_idle(qtbot, runner)
    assert "essential" in done
    assert "ordinary" not in done


def test_after_shutdown_nothing_more_is_accepted(runner: TaskRunner) -> None:
    runner.shutdown()
    with pytest.raises(RuntimeError):
        runner.run(lambda: None, lambda _: None, lambda _: None)


def test_a_result_that_arrives_after_cancelling_is_discarded(
    qtbot: QtBot, runner: TaskRunner
) -> None:
    started, release = threading.Event(), threading.Event()
    done: list[str] = []
    discarded: list[str] = []

    def opens_something() -> str:
        started.set()
        release.wait(10)
        return "open vault"

    task = runner.run(opens_something, done.append, lambda e: None, on_discard=discarded.append)
    assert started.wait(10)
    task.cancel()
    release.set()
    wait_idle(qtbot, runner)
    assert done == []
    assert discarded == ["open vault"]
