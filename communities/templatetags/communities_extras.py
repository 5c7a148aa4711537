from django import template

register = template.Library()


@register.filter
def membership_for(memberships: dict, community):
    """The viewer's membership of ``community`` from a dict keyed by community id, or None."""
    return memberships.get(community.pk)
