from django.conf import settings
from django.core.checks import Error, Tags, register


@register(Tags.compatibility)
def allowed_email_domains_are_domains(app_configs, **kwargs):
    errors = []
    for domain in settings.CYLCH_ALLOWED_EMAIL_DOMAINS:
        if "." not in domain or " " in domain or "@" in domain:
            errors.append(
                Error(
                    f"ACCOUNT_ALLOWED_DOMAINS contains {domain!r}, which is not a domain name.",
                    hint='List bare domains separated by commas, e.g. "gov.wales,example.org".',
                    id="cylch.E001",
                )
            )
    return errors
