"""Writes to accounts, with an explicit actor where one exists."""

from __future__ import annotations

from django.contrib.auth import password_validation
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction

from runcare.accounts.models import Role, User
from runcare.organisations.models import OrgAdmin, Organisation


class CreateUserError(Exception):
    pass


@transaction.atomic
def create_user(*, email: str, role: str, name: str, password: str, org_code: str = "") -> User:
    email = email.strip().lower()
    try:
        validate_email(email)
    except ValidationError:
        raise CreateUserError(f"{email!r} is not an e-mail address") from None
    if role not in Role.values:
        raise CreateUserError(f"role must be one of {', '.join(Role.values)}")
    if User.objects.filter(email__iexact=email).exists():
        raise CreateUserError(f"an account with {email} already exists")
    probe = User(email=email, first_name=name)
    try:
        password_validation.validate_password(password, probe)
    except ValidationError as exc:
        raise CreateUserError("password: " + " ".join(exc.messages)) from None
    org = None
    if org_code:
        org = Organisation.objects.filter(code__iexact=org_code).first()
        if org is None:
            raise CreateUserError(f"no organisation with code {org_code!r}")
    user = User.objects.create_user(
        email, password, role=role, first_name=name, is_staff=role == Role.STAFF
    )
    if org is not None and role == Role.ORG_ADMIN:
        OrgAdmin.objects.create(user=user, organisation=org)
    return user
