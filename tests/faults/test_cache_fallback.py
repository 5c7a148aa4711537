"""The cache while Redis is down: calls go to the process's memory at once, and back to Redis when it returns."""

import time

import pytest

from portal import cache as portal_cache
from portal.cache import RedisCacheWithFallback


@pytest.mark.services
def test_the_cache_answers_from_memory_while_redis_is_down_and_uses_redis_again_when_it_is_back(
    disposable_redis, monkeypatch
):
    monkeypatch.setattr(portal_cache, "RETRY_REDIS_AFTER", 0.2)
    cache = RedisCacheWithFallback(disposable_redis.url, {})
    cache.set("feed", b"rendered", 60)
    assert disposable_redis.client().keys("*feed") and cache.get("feed") == b"rendered"

    disposable_redis.stop()
    started = time.monotonic()
    assert cache.get("feed") is None  # a miss, not an error: the feed is rendered again
    assert cache.add("login:lock", True, 10) and not cache.add("login:lock", True, 10)  # allauth's lock still locks
    cache.set("attempts", [1, 2], 60)
    assert cache.get("attempts") == [1, 2]
    assert cache.add("counter", 1) and cache.incr("counter") == 2
    assert time.monotonic() - started < 1.5  # one refused connection, not redis-py's ten retries with back-off

    disposable_redis.start()
    time.sleep(0.3)
    cache.set("feed", b"again", 60)
    assert disposable_redis.client().get(cache.make_key("feed")) is not None
