"""Domain errors. Faces (pages, API, command line) turn them into their own kind of answer."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class FieldError:
    field: str
    message: str
    row: int | None = None

    def as_dict(self) -> dict:
        d = {"field": self.field, "message": str(self.message)}
        if self.row is not None:
            d["row"] = self.row
        return d


class DomainError(Exception):
    status = 400
    title = "Bad request"

    def __init__(self, detail: str = "", errors: list[FieldError] | None = None) -> None:
        super().__init__(detail)
        self.detail = detail
        self.errors = errors or []
        self.extra: dict = {}  # more members of the API's problem (RFC 9457 §3.2), e.g. the current state to retry with


class InvalidInput(DomainError):
    status = 422
    title = "Invalid input"


class BadRequest(DomainError):
    """A request that cannot be read as asked, such as a filter value that is not one of its choices (400): refused,
    never answered as if the value were absent (a list or export of everything)."""

    status = 400
    title = "Bad request"


class NotFound(DomainError):
    status = 404
    title = "Not found"


class Forbidden(DomainError):
    status = 403
    title = "Forbidden"


class Conflict(DomainError):
    status = 409
    title = "Conflict"

    def __init__(self, detail: str = "", errors: list[FieldError] | None = None, existing_id: int | None = None) -> None:
        super().__init__(detail, errors)
        self.existing_id = existing_id


class Gone(DomainError):
    """It existed but will not come back: an expired or revoked link, an export already downloaded (410)."""

    status = 410
    title = "Gone"


class TooManyRequests(DomainError):
    """A user asked for costly work more often than its budget allows (429, with Retry-After)."""

    status = 429
    title = "Too many requests"

    def __init__(self, detail: str = "", retry_after: int = 60) -> None:
        super().__init__(detail)
        self.retry_after = retry_after
