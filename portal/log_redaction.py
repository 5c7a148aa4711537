"""Secrets that travel in URLs (private calendar feeds, unsubscribe links, email confirmation and password reset
keys) are replaced by "…" before a request line reaches a log: Django's own request logging and gunicorn's
access log both go through ``redact_secrets``."""

import logging
import re

from gunicorn.glogging import Logger as GunicornLogger

REDACTED = "…"
SECRET_IN_PATH = re.compile(
    r"(?P<before>/calendar/|/unsubscribe/|/confirm-email/|/password/reset/key/)(?P<secret>[^/?#\s\"]+)"
)


def redact_secrets(text: str) -> str:
    def keep_suffix(match: re.Match) -> str:
        secret = match.group("secret")
        suffix = ".ics" if secret.endswith(".ics") else ""
        return match.group("before") + REDACTED + suffix

    return SECRET_IN_PATH.sub(keep_suffix, text)


class RedactSecretsFilter(logging.Filter):
    """For Django's loggers (``django.request`` logs "Not Found: <path>", ``django.server`` the request line)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.msg, str):
            record.msg = redact_secrets(record.msg)
        if isinstance(record.args, tuple):
            record.args = tuple(redact_secrets(arg) if isinstance(arg, str) else arg for arg in record.args)
        elif isinstance(record.args, dict):
            record.args = {key: redact_secrets(value) if isinstance(value, str) else value
                           for key, value in record.args.items()}
        return True


class RedactingGunicornLogger(GunicornLogger):
    """gunicorn's access log with every atom that can hold a URL (request line, path, query, referrer) redacted."""

    def atoms(self, resp, req, environ, request_time):
        atoms = super().atoms(resp, req, environ, request_time)
        return {key: redact_secrets(value) if isinstance(value, str) else value for key, value in atoms.items()}
