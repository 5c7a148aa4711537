import re

from django.contrib.auth.models import AbstractBaseUser, BaseUserManager, PermissionsMixin
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Language(models.TextChoices):
    ENGLISH = "en", _("English")
    WELSH = "cy", _("Welsh")


class UserManager(BaseUserManager):
    use_in_migrations = True

    def _create_user(self, email, password, **extra_fields):
        if not email:
            raise ValueError("An email address is required.")
        user = self.model(email=self.normalize_email(email).lower(), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email, password=None, **extra_fields):
        extra_fields.update(is_staff=True, is_superuser=True)
        return self._create_user(email, password, **extra_fields)


class User(AbstractBaseUser, PermissionsMixin):
    """A person using Cylch. Signs in with their email address.

    ``is_staff`` keeps Django's meaning (may use the admin site); every
    verified user is "staff" in the portal's sense.
    """

    email = models.EmailField(_("email address"), unique=True)
    display_name = models.CharField(_("display name"), max_length=150)
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    job_title = models.CharField(_("job title or role"), max_length=200, blank=True)
    team = models.CharField(_("team"), max_length=200, blank=True)
    preferred_language = models.CharField(
        _("preferred language"), max_length=2, choices=Language.choices, default=Language.ENGLISH
    )
    is_active = models.BooleanField(_("active"), default=True)
    is_staff = models.BooleanField(_("may use the admin site"), default=False)
    date_joined = models.DateTimeField(_("date joined"), default=timezone.now)

    objects = UserManager()

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS = ["display_name"]

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
        ordering = ["display_name", "email"]

    def __str__(self):
        return self.display_name or self.email

    def get_full_name(self):
        return self.display_name or self.email

    def get_short_name(self):
        return self.display_name or self.email


# A domain name: dot-separated labels of letters, digits and inner hyphens, ending in a top-level domain of letters
# (or an internationalised one, xn--...). At least two labels, so "wales" alone never covers a whole country.
DOMAIN_NAME = re.compile(r"^(?=.{4,253}$)(?:(?!-)[a-z0-9-]{1,63}(?<!-)\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$")


class PublicBody(models.Model):
    """A Welsh public body on the managed list, whose email domains fill in a newcomer's organisation."""

    name = models.CharField(_("name (English)"), max_length=200, unique=True)
    name_cy = models.CharField(_("name (Welsh)"), max_length=200)

    class Meta:
        ordering = ["name"]
        verbose_name = _("public body")
        verbose_name_plural = _("public bodies")

    def __str__(self):
        return self.name

    def name_in(self, language: str) -> str:
        return self.name_cy if language == Language.WELSH else self.name


class PublicBodyDomain(models.Model):
    """An email domain of a public body; it also covers the domains under it (a@x.gov.wales is gov.wales's)
    unless one of those is on the list itself."""

    body = models.ForeignKey(
        PublicBody, on_delete=models.CASCADE, related_name="domains", verbose_name=_("public body")
    )
    domain = models.CharField(
        _("domain"),
        max_length=253,
        unique=True,
        help_text=_(
            "The part of the email address after the @, such as gov.wales. It covers the domains under it too, "
            "unless one of those is listed for another body."
        ),
        error_messages={
            "blank": _("Enter a domain such as gov.wales."),
            "unique": _("That domain is already on the list: each domain belongs to one body."),
        },
    )

    class Meta:
        ordering = ["domain"]
        verbose_name = _("email domain")
        verbose_name_plural = _("email domains")

    def __str__(self):
        return self.domain

    def save(self, *args, **kwargs):
        self.domain = self.domain.strip().lower()
        super().save(*args, **kwargs)

    def clean(self):
        # Normalised here as well as in save(), so the uniqueness check that follows compares what will be stored.
        domain = (self.domain or "").strip().lower()
        if self.domain and not domain:
            # Only spaces: the field's own check refuses an empty one, with the same message.
            raise ValidationError({"domain": ValidationError(_("Enter a domain such as gov.wales."), code="blank")})
        self.domain = domain
        if domain and not DOMAIN_NAME.match(domain):
            raise ValidationError(
                {
                    "domain": ValidationError(
                        _("Enter a domain such as gov.wales, without the @ or any spaces."), code="invalid"
                    )
                }
            )
