"""Who must have a second factor, and whether this session has one.

Superusers, anyone who may use the admin site and CLIP coordinators hold the keys to everyone's data: until they
have enrolled an authenticator app, the only pages they reach are enrolment's (``accounts.middleware``). A sign-in
through an identity provider that reports it asked for a second factor (the ID token's ``amr`` claim, RFC 8176)
counts for that session.

What was decided at sign-in is kept in the session, so an ordinary person's pages cost no extra query. The
coordinator checks (``selectors.user_is_coordinator``, ``require_coordinator``) also read the session's answer,
so someone made a coordinator since they signed in has no coordinator's powers until they have a second factor.
"""

import time

from allauth.mfa.models import Authenticator
from allauth.mfa.utils import is_mfa_enabled
from django.core.exceptions import PermissionDenied

SESSION_REQUIRED = "second_factor_required"
SESSION_PRESENT = "second_factor_present"
# Where this session's second factor came from: the person's authenticator app, or their organisation's sign-in.
FROM_APP = "app"
FROM_PROVIDER = "provider"
SESSION_APP_CHECKED_AT = "second_factor_app_checked_at"
# How long a session trusts that the person still has their authenticator app before asking the database again:
# an app removed in one browser stops counting in the person's other sessions within this time.
APP_RECHECK_SECONDS = 60


class SecondFactorMissing(PermissionDenied):
    """Raised by a check that needs a second factor; the middleware sends the person to enrolment."""


# RFC 8176's methods that prove something held or something one is, as opposed to a password, a knowledge
# question, risk signals or mere presence.
POSSESSION_OR_INHERENCE = {"otp", "hwk", "swk", "sms", "tel", "sc", "fpt", "face", "iris", "retina", "vbm"}


def second_factor_required(*, user) -> bool:
    from .selectors import user_in_coordinators_group

    return bool(user.is_superuser or user.is_staff or user_in_coordinators_group(user=user))


def has_authenticator_app(*, user) -> bool:
    """The factor allauth asks for at sign-in. Recovery codes alone are not one: allauth would not ask for them."""
    return is_mfa_enabled(user, [Authenticator.Type.TOTP])


def provider_reported_multi_factor(*, id_token_claims: dict) -> bool:
    """RFC 8176: "mfa", or a possession or inherence method beside another one (["pwd", "otp"])."""
    methods = id_token_claims.get("amr") or []
    if not isinstance(methods, list):
        return False
    methods = {method for method in methods if isinstance(method, str)}
    return "mfa" in methods or (len(methods) >= 2 and bool(methods & POSSESSION_OR_INHERENCE))


def session_record_sign_in(*, session, user) -> None:
    session[SESSION_REQUIRED] = second_factor_required(user=user)
    session[SESSION_PRESENT] = FROM_APP if has_authenticator_app(user=user) else False
    session[SESSION_APP_CHECKED_AT] = int(time.time())


def session_record_enrolment(*, session, source: str = FROM_APP) -> None:
    session[SESSION_PRESENT] = source
    session[SESSION_APP_CHECKED_AT] = int(time.time())


def session_record_removal(*, session) -> None:
    session[SESSION_PRESENT] = False


def session_has_second_factor(*, session) -> bool:
    return bool(session.get(SESSION_PRESENT))


def session_needs_second_factor(*, session, user) -> bool:
    if SESSION_REQUIRED not in session:  # a session opened before second factors were required
        session[SESSION_REQUIRED] = second_factor_required(user=user)
    required = bool(session[SESSION_REQUIRED]) or user.is_superuser or user.is_staff
    present = session.get(SESSION_PRESENT)
    if required and present == FROM_APP and _app_due_a_check(session):
        session[SESSION_APP_CHECKED_AT] = int(time.time())
        if not has_authenticator_app(user=user):  # removed in another browser: this session's factor went with it
            session_record_removal(session=session)
            present = False
    return required and not present


def _app_due_a_check(session) -> bool:
    return time.time() - session.get(SESSION_APP_CHECKED_AT, 0) > APP_RECHECK_SECONDS
