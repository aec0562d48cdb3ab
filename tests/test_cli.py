"""The command line a deployer uses: help, LIO import report, postcode import."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent


def bot(*args: str, env_extra: dict[str, str] | None = None, **kw) -> subprocess.CompletedProcess:
    import os

    env = dict(os.environ, **(env_extra or {}))
    return subprocess.run([sys.executable, "-m", "bot", *args], cwd=PROJECT, capture_output=True, text=True, env=env, **kw)


def test_help_lists_every_command() -> None:
    out = bot("--help").stdout
    for command in ("knowledge", "run", "bench", "postcodes", "lios", "staff"):
        assert command in out


def test_lios_import_reports_rejected_rows(tmp_path: Path) -> None:
    csv_file = tmp_path / "mine.csv"
    csv_file.write_text(
        "id,name,la_codes,source,checked\nok-cvs,OK CVS,E08000035,export,2026-11-01\nbroken,,E99999999,export,2026-11-01\n"
    )
    env = {"DATABASE_URL": f"sqlite:///{tmp_path / 'cli.db'}", "DATA_DIR": str(PROJECT / "var")}
    result = bot("lios", "import", str(csv_file), env_extra=env)
    assert result.returncode == 3
    assert "imported 1 LIOs; rejected 1 rows" in result.stdout
    assert "line 3: name is empty; 'E99999999' is not a current English local authority code" in result.stdout


def test_lios_import_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    result = bot("lios", "import", str(tmp_path / "nope.csv"))
    assert result.returncode == 2 and "give a CSV file" in result.stderr


def test_lios_check_lists_entries_to_check_again(tmp_path: Path) -> None:
    """`lios check` lists unconfirmed, undated and old entries of the live directory (curated and
    imported); the window and the date are the deployer's to set."""
    env = {"DATABASE_URL": f"sqlite:///{tmp_path / 'cli.db'}", "DATA_DIR": str(PROJECT / "var")}
    csv_file = tmp_path / "mine.csv"
    csv_file.write_text(
        "id,name,la_codes,source,checked,evidence_date\n"
        "fresh-cvs,Fresh CVS,E08000035,export,2026-11-01,2026-10\n"
        "undated-cvs,Undated CVS,E08000035,export,2026-11-01,\n"
    )
    assert bot("lios", "import", str(csv_file), env_extra=env).returncode == 0
    result = bot("lios", "check", "--as-of", "2026-12-01", env_extra=env)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert any(line.startswith("voluntary-action-sheffield: Voluntary Action Sheffield (evidence 2020-04") for line in lines)
    assert "undated-cvs: Undated CVS (evidence none, checked 2026-11-01): no evidence date" in lines
    assert not any(line.startswith("fresh-cvs:") for line in lines)
    assert any(line.startswith("voluntary-action-leeds:") and line.endswith("evidence 36 months old") for line in lines)
    longer = bot("lios", "check", "--as-of", "2026-12-01", "--older-than", "48", env_extra=env).stdout
    assert "voluntary-action-leeds:" not in longer and "voluntary-action-sheffield:" in longer
    shorter = bot("lios", "check", "--as-of", "2026-12-01", "--older-than", "1", env_extra=env).stdout
    assert "fresh-cvs: Fresh CVS (evidence 2026-10, checked 2026-11-01): evidence 2 months old" in shorter
    counted = int(lines[-1].split()[0])
    assert counted == len(lines) - 1 and counted >= 50
    bad = bot("lios", "check", "--as-of", "yesterday", env_extra=env)
    assert bad.returncode == 2 and "must be a date YYYY-MM-DD" in bad.stderr


def test_postcodes_import_replaces_the_index_with_progress(tmp_path: Path) -> None:
    csv_file = tmp_path / "ONSPD_NOV_2026_UK.csv"
    rows = ["pcds,doterm,oseast1m,osnrth1m,lad25cd"]
    rows += [f"LS6 {i % 10}A{chr(65 + i % 26)},,428000,436000,E08000035" for i in range(120000)]
    csv_file.write_text("\n".join(rows) + "\n")
    result = bot("postcodes", "import", str(csv_file), env_extra={"DATA_DIR": str(tmp_path / "data")})
    assert result.returncode == 0, result.stderr
    assert "imported 120000 live English postcodes" in result.stdout
    assert "100.0%" in result.stderr  # the progress bar finished
    assert (tmp_path / "data" / "postcodes" / "keys.npy").exists()


def test_postcodes_import_of_a_wrong_file_explains(tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("a,b\n1,2\n")
    result = bot("postcodes", "import", str(bad), env_extra={"DATA_DIR": str(tmp_path / "data")})
    assert result.returncode == 1 and "no column matching" in result.stderr
