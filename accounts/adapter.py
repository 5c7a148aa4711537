import base64

from allauth.account.adapter import DefaultAccountAdapter
from allauth.core.exceptions import ImmediateHttpResponse
from allauth.mfa.adapter import DefaultMFAAdapter
from allauth.socialaccount.adapter import DefaultSocialAccountAdapter
from cryptography.fernet import Fernet, InvalidToken
from cryptography.hazmat.primitives.hashes import SHA256
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ImproperlyConfigured, ValidationError
from django.shortcuts import redirect
from django.urls import translate_url
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .models import Language


def email_domain_allowed(email: str) -> bool:
    """ACCOUNT_ALLOWED_DOMAINS: a listed domain or any of its subdomains (empty: every one)."""
    allowed = settings.CYLCH_ALLOWED_EMAIL_DOMAINS
    domain = email.lower().rpartition("@")[2]
    return not allowed or any(domain == d or domain.endswith("." + d) for d in allowed)


def email_domain_vouched_for(email: str, vouched_for: list[str]) -> bool:
    """A provider's OIDC_<NAME>_DOMAINS: each domain exactly, "*.gov.wales" for its subdomains too (wra.gov.wales is
    another body); an empty list means any domain ("*")."""
    domain = email.lower().rpartition("@")[2]
    return not vouched_for or any(
        domain == d or (d.startswith("*.") and (domain == d[2:] or domain.endswith(d[1:]))) for d in vouched_for
    )


def _domains_message() -> str:
    return _("Sign-up is open to email addresses at %(domains)s. Use your work email address.") % {
        "domains": ", ".join(settings.CYLCH_ALLOWED_EMAIL_DOMAINS)
    }


class AccountAdapter(DefaultAccountAdapter):
    def clean_email(self, email):
        email = super().clean_email(email).lower()
        if not email_domain_allowed(email):
            raise ValidationError(_domains_message(), code="domain_not_allowed")
        return email

    def is_open_for_signup(self, request):
        # With password sign-in switched off, accounts are made only through an organisation's sign-in.
        return settings.PASSWORD_SIGN_IN

    def send_mail(self, template_prefix, email, context):
        # Emails go out in the recipient's language, whatever page they used.
        user = context.get("user")
        language = getattr(user, "preferred_language", None) or translation.get_language()
        with translation.override(language):
            return super().send_mail(template_prefix, email, context)

    def send_notification_mail(self, template_prefix, user, context=None, email=None):
        # allauth's security notices (password, email, second factor, a linked provider) leave the person out of
        # the context; send_mail needs them for their language.
        return super().send_notification_mail(template_prefix, user, {**(context or {}), "user": user}, email)

    def get_login_redirect_url(self, request):
        url = super().get_login_redirect_url(request)
        language = getattr(request.user, "preferred_language", None)
        if language:
            url = translate_url(url, language)
        return url


class SocialAccountAdapter(DefaultSocialAccountAdapter):
    """Signing in with an organisation's account (portal/settings/sso.py)."""

    error_messages = {
        **DefaultSocialAccountAdapter.error_messages,
        "email_taken": gettext_lazy(
            "A Cylch account already uses this email address. Sign in to it with your password first, then link "
            "your %s account from your profile’s “Sign-in and security” page."
        ),
        "no_password": gettext_lazy("Your account has no password: sign in with your organisation’s account."),
        "no_verified_email": gettext_lazy("Your account has no confirmed email address."),
        "disconnect_last": gettext_lazy(
            "This is the only way you can sign in, so it cannot be unlinked. Set a password first."
        ),
        "connected_other": gettext_lazy(
            "That account at your organisation is already linked to another Cylch account."
        ),
    }

    def is_open_for_signup(self, request, sociallogin):
        return True

    def pre_social_login(self, request, sociallogin):
        # allauth has already dropped an address its clean_email refused, so the provider's own data is read.
        given = sociallogin.provider.extract_common_fields(sociallogin.account.extra_data).get("email") or ""
        addresses = [address.email for address in sociallogin.email_addresses] or [given]
        # A new account, or a new link to one (allauth's match by address included), only for an allowed domain.
        new_link = sociallogin.account.pk is None
        if new_link and not any(address and email_domain_allowed(address) for address in addresses):
            self._refuse(
                request,
                _(
                    "Signing in with “%(provider)s” gave Cylch the address %(email)s, which cannot be used here. %(domains)s"
                )
                % {
                    "provider": sociallogin.provider.name,
                    "email": given or addresses[0],
                    "domains": _domains_message(),
                },
            )
        vouched_for = sociallogin.provider.app.settings.get("domains") or []
        if not all(email_domain_vouched_for(address, vouched_for) for address in addresses if address):
            self._refuse(
                request,
                _("“%(provider)s” can sign in addresses at %(domains)s only, not %(email)s.")
                % {"provider": sociallogin.provider.name, "domains": ", ".join(vouched_for), "email": addresses[0]},
            )

    def _refuse(self, request, message: str):
        messages.error(request, message)
        raise ImmediateHttpResponse(redirect("account_login"))

    def populate_user(self, request, sociallogin, data):
        user = super().populate_user(request, sociallogin, data)
        name = (data.get("name") or " ".join(filter(None, [data.get("first_name"), data.get("last_name")]))).strip()
        user.display_name = name[:150] or user.email.partition("@")[0]
        language = translation.get_language()
        user.preferred_language = language if language in Language.values else Language.ENGLISH
        return user


def _secrets_cipher() -> Fernet:
    key = HKDF(algorithm=SHA256(), length=32, salt=None, info=b"cylch: second factor secrets").derive(
        settings.MFA_ENCRYPTION_KEY.encode()
    )
    return Fernet(base64.urlsafe_b64encode(key))


ENCRYPTED = "fernet:"


class MFAAdapter(DefaultMFAAdapter):
    def encrypt(self, text: str) -> str:
        """Authenticator keys and recovery seeds are stored encrypted, so a copy of the database (a backup, a
        dump) does not hold everyone's second factor."""
        return ENCRYPTED + _secrets_cipher().encrypt(text.encode()).decode()

    def decrypt(self, encrypted_text: str) -> str:
        try:
            return _secrets_cipher().decrypt(encrypted_text.removeprefix(ENCRYPTED).encode()).decode()
        except InvalidToken as error:
            raise ImproperlyConfigured(
                "A stored authenticator cannot be read with MFA_ENCRYPTION_KEY: it was changed (or SECRET_KEY was, "
                "with MFA_ENCRYPTION_KEY unset). Set it back to the key the authenticators were stored with."
            ) from error

    error_messages = {
        **DefaultMFAAdapter.error_messages,
        "incorrect_code": gettext_lazy("That code is not right: enter the code your authenticator app shows now"),
        "cannot_generate_recovery_codes": gettext_lazy(
            "Set up an authenticator app first: recovery codes stand in for it."
        ),
        "unverified_email": gettext_lazy(
            "Confirm your email address first: open the link Cylch emailed you, then set up two-factor authentication."
        ),
        "add_email_blocked": gettext_lazy(
            "Your account is protected by two-factor authentication, so a new email address cannot be added here. "
            "Ask a Cylch administrator to change it."
        ),
    }
