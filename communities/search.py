"""Search text shared by the stored index and the query, so both are normalised the same way."""

import re
import unicodedata

MAX_SEARCH_TERMS = 8


def normalise_for_search(text: str) -> str:
    """Lower case without diacritics: "Ŵyl Ddewi" and "wyl ddewi" become the same text."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def search_terms(query: str) -> list[str]:
    """The words of a query as plain letters and digits; punctuation and operators are dropped."""
    return re.findall(r"[^\W_]+", normalise_for_search(query))[:MAX_SEARCH_TERMS]


def community_search_text(community, topics) -> str:
    """What a community is found by: both languages of its name, summary, description and purpose, and its
    topics' names, normalised (kept in ``Community.search_text``)."""
    parts = [
        community.name,
        community.name_cy,
        community.summary,
        community.summary_cy,
        community.description,
        community.description_cy,
        community.purpose,
        community.purpose_cy,
        *[name for topic in topics for name in (topic.name, topic.name_cy)],
    ]
    return normalise_for_search(" ".join(part for part in parts if part))
