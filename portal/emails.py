"""Emails to one person, rendered in that person's language."""

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import translation


def email_person(*, recipient, template_prefix: str, context: dict) -> None:
    """Renders ``<prefix>_subject.txt`` and ``<prefix>_body.txt`` in the recipient's language and sends them."""
    context = {**context, "recipient": recipient, "site_url": settings.SITE_URL}
    with translation.override(recipient.preferred_language):
        subject = " ".join(render_to_string(f"{template_prefix}_subject.txt", context).split())
        body = render_to_string(f"{template_prefix}_body.txt", context)
    EmailMessage(subject=subject, body=body, to=[recipient.email]).send()
