"""The scaled bench's pure parts (bot/tooling/scaled_bench.py): the sizing arithmetic, the budget,
and how it tells the setup's processes apart in /proc. The run itself is `make bench`."""

from __future__ import annotations

import pytest

from bot.tooling.scaled_bench import Demand, cpu_seconds, fits_in_budget, machine_busy_seconds, process_kind, size


def test_peak_turns_per_second_follows_from_the_assumptions() -> None:
    demand = Demand(
        members=181, conversations_per_member_per_day=20, turns_per_conversation=9, peak_hour_share=0.2, peak_factor=3
    )
    # 181 × 20 × 9 = 32,580 turns a day; 20% in the busiest hour = 6,516 an hour = 1.81/s; × 3 at its busiest minute.
    assert demand.peak_turns_per_second == pytest.approx(5.43)


def test_replicas_cores_and_memory_are_planned_at_the_headroom() -> None:
    demand = Demand(
        members=100, conversations_per_member_per_day=36, turns_per_conversation=10, peak_hour_share=0.1, peak_factor=10
    )
    assert demand.peak_turns_per_second == pytest.approx(10.0)
    sized = size(demand, turns_per_second_per_replica=4.0, cpu_ms_per_turn=150, mb_per_replica=1800, fixed_mb=100, headroom=0.5)
    assert sized.replicas == 5  # 10 / (4 × 0.5) = 5
    assert sized.cores == pytest.approx(3.0)  # 10 turns/s × 0.15 CPU-s / 0.5
    assert sized.memory_mb == pytest.approx(5 * 1800 + 100)
    assert size(demand, 4.1, 150, 1800, 100).replicas == 5  # rounded up: 10 / 2.05 = 4.9


def test_never_fewer_than_two_replicas_so_losing_one_is_not_losing_the_chat() -> None:
    quiet = Demand(members=1, conversations_per_member_per_day=1)
    assert size(quiet, 10.0, 100, 1000, 0).replicas == 2
    assert size(quiet, 10.0, 100, 1000, 0, minimum_replicas=1).replicas == 1


def test_another_replica_count_starts_only_if_the_last_ones_time_fits() -> None:
    assert fits_in_budget(elapsed=600, budget=2700, last_setup=600)  # 600 + 900 ≤ 2700
    assert not fits_in_budget(elapsed=2000, budget=2700, last_setup=600)  # 2000 + 900 > 2700


@pytest.mark.parametrize(
    ("argv", "kind"),
    [
        (["/work/main/.venv/bin/python", "-m", "rasa", "run", "--model", "models/assistant.tar.gz"], "Rasa server"),
        (["/work/main/.venv/bin/python", "-m", "bot.action_server", "--actions", "actions", "--port", "5150"], "action server"),
        (["/work/main/.venv/bin/python", "-m", "bot.web"], "web app"),
        (["/work/main/.venv/bin/python", "-m", "bot", "run-scaled"], "launcher"),
        (["nginx: master process /usr/sbin/nginx -p /tmp/x -c /tmp/x/nginx.conf -e stderr -g daemon off;"], "nginx"),
        (["nginx: worker process"], "nginx"),
        (["/usr/sbin/nginx", "-t"], "nginx"),
        (["redis-server 127.0.0.1:6379"], "Redis"),
        (["postgres: 15/main: postgres assistant_scaled_bench_ab12 127.0.0.1(43210) idle"], "PostgreSQL"),
        (["postgres: 15/main: postgres assistant_test_ab12 127.0.0.1(43211) idle"], None),  # someone else's database
        (["postgres: 15/main: checkpointer "], None),
        (["/work/main/.venv/bin/python", "-m", "pytest", "-q"], None),
        ([], None),
    ],
)
def test_each_process_is_told_apart_by_its_command_line(argv: list[str], kind: str | None) -> None:
    assert process_kind(argv, database="assistant_scaled_bench_ab12") == kind


def test_cpu_is_user_plus_system_time_even_when_the_name_holds_spaces_and_brackets() -> None:
    stat = "4242 (nginx: worker (x)) S 4241 4241 4241 0 -1 4194624 100 0 0 0 250 50 0 0 20 0 1 0 12345 1000 200"
    assert cpu_seconds(stat, ticks_per_second=100) == pytest.approx(3.0)


def test_the_machine_is_busy_for_all_but_idle_and_waiting_for_disk() -> None:
    proc_stat = "cpu  1000 10 200 5000 300 5 15 20 0 0\ncpu0 500 5 100 2500 150 2 7 10 0 0\n"
    assert machine_busy_seconds(proc_stat, ticks_per_second=100) == pytest.approx(12.5)  # 1000+10+200+5+15+20
