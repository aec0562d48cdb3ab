"""Rasa's own starter bot (`rasa init`), made with the project's venv, trained once and cached, and
run on a free port: the yardstick `make bench` measures our speed against, in the same run."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import rasa

from bot.settings import PROJECT_DIR
from bot.tooling.local_servers import free_port, wait_until_up

STARTER_DIR = PROJECT_DIR / "var" / "starter-bot"


def _env() -> dict[str, str]:
    return dict(os.environ, RASA_TELEMETRY_ENABLED="false", TF_CPP_MIN_LOG_LEVEL="2", SQLALCHEMY_SILENCE_UBER_WARNING="1")


def ensure_starter(folder: Path = STARTER_DIR) -> Path:
    """The starter project with a trained model, made by `rasa init --no-prompt` (which trains) the
    first time, or again when Rasa's version changes. Returns the folder."""
    stamp = folder / ".rasa-version"
    if stamp.exists() and stamp.read_text() == rasa.__version__ and any((folder / "models").glob("*.tar.gz")):
        return folder
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    began = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "rasa", "init", "--no-prompt", "--init-dir", str(folder)],
        cwd=folder,
        env=_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        check=False,
    )
    if done.returncode != 0 or not any((folder / "models").glob("*.tar.gz")):
        raise RuntimeError("rasa init failed:\n" + done.stdout[-3000:])
    stamp.write_text(rasa.__version__)
    print(f"(made and trained Rasa's starter bot in {time.perf_counter() - began:.0f}s: {folder})")
    return folder


@dataclass
class Starter:
    url: str
    proc: subprocess.Popen[bytes]

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.proc.kill()


def start_starter(folder: Path = STARTER_DIR, timeout: float = 180.0) -> Starter:
    """`rasa run` on the starter's latest model (its own REST channel, in-memory tracker store)."""
    port = free_port()
    model = max((folder / "models").glob("*.tar.gz"), key=lambda p: p.stat().st_mtime)
    proc = subprocess.Popen(
        [sys.executable, "-m", "rasa", "run", "--model", str(model), "--port", str(port), "--credentials", "credentials.yml"],
        cwd=folder,
        env=_env(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    url = f"http://localhost:{port}"
    wait_until_up(proc, url + "/", "the starter bot's server", timeout)
    return Starter(url, proc)
