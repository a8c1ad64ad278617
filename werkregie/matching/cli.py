"""Commands of ESCO matching: `werkregie match title|skills|nightly` (title and skills need no database).
Registered by werkregie/cli.py."""

from __future__ import annotations

import argparse
import json
import os
import sys

from werkregie.core.commands import progress_bar as _progress


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
    from werkregie.matching.engine.ranking import rank

    index = default_skill_index()
    for text in _stdin_lines():
        # --named: only what the text names (the platform's extraction); else the K most likely, calibrated (issue 18)
        found = index.extract(text, args.lang, args.top) if getattr(args, "named", False) else rank(index, text, args.lang, args.top)
        print(json.dumps({"results": [{"uri": f.uri, "label": f.label, "score": f.score, "span": f.span, **({"implied": True} if f.implied else {})}
                                      for f in found]}, ensure_ascii=False))
    return 0


def cmd_match_nightly(args: argparse.Namespace) -> int:
    """Top vacancies for every current job seeker from the register, written to the database (matching.NightlyMatches);
    with --output also as JSON lines. A summary (counts, seconds) on stdout."""
    from werkregie.core import clock
    from werkregie.matching.nightly import run_nightly, seeking_count

    day = clock.today()
    with _progress(total=seeking_count(day), desc="top vacancies per job seeker", unit="persons") as bar:
        summary = run_nightly(day, top=args.top, workers=getattr(args, "workers", 1), partition_size=getattr(args, "partition_size", 2000),
                              keep_rows=bool(args.output), progress=bar.update)
    rows = summary.pop("rows", [])
    if args.output:
        with open(args.output, "w", encoding="utf-8") as out:
            for person_id, vacancies in rows:
                out.write(json.dumps({"person_id": person_id, "vacancies": [{"id": i, "score": s, "ring": r, "distance_km": d}
                                                                          for i, s, r, d in vacancies]}) + "\n")
    print(json.dumps(summary))
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


def register(sub: argparse._SubParsersAction) -> None:
    match = sub.add_parser("match", help="ESCO matching from the shipped taxonomy (no database): JSON lines, one per input line")
    match_sub = match.add_subparsers(dest="what", required=True)
    title = match_sub.add_parser("title", help="job titles (one per line on stdin) to ranked ESCO occupations")
    title.add_argument("--lang", required=True, help="nl, fr or en")
    title.add_argument("--top", type=int, default=10)
    title.set_defaults(func=cmd_match_title, django=False)
    skills = match_sub.add_parser("skills", help="texts (one per line on stdin) to the ESCO skills they mention, with the span")
    skills.add_argument("--lang", required=True, help="nl, fr or en")
    skills.add_argument("--top", type=int, default=20)
    skills.add_argument("--named", action="store_true", help="only the skills the text names (as the platform extracts them), not the "
                        "K most likely ranked by calibrated probability with implied ones flagged")
    skills.add_argument("--implied", action="store_true", help=argparse.SUPPRESS)  # older scripts: the ranking always includes them
    skills.set_defaults(func=cmd_match_skills, django=False)
    nightly = match_sub.add_parser("nightly", help="top vacancies for every current job seeker in the register, written to the database "
                                   "(a summary on stdout, progress on stderr)")
    nightly.add_argument("--top", type=int, default=20)
    nightly.add_argument("--output", help="also write the results to this file as JSON lines")
    nightly.add_argument("--workers", type=int, default=min(2, os.cpu_count() or 1), help="processes, one core each (default: 2)")
    nightly.add_argument("--partition-size", type=int, default=2000, help="job seekers per partition (each written in one transaction)")
    nightly.set_defaults(func=cmd_match_nightly)

