"""The Whoosh index over the release store, and the Python query API."""
