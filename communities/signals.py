from django.dispatch import Signal

# Sent inside the transaction that ends someone's membership (they left, or a host removed them), with
# ``membership`` and ``event`` (the MembershipEvent recorded). Apps above communities react without
# communities knowing them: the sessions app ends the person's answers to the community's coming sessions.
membership_ended = Signal()
