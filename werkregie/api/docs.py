"""Pieces of the OpenAPI document that several routers share."""

from __future__ import annotations

import ninja


def file_download(description: str, *content_types: str) -> dict:
    """`openapi_extra` for an operation that answers 200 with a file of these types. The key is the integer 200, the
    one django-ninja itself uses: a string "200" would sit beside ninja's own 200 and the served JSON would repeat the
    key (Swagger UI then refuses the whole document: "duplicated mapping key")."""
    return {"responses": {200: {"description": description, "content": {t: {"schema": {"type": "string", "format": "binary"}}
                                                                          for t in content_types}}}}


class Swagger(ninja.Swagger):
    """Swagger UI at /api/v1/docs, from our copy of ninja's template that says the page's language (English)."""

    template = "api/swagger.html"
