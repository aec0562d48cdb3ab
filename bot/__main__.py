"""Command line: `python -m bot --help`."""

from __future__ import annotations

import argparse
import sys


def _knowledge(args: argparse.Namespace) -> int:
    from bot.tooling import knowledge_tools

    if args.action == "check":
        errors, overdue = knowledge_tools.check()
        for line in errors:
            print(f"ERROR {line}")
        for line in overdue:
            print(f"OVERDUE {line}")
        from bot.answers.knowledge import article_paths

        print(f"{len(article_paths())} articles, {len(errors)} errors, {len(overdue)} past review_by")
        return 1 if errors else 0
    if args.action == "fit":
        import time

        from bot.answers.crisis import load_detector
        from bot.answers.retrieval import load_retriever

        began = time.perf_counter()
        retriever = load_retriever()
        print(f"answer retriever ready ({len(retriever.labels)} labels) in {time.perf_counter() - began:.1f}s")
        began = time.perf_counter()
        load_detector()
        print(f"crisis classifier ready in {time.perf_counter() - began:.1f}s")
        return 0
    count = knowledge_tools.build_nlu()
    print(f"{count} examples in {knowledge_tools.GENERATED_NLU} (rewritten only when they change)")
    return 0


def _crisis(args: argparse.Namespace) -> int:
    from pathlib import Path

    from bot.answers import crisis
    from bot.tooling import crisis_dev_report, crisis_landing, crisis_pattern_diff

    if args.action == "dev-report":
        return crisis_dev_report.main(crisis.load_detector(), verbose=args.verbose, only=args.only)
    if args.action == "pattern-diff":
        return crisis_pattern_diff.main(args.ref)
    if args.action == "land-phrases":
        try:
            print("\n".join(crisis_landing.land_phrases().lines()))
        except ValueError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
        return 0
    if not (args.comment and args.dev_header and args.benchmark_header):
        print("error: land-pending needs --comment, --dev-header and --benchmark-header", file=sys.stderr)
        return 2
    headers = {}
    for name in ("dev_header", "benchmark_header"):
        path = Path(getattr(args, name))
        if not path.is_file():
            print(f"error: {path} is not a file (give the comment block for the set)", file=sys.stderr)
            return 2
        headers[name] = path.read_text(encoding="utf-8")
    try:
        landing = crisis_landing.land_pending(
            args.comment, headers["dev_header"], headers["benchmark_header"], also_trained=crisis.training_set()[0]
        )
    except (ValueError, KeyError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print("\n".join(landing.lines()))
    return 0


def _postcodes(args: argparse.Namespace) -> int:
    from pathlib import Path

    from bot.places import postcode_index

    if args.action == "build":
        count = postcode_index.build_from_package()
        print(f"indexed {count} postcodes from the packaged ONSPD data into {postcode_index.INDEX_DIR}")
        return 0
    if not args.file:
        print("error: give the ONSPD CSV file: python -m bot postcodes import ONSPD.csv", file=sys.stderr)
        return 2
    path = Path(args.file)
    if not path.is_file():
        print(f"error: {path} is not a file", file=sys.stderr)
        return 2
    try:
        kept, skipped = postcode_index.import_onspd_csv(path)
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"imported {kept} live English postcodes ({skipped} other rows skipped); restart the assistant to use them")
    return 0


def _lios(args: argparse.Namespace) -> int:
    from pathlib import Path

    from bot.places import lios

    if args.action == "sync":
        print(f"loaded {lios.sync_directory()} LIOs from {lios.LIOS_FILE}")
        return 0
    if args.action == "check":
        return _lios_check(args)
    if not args.file or not Path(args.file).is_file():
        print("error: give a CSV file: python -m bot lios import FILE.csv", file=sys.stderr)
        return 2
    try:
        imported, rejected = lios.import_csv(Path(args.file))
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"imported {imported} LIOs; rejected {len(rejected)} rows")
    for line in rejected:
        print(f"  rejected {line}")
    return 0 if not rejected else 3


