"""Commands of ESCO matching: `werkregie match title|skills|nightly` (title and skills need no database).
Registered by werkregie/cli.py."""

from __future__ import annotations

import argparse
import json
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
    skills.set_defaults(func=cmd_match_skills, django=False)
    nightly = match_sub.add_parser("nightly", help="top vacancies for every current job seeker in the register (JSON lines, progress on stderr)")
    nightly.add_argument("--top", type=int, default=20)
    nightly.add_argument("--output", help="file to write (default: stdout)")
    nightly.set_defaults(func=cmd_match_nightly)

