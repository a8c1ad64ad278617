"""The one test of a "next" or "back" address (and of a link in a message): a path on this site, however it is spelled.
A test of "starts with / and not //" let "/\\evil.example/login" through, which browsers read as //evil.example
(attack round 4, M1); Django's url_has_allowed_host_and_scheme reads the backslash as the browsers do."""

from __future__ import annotations

import unicodedata

from django.utils.http import url_has_allowed_host_and_scheme


def is_local_path(url: object) -> bool:
    """True for a path on this site ("/…"): no scheme, no host (also not as "//x", "/\\x" or with a tab or line break
    the browser drops), no control characters."""
    return (isinstance(url, str) and url.startswith("/") and not any(unicodedata.category(ch)[0] == "C" for ch in url)
            and url_has_allowed_host_and_scheme(url, allowed_hosts=set()))


def safe_next(url: object, fallback: str) -> str:
    """`url` when it is a path on this site, else `fallback` (a form's next/back field, a query's ?next=)."""
    return url if is_local_path(url) else fallback