def _lios_check(args: argparse.Namespace) -> int:
    """List the LIOs whose details need checking again: unconfirmed, undated or old evidence."""
    import datetime as dt

    from bot.places import lios
    from bot.records import handoffs

    try:
        as_of = dt.date.fromisoformat(args.as_of) if args.as_of else dt.date.today()
    except ValueError:
        print(f"error: --as-of '{args.as_of}' must be a date YYYY-MM-DD", file=sys.stderr)
        return 2
    if args.older_than < 1:
        print("error: --older-than must be a whole number of months, 1 or more", file=sys.stderr)
        return 2
    handoffs.ensure_directory()
    stale = lios.stale_entries(args.older_than, as_of)
    for entry in stale:
        print(f"{entry.id}: {entry.name} (evidence {entry.evidence_date or 'none'}, checked {entry.checked}): {entry.reason}")
    print(
        f"{len(stale)} LIOs to check again (unconfirmed, undated, or evidence older than {args.older_than} months "
        f"on {as_of}); the assistant tells people when an entry is unconfirmed"
    )
    return 0


def _staff(args: argparse.Namespace) -> int:
    from bot.web.staff.accounts import add_staff_cli

    return add_staff_cli(args)


def _run(args: argparse.Namespace) -> int:
    from bot.launcher import run

    return run()


def _run_scaled(args: argparse.Namespace) -> int:
    from bot.scaled import run

    return run()


