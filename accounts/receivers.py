"""What accounts does when allauth confirms an address, signs someone in or changes their second factor."""

from allauth.account.adapter import get_adapter
from allauth.account.signals import email_confirmed, user_signed_up
from allauth.account.signals import user_logged_in as allauth_user_logged_in
from allauth.mfa.models import Authenticator
from allauth.mfa.signals import authenticator_added, authenticator_removed, authenticator_used
from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver

from . import second_factor, services


@receiver(email_confirmed)
def release_other_claims_to_a_confirmed_address(sender, request, email_address, **kwargs):
    services.unconfirmed_email_claims_release(email=email_address.email, keep_user=email_address.user)


@receiver(user_signed_up)
def organisation_from_the_email_domain(sender, request, user, **kwargs):
    """Sign-up and a first sign-in through an organisation alike: a blank organisation is filled from the list of
    public bodies; whatever the person typed is kept."""
    services.user_organisation_fill(user=user)


@receiver(user_logged_in)
def second_factor_decided_at_sign_in(sender, request, user, **kwargs):
    if request is not None and hasattr(request, "session"):
        second_factor.session_record_sign_in(session=request.session, user=user)


@receiver(allauth_user_logged_in)
def second_factor_reported_by_the_provider(sender, request, user, sociallogin=None, **kwargs):
    """An identity provider that says it asked for a second factor (the ID token's amr claim) counts."""
    if sociallogin is None or request is None:
        return
    claims = (sociallogin.account.extra_data or {}).get("id_token") or {}
    if second_factor.provider_reported_multi_factor(id_token_claims=claims):
        second_factor.session_record_enrolment(session=request.session, source=second_factor.FROM_PROVIDER)


@receiver(authenticator_added)
def second_factor_present_once_enrolled(sender, request, user, authenticator, **kwargs):
    if request is not None and authenticator.type == Authenticator.Type.TOTP:
        second_factor.session_record_enrolment(session=request.session)


@receiver(authenticator_removed)
def second_factor_gone_once_removed(sender, request, user, authenticator, **kwargs):
    if request is not None and authenticator.type == Authenticator.Type.TOTP:
        second_factor.session_record_removal(session=request.session)


@receiver(authenticator_used)
def tell_the_person_a_recovery_code_was_used(sender, request, user, authenticator, **kwargs):
    if authenticator.type == Authenticator.Type.RECOVERY_CODES:
        # Read again: the instance sent may be the one from before this code was marked used.
        unused = len(Authenticator.objects.get(pk=authenticator.pk).wrap().get_unused_codes())
        get_adapter(request).send_notification_mail(
            "mfa/email/recovery_code_used", user, context={"unused_codes": unused}
        )
