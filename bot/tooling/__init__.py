"""Tooling: what builds, checks and measures the assistant, never part of it at run time.

Modules: `bench` (`make bench`), `crisis_bench`, `redaction_bench`, `scaled_bench` (the scaled
setup under load, and the sizing), `baselines`, `knowledge_tools` (`python -m bot knowledge
check|build`), `local_servers` (the whole assistant on free ports for tests and benchmarks).
May import anything in `bot`. Nothing outside this package imports it except the CLI (`bot.__main__`).
"""
