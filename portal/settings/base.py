"""Settings for every environment, read from environment variables.

The defaults serve a newcomer's laptop: SQLite and a file-based Celery broker
under ``var/``, emails written to ``var/mail/``. Production overrides live in
``portal.settings.production``.
"""

from email.utils import parseaddr
from pathlib import Path

import environ
from django.utils.translation import gettext_lazy as _

from .sso import sign_in_providers

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = Path(environ.Env().str("CYLCH_VAR_DIR", default=str(BASE_DIR / "var")))

env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

DEBUG = env.bool("DEBUG", default=False)
SECRET_KEY = env.str("SECRET_KEY", default="insecure-development-key-change-me-" + "x" * 20)
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost", "[::1]", "testserver"])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])
SITE_URL = env.str("SITE_URL", default="http://127.0.0.1:8000").rstrip("/")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "django_htmx",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "allauth.socialaccount",
    "allauth.socialaccount.providers.openid_connect",
    "portal",
    "accounts",
    "communities",
    "sessions.apps.SchedulingConfig",
    "coaching",
    "clip_tracker",
    "notifications",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "portal.middleware.private_pages_not_stored",
    "portal.middleware.session_expires_when_idle",
    "django_htmx.middleware.HtmxMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "accounts.middleware.SecondFactorEnrolmentMiddleware",
]

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "portal.context_processors.layout",
            ],
        },
    },
]

DATABASES = {
    "default": env.db_url("DATABASE_URL", default=f"sqlite:///{VAR_DIR / 'cylch.sqlite3'}"),
}
DATABASES["default"]["ATOMIC_REQUESTS"] = False
if DATABASES["default"]["ENGINE"].endswith("postgresql"):
    DATABASES["default"]["CONN_MAX_AGE"] = env.int("DATABASE_CONN_MAX_AGE", default=60)
    DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
else:
    # SQLite: wait for a writer instead of failing at once when the web,
    # worker and beat processes share the demo database.
    DATABASES["default"].setdefault("OPTIONS", {})["timeout"] = 20
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = env.str("REDIS_URL", default="")
if REDIS_URL:
    # Falls back to each process's memory while Redis is down, so no page depends on Redis being up.
    CACHES = {"default": {"BACKEND": "portal.cache.RedisCacheWithFallback", "LOCATION": REDIS_URL}}
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "home"

# django-allauth: email is the login, and it must be verified before use.
ACCOUNT_ADAPTER = "accounts.adapter.AccountAdapter"
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_SIGNUP_FORM_CLASS = "accounts.forms.SignupDetailsForm"
ACCOUNT_FORMS = {
    name: f"accounts.allauth_forms.{form}"
    for name, form in {
        "signup": "SignupForm",
        "login": "LoginForm",
        "add_email": "AddEmailForm",
        "change_password": "ChangePasswordForm",
        "set_password": "SetPasswordForm",
        "reset_password": "ResetPasswordForm",
        "reset_password_from_key": "ResetPasswordKeyForm",
        "reauthenticate": "ReauthenticateForm",
    }.items()
}
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_UNIQUE_EMAIL = True
# One sign-in address per person: changing it adds the new one, and confirming it replaces the old one. So an
# account holds at most one unconfirmed address at a time (and another account's unconfirmed claim never blocks
# a sign-up: accounts.services.unconfirmed_email_claims_release).
ACCOUNT_CHANGE_EMAIL = True
ACCOUNT_MAX_EMAIL_ADDRESSES = 2
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[Cylch] "
ACCOUNT_EMAIL_UNKNOWN_ACCOUNTS = False
ACCOUNT_LOGOUT_REDIRECT_URL = "home"
ACCOUNT_RATE_LIMITS = {
    # allauth's defaults, stated here so they are visibly on. A stranger's guesses can trip the per-account limit;
    # a successful password reset clears it (portal/tests/test_admin_sign_in.py), so the owner is never locked out.
    "login_failed": "10/m/ip,5/5m/key",
    "signup": "20/m/ip",
    "reset_password": "20/m/ip,5/m/key",
    "confirm_email": "1/3m/key",
}
# Sign-up restricted to these email domains (e.g. "gov.wales,example.org").
# Empty means any domain may sign up.
CYLCH_ALLOWED_EMAIL_DOMAINS = [d.lower().lstrip("@") for d in env.list("ACCOUNT_ALLOWED_DOMAINS", default=[])]
COORDINATORS_GROUP = "CLIP coordinators"
# Notices of changes to how a person signs in (password, email, second factor, a linked provider), in their language.
ACCOUNT_EMAIL_NOTIFICATIONS = True
ACCOUNT_SIGNUP_REDIRECT_URL = "profile"
# PASSWORD_SIGN_IN=false leaves only the organisations' sign-in (SSO_PROVIDERS): no password form, no sign-up.
PASSWORD_SIGN_IN = env.bool("PASSWORD_SIGN_IN", default=True)

