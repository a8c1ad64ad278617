"""Searches that may hold an INSZ stay out of URLs (browser history, proxy and server logs): the search form POSTs,
and the URL it leads to (pushed into the history, used by the sort and page links and the CSV download) names the
search text by a token kept in the session (`?zoek=…`), never the text itself."""

from __future__ import annotations

import secrets
from collections.abc import Iterable

from django.http import HttpRequest, HttpResponse, QueryDict
from django.shortcuts import redirect

from werkregie.core.identifiers import looks_like_insz

TOKEN = "zoek"
SESSION_KEY = "zoekteksten"
KEPT = 20  # the session remembers the last searches only
NOT_IN_URL = ("csrfmiddlewaretoken", "q", TOKEN)


def _token_for(request: HttpRequest, text: str) -> str:
    kept = dict(request.session.get(SESSION_KEY, {}))
    token = next((t for t, value in kept.items() if value == text), None)
    if token is None:
        token = secrets.token_urlsafe(9)
        kept[token] = text
        request.session[SESSION_KEY] = dict(list(kept.items())[-KEPT:])
    return token


def url_params(request: HttpRequest) -> QueryDict:
    """The query string for a POSTed search form: its filters as they are, the search text `q` by its token."""
    params = QueryDict(mutable=True)
    for key, values in request.POST.lists():
        if key not in NOT_IN_URL and any(values):
            params.setlist(key, [v for v in values if v])
    text = request.POST.get("q", "").strip()
    if text:
        params[TOKEN] = _token_for(request, text)
    return params


def search_data(request: HttpRequest, params: QueryDict) -> QueryDict:
    """The form's data from a query string: the search text back in `q` where the URL names it by its token."""
    data = params.copy()
    token = data.pop(TOKEN, [""])[-1]
    if token and "q" not in data:
        data["q"] = request.session.get(SESSION_KEY, {}).get(token, "")
    return data


def insz_out_of_url(request: HttpRequest, sections: Iterable[str]) -> HttpResponse | None:
    """A GET whose `q` is an INSZ (a bookmarked, typed or old link; the attack of stop 24 found it answered): redirected
    to the same page with the text by its token, so that the browser's history keeps the token, not the number. Only
    for a role that may search by identity: any other is refused the search as it stands (the page says why)."""
    text = request.GET.get("q", "").strip()
    if request.method != "GET" or "identity" not in sections or not looks_like_insz(text):
        return None
    params = request.GET.copy()
    params.pop("q")
    params[TOKEN] = _token_for(request, text)
    return redirect(f"{request.path}?{params.urlencode()}")


def posted_search(request: HttpRequest) -> tuple[str | None, HttpResponse | None]:
    """For the search form's POST: the URL to push into the history (its text by a token), and for a POST without
    htmx the redirect there. With htmx, `request.GET` becomes that URL's query: the results answer as its GET would.
    (None, None) for a GET."""
    if request.method != "POST":
        return None, None
    params = url_params(request)
    pushed = f"{request.path}?{params.urlencode()}" if params else request.path
    if not request.headers.get("HX-Request"):
        return pushed, redirect(pushed)
    request.GET = params
    return pushed, None
