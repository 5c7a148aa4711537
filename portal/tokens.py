"""Secret tokens in links (private calendar feeds, unsubscribing): only their hash is stored and looked up."""

import hashlib


def token_hash(token: str) -> str:
    """The SHA-256 of a token, in hex: what the database keeps instead of the token."""
    return hashlib.sha256(token.encode()).hexdigest()
