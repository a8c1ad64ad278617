"""`{% export_section %}`: the "download all my data" block of the citizen's page, with the state of their last export."""

from django import template

from werkregie.accounts.models import Role

register = template.Library()


@register.inclusion_tag("privacy/_export_section.html", takes_context=True)
def export_section(context) -> dict:  # noqa: ANN001
    from ..models import OwnDataExport

    request = context.get("request")
    user = getattr(request, "user", None)
    own = None
    if user is not None and getattr(user, "role", "") == Role.CITIZEN and user.person_id:
        own = OwnDataExport.objects.filter(person_id=user.person_id).first()
    return {"own_export": own, "csrf_token": context.get("csrf_token"), "request": request}
