"""``python -m tests.faults.clocked <ISO instant> <celery arguments>``: a Celery command whose clock starts at that
instant and runs on from there.

A fault test uses it to start a worker as if it were started at the 1st of the month at 09:00 (a digest is due), or
eleven minutes after a killed worker claimed an email (its lease has run out). time-machine moves the clock of this
process only: the database, Redis and the test itself keep the real time, and the code under test is unchanged.
"""

import sys
from datetime import datetime

import time_machine
from celery.__main__ import main

if __name__ == "__main__":
    instant = datetime.fromisoformat(sys.argv[1])
    sys.argv = ["celery", *sys.argv[2:]]
    with time_machine.travel(instant, tick=True):
        main()
