from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db.models.functions import Lower

from .models import User


def user_is_coordinator(*, user: User) -> bool:
    """CLIP coordinators are members of one Django group, named in settings."""
    if not user.is_authenticated:
        return False
    return user.groups.filter(name=settings.COORDINATORS_GROUP).exists()


def require_coordinator(*, user: User) -> None:
    """The check of every coordinators-only page and action: 403 for anyone who is not a coordinator."""
    if not user_is_coordinator(user=user):
        raise PermissionDenied


def coordinators():
    return User.objects.filter(groups__name=settings.COORDINATORS_GROUP, is_active=True)


def user_data_for(*, user: User) -> dict:
    """The person's own account details, for their download (never the password hash)."""
    from allauth.account.models import EmailAddress

    return {
        "email": user.email,
        "display_name": user.display_name,
        "organisation": user.organisation,
        "job_title": user.job_title,
        "team": user.team,
        "preferred_language": user.preferred_language,
        "date_joined": user.date_joined,
        "last_login": user.last_login,
        "is_coordinator": user_is_coordinator(user=user),
        "may_use_admin_site": user.is_staff,
        "email_addresses": [
            {"email": address.email, "verified": address.verified, "primary": address.primary}
            for address in EmailAddress.objects.filter(user=user).order_by("pk")
        ],
    }


def users_by_email(*, emails) -> dict[str, User]:
    """The accounts with these addresses, keyed by the address as given (matched without regard to case)."""
    wanted = {email.strip().lower(): email for email in emails if email.strip()}
    found = User.objects.annotate(email_lower=Lower("email")).filter(email_lower__in=list(wanted))
    by_lower = {user.email.lower(): user for user in found}
    return {given: by_lower[lower] for lower, given in wanted.items() if lower in by_lower}
