"""The Django admin logs the personal data it shows, like every other page (the attack of stop 24: an administrator
opened a person's sanction case and credential in the admin, and the person's "Wie heeft mijn gegevens geraadpleegd"
never showed it). A ModelAdmin that shows a person's data mixes in `LogsPersonalReads` and says how to reach the person
from a row (`person_path`); its change page logs a read of the record, its list a read of each person listed."""

from __future__ import annotations

from django.contrib.admin.utils import unquote
from django.http import HttpRequest, HttpResponse

from .models import Channel, Shown
from .purposes import Purpose
from .services import Actor, record_access


class LogsPersonalReads:
    person_path = "person_id"  # attributes from a row to the person's id, dotted ("case.person_id")

    def _person_id(self, obj: object) -> int | None:
        for name in self.person_path.split("."):
            obj = getattr(obj, name, None)
            if obj is None:
                return None
        return int(obj)

    def _log(self, request: HttpRequest, objects: list, what: str, shown: str) -> None:
        ids = [pid for pid in (self._person_id(obj) for obj in objects) if pid is not None]
        user = request.user
        org = user.organisation.name if getattr(user, "organisation_id", None) else ""
        actor = Actor(user_id=user.pk, label=user.get_full_name() or user.username, role=getattr(user, "role", ""), organisation_name=org)
        record_access(actor, ids, what, Purpose.ADMINISTRATION, Channel.WEB, shown)

    def change_view(self, request: HttpRequest, object_id: str, form_url: str = "", extra_context: dict | None = None) -> HttpResponse:
        response = super().change_view(request, object_id, form_url, extra_context)
        if response.status_code == 200:
            obj = self.get_object(request, unquote(object_id))
            if obj is not None:
                self._log(request, [obj], f"beheer: {self.model._meta.verbose_name}", Shown.RECORD)
        return response

    def changelist_view(self, request: HttpRequest, extra_context: dict | None = None) -> HttpResponse:
        response = super().changelist_view(request, extra_context)
        changelist = (getattr(response, "context_data", None) or {}).get("cl")
        if response.status_code == 200 and changelist is not None:
            self._log(request, list(changelist.result_list), f"beheer: lijst {self.model._meta.verbose_name_plural}", Shown.LIST)
        return response
