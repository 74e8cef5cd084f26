"""The Whoosh index over the release store, and the Python query API.

Example::

    from indexer import Archive, update_index
    update_index("data")                      # index what is new in data/releases.sqlite
    archive = Archive("data")
    result = archive.search("oil", language="en", sort="newest")
"""

from indexer.api import Archive
from indexer.build import IndexReport, update_index
from indexer.errors import IndexerError, IndexLocked, IndexMissing, QueryError, StoreMissing
from indexer.results import FacetValue, Hit, SearchResult

__all__ = [
    "Archive",
    "FacetValue",
    "Hit",
    "IndexLocked",
    "IndexMissing",
    "IndexReport",
    "IndexerError",
    "QueryError",
    "SearchResult",
    "StoreMissing",
    "update_index",
]