# Single sign-on (portal/settings/sso.py, README): an account is made, or linked, by the address the provider
# says it has verified; ACCOUNT_ALLOWED_DOMAINS applies as it does to sign-up.
SOCIALACCOUNT_ADAPTER = "accounts.adapter.SocialAccountAdapter"
# Behind a load balancer, allauth takes the client's address from X-Forwarded-For, this many proxies back: its
# per-address limits and the security emails' "internet address" need the visitor's, not the balancer's.
ALLAUTH_TRUSTED_PROXY_COUNT = env.int("TRUSTED_PROXY_COUNT", default=0)
SOCIALACCOUNT_PROVIDERS, CYLCH_SIGN_IN_PROVIDERS, SIGN_IN_PROVIDER_ORIGINS = sign_in_providers(env)
if not PASSWORD_SIGN_IN and not CYLCH_SIGN_IN_PROVIDERS:
    raise ValueError(
        "PASSWORD_SIGN_IN=false needs at least one organisation's sign-in (SSO_PROVIDERS): nobody could sign in."
    )
if "microsoft" in SOCIALACCOUNT_PROVIDERS:
    # Installed only when configured: unconfigured, its sign-in address would fail rather than not exist.
    INSTALLED_APPS.insert(
        INSTALLED_APPS.index("allauth.socialaccount.providers.openid_connect") + 1,
        "allauth.socialaccount.providers.microsoft",
    )
SOCIALACCOUNT_AUTO_SIGNUP = True
SOCIALACCOUNT_EMAIL_AUTHENTICATION = True
SOCIALACCOUNT_EMAIL_AUTHENTICATION_AUTO_CONNECT = True
SOCIALACCOUNT_EMAIL_REQUIRED = True
SOCIALACCOUNT_STORE_TOKENS = False
SOCIALACCOUNT_REQUESTS_TIMEOUT = 10

# A second factor: an authenticator app's codes, with recovery codes. Offered to everyone; superusers, anyone who
# may use the admin site and CLIP coordinators reach nothing else until they have one (accounts.middleware).
MFA_ADAPTER = "accounts.adapter.MFAAdapter"
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "Cylch"
# Authenticator keys are stored encrypted with a key derived from this (SECRET_KEY unless set): changing it makes
# every authenticator app unusable, so set MFA_ENCRYPTION_KEY before rotating SECRET_KEY.
MFA_ENCRYPTION_KEY = env.str("MFA_ENCRYPTION_KEY", default=SECRET_KEY)
MFA_FORMS = {
    "authenticate": "accounts.allauth_forms.AuthenticateForm",
    "reauthenticate": "accounts.allauth_forms.SecondFactorReauthenticateForm",
    "activate_totp": "accounts.allauth_forms.ActivateTOTPForm",
}

