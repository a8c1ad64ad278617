"""Uploaded evidence (werkregie.core.uploads): type by content, size, outside the web root, all or nothing."""

import hashlib
from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from hypothesis import given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from tests import factories
from werkregie.core import uploads
from werkregie.core.errors import InvalidInput
from werkregie.trajectories.models import StoredFile

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 40
JPEG = b"\xff\xd8\xff\xe0" + b"\x00" * 40


def files_on_disk() -> set[Path]:
    base = uploads.root()
    return {p for p in base.rglob("*") if p.is_file()} if base.exists() else set()


@pytest.mark.parametrize("name,content,ctype", [("cv.pdf", PDF, "application/pdf"), ("foto.png", PNG, "image/png"),
                                                ("foto.JPG", JPEG, "image/jpeg"), ("scan.jpeg", JPEG, "image/pjpeg")])
def test_store_accepts_pdf_jpeg_png_and_records_hash(ref, name, content, ctype):
    p = factories.person()
    stored = uploads.store(SimpleUploadedFile(name, content, content_type=ctype), person_id=p.pk)
    assert stored.sha256 == hashlib.sha256(content).hexdigest()
    assert stored.size == len(content)
    on_disk = uploads.path_of(stored)
    assert on_disk.read_bytes() == content
    assert Path(settings.DATA_DIR) / "uploads" in on_disk.parents
    assert Path(settings.STATIC_ROOT) not in on_disk.parents
    assert uploads.verify(stored)
    body = b"".join(uploads.open_stored(stored).streaming_content)
    assert body == content


@pytest.mark.parametrize("name,content,ctype,message", [
    ("leeg.pdf", b"", "application/pdf", "leeg"),
    ("virus.exe", b"MZ\x90\x00" + b"\x00" * 30, "application/octet-stream", "niet aanvaard"),
    ("fake.pdf", b"<html>not a pdf</html>", "application/pdf", "niet aanvaard"),
    ("foto.pdf", PNG, "application/pdf", "extensie"),
    ("doc.png", PDF, "image/png", "extensie"),
    ("doc.pdf", PDF, "text/html", "type"),
])
def test_bad_uploads_change_nothing(ref, name, content, ctype, message):
    p = factories.person()
    before = files_on_disk()
    with pytest.raises(InvalidInput) as err:
        uploads.store(SimpleUploadedFile(name, content, content_type=ctype), person_id=p.pk, field="bewijs")
    assert message in err.value.detail
    assert err.value.errors[0].field == "bewijs"
    assert StoredFile.objects.count() == 0
    assert files_on_disk() == before


def test_too_large_is_refused_and_leaves_nothing(ref):
    p = factories.person()
    before = files_on_disk()
    big = PDF + b"0" * (uploads.MAX_BYTES + 1 - len(PDF))
    with pytest.raises(InvalidInput, match="te groot"):
        uploads.store(SimpleUploadedFile("groot.pdf", big, content_type="application/pdf"), person_id=p.pk)
    assert StoredFile.objects.count() == 0
    assert files_on_disk() == before
    exact = PDF + b"0" * (uploads.MAX_BYTES - len(PDF))
    assert uploads.store(SimpleUploadedFile("precies.pdf", exact, content_type="application/pdf"), person_id=p.pk).size == uploads.MAX_BYTES


def test_tampered_file_fails_verification_and_orphans_are_discarded(ref):
    p = factories.person()
    stored = uploads.store(SimpleUploadedFile("a.pdf", PDF, content_type="application/pdf"), person_id=p.pk)
    path = uploads.path_of(stored)
    path.write_bytes(PDF + b"x")
    assert not uploads.verify(stored)
    orphan = uploads.root() / "2020" / "orphan.pdf"
    orphan.parent.mkdir(parents=True, exist_ok=True)
    orphan.write_bytes(PDF)
    assert uploads.discard_orphans() >= 1
    assert not orphan.exists() and path.exists()


def test_original_name_is_sanitised(ref):
    p = factories.person()
    stored = uploads.store(SimpleUploadedFile("../../etc/pass<wd>.pdf", PDF, content_type="application/pdf"), person_id=p.pk)
    assert "/" not in stored.original_name and "<" not in stored.original_name
    assert ".." not in stored.path


@hsettings(max_examples=60, deadline=None)
@given(st.binary(min_size=1, max_size=64))
def test_sniff_only_accepts_known_magic(data):
    kind = uploads.sniff(data)
    if kind is None:
        assert not (data.startswith(b"%PDF-") or data.startswith(b"\xff\xd8\xff") or data.startswith(b"\x89PNG\r\n\x1a\n"))
    else:
        assert any(data.startswith(m) for m in kind.magic)
