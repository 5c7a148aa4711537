from allauth.account.adapter import DefaultAccountAdapter
from django.conf import settings
from django.core.exceptions import ValidationError
from django.urls import translate_url
from django.utils import translation
from django.utils.translation import gettext as _


class AccountAdapter(DefaultAccountAdapter):
    def clean_email(self, email):
        email = super().clean_email(email).lower()
        allowed = settings.CYLCH_ALLOWED_EMAIL_DOMAINS
        domain = email.rpartition("@")[2]
        if allowed and not any(domain == d or domain.endswith("." + d) for d in allowed):
            raise ValidationError(
                _("Sign-up is open to email addresses at %(domains)s. Use your work email address.")
                % {"domains": ", ".join(allowed)},
                code="domain_not_allowed",
            )
        return email

    def send_mail(self, template_prefix, email, context):
        # Emails go out in the recipient's language, whatever page they used.
        user = context.get("user")
        language = getattr(user, "preferred_language", None) or translation.get_language()
        with translation.override(language):
            return super().send_mail(template_prefix, email, context)

    def get_login_redirect_url(self, request):
        url = super().get_login_redirect_url(request)
        language = getattr(request.user, "preferred_language", None)
        if language:
            url = translate_url(url, language)
        return url
