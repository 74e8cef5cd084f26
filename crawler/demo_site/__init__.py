"""An INA-like site for tests, demos and benchmarks: deterministic synthetic releases, each in
the layout INA used in its year (``layouts``), with print views (plus the real seed release),
served over loopback HTTP with configurable faults.

    site = Site(SiteConfig(n_releases=2000, seed=1))
    with DemoSiteServer(site, faults=Faults([FaultRule(path=r"^/rss\\.xml$", status=503)])) as srv:
        ...  # srv.base_url, srv.requests
"""

from crawler.demo_site.errors import DemoSiteError
from crawler.demo_site.faults import FaultRule, Faults
from crawler.demo_site.server import DemoSiteServer, RequestRecord
from crawler.demo_site.site import Site, SiteConfig, SyntheticRelease

__all__ = [
    "DemoSiteError",
    "DemoSiteServer",
    "FaultRule",
    "Faults",
    "RequestRecord",
    "Site",
    "SiteConfig",
    "SyntheticRelease",
]
