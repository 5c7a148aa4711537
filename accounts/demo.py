"""Demo people for seed_demo: one per role, with verified email addresses."""

import secrets

from allauth.account.models import EmailAddress
from django.conf import settings
from django.db import transaction

from .models import User
from .services import user_make_coordinator

DEMO_PASSWORD = "cylch-demo-2026"
# The demo's superuser and coordinator must have a second factor, as everywhere: an authenticator app set up with
# this key (DEBUG only) shows their codes, and so does `python manage.py demo_code`.
DEMO_AUTHENTICATOR_KEY = "CYLCHDEMOAUTHENTICATORKEYABCDEFG"

DEMO_PEOPLE = [
    {
        "email": "admin@cylch.example",
        "display_name": "Gwen Parry",
        "organisation": "Cylch",
        "job_title": "Service administrator",
        "team": "Digital",
        "preferred_language": "en",
        "role": "superuser",
    },
    {
        "email": "coordinator@cylch.example",
        "display_name": "Catrin Rowlands",
        "organisation": "Welsh Government",
        "job_title": "CLIP coordinator",
        "team": "Future Generations and Learning",
        "preferred_language": "cy",
        "role": "coordinator",
    },
    {
        "email": "host@cylch.example",
        "display_name": "Dafydd Owen",
        "organisation": "Welsh Government",
        "job_title": "Policy lead",
        "team": "Climate Change",
        "preferred_language": "en",
        "role": "host",
    },
    {
        "email": "member@cylch.example",
        "display_name": "Siân Evans",
        "organisation": "Natural Resources Wales",
        "job_title": "Senior policy officer",
        "team": "Land Management",
        "preferred_language": "cy",
        "role": "member",
    },
    {
        "email": "staff@cylch.example",
        "display_name": "Tom Hughes",
        "organisation": "Public Health Wales",
        "job_title": "Programme manager",
        "team": "Health Improvement",
        "preferred_language": "en",
        "role": "staff",
    },
]


@transaction.atomic
def demo_people_create() -> tuple[list[User], str | None]:
    """Creates or refreshes the demo people; returns them and the shared password (only when DEBUG)."""
    password = DEMO_PASSWORD if settings.DEBUG else None
    people = []
    for details in DEMO_PEOPLE:
        details = dict(details)
        role = details.pop("role")
        user, created = User.objects.get_or_create(email=details["email"], defaults=details)
        if created or password:
            user.set_password(password or secrets.token_urlsafe(32))
        user.is_superuser = role == "superuser"
        # Coordinators edit the plan, its themes and actions, and keep the list of departments, in the admin site.
        user.is_staff = role in ("superuser", "coordinator")
        user.save()
        EmailAddress.objects.update_or_create(user=user, email=user.email, defaults={"verified": True, "primary": True})
        if role == "coordinator":
            user_make_coordinator(user=user)
        if password and role in ("superuser", "coordinator"):
            _demo_authenticator_set_up(user)
        people.append((user, role))
    return people, password


def _demo_authenticator_set_up(user: User) -> None:
    from allauth.mfa.models import Authenticator
    from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
    from allauth.mfa.totp.internal.auth import TOTP

    if not Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists():
        TOTP.activate(user, DEMO_AUTHENTICATOR_KEY)
        RecoveryCodes.activate(user)
