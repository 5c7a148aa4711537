"""Secrets that travel in URLs (private calendar feeds, unsubscribe links, email confirmation and password reset
keys, and the code and state an identity provider sends back at sign-in) are replaced by "…" before a request line reaches a log: Django's own request logging and gunicorn's
access log both go through ``redact_secrets``."""

import logging
import re
from urllib.parse import unquote

from gunicorn.glogging import Logger as GunicornLogger

REDACTED = "…"
SECRET_IN_PATH = re.compile(
    r"(?P<before>/calendar/|/unsubscribe/|/confirm-email/|/password/reset/key/)(?P<secret>[^/?#\s\"]+)"
)

SECRET_IN_QUERY = re.compile(r"(?P<before>[?&](?:code|state)=)(?P<secret>[^&#\s\"]+)")


def redact_secrets(text: str) -> str:
    """The text with every secret in a URL path replaced; percent-encoded paths (``/calendar%2F…``, which Django
    also serves) are decoded first, so no spelling of the path slips through."""
    if "%" in text:
        text = unquote(text)

    def keep_suffix(match: re.Match) -> str:
        secret = match.group("secret")
        suffix = ".ics" if secret.endswith(".ics") else ""
        return match.group("before") + REDACTED + suffix

    text = SECRET_IN_PATH.sub(keep_suffix, text)
    return SECRET_IN_QUERY.sub(lambda match: match.group("before") + REDACTED, text)


class RedactSecretsFilter(logging.Filter):
    """For Django's loggers (``django.request`` logs "Not Found: <path>", ``django.server`` the request line)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.msg, str):
            record.msg = redact_secrets(record.msg)
        if isinstance(record.args, tuple):
            record.args = tuple(redact_secrets(arg) if isinstance(arg, str) else arg for arg in record.args)
        elif isinstance(record.args, dict):
            record.args = {
                key: redact_secrets(value) if isinstance(value, str) else value for key, value in record.args.items()
            }
        return True


class RedactingGunicornLogger(GunicornLogger):
    """gunicorn's access log with every atom that can hold a URL (request line, path, query, referrer) redacted."""

    def atoms(self, resp, req, environ, request_time):
        atoms = super().atoms(resp, req, environ, request_time)
        return {key: redact_secrets(value) if isinstance(value, str) else value for key, value in atoms.items()}

    def exception(self, msg, *args, **kwargs):
        """gunicorn's error log names the raw request URI when a request fails ("Error handling request …")."""
        super().exception(
            redact_secrets(str(msg)), *(redact_secrets(a) if isinstance(a, str) else a for a in args), **kwargs
        )
