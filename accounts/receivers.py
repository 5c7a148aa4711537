"""What accounts does when allauth confirms an address."""

from allauth.account.signals import email_confirmed
from django.dispatch import receiver

from . import services


@receiver(email_confirmed)
def release_other_claims_to_a_confirmed_address(sender, request, email_address, **kwargs):
    services.unconfirmed_email_claims_release(email=email_address.email, keep_user=email_address.user)
