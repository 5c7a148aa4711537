from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value, yield_hotp_counters_from_time
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from accounts.demo import DEMO_AUTHENTICATOR_KEY


class Command(BaseCommand):
    help = "Prints the code the demo superuser's and coordinator's authenticator app would show now (DEBUG only)."

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError("demo_code works only with DEBUG=true: outside the demo nobody shares a key.")
        counter = next(yield_hotp_counters_from_time())
        self.stdout.write(format_hotp_value(hotp_value(DEMO_AUTHENTICATOR_KEY, counter)))
