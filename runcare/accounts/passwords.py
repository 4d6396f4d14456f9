"""Password rules beyond Django's validators."""

from typing import Any

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

MAX_PASSWORD_LENGTH = 256  # ASVS asks us to allow at least 64; the cap bounds hashing work


class MaximumLengthValidator:
    def validate(self, password: str, user: Any = None) -> None:
        if len(password) > MAX_PASSWORD_LENGTH:
            raise ValidationError(
                _("Use at most %(n)d characters.") % {"n": MAX_PASSWORD_LENGTH},
                code="password_too_long",
            )

    def get_help_text(self) -> str:
        return _("At most %(n)d characters; long passphrases are welcome.") % {
            "n": MAX_PASSWORD_LENGTH
        }
