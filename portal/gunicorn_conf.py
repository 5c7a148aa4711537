"""gunicorn settings for production (Dockerfile, docker-compose): ``gunicorn -c portal/gunicorn_conf.py``."""

import os

bind = os.environ.get("GUNICORN_BIND", "0.0.0.0:8000")
workers = int(os.environ.get("GUNICORN_WORKERS", "3"))
wsgi_app = "portal.wsgi"
accesslog = "-"
logger_class = "portal.log_redaction.RedactingGunicornLogger"
