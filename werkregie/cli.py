"""The `werkregie` command: demo, serve, generate, import, audit, reference data and Django's own commands."""

from __future__ import annotations

import argparse
import importlib
import json
import os
import sys

# OpenMP threads that wait for work sleep instead of spinning. Set before numpy, scikit-learn or LightGBM load their
# OpenMP runtime (it reads this once). On a machine whose cores are busy (a server's workers, a test run beside it),
# spinning threads take turns with the thread they wait for: the demo's screening training took 176 s a step with
# spinning and 16 s with sleeping threads at load 12 on 2 cores. A user's own setting wins.
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")

from werkregie.core.commands import migrate  # noqa: F401 - migrate: also for bench/ and tests
from werkregie.core.commands import progress_bar as _progress
from werkregie.matching.cli import cmd_match_nightly  # noqa: F401 - the nightly batch, run by name from the task runner and tests

# Domains whose commands live in their own `cli.py` (each has a `register(subparsers)`).
DOMAIN_COMMANDS = ("people", "rules", "screening", "matching", "access", "messaging", "worklist", "trajectories", "appointments", "compliance", "community", "kpis", "training", "credentials", "batch")
# Their demo data, in this order (later domains build on earlier ones), after the population, screening and matching.
DOMAIN_DEMOS = ("organisations", "trajectories", "appointments", "compliance", "community", "messaging", "worklist", "training", "credentials", "learning", "careers", "kpis")
# Modules that add subcommands to the one `careers` group (each has a `register_careers(careers_subparsers)`).
CAREERS_COMMANDS = ("learning", "careers")


def _setup() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "werkregie.settings")
    import django

    django.setup()






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
    from werkregie.demo.services import demo_applications

    demo_applications()  # from persons whose profile fits the demo employer's vacancy: after the profiles


def _seed_domains() -> None:
    from werkregie.demo import message_times

    for domain in DOMAIN_DEMOS:
        if domain == "worklist":  # the past years' trajectories and agreements, before the sweep looks for deadlines
            from werkregie.core import clock
            from werkregie.demo import agreement_history

            agreement_history.seed(clock.today())
        with _progress(total=None, desc=f"demo {domain}", unit="rows") as bar:
            importlib.import_module(f"werkregie.{domain}.demo").seed(progress=bar.update)
        message_times.deliver_in_time()  # the domain's messages sent, delivered and read at their own times


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
        from werkregie.screening.cli import train_and_score

        train_and_score()
    accounts = create_demo_accounts()
    demo_assessments()
    _seed_matching()
    _seed_domains()
    from werkregie.organisations.demo import with_employer_accounts

    accounts = with_employer_accounts(accounts)  # the recruiter too, with each employer account's role inside the employer
    if args.json:
        print(json.dumps(accounts, indent=2))
    else:
        print("\nDemo accounts (passwords and tokens are new at every start):")
        print(f"{'role':<13} {'username':<12} {'password':<18} token")
        for a in accounts:
            role = f"{a['role']} ({a['employer_role']})" if a.get("employer_role") else a["role"]
            print(f"{role:<13} {a['username']:<12} {a['password']:<18} {a['token']}")
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
    from werkregie.careers.signal_messages import ensure_schedule as ensure_signals_schedule

    ensure_signals_schedule()
    from werkregie.batch.tasks import ensure_schedules as ensure_batch_schedules

    ensure_batch_schedules()

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
        import time

        from werkregie.kpis import report
        from werkregie.matching.warm import warm_worker

        timings = warm_worker()
        started = time.perf_counter()
        try:  # the transparency report's PDF library (after the fork: its fonts and C libraries are the worker's own)
            report.warm()
            timings["report"] = round(time.perf_counter() - started, 3)
        except Exception as exc:  # noqa: BLE001 - a machine without Pango: the report answers its own error, the rest works
            print(f"warm start: the PDF library not loaded ({exc})", file=sys.stderr, flush=True)
        print(f"worker {os.getpid()} ready: {timings}", file=sys.stderr, flush=True)


def _warm_figures() -> None:
    """Today's KPI figures into the master's cache, shared by the workers, and the analyst's statistics into the file
    cache (a register without the tables yet: skipped, the first page computes them)."""
    import time

    from django.db import connections

    from werkregie.core import clock
    from werkregie.kpis import figures
    from werkregie.people import stats_export

    for name, load in (("KPI breakdowns", lambda: figures.preload(clock.today())), ("statistics", stats_export.daily_figures)):
        started = time.perf_counter()
        try:
            load()
            print(f"warm start: {name} in {time.perf_counter() - started:.2f} s", file=sys.stderr, flush=True)
        except Exception as exc:  # noqa: BLE001 - the first page computes them instead
            print(f"warm start: {name} not loaded ({exc})", file=sys.stderr, flush=True)
        finally:
            connections.close_all()  # never hand an open connection to forked workers


# gunicorn's own limits answer in HTML before the platform sees the request (414 for a request line over 4094 bytes by
# default): raised to gunicorn's maximum, so that any query the pages and API can take (every text parameter has a
# maximum of a few hundred characters) reaches the app, which answers a too long one as a 422 problem naming it. A
# request line over 8190 bytes still gets gunicorn's 414: no client of the platform builds one.
REQUEST_LIMITS = {"limit_request_line": 8190}


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
            for name, value in REQUEST_LIMITS.items():
                self.cfg.set(name, value)
            self.cfg.set("on_exit", lambda server: _stop_task_worker(worker))
            # warm start (issue 16): load the taxonomy, vectors and match index once in the master, shared by the
            # forked workers; each worker starts its embedding engine before it accepts a connection
            self.cfg.set("preload_app", os.environ.get("WERKREGIE_WARM_START", "1") != "0")
            self.cfg.set("post_worker_init", lambda w: _warm_worker())

        def load(self):  # noqa: ANN202
            if self.cfg.preload_app:
                from werkregie.matching.warm import warm_shared

                print(f"warm start: {warm_shared()}", file=sys.stderr, flush=True)
                _warm_figures()
                import gc

                # What the master loaded (taxonomy, vectors, match index: millions of objects) lives as long as the
                # workers. Frozen, the collector's full passes skip it: no pause of hundreds of milliseconds in the
                # middle of a request (the p99 of GET person), and no copy-on-write of the shared pages by the collector.
                gc.collect()
                gc.freeze()
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
    importlib.import_module("werkregie.people.cli").register_import(imp_sub)
    importlib.import_module("werkregie.vacancies.cli").register_import(imp_sub)

    for domain in DOMAIN_COMMANDS:
        importlib.import_module(f"werkregie.{domain}.cli").register(sub)

    careers = sub.add_parser("careers", help="Mijn Loopbaan: the learning and career account (and more to come)")
    careers_sub = careers.add_subparsers(dest="careers_command", required=True)
    for domain in CAREERS_COMMANDS:
        importlib.import_module(f"werkregie.{domain}.cli").register_careers(careers_sub)

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
