"""Who must have a second factor, and whether this session has one.

Superusers, anyone who may use the admin site and CLIP coordinators hold the keys to everyone's data: until they
have enrolled an authenticator app, the only pages they reach are enrolment's (``accounts.middleware``). A sign-in
through an identity provider that reports it asked for a second factor (the ID token's ``amr`` claim, RFC 8176)
counts for that session.

What was decided at sign-in is kept in the session, so an ordinary person's pages cost no extra query; the
coordinators' check (``selectors.require_coordinator``) asks again, for someone made a coordinator mid-session.
"""

from allauth.mfa.utils import is_mfa_enabled
from django.core.exceptions import PermissionDenied

SESSION_REQUIRED = "second_factor_required"
SESSION_PRESENT = "second_factor_present"


class SecondFactorMissing(PermissionDenied):
    """Raised by a check that needs a second factor; the middleware sends the person to enrolment."""


def second_factor_required(*, user) -> bool:
    from .selectors import user_is_coordinator

    return bool(user.is_superuser or user.is_staff or user_is_coordinator(user=user))


def provider_reported_multi_factor(*, id_token_claims: dict) -> bool:
    """RFC 8176: "mfa", or two different methods named (a password and a one-time code: ["pwd", "otp"])."""
    methods = id_token_claims.get("amr") or []
    if not isinstance(methods, list):
        return False
    methods = {method for method in methods if isinstance(method, str)}
    return "mfa" in methods or len(methods) >= 2


def session_record_sign_in(*, session, user, provider_multi_factor: bool = False) -> None:
    session[SESSION_REQUIRED] = second_factor_required(user=user)
    session[SESSION_PRESENT] = provider_multi_factor or is_mfa_enabled(user)


def session_record_enrolment(*, session) -> None:
    session[SESSION_PRESENT] = True


def session_has_second_factor(*, session) -> bool:
    return bool(session.get(SESSION_PRESENT))


def session_needs_second_factor(*, session, user) -> bool:
    return not session.get(SESSION_PRESENT) and (
        bool(session.get(SESSION_REQUIRED)) or user.is_superuser or user.is_staff
    )
