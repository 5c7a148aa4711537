"""Issue 18's targets, with no Django import (the report and compare run without settings)."""

TARGET_P95_MS = 150
TARGET_SHARE_OF_CEILING = 0.30
TARGET_QUERIES = 15
TARGET_UNCHANGED_FEED_P95_MS = 20
TARGET_FULL_PRIVATE_FEED_P95_MS = 300
TARGET_WORKER_MIB = 200
