"""The cache: Redis while it answers, this process's memory while it does not, so no page needs Redis to be up."""

import logging
import time
from uuid import uuid4

from django.core.cache.backends.locmem import LocMemCache
from django.core.cache.backends.redis import RedisCache
from redis.backoff import NoBackoff
from redis.exceptions import RedisError
from redis.retry import Retry

logger = logging.getLogger(__name__)

# After Redis fails, pages use the memory cache for this long before asking Redis again, so an outage costs one
# refused connection every few seconds, not one per cache call.
RETRY_REDIS_AFTER = 5.0


class RedisCacheWithFallback(RedisCache):
    """Django's RedisCache; a call Redis cannot answer goes to a memory cache in this process instead.

    What Cylch caches can be rebuilt (rendered calendar feeds) or may be kept per process for a while (allauth's
    rate limits and their locks): during an outage pages get slower, not broken, and limits still apply per process.
    """

    def __init__(self, server, params):
        options = params.get("OPTIONS", {})
        # redis-py retries a refused connection ten times with back-off (seconds per call): ask once, briefly.
        options = {"socket_connect_timeout": 1, "socket_timeout": 1, "retry": Retry(NoBackoff(), 0), **options}
        super().__init__(server, {**params, "OPTIONS": options})
        self._fallback = LocMemCache(f"redis-fallback-{id(self)}", {**params, "OPTIONS": {}})
        self._redis_down_until = 0.0

    def _call(self, method: str, *args, **kwargs):
        if time.monotonic() >= self._redis_down_until:
            try:
                return getattr(super(), method)(*args, **kwargs)
            except RedisError as error:
                self._redis_down_until = time.monotonic() + RETRY_REDIS_AFTER
                logger.warning(
                    "Cache: Redis did not answer (%s); using this process's memory for %s s.", error, RETRY_REDIS_AFTER
                )
        return getattr(self._fallback, method)(*args, **kwargs)

    def redis_is_down(self) -> bool:
        """Whether calls are going to this process's memory (Redis failed within the last few seconds)."""
        return time.monotonic() < self._redis_down_until

    def add(self, *args, **kwargs):
        return self._call("add", *args, **kwargs)

    def get(self, *args, **kwargs):
        return self._call("get", *args, **kwargs)

    def set(self, *args, **kwargs):
        return self._call("set", *args, **kwargs)

    def touch(self, *args, **kwargs):
        return self._call("touch", *args, **kwargs)

    def delete(self, *args, **kwargs):
        return self._call("delete", *args, **kwargs)

    def get_many(self, *args, **kwargs):
        return self._call("get_many", *args, **kwargs)

    def has_key(self, *args, **kwargs):
        return self._call("has_key", *args, **kwargs)

    def incr(self, *args, **kwargs):
        return self._call("incr", *args, **kwargs)

    def set_many(self, *args, **kwargs):
        return self._call("set_many", *args, **kwargs)

    def delete_many(self, *args, **kwargs):
        return self._call("delete_many", *args, **kwargs)

    def clear(self):
        self._fallback.clear()
        return self._call("clear")


# Versions moved while Redis did not answer went only to this process's memory: Redis, where every other process
# reads them, still holds the old one. They are written again the first time Redis answers (``version_of``).
_moves_not_in_redis: set[str] = set()


def _redis_is_down(cache) -> bool:
    return bool(getattr(cache, "redis_is_down", lambda: False)())


def _store_move(name: str) -> None:
    from django.core.cache import cache

    cache.set("version:" + name, uuid4().hex, None)
    if _redis_is_down(cache):
        _moves_not_in_redis.add(name)


def version_of(name: str) -> str:
    """A stored version of something many pages show (``version_move`` changes it on every write to it): cache
    keys built on it are left behind by a change instead of being found and deleted."""
    from django.core.cache import cache

    if _moves_not_in_redis and not _redis_is_down(cache):
        for missed in list(_moves_not_in_redis):
            cache.set("version:" + missed, uuid4().hex, None)
            if not _redis_is_down(cache):
                _moves_not_in_redis.discard(missed)
    key = "version:" + name
    version = cache.get(key)
    if version is None:
        version = uuid4().hex
        # add: if another process made one meanwhile, theirs stands and is read back.
        if not cache.add(key, version, None):
            version = cache.get(key) or version
    return version


def version_move(name: str) -> None:
    """Changes the version at once and again when the transaction commits: at once, so this transaction's later
    reads see a new one; on commit, since a request in between may have kept the data as it was before the
    commit under the first new version."""
    from django.db import transaction

    _store_move(name)
    transaction.on_commit(lambda: _store_move(name))