def _purge(args: argparse.Namespace) -> int:
    from bot.records.retention import purge_expired

    if args.older_than is not None and args.older_than < 0:
        print("--older-than must be 0 or more days.", file=sys.stderr)
        return 2
    try:
        purged = purge_expired(older_than_days=args.older_than)
    except Exception as exc:  # noqa: BLE001 - a clear line for cron's mail, not a traceback
        print(f"Purge failed: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    print(f"Purge: {purged}.")
    return 0


def _db(args: argparse.Namespace) -> int:
    from bot.launcher import printable_database_url
    from bot.records import db
    from bot.settings import database_url

    try:
        if args.action == "upgrade":
            before = db.current_revision()
            after = db.upgrade()
            print(f"Database {printable_database_url(database_url())}: schema {before or 'none'} -> {after}.")
        else:
            current, head = db.current_revision(), db.head_revision()
            state = "up to date" if current == head else f"behind the newest ({head}): run `python -m bot db upgrade`"
            print(f"Database {printable_database_url(database_url())}: schema {current or 'none'}, {state}.")
            return 0 if current == head else 1
    except Exception as exc:  # noqa: BLE001 - one clear line, not a traceback
        print(f"Database {args.action} failed: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    return 0


def _bench(args: argparse.Namespace) -> int:
    from bot.tooling.bench import main

    return main(args.only)


def _profile(args: argparse.Namespace) -> int:
    from bot.tooling.turn_profile import main

    return main(args.turns)


def _thresholds(args: argparse.Namespace) -> int:
    from bot.tooling.thresholds import main

    return main(args.representation)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bot",
        description="Advice assistant for community groups in England: knowledge, servers and tools.",
    )
    sub = parser.add_subparsers(dest="command", required=True)

    k = sub.add_parser("knowledge", help="check the curated articles or generate NLU data from them")
    k.add_argument(
        "action",
        choices=["check", "build", "fit"],
        help="check: validate; build: write generated NLU; fit: fit (or load) the answer retriever and the crisis classifier",
    )
    k.set_defaults(func=_knowledge)

    c = sub.add_parser(
        "crisis",
        help="land-pending: retire the crisis benchmark to a development set, merge docs/pending/crisis;"
        " land-phrases: merge docs/pending/crisis/phrases_*.yml into the phrases in other languages;"
        " dev-report: the detector on every development set; pattern-diff: texts a pattern change moves (issue 10)",
    )
    c.add_argument("action", choices=["land-pending", "land-phrases", "dev-report", "pattern-diff"])
    c.add_argument("--ref", default="HEAD", help="pattern-diff: the commit whose crisis patterns to compare with (HEAD)")
    c.add_argument("--comment", help="land-pending: the comment line over the new training examples")
    c.add_argument("--dev-header", help="land-pending: file holding the retired set's comment block")
    c.add_argument("--benchmark-header", help="land-pending: file holding the new benchmark's comment block")
    c.add_argument("-v", "--verbose", action="store_true", help="dev-report: print each miss and false alarm")
    c.add_argument("--only", help="dev-report: one development set (e.g. crisis_dev18.yml)")
    c.set_defaults(func=_crisis)

    p = sub.add_parser("postcodes", help="build the postcode index, or replace it from a newer ONSPD CSV")
    p.add_argument("action", choices=["build", "import"])
    p.add_argument("file", nargs="?", help="ONSPD CSV (for import)")
    p.set_defaults(func=_postcodes)

    lp = sub.add_parser(
        "lios",
        help="the LIO directory: load the curated one (sync) or your own CSV (import); list entries to check again (check)",
    )
    lp.add_argument("action", choices=["sync", "import", "check"])
    lp.add_argument(
        "file",
        nargs="?",
        help="CSV with columns id,name,la_codes,source,checked and optionally website,postcode,notify_email,evidence_date,unconfirmed",
    )
    lp.add_argument("--older-than", type=int, default=24, metavar="MONTHS", help="check: evidence older than this (default 24)")
    lp.add_argument("--as-of", metavar="YYYY-MM-DD", help="check: the date to count from (default today)")
    lp.set_defaults(func=_lios)

    sp = sub.add_parser(
        "staff",
        help="manage staff accounts for the review app",
        description="add EMAIL --lio ID [--lio-admin] | --admin: new account (password from a prompt or stdin); "
        "password EMAIL: reset a password; remove EMAIL: delete an account; list: every account; "
        "lio-admin EMAIL [--off]: make LIO staff their LIO's administrator (manages its staff in the app), or no longer; "
        "reset-two-factor EMAIL: turn off someone's two-factor sign-in (a lost phone) and sign them out.",
    )
    sp.add_argument("action", choices=["add", "password", "remove", "list", "lio-admin", "reset-two-factor"])
    sp.add_argument("email", nargs="?")
    who = sp.add_mutually_exclusive_group()
    who.add_argument("--lio", help="the LIO id whose handoffs this person may see")
    who.add_argument("--admin", action="store_true", help="an administrator who sees every LIO")
    sp.add_argument("--lio-admin", action="store_true", help="with add --lio: also that LIO's administrator")
    sp.add_argument("--off", action="store_true", help="with lio-admin: no longer an LIO administrator")
    sp.set_defaults(func=_staff)

    r = sub.add_parser("run", help="start the Rasa server, the action server and the web app")
    r.set_defaults(func=_run)

    rs = sub.add_parser(
        "run-scaled",
        help="the same, scaled out on this machine: Rasa replicas and action servers behind nginx, "
        "on PostgreSQL and Redis (docs/scaling.md)",
    )
    rs.set_defaults(func=_run_scaled)

    pg = sub.add_parser(
        "purge",
        help="delete conversations, handoffs and logged questions past the retention period (for cron)",
    )
    pg.add_argument(
        "--older-than",
        type=float,
        default=None,
        metavar="DAYS",
        help="delete what is older than this many days (default RETENTION_DAYS; 0 deletes everything up to now)",
    )
    pg.set_defaults(func=_purge)

    d = sub.add_parser("db", help="bring the database schema up to date (upgrade), or show where it is (current)")
    d.add_argument("action", choices=["upgrade", "current"])
    d.set_defaults(func=_db)

    b = sub.add_parser(
        "bench",
        help="measure answering (and baselines) and crisis detection on held-out sets (and every crisis development set against its floor), location lookups, privacy, and speed (embedded and scaled)",
    )
    b.add_argument("--only", choices=["answer", "geo", "crisis-dev", "crisis", "privacy", "speed", "scaled"], default=None)
    b.set_defaults(func=_bench)

    pr = sub.add_parser(
        "profile", help="time each stage of a turn over one long conversation (the trained model, in this process)"
    )
    pr.add_argument("--turns", type=int, default=60)
    pr.set_defaults(func=_profile)

    t = sub.add_parser("thresholds", help="cross-validate the answerer's gates on the training data (never the held-out sets)")
    t.add_argument("--representation", choices=["ngrams", "embeddings", "both"], default="ngrams")
    t.set_defaults(func=_thresholds)

    args = parser.parse_args(argv)
    try:
        from bot.settings import SettingsError
    except ValueError as exc:  # a bad setting is found when the settings are first read
        print(f"Cannot start: {exc}. See the configuration table in README.md.", file=sys.stderr)
        return 2
    try:
        status: int = args.func(args)
    except SettingsError as exc:
        print(f"Cannot start: {exc}. See the configuration table in README.md.", file=sys.stderr)
        return 2
    return status


if __name__ == "__main__":
    sys.exit(main())
