"""Django settings for RunCare, driven entirely by environment variables (see ``env.py``).

Three environments: ``production`` (secure by default: HTTPS, ``__Host-`` cookies, HSTS, a
secret key and host names are required), ``local`` (one laptop over plain HTTP) and ``test``.
"""

from __future__ import annotations

import secrets
import tempfile
from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF

from runcare.config.env import ConfigError, read_env

ENV = read_env()
RUNCARE_ENV: str = ENV["RUNCARE_ENV"]
PRODUCTION = RUNCARE_ENV == "production"
TESTING = RUNCARE_ENV == "test"

BASE_DIR = Path(__file__).resolve().parent.parent
if TESTING and ENV["RUNCARE_DATA_DIR"] == "data":
    DATA_DIR = Path(tempfile.mkdtemp(prefix="runcare-test-"))
else:
    DATA_DIR = Path(ENV["RUNCARE_DATA_DIR"]).resolve()
DATA_DIR.mkdir(parents=True, exist_ok=True)


def _secret_key() -> str:
    if ENV["RUNCARE_SECRET_KEY"]:
        return str(ENV["RUNCARE_SECRET_KEY"])
    if PRODUCTION:
        raise ConfigError("RUNCARE_SECRET_KEY is required when RUNCARE_ENV=production")
    key_file = DATA_DIR / "secret_key"
    if not key_file.exists():
        key_file.write_text(secrets.token_urlsafe(64))
        key_file.chmod(0o600)
    return key_file.read_text().strip()


SECRET_KEY = _secret_key()
DEBUG = False
ALLOWED_HOSTS: list[str] = ENV["RUNCARE_ALLOWED_HOSTS"] or (
    [] if PRODUCTION else ["127.0.0.1", "localhost", "testserver"]
)
if PRODUCTION and not ALLOWED_HOSTS:
    raise ConfigError("RUNCARE_ALLOWED_HOSTS is required when RUNCARE_ENV=production")
CSRF_TRUSTED_ORIGINS: list[str] = ENV["RUNCARE_CSRF_TRUSTED_ORIGINS"]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django_htmx",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "axes",
    "csp",
    "django_tasks",
    "django_tasks_db",
    "runcare.audit",
    "runcare.accounts",
    "runcare.organisations",
    "runcare.members",
    "runcare.web",
    "runcare.api",
    "django.forms",
    "runcare.activities",
    "runcare.programs",
    "runcare.selfcare",
    "runcare.lessons",
    "runcare.checkins",
    "runcare.mydata",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "runcare.audit.middleware.RequestContextMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "runcare.accounts.middleware.SessionTimeoutMiddleware",
    "runcare.accounts.middleware.RequireTwoFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "runcare.web.middleware.PrivateResponseMiddleware",
    "axes.middleware.AxesMiddleware",
]

# Forms render with the project's template engine so that runcare/web can replace Django's
# slowest widget template (see web/templates/django/forms/widgets/multiple_input.html).
FORM_RENDERER = "django.forms.renderers.TemplatesSetting"

ROOT_URLCONF = "runcare.config.urls"
WSGI_APPLICATION = "runcare.config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "runcare.web.context.navigation",
            ],
        },
    },
]

# --- Database -----------------------------------------------------------------------------------
_DB_URL = ENV["DATABASE_URL"] or f"sqlite:///{DATA_DIR / 'runcare.sqlite3'}"
DATABASES = {"default": dj_database_url.parse(_DB_URL, conn_max_age=ENV["RUNCARE_DB_CONN_MAX_AGE"])}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets readers and the writer work at once; synchronous=FULL so an acknowledged write
    # survives a power cut, not only a process crash; IMMEDIATE avoids upgrade deadlocks.
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;",
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
    }
else:
    DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Accounts, passwords, login throttling ------------------------------------------------------
