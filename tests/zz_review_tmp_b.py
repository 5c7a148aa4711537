import threading
import pytest
from django.db import connection, connections
from django.contrib.auth.models import Group
from django.conf import settings
from conftest import make_person
from communities import services
from communities.models import CommunitySuggestion
from notifications.models import OutboundEmail


@pytest.mark.django_db(transaction=True)
def test_suggestion_limit_race():
    user = make_person("flood@example.org", name="Flood")
    for i in range(3):
        c = make_person(f"coord{i}@example.org", name=f"C{i}")
        c.groups.add(Group.objects.get_or_create(name=settings.COORDINATORS_GROUP)[0])
    n = 12
    barrier = threading.Barrier(n)
    errors = []

    def go(i):
        try:
            barrier.wait()
            services.suggestion_submit(suggested_by=user, name=f"S{i}", description="d", preferred_cadence="",
                                       willing_to_host=False)
        except Exception as e:
            errors.append(type(e).__name__)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=go, args=(i,)) for i in range(n)]
    for t in threads: t.start()
    for t in threads: t.join()
    made = CommunitySuggestion.objects.filter(suggested_by=user).count()
    mails = OutboundEmail.objects.filter(kind="suggestion").count()
    print("suggestions created:", made, "emails queued:", mails, "errors:", errors)
    assert made <= services.SUGGESTIONS_PER_DAY
