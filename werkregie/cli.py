"""The `werkregie` command: demo, serve, generate, import, audit, reference data and Django's own commands."""

from __future__ import annotations

import argparse
import importlib
import json
import os
import sys
from pathlib import Path

# Domains whose commands live in their own `cli.py` (each has a `register(subparsers)`).
DOMAIN_COMMANDS = ("access", "messaging", "worklist", "trajectories", "appointments", "compliance", "community", "kpis")
# Their demo data, in this order (later domains build on earlier ones), after the population, screening and matching.
DOMAIN_DEMOS = ("organisations", "trajectories", "appointments", "compliance", "community", "messaging", "worklist", "kpis")


def _setup() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "werkregie.settings")
    import django

    django.setup()


def _progress(total: int, desc: str, unit: str = "rows"):  # noqa: ANN202 - tqdm instance
    from tqdm import tqdm

    return tqdm(total=total, desc=desc, unit=unit, file=sys.stderr, dynamic_ncols=True, disable=None if sys.stderr.isatty() else False, mininterval=1.0)


def migrate(quiet: bool = True) -> None:
    from django.core.management import call_command

    call_command("migrate", interactive=False, verbosity=0 if quiet else 1)


def load_reference(quiet: bool = False) -> dict:
    from werkregie.geo.services import load_reference_data

    counts = load_reference_data()
    if not quiet:
        print(f"reference data: {counts}", file=sys.stderr)
    return counts


def cmd_generate(args: argparse.Namespace) -> int:
    from werkregie.demo.services import generate_population

    migrate()
    load_reference(quiet=True)
    with _progress(args.persons, "persons", "persons") as bar:
        written = generate_population(args.persons, seed=args.seed, progress=bar.update, batch_size=args.batch_size)
    print(json.dumps({"generated": written}))
    return 0


def _ensure_demo_data(persons: int, seed: int) -> None:
    from werkregie.demo.services import generate_population
    from werkregie.people.models import Person

    migrate()
    load_reference(quiet=True)
    missing = persons - Person.all_objects.count()
    if missing > 0:
        with _progress(missing, "demo population", "persons") as bar:
            generate_population(missing, seed=seed, progress=bar.update)


def _train_and_score(score: bool = True) -> dict:
    from werkregie.core import clock
    from werkregie.screening.engine.train import TRAIN_STEPS
    from werkregie.screening.training import HORIZONS, score_persons, train_from_register, training_frame

    with _progress(None, "reading the register", "persons") as bar:
        frame = training_frame(clock.today(), progress=bar.update)
    with _progress(TRAIN_STEPS * len(HORIZONS), "training (6 and 12 months)", "steps") as bar:
        models = train_from_register(progress=bar.update, frame=frame)
    scored = None
    if score:
        with _progress(None, "scoring job seekers", "persons") as bar:
            scored = score_persons(progress=bar.update)
    return {"models": [{"version": m.version, "horizon_months": m.horizon_months, "cases": m.cases, "data_period": [str(m.data_start), str(m.data_end)],
                        "auc": m.metrics["auc"], "auc_logistic_baseline": m.metrics["auc_logistic_baseline"], "ece": m.metrics["ece"]} for m in models],
            "scored": scored}


def _seed_matching() -> None:
    from werkregie.accounts.models import User
    from werkregie.matching.demo import demo_profiles, seed_matching_demo
    from werkregie.people.models import Person

    with _progress(total=None, desc="vacancies and matching profiles", unit="rows") as bar:
        seeded = seed_matching_demo(progress=bar.update)
    if seeded["vacancies"]:
        citizen = User.objects.filter(username="burger").values_list("person_id", flat=True).first()
        caseload = list(Person.objects.filter(counsellor__username="bemiddelaar").order_by("pk").values_list("pk", flat=True))
        demo_profiles(citizen, caseload)


def _seed_domains() -> None:
    for domain in DOMAIN_DEMOS:
        with _progress(total=None, desc=f"demo {domain}", unit="rows") as bar:
            importlib.import_module(f"werkregie.{domain}.demo").seed(progress=bar.update)


def _public_url(host: str, port: int) -> None:
    """Links in messages (booking links, evidence) point at the address being served, unless one is configured."""
    from django.conf import settings

    if not os.environ.get("WERKREGIE_PUBLIC_URL"):
        os.environ["WERKREGIE_PUBLIC_URL"] = settings.WERKREGIE_PUBLIC_URL = f"http://{host}:{port}"