AUTH_USER_MODEL = "accounts.User"
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "web:home"
LOGOUT_REDIRECT_URL = "accounts:login"
PASSWORD_HASHERS = [
    "runcare.accounts.hashers.RunCareArgon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
if TESTING:
    # Tests create hundreds of users; the production hasher is asserted in its own test.
    PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher", *PASSWORD_HASHERS]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 8},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
    {"NAME": "runcare.accounts.passwords.MaximumLengthValidator"},
]
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "runcare.accounts.backends.ThrottledModelBackend",
]
LOGIN_CONCURRENCY = ENV["RUNCARE_LOGIN_CONCURRENCY"] or 1
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = timedelta(minutes=30)
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_RESET_ON_SUCCESS = True
AXES_USERNAME_FORM_FIELD = "username"
AXES_LOCKOUT_CALLABLE = "runcare.accounts.views.locked_out"
AXES_ENABLE_ACCESS_FAILURE_LOG = True
AXES_VERBOSE = False
AXES_IPWARE_PROXY_COUNT = 1 if ENV["RUNCARE_BEHIND_PROXY"] else 0
AXES_IPWARE_META_PRECEDENCE_ORDER = (
    ["HTTP_X_FORWARDED_FOR", "REMOTE_ADDR"] if ENV["RUNCARE_BEHIND_PROXY"] else ["REMOTE_ADDR"]
)
OTP_TOTP_ISSUER = "RunCare"
OTP_TOTP_THROTTLE_FACTOR = 1
OTP_STATIC_THROTTLE_FACTOR = 1

# --- Sessions and cookies -----------------------------------------------------------------------
SESSION_ENGINE = "django.contrib.sessions.backends.db"
SESSION_COOKIE_AGE = ENV["RUNCARE_SESSION_HOURS"] * 3600
SESSION_IDLE_SECONDS = {
    "member": ENV["RUNCARE_IDLE_MINUTES_MEMBER"] * 60,
    "staff": ENV["RUNCARE_IDLE_MINUTES_STAFF"] * 60,
}
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = False  # htmx reads no cookie: the token is rendered into hx-headers
if PRODUCTION:
    SESSION_COOKIE_NAME = "__Host-runcare-session"
    CSRF_COOKIE_NAME = "__Host-runcare-csrf"
    SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = True
    SECURE_SSL_REDIRECT = ENV["RUNCARE_SSL_REDIRECT"]
    SECURE_HSTS_SECONDS = ENV["RUNCARE_HSTS_SECONDS"]
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
else:
    SESSION_COOKIE_NAME = "runcare-session"
    CSRF_COOKIE_NAME = "runcare-csrf"
if ENV["RUNCARE_BEHIND_PROXY"]:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "media-src": [SELF, "data:"],
        "object-src": [NONE],
        "base-uri": [NONE],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    },
}

# --- Uploads ------------------------------------------------------------------------------------
DATA_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024
UPLOAD_MAX_BYTES = ENV["RUNCARE_UPLOAD_MAX_MB"] * 1024 * 1024
MEDIA_ROOT = DATA_DIR / "uploads"
FILE_UPLOAD_TEMP_DIR = None

# --- Static files -------------------------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = DATA_DIR / "static"
STATIC_ROOT.mkdir(exist_ok=True)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if TESTING
        else "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}
WHITENOISE_USE_FINDERS = TESTING

# --- Mail ---------------------------------------------------------------------------------------
DEFAULT_FROM_EMAIL = ENV["RUNCARE_FROM_EMAIL"]
EMAIL_BACKEND = {
    "console": "django.core.mail.backends.console.EmailBackend",
    "file": "django.core.mail.backends.filebased.EmailBackend",
    "smtp": "django.core.mail.backends.smtp.EmailBackend",
}[ENV["RUNCARE_EMAIL"]]
EMAIL_FILE_PATH = DATA_DIR / "mail"
EMAIL_HOST = ENV["RUNCARE_SMTP_HOST"]
EMAIL_PORT = ENV["RUNCARE_SMTP_PORT"]
EMAIL_HOST_USER = ENV["RUNCARE_SMTP_USER"]
EMAIL_HOST_PASSWORD = ENV["RUNCARE_SMTP_PASSWORD"]
EMAIL_USE_TLS = ENV["RUNCARE_SMTP_TLS"]

# --- Background work ----------------------------------------------------------------------------
TASKS = {
    "default": {
        "BACKEND": {
            "database": "django_tasks_db.DatabaseBackend",
            "immediate": "django_tasks.backends.immediate.ImmediateBackend",
            "rq": "django_tasks_rq.RQBackend",
        }["immediate" if TESTING else ENV["RUNCARE_TASKS"]],
    }
}

# --- Internationalisation -----------------------------------------------------------------------
LANGUAGE_CODE = "en"
LANGUAGES = [("en", "English")]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
TIME_ZONE = "UTC"
USE_TZ = True

# --- Logging: no health values, no GPS (gpxpy logs whole documents at DEBUG) -------------------
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": ENV["RUNCARE_LOG_LEVEL"].upper()},
    "loggers": {
        "gpxpy": {"level": "WARNING"},
        "axes": {"level": "WARNING"},
        "django.db.backends": {"level": "WARNING"},
    },
}

NINJA_PAGINATION_MAX_LIMIT = 200
