"""Errors beside a field that name it and say what to enter (GOV.UK's error message guidance).

Django's own length message names no field and leaves its numbers unformatted; here the limit and what was written
are said with thousands separators ("6,000", "6,412"), and the text stays in the form: templates write no
``maxlength``, so a browser never cuts a pasted text short.
"""

from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator
from django.utils import formats
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _


class CountedMaxLength(MaxLengthValidator):
    """Refuses text over the limit, giving the message the limit and the length written, formatted."""

    def __call__(self, value):
        written = self.clean(value)
        if written > self.limit_value:
            raise ValidationError(
                self.message,
                code="max_length",
                params={
                    "limit_value": formats.number_format(self.limit_value, force_grouping=True),
                    "show_value": formats.number_format(written, force_grouping=True),
                    "value": value,
                },
            )


def text_limit(field, *, name=None, limit=None, message=None) -> None:
    """Says a text field's length limit beside it: ``message`` as given, or the field's ``name`` (its label
    otherwise) in one sentence that each language words round the name."""
    if limit is not None:
        field.max_length = limit
    field.validators = [v for v in field.validators if not isinstance(v, MaxLengthValidator)]
    field.validators.append(CountedMaxLength(field.max_length))
    field.error_messages["max_length"] = message or format_lazy(
        _("{name} must be %(limit_value)s characters or fewer (you have written %(show_value)s)."),
        name=name or field.label,
    )