def cmd_demo(args: argparse.Namespace) -> int:
    from werkregie.demo.services import create_demo_accounts, demo_assessments
    from werkregie.screening.models import ScreeningModel

    _public_url(args.host, args.port)
    _ensure_demo_data(args.persons, args.seed)
    if not ScreeningModel.objects.filter(active=True).exists():
        _train_and_score()
    accounts = create_demo_accounts()
    demo_assessments()
    _seed_matching()
    _seed_domains()
    if args.json:
        print(json.dumps(accounts, indent=2))
    else:
        print("\nDemo accounts (passwords and tokens are new at every start):")
        print(f"{'role':<13} {'username':<12} {'password':<18} token")
        for a in accounts:
            print(f"{a['role']:<13} {a['username']:<12} {a['password']:<18} {a['token']}")
        print(f"\nOpen http://{args.host}:{args.port}/ — API docs at http://{args.host}:{args.port}/api/v1/docs\n")
    sys.stdout.flush()
    if args.no_serve:
        return 0
    return serve(args.host, args.port, args.workers)


def _start_task_worker():  # noqa: ANN202 - subprocess.Popen or None
    """The task runner's worker (django-q2 `qcluster`) as a child process: it dispatches messages and runs the scheduled
    jobs (the daily deadline sweep, retries). It dies with the server (SIGTERM on exit; PDEATHSIG if the server is
    killed). WERKREGIE_TASK_WORKER=0 leaves it out (a deployment that runs `werkregie manage qcluster` on its own)."""
    import signal
    import subprocess

    if os.environ.get("WERKREGIE_TASK_WORKER", "1") == "0":
        return None
    from werkregie.access.checkpoints import ensure_schedule
    from werkregie.messaging.runner import ensure_schedules

    ensure_schedules()
    ensure_schedule()

    def die_with_parent() -> None:
        try:
            import ctypes

            ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            pass

    env = {**os.environ, "DJANGO_SETTINGS_MODULE": os.environ.get("DJANGO_SETTINGS_MODULE", "werkregie.settings")}
    child = subprocess.Popen([sys.executable, "-m", "django", "qcluster"], env=env, preexec_fn=die_with_parent)  # noqa: S603, PLW1509
    print(f"task runner: qcluster started (pid {child.pid})", file=sys.stderr)
    return child


def _stop_task_worker(child) -> None:  # noqa: ANN001
    import subprocess

    if child is None or child.poll() is not None:
        return
    child.terminate()
    try:
        child.wait(timeout=15)
    except subprocess.TimeoutExpired:
        child.kill()


def _warm_worker() -> None:
    if os.environ.get("WERKREGIE_WARM_START", "1") != "0":
        from werkregie.matching.warm import warm_worker

        print(f"worker {os.getpid()} ready: {warm_worker()}", file=sys.stderr, flush=True)


def serve(host: str, port: int, workers: int | None) -> int:
    import atexit

    from gunicorn.app.base import BaseApplication

    from werkregie.wsgi import application

    master = os.getpid()
    worker = _start_task_worker()
    atexit.register(lambda: os.getpid() == master and _stop_task_worker(worker))

    class Server(BaseApplication):
        def load_config(self) -> None:
            self.cfg.set("bind", f"{host}:{port}")
            self.cfg.set("workers", workers or int(os.environ.get("WEB_CONCURRENCY", (os.cpu_count() or 1) * 2 + 1)))
            self.cfg.set("worker_class", "gthread")
            self.cfg.set("threads", int(os.environ.get("WERKREGIE_THREADS", "4")))
            self.cfg.set("timeout", 60)
            self.cfg.set("accesslog", os.environ.get("WERKREGIE_ACCESS_LOG") or None)
            self.cfg.set("backlog", 2048)
            self.cfg.set("on_exit", lambda server: _stop_task_worker(worker))
            # warm start (issue 16): load the taxonomy, vectors and match index once in the master, shared by the
            # forked workers; each worker starts its embedding engine before it accepts a connection
            self.cfg.set("preload_app", os.environ.get("WERKREGIE_WARM_START", "1") != "0")
            self.cfg.set("post_worker_init", lambda w: _warm_worker())

        def load(self):  # noqa: ANN202
            if self.cfg.preload_app:
                from werkregie.matching.warm import warm_shared

                print(f"warm start: {warm_shared()}", file=sys.stderr, flush=True)
            return application

    try:
        Server().run()
    finally:
        if os.getpid() == master:
            _stop_task_worker(worker)
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    migrate()
    _public_url(args.host, args.port)
    return serve(args.host, args.port, args.workers)


