from django import template
from django.urls import reverse

from sessions import selectors
from sessions.views import subscribe_links

register = template.Library()


@register.inclusion_tag("scheduling/_community_sessions.html", takes_context=True)
def community_sessions(context, community, can_manage=False):
    """A community page's upcoming sessions and its calendar feed, without communities importing sessions."""
    request = context["request"]
    return {
        "community": community,
        "occurrences": selectors.occurrences_upcoming_for_community(community=community, user=request.user),
        "links": subscribe_links(request, reverse("community_feed", args=[community.slug])),
        "can_manage": can_manage,
        "request": request,
    }


@register.simple_tag
def digest_lines(occurrences) -> list[selectors.DigestLine]:
    """The digest's sessions as lines, each repeating series once (``selectors.digest_lines_of``)."""
    return selectors.digest_lines_of(occurrences)
