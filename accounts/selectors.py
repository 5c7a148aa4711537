from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db.models.functions import Lower

from .models import PublicBody, PublicBodyDomain, User


def user_in_coordinators_group(*, user: User) -> bool:
    """CLIP coordinators are members of one Django group, named in settings."""
    if not user.is_authenticated:
        return False
    return user.groups.filter(name=settings.COORDINATORS_GROUP).exists()


def _second_factor_missing(user: User) -> bool:
    # Set on the person for each request by accounts.middleware; absent outside a request (tasks, commands).
    return getattr(user, "second_factor_present", True) is False


def user_is_coordinator(*, user: User) -> bool:
    """Whether the person acts as a CLIP coordinator: in the group, and (on a request) signed in with a second
    factor. Every coordinator's power asks this."""
    return user_in_coordinators_group(user=user) and not _second_factor_missing(user)


def require_coordinator(*, user: User) -> None:
    """The check of every coordinators-only page and action: 403 for anyone who is not a coordinator, and
    set-up of a second factor for a coordinator whose session has none (accounts.second_factor)."""
    from .second_factor import SecondFactorMissing

    if not user_in_coordinators_group(user=user):
        raise PermissionDenied
    if _second_factor_missing(user):
        raise SecondFactorMissing


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
        "is_coordinator": user_in_coordinators_group(user=user),
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


def public_body_for_email(*, email: str) -> PublicBody | None:
    """The body whose domain is the address's own or the nearest one above it (a@wra.gov.wales is the Welsh Revenue
    Authority's, a@x.gov.wales the Welsh Government's); one query."""
    _local_part, at, domain = email.strip().rpartition("@")
    labels = domain.rstrip(".").lower().split(".")
    if not at or not all(labels):
        return None
    # Whole labels only, so evilgov.wales never matches gov.wales; a single label is never on the list.
    candidates = [".".join(labels[start:]) for start in range(len(labels) - 1)]
    matches = PublicBodyDomain.objects.filter(domain__in=candidates).select_related("body")
    closest = max(matches, key=lambda match: len(match.domain), default=None)
    return closest.body if closest else None


def _provider_name(account) -> str:
    from allauth.socialaccount.models import SocialApp

    try:
        return account.get_provider().name
    except SocialApp.DoesNotExist:  # a provider since removed from the settings
        return account.provider


def sign_in_security_for(*, user: User) -> dict:
    """What the "Sign-in and security" page says about the person's second factor and linked organisations."""
    from allauth.mfa.models import Authenticator
    from allauth.socialaccount.models import SocialAccount

    from .second_factor import second_factor_required

    authenticators = {a.type: a for a in Authenticator.objects.filter(user=user)}
    recovery = authenticators.get(Authenticator.Type.RECOVERY_CODES)
    linked_accounts = list(SocialAccount.objects.filter(user=user))
    linked = [_provider_name(account) for account in linked_accounts]
    return {
        "second_factor_required": second_factor_required(user=user),
        "authenticator_app_on": Authenticator.Type.TOTP in authenticators,
        "recovery_codes_unused": len(recovery.wrap().get_unused_codes()) if recovery else 0,
        "has_recovery_codes": recovery is not None,
        "linked_providers": linked,
        "linked_provider_ids": {account.provider for account in linked_accounts},
        "has_usable_password": user.has_usable_password(),
    }
