from communities import services
from communities.models import Community, Topic


def make_topic(slug="climate", name="Climate", name_cy="Hinsawdd", kind="theme"):
    return Topic.objects.get_or_create(slug=slug, defaults={"name": name, "name_cy": name_cy, "kind": kind})[0]


def make_community(*, hosts=(), topics=(), acting_user=None, **fields):
    defaults = {
        "name": "Creativity and biodiversity",
        "summary": "Artists and ecologists learning together.",
        "cadence": "Monthly on Teams, Wednesdays 4–5pm",
        "meeting_days": "WE",
        "platform": "teams",
        "meeting_language": "en",
        "join_policy": "open",
    }
    defaults.update(fields)
    return services.community_create(
        community=Community(**defaults), hosts=list(hosts), topics=list(topics), acting_user=acting_user
    )
