"""API of appointments under /api/v1 (mounted in werkregie/api/api.py)."""

from ninja import Router

router = Router(tags=["appointments"])
