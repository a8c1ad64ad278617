"""The platform's login form. The throttle itself sits in the authentication backends (throttle.py); this form only
says so when a login was refused because of it."""

from __future__ import annotations

from django.contrib.auth.forms import AuthenticationForm
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy


class LoginForm(AuthenticationForm):
    error_messages = {
        **AuthenticationForm.error_messages,
        "locked": gettext_lazy("Te veel mislukte aanmeldpogingen. Probeer het later opnieuw."),
    }

    def __init__(self, *args, **kwargs) -> None:  # noqa: ANN002, ANN003
        super().__init__(*args, **kwargs)
        # no autofocus: it skips the skip link and the page's heading for keyboard and screen-reader users
        self.fields["username"].widget.attrs.pop("autofocus", None)

    def clean(self) -> dict:
        try:
            return super().clean()
        except ValidationError:
            if self.request is not None and getattr(self.request, "axes_locked_out", False) and self._refused_by_throttle():
                raise ValidationError(self.error_messages["locked"], code="locked") from None
            raise

    def _refused_by_throttle(self) -> bool:
        # axes marks the request both when this attempt was refused and when this failure started a cool-off; the
        # failure that starts one still answers "wrong username or password" (it was checked), the next ones "paused"
        return getattr(self.request, "axes_failures_since_start", None) is None
