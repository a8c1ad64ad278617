"""Use cases of the talent register. Every read of personal data goes through the permission functions in
perms.py and writes the access log here, once, so pages, API and exports cannot forget it."""

from .common import MAX_PAGE_SIZE, Page, PersonView, resolve_purpose
from .consents import give_consent, withdraw_consent
from .records import access_log_for_me, get_person, my_person
from .registration import PERSON_FIELDS, duplicate_groups, merge_persons, possible_duplicates, register_person, upsert_person
from .search import ORDER, export_persons, search_branches, search_persons

__all__ = [
    "MAX_PAGE_SIZE",
    "ORDER",
    "PERSON_FIELDS",
    "Page",
    "PersonView",
    "access_log_for_me",
    "duplicate_groups",
    "export_persons",
    "get_person",
    "give_consent",
    "merge_persons",
    "my_person",
    "possible_duplicates",
    "register_person",
    "resolve_purpose",
    "search_branches",
    "search_persons",
    "upsert_person",
    "withdraw_consent",
]
