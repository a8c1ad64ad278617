"""CSV import: checked first, all-or-nothing, --skip-invalid with a rejects file, idempotent, crash-safe."""

import csv
from pathlib import Path

import pytest

from werkregie.cli import main
from werkregie.people import importer
from werkregie.people.models import Person, PersonLanguage

HEADER = "insz,first_name,last_name,birth_date,sex,nationality,municipality,postal_code,languages,email\n"
GOOD = [
    "85073003328,Ann,Peeters,1985-07-30,F,BE,44021,9000,nl:native;en:B2,ann@example.org",
    "90051712321,Jan,Maes,17/05/1990,M,BE,11002,2000,nl:native,",
    "02042012345,Youssef,El Amrani,2002-04-20,M,MA,,9000,ar:native;nl:A2,",
]


def _fix(insz: str) -> str:
    base = insz[:9]
    prefix = "2" if base[0] in "012" else ""
    return base + f"{97 - int(prefix + base) % 97:02d}"


def write(tmp_path: Path, lines: list[str], name: str = "persons.csv") -> Path:
    path = tmp_path / name
    rows = []
    for line in lines:
        parts = line.split(",")
        if parts[0].isdigit() and len(parts[0]) == 11 and not parts[0].endswith("!"):
            parts[0] = _fix(parts[0])
        rows.append(",".join(parts))
    path.write_text(HEADER + "\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_valid_file_is_imported(tmp_path, ref, capsys):
    assert main(["import", "persons", str(write(tmp_path, GOOD))]) == 0
    assert Person.objects.count() == 3
    assert '"created": 3' in capsys.readouterr().out
    assert PersonLanguage.objects.filter(language="nl", level="A2").count() == 1


def test_any_error_writes_nothing_and_names_row_and_column(tmp_path, ref, capsys):
    bad = GOOD + ["12345678901!,Piet,Janssens,1970-01-01,M,BE,44021,,,", "85073003328,,Peeters,1985-07-30,F,XX,99999,,nl:Q1,not-an-email"]
    path = write(tmp_path, bad)
    path.write_text(path.read_text().replace("12345678901!", "12345678901"))
    assert main(["import", "persons", str(path)]) == 1
    err = capsys.readouterr().err
    assert "row 5, column insz" in err
    assert "row 6, column first_name" in err and "row 6, column nationality" in err and "row 6, column municipality" in err
    assert "row 6, column languages" in err and "row 6, column email" in err
    assert "nothing was written" in err
    assert Person.objects.count() == 0


def test_skip_invalid_writes_valid_rows_and_rejects_the_rest(tmp_path, ref):
    path = write(tmp_path, GOOD + ["85073003328,Dubbel,Peeters,1985-07-30,F,BE,44021,,,"])
    rejects = tmp_path / "rejects.csv"
    assert main(["import", "persons", str(path), "--skip-invalid", "--rejects", str(rejects)]) == 0
    assert Person.objects.count() == 3
    rows = list(csv.DictReader(rejects.open()))
    assert len(rows) == 1 and rows[0]["row"] == "5" and "zelfde INSZ-nummer als rij 2" in rows[0]["errors"]


def test_importing_the_same_file_again_changes_nothing(tmp_path, ref, capsys):
    path = write(tmp_path, GOOD)
    main(["import", "persons", str(path)])
    before = list(Person.objects.order_by("pk").values())
    capsys.readouterr()
    assert main(["import", "persons", str(path)]) == 0
    assert '"unchanged": 3' in capsys.readouterr().out
    assert list(Person.objects.order_by("pk").values()) == before


def test_a_changed_row_updates_by_insz(tmp_path, ref, capsys):
    main(["import", "persons", str(write(tmp_path, GOOD))])
    changed = [GOOD[0].replace("Peeters", "Peeters-Maes")] + GOOD[1:]
    capsys.readouterr()
    main(["import", "persons", str(write(tmp_path, changed, "v2.csv"))])
    assert '"updated": 1' in capsys.readouterr().out
    assert Person.objects.filter(last_name="Peeters-Maes").count() == 1 and Person.objects.count() == 3


def test_a_crash_halfway_leaves_nothing(tmp_path, ref, monkeypatch):
    calls = {"n": 0}
    real = importer.upsert_person

    def crashing(clean):
        calls["n"] += 1
        if calls["n"] == 2:
            raise RuntimeError("disk full")
        return real(clean)

    monkeypatch.setattr(importer, "upsert_person", crashing)
    with pytest.raises(RuntimeError):
        importer.import_persons(write(tmp_path, GOOD))
    assert Person.objects.count() == 0


@pytest.mark.parametrize("content, message", [
    (b"", "empty"),
    (b"\x00\x01\x02garbage\xff", "binary"),
    (b"\xff\xfeinsz\n", "UTF-8"),
    (b"name,age\nAnn,3\n", "lacks required column"),
    (HEADER.replace("email", "shoe_size").encode(), "unknown column"),
    ((HEADER + "1,2,3,4,5,6,7,8,9,10,11,12\n").encode(), "more fields"),
])
def test_unreadable_files_get_a_clear_error(tmp_path, ref, capsys, content, message):
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    assert main(["import", "persons", str(path)]) == 1
    assert message in capsys.readouterr().err
    assert Person.objects.count() == 0


def test_semicolon_separated_files_from_spreadsheets(tmp_path, ref):
    path = write(tmp_path, GOOD[:1])
    text = path.read_text().replace(",", ";").replace("nl:native;en:B2", "nl:native|en:B2")
    path.write_text(text)
    assert main(["import", "persons", str(path)]) == 0
    assert Person.objects.get().languages.count() == 2
