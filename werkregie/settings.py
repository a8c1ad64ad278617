"""Django settings. Everything that differs between machines comes from the environment.

WERKREGIE_DATA_DIR   folder for the embedded SQLite database and the generated secret key (default ./var)
WERKREGIE_DERIVED_DIR folder for what the platform derives from its shipped data and keeps between processes (the
                     fitted n-gram indexes of matching/engine/fitted.py; default <data dir>/derived)
DATABASE_URL         e.g. postgres://user@127.0.0.1:5432/werkregie (default: embedded SQLite in the data dir)
DJANGO_SECRET_KEY    required in production; the demo generates one into the data dir (never the repository)
DJANGO_DEBUG         "1" for development
DJANGO_ALLOWED_HOSTS comma-separated
OIDC_*               OpenID Connect (Flemish government ACM/IDM), see werkregie/accounts/oidc.py
WERKREGIE_SCREENING_* limits of the screening's distance categories (see the end of this file; its terms are dated
                     parameters in werkregie/workflows/parameters)
WERKREGIE_MATCHING_* the concentric model's thresholds (see the end of this file)
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

import dj_database_url

BASE_DIR = Path(__file__).resolve().parent
DATA_DIR = Path(os.environ.get("WERKREGIE_DATA_DIR", Path.cwd() / "var")).resolve()
DERIVED_DIR = Path(os.environ.get("WERKREGIE_DERIVED_DIR") or DATA_DIR / "derived").resolve()


def _env_bool(name: str, default: bool = False) -> bool:
    return os.environ.get(name, "1" if default else "0").lower() in {"1", "true", "yes", "on"}


def _secret_key() -> str:
    key = os.environ.get("DJANGO_SECRET_KEY")
    if key:
        return key
    # No key in the environment: generate one per installation and keep it beside the embedded database,
    # so that the repository never holds a secret and sessions survive a restart of the demo.
    DATA_DIR.mkdir(parents=True, exist_ok=True)
    key_file = DATA_DIR / "secret_key"
    if not key_file.exists():
        key_file.write_text(secrets.token_urlsafe(50))
        key_file.chmod(0o600)
    return key_file.read_text().strip()


SECRET_KEY = _secret_key()
DEBUG = _env_bool("DJANGO_DEBUG")
ALLOWED_HOSTS = [h for h in os.environ.get("DJANGO_ALLOWED_HOSTS", "127.0.0.1,localhost,testserver").split(",") if h]
CSRF_TRUSTED_ORIGINS = [o for o in os.environ.get("DJANGO_CSRF_TRUSTED_ORIGINS", "").split(",") if o]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "mozilla_django_oidc",
    "axes",  # the login throttle, hooked into the authentication backends (werkregie/accounts/throttle.py)
    "csp",
    "ninja",  # serves the API docs (Swagger UI) from its own static files, never from a CDN
    "werkregie.core",
    "werkregie.formats",
    "werkregie.geo",
    "werkregie.organisations",
    "werkregie.accounts",
    "werkregie.access",
    "werkregie.people",
    "werkregie.vacancies",
    "werkregie.rules",
    "werkregie.screening",
    "werkregie.matching",
    "django_q",
    "werkregie.workflows",
    "werkregie.messaging",
    "werkregie.worklist",
    "werkregie.trajectories",
    "werkregie.appointments",
    "werkregie.compliance",
    "werkregie.community",
    "werkregie.kpis",
    "werkregie.municipalities",
    "werkregie.learning",
    "werkregie.training",
    "werkregie.careers",
    "werkregie.privacy",
    "werkregie.credentials",
    "werkregie.batch",
    "werkregie.web",
    "werkregie.api",
    "werkregie.demo",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "werkregie.core.security.SecurityGuard",  # body limit (413), Cache-Control: no-store
    "werkregie.api.middleware.ApiProblems",  # every error under /api/ an RFC 9457 problem
    "csp.middleware.CSPMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "werkregie.accounts.middleware.AdminGate",  # the Django admin: administrators only, after the platform's login
    "werkregie.organisations.sector_gate.SectorGate",  # a sector organisation's users: only its aggregated figures
    "django.contrib.messages.middleware.MessageMiddleware",
    "werkregie.web.middleware.PageDomainErrors",  # a domain error a page view did not catch: its status, not a 500
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "werkregie.urls"
WSGI_APPLICATION = "werkregie.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "web" / "admin_templates"],  # the admin's base_site.html with the platform's admin.css
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "werkregie.web.nav.navigation",
            ],
            # {% colon %} and {% semicolon %} everywhere: French puts a no-break space before them (formats/punctuation.py)
            "builtins": ["werkregie.formats.templatetags.punctuation"],
        },
    }
]

_default_db = f"sqlite:///{DATA_DIR / 'werkregie.sqlite3'}"
DATABASES = {"default": dj_database_url.parse(os.environ.get("DATABASE_URL", _default_db), conn_max_age=60)}
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    DATA_DIR.mkdir(parents=True, exist_ok=True)
    # IMMEDIATE transactions serialise writers up front, so the hash chain of the access log never forks.
    DATABASES["default"]["OPTIONS"] = {"transaction_mode": "IMMEDIATE", "timeout": 30}
    DATABASES["default"]["CONN_MAX_AGE"] = 0
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = ["axes.backends.AxesStandaloneBackend", "django.contrib.auth.backends.ModelBackend"]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "login"

# --- security: login throttle, client address, body limits, anonymous heavy calls, headers (issue 17) ---
# Login throttle (django-axes, see werkregie/accounts/throttle.py): FAILURES for one account from one address, ×
# ADDRESS_FACTOR from one address, × ACCOUNT_FACTOR for one account from all addresses, within WINDOW seconds; the
# cool-off lasts WINDOW seconds after the last failure and doubles with every earlier lockout, up to MAX_COOLOFF.
LOGIN_THROTTLE_FAILURES = int(os.environ.get("LOGIN_THROTTLE_FAILURES", "5"))
LOGIN_THROTTLE_WINDOW_SECONDS = int(os.environ.get("LOGIN_THROTTLE_WINDOW_SECONDS", "900"))
LOGIN_THROTTLE_MAX_COOLOFF_SECONDS = int(os.environ.get("LOGIN_THROTTLE_MAX_COOLOFF_SECONDS", "86400"))
LOGIN_THROTTLE_ADDRESS_FACTOR = int(os.environ.get("LOGIN_THROTTLE_ADDRESS_FACTOR", "4"))
LOGIN_THROTTLE_ACCOUNT_FACTOR = int(os.environ.get("LOGIN_THROTTLE_ACCOUNT_FACTOR", "4"))
# Reverse proxies whose X-Forwarded-For is believed (comma-separated addresses or networks, e.g. "10.0.0.0/8").
WERKREGIE_TRUSTED_PROXIES = [p for p in os.environ.get("WERKREGIE_TRUSTED_PROXIES", "").split(",") if p.strip()]
AXES_HANDLER = "werkregie.accounts.throttle.ThrottleHandler"
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"], ["ip_address"], ["username"]]
AXES_FAILURE_LIMIT = "werkregie.accounts.throttle.failure_limit"
AXES_COOLOFF_TIME = "werkregie.accounts.throttle.cool_off"
AXES_CLIENT_IP_CALLABLE = "werkregie.accounts.throttle.client_ip"
AXES_LOCKOUT_CALLABLE = "werkregie.accounts.throttle.lockout_response"
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
AXES_ENABLE_ACCESS_FAILURE_LOG = True
AXES_RESET_ON_SUCCESS = True
AXES_USERNAME_FORM_FIELD = "username"
AXES_SENSITIVE_PARAMETERS = ["username", "password"]
AXES_HTTP_RESPONSE_CODE = 429
# Bodies: at most this many bytes (multipart bodies: plus the upload limit of core/uploads.py); 413 above.
WERKREGIE_MAX_BODY_BYTES = int(os.environ.get("WERKREGIE_MAX_BODY_BYTES", str(5 * 1024 * 1024)))
DATA_UPLOAD_MAX_MEMORY_SIZE = WERKREGIE_MAX_BODY_BYTES
# Anonymous CPU-heavy API calls (text → ESCO, werkregie/api/guard.py): body cap, rate per client, concurrent slots.
WERKREGIE_ANON_MAX_BODY_BYTES = int(os.environ.get("WERKREGIE_ANON_MAX_BODY_BYTES", str(32 * 1024)))
WERKREGIE_ANON_RATE = os.environ.get("WERKREGIE_ANON_RATE", "30/m")
# a new sealed, timestamped evidence PDF of a message costs seconds (an RFC 3161 call): at most this many per user; a
# message's stored PDF is served again without limit as long as the message did not change
WERKREGIE_EVIDENCE_RATE = os.environ.get("WERKREGIE_EVIDENCE_RATE", "20/h")
# a vacancy intake suggestion (text → ESCO skills by letters and meaning) costs up to a second: at most this many per user
WERKREGIE_SUGGEST_RATE = os.environ.get("WERKREGIE_SUGGEST_RATE", "30/m")
WERKREGIE_ANON_HEAVY_SLOTS = int(os.environ.get("WERKREGIE_ANON_HEAVY_SLOTS", "2"))
# The rate limits count in the cache, which must be shared by every worker process (a per-process memory cache let each of
# five gunicorn workers count its own 30 a minute): files under the data folder by default, shared by all processes on
# the machine; WERKREGIE_CACHE_LOCATION points elsewhere (a folder on shared storage for several machines).
CACHES = {"default": {"BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
                      "LOCATION": os.environ.get("WERKREGIE_CACHE_LOCATION", str(DATA_DIR / "cache")), "OPTIONS": {"MAX_ENTRIES": 50_000}}}
# Content-Security-Policy (django-csp): no inline scripts; only the platform's own (vendored) scripts and styles.
# style-src-attr allows style="" attributes (bar widths) but no <style> element.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"], "script-src": ["'self'"], "style-src": ["'self'"], "style-src-attr": ["'unsafe-inline'"],
        "img-src": ["'self'", "data:"], "font-src": ["'self'"], "connect-src": ["'self'"], "object-src": ["'none'"],
        "base-uri": ["'none'"], "frame-ancestors": ["'none'"],
        "form-action": ["'self'"] + ([os.environ["OIDC_OP_AUTHORIZATION_ENDPOINT"]] if os.environ.get("OIDC_OP_AUTHORIZATION_ENDPOINT") else []),
    },
}

# OpenID Connect (ACM/IDM of the Flemish government). Active only when a client id is configured.
OIDC_ENABLED = bool(os.environ.get("OIDC_RP_CLIENT_ID"))
if OIDC_ENABLED:
    AUTHENTICATION_BACKENDS.insert(1, "werkregie.accounts.oidc.NationalNumberOIDCBackend")  # after the throttle
OIDC_RP_CLIENT_ID = os.environ.get("OIDC_RP_CLIENT_ID", "")
OIDC_RP_CLIENT_SECRET = os.environ.get("OIDC_RP_CLIENT_SECRET", "")
OIDC_RP_SIGN_ALGO = os.environ.get("OIDC_RP_SIGN_ALGO", "RS256")
OIDC_RP_SCOPES = os.environ.get("OIDC_RP_SCOPES", "openid profile rrn")
OIDC_OP_AUTHORIZATION_ENDPOINT = os.environ.get("OIDC_OP_AUTHORIZATION_ENDPOINT", "")
OIDC_OP_TOKEN_ENDPOINT = os.environ.get("OIDC_OP_TOKEN_ENDPOINT", "")
OIDC_OP_USER_ENDPOINT = os.environ.get("OIDC_OP_USER_ENDPOINT", "")
OIDC_OP_JWKS_ENDPOINT = os.environ.get("OIDC_OP_JWKS_ENDPOINT", "")
OIDC_NATIONAL_NUMBER_CLAIM = os.environ.get("OIDC_NATIONAL_NUMBER_CLAIM", "rrn")
# --- end security ---

# Sessions and cookies: secure by default, relaxed only for plain-http local use.
SECURE_COOKIES = _env_bool("WERKREGIE_SECURE_COOKIES", default=not DEBUG and _env_bool("WERKREGIE_HTTPS"))
SESSION_COOKIE_SECURE = SECURE_COOKIES
CSRF_COOKIE_SECURE = SECURE_COOKIES
CSRF_FAILURE_VIEW = "werkregie.web.csrf.csrf_failure"  # the platform's page, in the reader's language (not Django's English one)
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_AGE = 8 * 3600
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
if _env_bool("WERKREGIE_HTTPS"):
    SECURE_SSL_REDIRECT = True
    SECURE_HSTS_SECONDS = 31536000
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", "Nederlands"), ("fr", "Français"), ("en", "English")]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Europe/Brussels"
FORMAT_MODULE_PATH = ["werkregie.formats"]

STATIC_URL = "/static/"
STATIC_ROOT = DATA_DIR / "static"
STATIC_ROOT.mkdir(parents=True, exist_ok=True)  # whitenoise serves from the app folders (finders); this stays empty
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = DEBUG

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("WERKREGIE_LOG_LEVEL", "WARNING")},
}

# A pseudonymisation key for analyst exports: from the environment, or derived from the secret key.
PSEUDONYM_KEY = os.environ.get("WERKREGIE_PSEUDONYM_KEY", SECRET_KEY)

# Screening: limits of the distance categories on the chance of work within 6 months (short above, long below),
# set by policy, not by the code (its legal terms are dated parameters in werkregie/workflows/parameters).
SCREENING_SHORT_ABOVE = float(os.environ.get("WERKREGIE_SCREENING_SHORT_ABOVE", "0.50"))
SCREENING_LONG_BELOW = float(os.environ.get("WERKREGIE_SCREENING_LONG_BELOW", "0.35"))

# Matching, concentric model: the next ring (Brussels and Wallonia, then the border regions, then abroad) is searched
# only while fewer than RING_MIN_GOOD candidates score GOOD_SCORE (0-100) or more in the rings searched so far.
MATCHING_RING_MIN_GOOD = int(os.environ.get("WERKREGIE_MATCHING_RING_MIN_GOOD", "10"))
MATCHING_GOOD_SCORE = float(os.environ.get("WERKREGIE_MATCHING_GOOD_SCORE", "50"))
# "Vacatures voor mij" shows no vacancy scoring under this (a forklift driver is not offered blockchain developers)
MATCHING_SHOWN_SCORE = float(os.environ.get("WERKREGIE_MATCHING_SHOWN_SCORE", "40"))

# The platform's public address: the base of links in e-mails, SMS and letters (booking links, evidence).
WERKREGIE_PUBLIC_URL = os.environ.get("WERKREGIE_PUBLIC_URL", "http://127.0.0.1:8000")

# --- task runner (django-q2, ORM broker: the same database, so the embedded demo needs no extra server) ---
# WERKREGIE_TASKS_SYNC=1 runs tasks inline (tests: on by default under pytest, which sets PYTEST_VERSION).
TASKS_SYNC = _env_bool("WERKREGIE_TASKS_SYNC", default="PYTEST_VERSION" in os.environ)
Q_CLUSTER = {
    "name": "werkregie",
    "orm": "default",
    "workers": int(os.environ.get("WERKREGIE_TASK_WORKERS", "1")),
    "timeout": 600,
    "retry": 900,
    "max_attempts": 1,
    "catch_up": False,
    "poll": 2,
    "sync": TASKS_SYNC,
}
# Messaging: the channels' gateways (a real adapter when configured, the in-memory fake otherwise), retries with
# exponential backoff (base × 2^(attempt-1)) before the fallback to paper, the key folder and the timestamping authority.
MESSAGING_GATEWAYS = {
    "email": {"kind": "smtp", "host": os.environ["WERKREGIE_SMTP_HOST"], "port": int(os.environ.get("WERKREGIE_SMTP_PORT", "25")),
              "username": os.environ.get("WERKREGIE_SMTP_USER", ""), "password": os.environ.get("WERKREGIE_SMTP_PASSWORD", ""),
              "use_tls": _env_bool("WERKREGIE_SMTP_TLS"), "sender": os.environ.get("WERKREGIE_MAIL_FROM", "werkregie@vdab.be")}
    if os.environ.get("WERKREGIE_SMTP_HOST") else {"kind": "fake"},
    "sms": {"kind": "http", "url": os.environ["WERKREGIE_SMS_URL"], "token": os.environ.get("WERKREGIE_SMS_TOKEN", "")}
    if os.environ.get("WERKREGIE_SMS_URL") else {"kind": "fake"},
    "ebox": {"kind": "magda", "url": os.environ["WERKREGIE_EBOX_URL"], "token": os.environ.get("WERKREGIE_EBOX_TOKEN", "")}
    if os.environ.get("WERKREGIE_EBOX_URL") else {"kind": "fake"},
    "registered": {"kind": "http", "url": os.environ["WERKREGIE_PRINT_URL"], "token": os.environ.get("WERKREGIE_PRINT_TOKEN", "")}
    if os.environ.get("WERKREGIE_PRINT_URL") else {"kind": "fake"},
    "paper": {"kind": "http", "url": os.environ["WERKREGIE_PRINT_URL"], "token": os.environ.get("WERKREGIE_PRINT_TOKEN", "")}
    if os.environ.get("WERKREGIE_PRINT_URL") else {"kind": "spool", "directory": str(DATA_DIR / "print-queue")},
}
# Batch jobs (werkregie/batch) run on Dask: a local cluster per job by default; set the address of a running
# `dask scheduler` to run them on a cluster of machines (e.g. tcp://10.0.0.5:8786).
DASK_SCHEDULER = os.environ.get("WERKREGIE_DASK_SCHEDULER", "")
MESSAGING_MAX_ATTEMPTS = int(os.environ.get("WERKREGIE_MESSAGING_MAX_ATTEMPTS", "4"))
MESSAGING_RETRY_BASE_SECONDS = int(os.environ.get("WERKREGIE_MESSAGING_RETRY_BASE_SECONDS", "300"))
KEY_DIR = Path(os.environ.get("WERKREGIE_KEY_DIR", DATA_DIR / "keys")).resolve()
TSA_URL = os.environ.get("WERKREGIE_TSA_URL", "")  # empty: the platform's local test TSA (demo and tests only)
# Trust anchor (PEM file) of the production timestamping authority; empty with no WERKREGIE_TSA_URL = the local test TSA.
TSA_TRUST = os.environ.get("WERKREGIE_TSA_TRUST", "")
# --- end task runner ---
