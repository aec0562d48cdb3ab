"""Command line: `python -m bot --help`."""
from __future__ import annotations

import argparse
import sys


def _knowledge(args: argparse.Namespace) -> int:
    from bot import knowledge_tools

    if args.action == "check":
        errors, overdue = knowledge_tools.check()
        for line in errors:
            print(f"ERROR {line}")
        for line in overdue:
            print(f"OVERDUE {line}")
        from bot.knowledge import article_paths

        print(f"{len(article_paths())} articles, {len(errors)} errors, {len(overdue)} past review_by")
        return 1 if errors else 0
    count = knowledge_tools.build_nlu()
    print(f"wrote {count} examples to {knowledge_tools.GENERATED_NLU}")
    return 0


def _run(args: argparse.Namespace) -> int:
    from bot.launcher import run

    return run()


def _bench(args: argparse.Namespace) -> int:
    from bot.bench import main

    return main(args.only)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bot",
        description="Advice assistant for community groups in England: knowledge, servers and tools.",
    )
    sub = parser.add_subparsers(dest="command", required=True)

    k = sub.add_parser("knowledge", help="check the curated articles or generate NLU data from them")
    k.add_argument("action", choices=["check", "build"], help="check: validate; build: write generated NLU")
    k.set_defaults(func=_knowledge)

    r = sub.add_parser("run", help="start the Rasa server, the action server and the web app")
    r.set_defaults(func=_run)

    b = sub.add_parser("bench", help="measure answering (and baselines) on the held-out questions")
    b.add_argument("--only", choices=["answer", "geo"], default=None)
    b.set_defaults(func=_bench)

    args = parser.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
