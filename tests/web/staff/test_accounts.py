"""`python -m bot staff add`: accounts made from the command line, password from stdin or a prompt."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from bot import __main__ as cli
from bot.records import db, tables
from bot.records.tables import StaffUser
from bot.web.staff import accounts
from tests.web.staff.conftest import World

PROJECT = Path(__file__).resolve().parents[3]


def _run(monkeypatch: pytest.MonkeyPatch, argv: list[str], stdin: str) -> int:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    return cli.main(["staff", "add", *argv])


def _user(world: World, email: str) -> StaffUser | None:
    with db.session(world.url) as s:
        return s.scalar(select(StaffUser).where(StaffUser.email == email))


def test_add_lio_staff_reads_password_from_stdin(world: World, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    assert _run(monkeypatch, ["New.Person@Lio-A.example.org", "--lio", "lio-a"], "a long enough password\n") == 0
    assert "Added new.person@lio-a.example.org as staff of LIO 'lio-a'" in capsys.readouterr().out
    user = _user(world, "new.person@lio-a.example.org")
    assert user is not None and user.lio_id == "lio-a" and not user.is_admin
    assert user.password_hash.startswith("$argon2id$")
    assert accounts.check_password(user, "a long enough password")
    assert not accounts.check_password(user, "a long enough password ")


def test_add_admin(world: World, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    assert _run(monkeypatch, ["boss@example.org", "--admin"], "another long password\n") == 0
    user = _user(world, "boss@example.org")
    assert user is not None and user.is_admin and user.lio_id is None


def test_short_password_is_refused(world: World, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    assert _run(monkeypatch, ["short@example.org", "--lio", "lio-a"], "elevenchars\n") == 1
    assert "at least 12 characters" in capsys.readouterr().err
    assert _user(world, "short@example.org") is None


def test_unknown_lio_is_refused_with_suggestions(world: World, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    assert _run(monkeypatch, ["x@example.org", "--lio", "lio-z"], "a long enough password\n") == 1
    err = capsys.readouterr().err
    assert "There is no LIO with the id 'lio-z'" in err and "Did you mean" in err and "lio-a" in err
    assert _user(world, "x@example.org") is None


def test_existing_email_is_not_changed(world: World, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    before = _user(world, world.staff_a)
    assert _run(monkeypatch, [world.staff_a.upper(), "--lio", "lio-b"], "a different password!\n") == 1
    assert "already an account" in capsys.readouterr().err
    after = _user(world, world.staff_a)
    assert (after.lio_id, after.password_hash) == (before.lio_id, before.password_hash)


def test_bad_email_is_refused(world: World, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    assert _run(monkeypatch, ["not-an-email", "--admin"], "a long enough password\n") == 1
    assert "is not an email address" in capsys.readouterr().err


def test_empty_directory_is_loaded_before_checking(tmp_path: Path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    """On a new install nothing has loaded the LIO directory yet: `staff add` loads it itself."""
    url = f"sqlite:///{tmp_path / 'fresh.db'}"
    monkeypatch.setenv("DATABASE_URL", url)
    calls = []

    def fake_sync() -> int:
        import datetime as dt

        calls.append(1)
        with db.session() as s, s.begin():
            s.add(tables.Lio(id="voluntary-action-leeds", name="VAL", source="t", checked=dt.date(2026, 1, 1)))
        return 1

    monkeypatch.setattr("bot.places.lios.sync_directory", fake_sync)
    assert _run(monkeypatch, ["a@example.org", "--lio", "voluntary-action-leeds"], "a long enough password\n") == 0
    assert calls == [1]


def test_prompts_twice_at_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    answers = iter(["typed password 1", "typed password 2"])
    monkeypatch.setattr(accounts.getpass, "getpass", lambda prompt: next(answers))
    with pytest.raises(accounts.AccountError, match="different"):
        accounts.read_password(Tty())
    answers = iter(["same password!!", "same password!!"])
    assert accounts.read_password(Tty()) == "same password!!"


def test_the_real_command_line(world: World) -> None:
    """As the deployer runs it: a separate process, the password piped on stdin."""
    env = dict(os.environ, DATABASE_URL=world.url, SQLALCHEMY_SILENCE_UBER_WARNING="1")
    done = subprocess.run(
        [sys.executable, "-m", "bot", "staff", "add", "piped@lio-b.example.org", "--lio", "lio-b"],
        input="piped password ok\n",
        text=True,
        capture_output=True,
        cwd=PROJECT,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "Added piped@lio-b.example.org" in done.stdout
    assert "/staff/login" in done.stdout
    assert _user(world, "piped@lio-b.example.org").lio_id == "lio-b"


def _cli(monkeypatch: pytest.MonkeyPatch, argv: list[str], stdin: str = "") -> int:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    return cli.main(["staff", *argv])


def test_password_reset_signs_out_open_sessions(world: World, monkeypatch, client) -> None:  # type: ignore[no-untyped-def]
    from tests.web.staff.conftest import PASSWORD, login

    login(client, world.staff_a)
    assert client.get("/staff/handoffs").status_code == 200
    assert _cli(monkeypatch, ["password", world.staff_a.upper()], "a brand new passphrase\n") == 0
    assert client.get("/staff/handoffs").status_code == 302  # the open session is gone
    assert login(client, world.staff_a, PASSWORD).status_code == 200  # old password refused
    assert login(client, world.staff_a, "a brand new passphrase").status_code == 303


def test_password_reset_refuses_short_passwords_and_unknown_accounts(world: World, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    before = _user(world, world.staff_a).password_hash
    assert _cli(monkeypatch, ["password", world.staff_a], "too short\n") == 1
    assert "at least 12 characters" in capsys.readouterr().err
    assert _user(world, world.staff_a).password_hash == before
    assert _cli(monkeypatch, ["password", "nobody@example.org"], "a long enough password\n") == 1
    assert "There is no account for nobody@example.org" in capsys.readouterr().err


def test_remove_ends_access_and_list_shows_who_is_left(world: World, monkeypatch, capsys, client) -> None:  # type: ignore[no-untyped-def]
    from tests.web.staff.conftest import login

    login(client, world.staff_a)
    assert _cli(monkeypatch, ["remove", world.staff_a]) == 0
    assert f"Removed {world.staff_a}" in capsys.readouterr().out
    assert _user(world, world.staff_a) is None
    assert client.get("/staff/handoffs").status_code == 302
    assert _cli(monkeypatch, ["remove", world.staff_a]) == 1
    assert "There is no account" in capsys.readouterr().err

    assert _cli(monkeypatch, ["list"]) == 0
    listing = capsys.readouterr().out
    assert world.staff_a not in listing and world.staff_a2 in listing and "lio-a" in listing


def test_add_needs_lio_or_admin_and_actions_need_an_email(world: World, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    assert _cli(monkeypatch, ["add", "x@example.org"], "a long enough password\n") == 1
    assert "Give either --lio" in capsys.readouterr().err
    assert _cli(monkeypatch, ["remove"]) == 1
    assert "Give the email of the account" in capsys.readouterr().err


# ---------------------------------------------------------------- LIO administrators and two-factor


def test_lio_admin_command_makes_and_unmakes_an_lio_admin(world: World, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    from bot.records.tables import AuditEntry

    assert _cli(monkeypatch, ["lio-admin", world.staff_a.upper()]) == 0
    out = capsys.readouterr().out
    assert f"{world.staff_a} is now an LIO administrator of 'lio-a'" in out and "/staff/team" in out
    assert _user(world, world.staff_a).is_lio_admin
    assert _cli(monkeypatch, ["list"]) == 0
    assert f"{world.staff_a}\tlio-a (LIO admin)" in capsys.readouterr().out
    assert _cli(monkeypatch, ["lio-admin", world.staff_a, "--off"]) == 0
    assert "no longer an LIO administrator" in capsys.readouterr().out
    assert not _user(world, world.staff_a).is_lio_admin
    with db.session(world.url) as s:
        details = [e.detail for e in s.scalars(select(AuditEntry).where(AuditEntry.action == "staff_role"))]
        actors = {e.actor for e in s.scalars(select(AuditEntry).where(AuditEntry.action == "staff_role"))}
    assert details == [f"{world.staff_a}: made an LIO administrator", f"{world.staff_a}: no longer an LIO administrator"]
    assert actors == {"command line"}


def test_lio_admin_command_refuses_site_admins_and_unknown_accounts(world: World, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    assert _cli(monkeypatch, ["lio-admin", world.admin]) == 1
    assert "site-wide administrator" in capsys.readouterr().err
    assert not _user(world, world.admin).is_lio_admin
    assert _cli(monkeypatch, ["lio-admin", "nobody@example.org"]) == 1
    assert "There is no account" in capsys.readouterr().err


def test_add_with_lio_admin(world: World, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    assert _run(monkeypatch, ["head@lio-b.example.org", "--lio", "lio-b", "--lio-admin"], "a long enough password\n") == 0
    assert "as an LIO administrator of LIO 'lio-b'" in capsys.readouterr().out
    user = _user(world, "head@lio-b.example.org")
    assert user.is_lio_admin and user.lio_id == "lio-b"
    assert _run(monkeypatch, ["boss2@example.org", "--admin", "--lio-admin"], "a long enough password\n") == 1
    assert "--lio-admin is for LIO staff" in capsys.readouterr().err


def test_reset_two_factor_command(world: World, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    assert _user(world, world.lead_a).totp_enabled_at is not None
    assert _cli(monkeypatch, ["reset-two-factor", world.lead_a]) == 0
    assert "Turned off two-factor sign-in" in capsys.readouterr().out
    user = _user(world, world.lead_a)
    assert user.totp_enabled_at is None and user.totp_secret is None


def test_the_real_lio_admin_command(world: World) -> None:
    env = dict(os.environ, DATABASE_URL=world.url, SQLALCHEMY_SILENCE_UBER_WARNING="1")
    done = subprocess.run(
        [sys.executable, "-m", "bot", "staff", "lio-admin", world.staff_b],
        text=True,
        capture_output=True,
        cwd=PROJECT,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert _user(world, world.staff_b).is_lio_admin