def cmd_load_reference(args: argparse.Namespace) -> int:
    migrate()
    print(json.dumps(load_reference(quiet=True)))
    return 0


def cmd_import_persons(args: argparse.Namespace) -> int:
    from werkregie.people.importer import ImportFileError, import_persons

    migrate()
    if not Path(args.file).exists():
        print(f"error: {args.file}: file not found", file=sys.stderr)
        return 2
    try:
        with _progress(None, "importing", "persons") as bar:
            report = import_persons(Path(args.file), skip_invalid=args.skip_invalid, rejects_path=Path(args.rejects) if args.rejects else None, progress=bar.update)
    except ImportFileError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    if report.rejected and not args.skip_invalid:
        for e in report.errors:
            print(f"row {e.row}, column {e.field}: {e.message}", file=sys.stderr)
        print(f"{report.rejected} of {report.rows} rows are invalid; nothing was written (use --skip-invalid to write the valid rows).", file=sys.stderr)
        return 1
    print(json.dumps(report.as_dict()))
    return 0


def _admin_principal(username: str):  # noqa: ANN202
    from werkregie.accounts.models import User
    from werkregie.accounts.principal import Principal

    user = User.objects.filter(username=username).first()
    if user is None:
        raise SystemExit(f"error: no user {username!r}")
    return Principal(user=user, scopes=Principal.for_session(user).scopes, channel="cli")


def cmd_duplicates(args: argparse.Namespace) -> int:
    from werkregie.core.errors import DomainError
    from werkregie.people.use_cases.registration import duplicate_groups_shown

    try:
        groups = duplicate_groups_shown(_admin_principal(args.user), args.limit)
    except DomainError as exc:
        print(f"error: {exc.detail}", file=sys.stderr)
        return 1
    for group in groups:
        print(json.dumps([{"id": p.pk, "insz": p.insz, "name": f"{p.first_name} {p.last_name}", "birth_date": p.birth_date.isoformat()} for p in group], ensure_ascii=False))
    return 0


def cmd_merge(args: argparse.Namespace) -> int:
    from werkregie.core.errors import DomainError
    from werkregie.people.use_cases import merge_persons

    try:
        record = merge_persons(_admin_principal(args.user), args.survivor, args.duplicate, args.reason)
    except DomainError as exc:
        print(f"error: {exc.detail}", file=sys.stderr)
        return 1
    print(json.dumps({"survivor": record.survivor_id, "merged": record.merged_id}))
    return 0


def _rules_error(exc: Exception) -> int:
    print(f"error: {exc}", file=sys.stderr)
    return 2


def cmd_rules_calc(args: argparse.Namespace) -> int:
    from werkregie.rules.calc import RuleInputError, evaluate

    inputs = {}
    for item in args.set or []:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            return _rules_error(f"--set {item!r}: use NAME=VALUE or NAME@month=VALUE (also @quarter, @year)")
        inputs[name.strip()] = value.strip()
    try:
        result = evaluate(args.period, inputs, args.compute.split(","), reform=args.reform)
    except RuleInputError as exc:
        return _rules_error(exc)
    output: dict = dict(result.results)
    not_in_force = {name: status.as_dict() for name, status in result.in_force.items() if not status.in_force}
    if not_in_force:  # 0 because the rule does not apply in the period asked: said, not hidden
        output["in_force"] = not_in_force
        for name, status in not_in_force.items():
            print(f"note: {name} is not in force in {result.period} (from {status['from']} until {status['until'] or 'now'}): 0", file=sys.stderr)
    for note in result.notes:
        print(f"note: {note}", file=sys.stderr)
    print(json.dumps(output))
    return 0


def cmd_rules_list(args: argparse.Namespace) -> int:
    from werkregie.rules.calc import PERIOD_FORMS, variables

    if args.reforms:
        from werkregie.rules.reforms import REFORMS

        reforms = [{"name": key, "description": reform.name} for key, reform in sorted(REFORMS.items())]
        print(json.dumps(reforms, ensure_ascii=False, indent=2) if args.json else "\n".join(f"{r['name']:<24} {r['description']}" for r in reforms))
        return 0
    rows = [v.as_dict() for v in variables()]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    print(f"Periods: {PERIOD_FORMS}.")
    print("Inputs: --set NAME=VALUE is a value for the whole period asked; NAME@month=, NAME@quarter=, NAME@year= say the period of the value.\n")
    for row in rows:
        kind = "input" if row["is_input"] else "rule"
        print(f"{row['name']:<44} {kind:<5} {row['period']:<8} {row['unit']:<14} {row['description']}")
        print(f"{'':<44} period: {row['input_period']}")
        if row["is_input"]:
            print(f"{'':<44} {'default: ' + row['default'] if row['default'] else 'required when a rule needs it'}")
        elif row["in_force_from"] or row["in_force_until"]:
            print(f"{'':<44} in force: {row['in_force_from'] or '…'} – {row['in_force_until'] or 'now'}")
    return 0