LANGUAGE_CODE = "en"
LANGUAGES = [("en", _("English")), ("cy", _("Welsh"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
TIME_ZONE = "Europe/London"
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
# The icons are also served at the site's root, where browsers and phones look for them without asking
# (/favicon.ico, /apple-touch-icon.png) and where the web manifest points.
WHITENOISE_ROOT = BASE_DIR / "static" / "icons"
WHITENOISE_MIMETYPES = {".webmanifest": "application/manifest+json"}
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

if env.str("EMAIL_URL", default=""):
    vars().update(env.email_url("EMAIL_URL"))
else:
    # The demo's emails are files a newcomer can open.
    EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
    EMAIL_FILE_PATH = VAR_DIR / "mail"
# An SMTP server that accepts the connection and then says nothing must not hold the only worker for ever.
EMAIL_TIMEOUT = env.int("EMAIL_TIMEOUT", default=30)
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="Cylch <cylch@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# Where the Beta banner's "feedback" link goes: FEEDBACK_URL (a form or a page), or else an email to
# FEEDBACK_EMAIL (by default the address Cylch sends from).
FEEDBACK_EMAIL = env.str("FEEDBACK_EMAIL", default="") or parseaddr(DEFAULT_FROM_EMAIL)[1]
FEEDBACK_URL = env.str("FEEDBACK_URL", default="") or f"mailto:{FEEDBACK_EMAIL}?subject=Cylch%20feedback"

# Celery: Redis when REDIS_URL is set, otherwise kombu's filesystem transport,
# which needs no server. Beat runs in UTC; wall-clock schedules in Wales are
# computed in code.
CELERY_FILESYSTEM_DIR = VAR_DIR / "celery"
if REDIS_URL:
    CELERY_BROKER_URL = REDIS_URL
    CELERY_RESULT_BACKEND = REDIS_URL
    CELERY_BROKER_TRANSPORT_OPTIONS = {"visibility_timeout": 3600}
else:
    CELERY_BROKER_URL = "filesystem://"
    CELERY_RESULT_BACKEND = f"file://{CELERY_FILESYSTEM_DIR / 'results'}"
    CELERY_BROKER_TRANSPORT_OPTIONS = {
        "data_folder_in": str(CELERY_FILESYSTEM_DIR / "queue"),
        "data_folder_out": str(CELERY_FILESYSTEM_DIR / "queue"),
        "processed_folder": str(CELERY_FILESYSTEM_DIR / "processed"),
        # kombu's default is "control/" in the working directory; keep everything it writes under var/.
        "control_folder": str(CELERY_FILESYSTEM_DIR / "control"),
        "store_processed": False,
    }
CELERY_TIMEZONE = "UTC"
CELERY_ENABLE_UTC = True
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_TASK_ALWAYS_EAGER = False
CELERY_BEAT_SCHEDULE_FILENAME = str(VAR_DIR / "celerybeat-schedule")
CELERY_BEAT_SCHEDULE = {
    "send-due-emails": {"task": "notifications.tasks.send_due_emails", "schedule": 60},
    "prepare-digests": {"task": "notifications.tasks.prepare_digests", "schedule": 10 * 60},
    "run-coaching-rounds": {"task": "coaching.tasks.run_queued_rounds", "schedule": 60},
    "monthly-coaching-round": {"task": "coaching.tasks.request_monthly_round", "schedule": 24 * 60 * 60},
    "remind-clip-holders": {"task": "clip_tracker.tasks.remind_holders", "schedule": 24 * 60 * 60},
    "prepare-clip-report-pdfs": {"task": "clip_tracker.tasks.prepare_report_pdfs", "schedule": 10 * 60},
    "extend-session-occurrences": {"task": "sessions.tasks.extend_occurrences", "schedule": 6 * 60 * 60},
    # Retention (docs/PRIVACY.md): the sent-mail log keeps 90 days, private notes a year after their pair ended.
    "purge-sent-mail-log": {"task": "notifications.tasks.purge_sent_mail_log", "schedule": 24 * 60 * 60},
    "purge-old-private-notes": {"task": "coaching.tasks.purge_old_private_notes", "schedule": 24 * 60 * 60},
}
HEALTHCHECK_BROKER_TIMEOUT = env.float("HEALTHCHECK_BROKER_TIMEOUT", default=2.0)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    # Feed, unsubscribe, confirmation and reset tokens in a logged URL become "…".
    "filters": {"redact_secrets": {"()": "portal.log_redaction.RedactSecretsFilter"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "filters": ["redact_secrets"]}},
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="INFO")},
    "loggers": {
        # Django's runserver logger has a handler of its own; it goes through the same filter here.
        "django.server": {"handlers": ["console"], "level": "INFO", "propagate": False, "filters": ["redact_secrets"]},
        # A logger's filter changes the record itself, so every handler (and a test's) sees it redacted.
        "django.request": {"filters": ["redact_secrets"]},
        # WeasyPrint narrates every PDF it draws at INFO.
        "weasyprint": {"level": "WARNING"},
        "fontTools": {"level": "WARNING"},
    },
}

# No inline script or style anywhere: everything comes from our own static files.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "connect-src": ["'self'"],
        # The sign-in buttons' forms are redirected on to the organisations' providers.
        "form-action": ["'self'", *SIGN_IN_PROVIDER_ORIGINS],
        "frame-ancestors": ["'none'"],
        "base-uri": ["'self'"],
        "object-src": ["'none'"],
    },
}
# Features no page of Cylch uses are switched off for every page and anything it might embed.
PERMISSIONS_POLICY = {
    "camera": [],
    "microphone": [],
    "geolocation": [],
    "payment": [],
    "usb": [],
    "interest-cohort": [],
    "browsing-topics": [],
}
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SESSION_COOKIE_HTTPONLY = True
# "Remember me" keeps the cookie two weeks; a session ends after two weeks without use, or 12 hours for superusers
# (portal.middleware.session_expires_when_idle).
SESSION_COOKIE_AGE = 14 * 24 * 60 * 60
# A platform's probes call the process directly, over plain http: answered, never redirected to https (production).
SECURE_REDIRECT_EXEMPT = [r"^(healthz|livez|readyz)\Z"]
