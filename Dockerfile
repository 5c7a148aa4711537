FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    CYLCH_VAR_DIR=/app/var

WORKDIR /app
# The whole project, then its packages as pyproject.toml discovers them: no list of apps to keep in step here.
COPY . .
RUN pip install .

# Translations and static files are built into the image; nothing secret is needed for either.
RUN python manage.py compile_translations \
 && DJANGO_SETTINGS_MODULE=portal.settings.production SECRET_KEY=build-only ALLOWED_HOSTS=build \
    python manage.py collectstatic --no-input

RUN useradd --create-home cylch && mkdir -p /app/var && chown -R cylch /app/var
USER cylch

EXPOSE 8000
CMD ["gunicorn", "--config", "portal/gunicorn_conf.py"]