def cmd_screening_train(args: argparse.Namespace) -> int:
    from werkregie.screening.engine import ScreeningInputError

    migrate()
    try:
        summary = _train_and_score(score=args.score)
    except ScreeningInputError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(json.dumps(summary, indent=None if args.json else 2))
    return 0


def _match_arguments(args: argparse.Namespace) -> bool:
    from werkregie.matching.engine.titles import MatchingInputError, check_language

    try:
        check_language(args.lang)
        if args.top < 1:
            raise MatchingInputError("--top: must be at least 1")
    except MatchingInputError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return False
    return True


def cmd_match_skills(args: argparse.Namespace) -> int:
    from werkregie.matching.engine.skills import default_skill_index

    if not _match_arguments(args):
        return 2
    index = default_skill_index()
    for text in _stdin_lines():
        found = index.extract(text, args.lang, args.top)
        print(json.dumps({"results": [{"uri": f.uri, "label": f.label, "score": f.score, "span": f.span} for f in found]}, ensure_ascii=False))
    return 0


def cmd_match_nightly(args: argparse.Namespace) -> int:
    """Top vacancies for every current job seeker from the register, as JSON lines (for notifications and reports)."""
    from werkregie.core import clock
    from werkregie.matching import platform

    index = platform.current_index()
    persons = platform.person_profiles(platform.seeking_ids(clock.today()))
    out = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout
    try:
        with _progress(total=len(persons), desc="top vacancies per job seeker", unit="persons") as bar:
            for person in persons:
                matches = index.vacancies_for(person, top=args.top)
                out.write(json.dumps({"person_id": person.id, "vacancies": [{"id": m.id, "score": m.score, "ring": m.ring, "distance_km": m.distance_km}
                                                                            for m in matches]}) + "\n")
                bar.update(1)
    finally:
        if args.output:
            out.close()
    return 0


def cmd_match_title(args: argparse.Namespace) -> int:
    from werkregie.matching.engine.titles import default_index

    if not _match_arguments(args):
        return 2
    index = default_index()
    lines = _stdin_lines()
    for start in range(0, len(lines), 256):
        chunk = lines[start:start + 256]
        for query, results in zip(chunk, index.search(chunk, args.lang, args.top)):
            print(json.dumps({"query": query, "results": [{"uri": r.uri, "label": r.label, "score": r.score} for r in results]}, ensure_ascii=False))
    return 0


def _stdin_lines() -> list[str]:
    """Lines of stdin as text; undecodable bytes become U+FFFD rather than a crash."""
    raw = sys.stdin.buffer.read() if hasattr(sys.stdin, "buffer") else sys.stdin.read().encode()
    return raw.decode("utf-8", errors="replace").splitlines()


def cmd_screening_score(args: argparse.Namespace) -> int:
    from werkregie.screening.engine import ScreeningInputError
    from werkregie.screening.training import score_persons

    migrate()
    try:
        with _progress(None, "scoring job seekers", "persons") as bar:
            scored = score_persons(progress=bar.update)
    except ScreeningInputError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(json.dumps({"scored": scored}))
    return 0


def cmd_screening_evaluate(args: argparse.Namespace) -> int:
    from werkregie.screening.engine import ScreeningInputError
    from werkregie.screening.engine.data import read_csv
    from werkregie.screening.engine.evaluate import STEPS, check, evaluate_frame

    protected = [c.strip() for c in args.protected.split(",") if c.strip()]
    features = [c.strip() for c in args.features.split(",") if c.strip()] if args.features else None
    try:
        frame = read_csv(Path(args.csv))
        check(frame, args.outcome, args.positive, protected, features)  # refuse bad input before any progress is drawn
        with _progress(STEPS, "evaluating", "steps") as bar:
            report = evaluate_frame(frame, args.outcome, args.positive, protected, features, progress=bar.update)
    except ScreeningInputError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(report, ensure_ascii=False))
    else:
        print(f"cases {report['n']}, AUC {report['auc']:.3f} (logistic baseline {report['auc_logistic_baseline']:.3f}), "
              f"Brier {report['brier']:.4f}, ECE {report['ece']:.4f}, threshold {report['threshold']:.3f}")
        for column, ratio in report["fpr_ratio"].items():
            print(f"  {column}: FPR ratio {ratio if ratio is not None else 'n/a'}; policy {report['policy'][column]['note']}, "
                  f"test ratio {report['policy'][column]['test']['fpr_ratio']}")
        for warning in report["warnings"]:
            print(f"  warning: {warning}")
    return 0


def cmd_rules_batch(args: argparse.Namespace) -> int:
    from werkregie.rules.calc import RuleInputError, batch

    report: list = []
    try:
        with _progress(None, "computing", "persons") as bar:
            count = batch(args.period, Path(args.input), args.compute.split(","), Path(args.output), progress=bar.update, reform=args.reform,
                          report=report)
    except RuleInputError as exc:
        return _rules_error(exc)
    summary: dict = {"persons": count, "output": args.output}
    if report and report[0].passed_through:
        summary["passed_through"] = report[0].passed_through
    if report and report[0].not_in_force:
        summary["in_force"] = report[0].not_in_force
    print(json.dumps(summary))
    return 0


def cmd_manage(args: argparse.Namespace) -> int:
    from django.core.management import execute_from_command_line

    execute_from_command_line(["werkregie manage", *args.rest])
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="werkregie", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    demo = sub.add_parser("demo", help="set up the embedded demo (reference data, population, accounts) and serve it")
    demo.add_argument("--persons", type=int, default=20_000)
    demo.add_argument("--seed", type=int, default=2026)
    demo.add_argument("--no-serve", action="store_true")
    demo.add_argument("--json", action="store_true", help="print the accounts as JSON")
    demo.add_argument("--host", default="127.0.0.1")
    demo.add_argument("--port", type=int, default=8000)
    demo.add_argument("--workers", type=int, default=None)
    demo.set_defaults(func=cmd_demo)

    srv = sub.add_parser("serve", help="serve an existing database with gunicorn")
    srv.add_argument("--host", default="127.0.0.1")
    srv.add_argument("--port", type=int, default=8000)
    srv.add_argument("--workers", type=int, default=None)
    srv.set_defaults(func=cmd_serve)

    gen = sub.add_parser("generate", help="add synthetic persons (progress bar)")
    gen.add_argument("--persons", type=int, required=True)
    gen.add_argument("--seed", type=int, default=2026)
    gen.add_argument("--batch-size", type=int, default=10_000)
    gen.set_defaults(func=cmd_generate)

    ref = sub.add_parser("load-reference", help="load the municipalities and postal codes shipped with werkregie")
    ref.set_defaults(func=cmd_load_reference)

    imp = sub.add_parser("import", help="import data files")
    imp_sub = imp.add_subparsers(dest="what", required=True)
    persons = imp_sub.add_parser("persons", help="import persons from CSV (all-or-nothing; upsert by INSZ)")
    persons.add_argument("file")
    persons.add_argument("--skip-invalid", action="store_true", help="write the valid rows, put the rejects in a file")
    persons.add_argument("--rejects", help="where to write rejected rows (default FILE.rejects.csv)")
    persons.set_defaults(func=cmd_import_persons)

    people = sub.add_parser("people", help="talent register maintenance")
    people_sub = people.add_subparsers(dest="what", required=True)
    dup = people_sub.add_parser("duplicates", help="list groups of possible duplicates (same name and birth date)")
    dup.add_argument("--limit", type=int, default=100)
    dup.add_argument("--user", required=True, help="username of the admin or counsellor who looks (logged as reading each person listed)")
    dup.set_defaults(func=cmd_duplicates)
    merge = people_sub.add_parser("merge", help="merge a duplicate into a surviving person")
    merge.add_argument("survivor", type=int)
    merge.add_argument("duplicate", type=int)
    merge.add_argument("--reason", required=True)
    merge.add_argument("--user", required=True, help="username of the admin or counsellor who merges")
    merge.set_defaults(func=cmd_merge)

    rules = sub.add_parser("rules", help="Flemish rules as code (OpenFisca)")
    rules_sub = rules.add_subparsers(dest="what", required=True)
    calc = rules_sub.add_parser("calc", help="compute variables for one person; prints JSON")
    calc.add_argument("--period", required=True, help="2024, 2024-03, 2024-Q1, 2024-2025 (school year), month:2024-01:3, year:2024-09")
    calc.add_argument("--set", action="append", metavar="NAME[@month|@quarter|@year]=VALUE",
                      help="an input, for the whole period asked or, with @month/@quarter/@year, per month, quarter or year (repeatable)")
    calc.add_argument("--compute", required=True, help="VARIABLE[,VARIABLE]")
    calc.add_argument("--reform", help="compute with a what-if reform (see `werkregie rules list --reforms`)")
    calc.set_defaults(func=cmd_rules_calc)
    rlist = rules_sub.add_parser("list", help="every variable with description, entity, period, unit and legal reference")
    rlist.add_argument("--json", action="store_true")
    rlist.add_argument("--reforms", action="store_true", help="list the what-if reforms instead of the variables")
    rlist.set_defaults(func=cmd_rules_list)
    rbatch = rules_sub.add_parser("batch", help="compute a population from a CSV of inputs (vectorised)")
    rbatch.add_argument("--period", required=True, help="as for calc: 2024, 2024-Q1, 2024-2025, ...")
    rbatch.add_argument("--input", required=True, help="CSV with a header; input columns NAME or NAME@month; other columns pass through")
    rbatch.add_argument("--compute", required=True)
    rbatch.add_argument("--output", required=True)
    rbatch.add_argument("--reform", help="compute with a what-if reform")
    rbatch.set_defaults(func=cmd_rules_batch)
    from werkregie.rules.cli import register_work_pays

    register_work_pays(rules_sub)

    screening = sub.add_parser("screening", help="screening of the distance to the labour market")
    screening_sub = screening.add_subparsers(dest="what", required=True)
    evaluate = screening_sub.add_parser("evaluate", help="audit the screening method on a CSV of past cases (5-fold cross-validation)")
    evaluate.add_argument("--csv", required=True, help="past cases, one per row, with a header")
    evaluate.add_argument("--outcome", required=True, help="the outcome column")
    evaluate.add_argument("--positive", required=True, help="the outcome value that is the positive (flagged) class")
    evaluate.add_argument("--protected", required=True, help="COL[,COL...]: protected attributes, used only to audit")
    evaluate.add_argument("--features", help="COL[,COL...]: the model inputs (default: every other column)")
    evaluate.add_argument("--json", action="store_true", help="print the full report as JSON")
    evaluate.set_defaults(func=cmd_screening_evaluate)
    train = screening_sub.add_parser("train", help="train new 6- and 12-month models on the register's history and score today's job seekers")
    train.add_argument("--no-score", dest="score", action="store_false", help="train only; keep today's scores")
    train.add_argument("--json", action="store_true", help="one line of JSON")
    train.set_defaults(func=cmd_screening_train)
    score = screening_sub.add_parser("score", help="score every current job seeker with the active models (with explanations)")
    score.set_defaults(func=cmd_screening_score)

    match = sub.add_parser("match", help="ESCO matching from the shipped taxonomy (no database): JSON lines, one per input line")
    match_sub = match.add_subparsers(dest="what", required=True)
    title = match_sub.add_parser("title", help="job titles (one per line on stdin) to ranked ESCO occupations")
    title.add_argument("--lang", required=True, help="nl, fr or en")
    title.add_argument("--top", type=int, default=10)
    title.set_defaults(func=cmd_match_title, django=False)
    skills = match_sub.add_parser("skills", help="texts (one per line on stdin) to the ESCO skills they mention, with the span")
    skills.add_argument("--lang", required=True, help="nl, fr or en")
    skills.add_argument("--top", type=int, default=20)
    skills.set_defaults(func=cmd_match_skills, django=False)
    nightly = match_sub.add_parser("nightly", help="top vacancies for every current job seeker in the register (JSON lines, progress on stderr)")
    nightly.add_argument("--top", type=int, default=20)
    nightly.add_argument("--output", help="file to write (default: stdout)")
    nightly.set_defaults(func=cmd_match_nightly)

    for domain in DOMAIN_COMMANDS:
        importlib.import_module(f"werkregie.{domain}.cli").register(sub)

    manage = sub.add_parser("manage", help="run a Django management command")
    manage.add_argument("rest", nargs=argparse.REMAINDER)
    manage.set_defaults(func=cmd_manage)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if getattr(args, "django", True):
        _setup()
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
