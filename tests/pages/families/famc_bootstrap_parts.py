"""Page parts of the bootstrap-2018 family (Bootstrap 4 chrome, dates, non-releases).

Every page built here is SYNTHETIC.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta

import famc_content as C
import famc_kit as K
from famc_kit import esc

SITE = {"en": "Iraqi News Agency", "ar": "وكالة الأنباء العراقية"}
AR_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def others(rng: random.Random, lang: str, title: str, n: int) -> list[str]:
    """n headlines of other releases (never the page's own)."""
    pool = [t for t in (C.AR_TEASERS if lang == "ar" else C.EN_TEASERS) if t != title]
    return rng.sample(pool, n)


def head(title: str, lang: str, charset: str, extra: str = "") -> str:
    """Doctype, synthetic mark and head."""
    d = "rtl" if lang == "ar" else "ltr"
    return (
        f'<!doctype html>\n{K.SYNTH}\n<html lang="{lang}" dir="{d}">\n<head>\n'
        f'<meta charset="{charset}">\n<meta name="viewport" content="width=device-width, '
        'initial-scale=1, shrink-to-fit=no">\n<link rel="stylesheet" href="/css/bootstrap.min.css">\n'
        f"<title>{esc(title)} | {SITE[lang]}</title>\n{extra}</head>\n"
    )


def navbar(rng: random.Random, lang: str, title: str) -> str:
    """Navbar, optional cookie banner and news ticker."""
    out = (
        '<nav class="navbar navbar-expand-lg navbar-dark bg-dark"><a class="navbar-brand" href="/">'
        '<img src="/img/logo.png" width="30" height="30" alt="INA"> INA</a><ul class="navbar-nav">'
        '<li class="nav-item"><a class="nav-link" href="/">Home</a></li><li class="nav-item">'
        '<a class="nav-link" href="/economy/">Economy</a></li></ul></nav>\n'
    )
    if rng.random() < 0.5:
        out += (
            '<div class="alert alert-dark alert-dismissible fixed-bottom cookie-consent">This site '
            'uses cookies. <button type="button" class="btn btn-sm btn-light">Got it</button></div>\n'
        )
    if rng.random() < 0.6:
        t = others(rng, lang, title, 2)
        out += (
            '<div class="news-ticker bg-danger text-white py-1"><span class="badge badge-light">'
            f"{'عاجل' if lang == 'ar' else 'Breaking'}</span> <span>{esc(t[0])}</span> &bull; "
            f"<span>{esc(t[1])}</span></div>\n"
        )
    return out


def when_text(d: datetime, lang: str) -> str:
    """A short date for sidebar and carousel items."""
    return K.ar_long(d) if lang == "ar" else f"{K.en_long(d)} at {K.clock12(d)}"


def most_read(rng: random.Random, lang: str, date: datetime, title: str) -> str:
    """The col-lg-4 Most read list with later dates."""
    items = ""
    for k, t in enumerate(others(rng, lang, title, 5)):
        d = date + timedelta(hours=2 * k + 1, minutes=rng.randrange(60))
        items += (
            f'<li class="list-group-item"><img src="/img/thumbs/{k}.jpg" class="mr-2" width="64" '
            f'alt=""><a href="/{rng.randrange(1000, 9999)}--.html">{esc(t)}</a><br>'
            f'<small class="text-muted">{when_text(d, lang)}</small></li>\n'
        )
    name = "الأكثر قراءة" if lang == "ar" else "Most read"
    return (
        f'<div class="col-lg-4"><div class="card mb-4"><div class="card-header">{name}</div>'
        f'<ul class="list-group list-group-flush">\n{items}</ul></div></div>\n'
    )


def carousel(rng: random.Random, lang: str, date: datetime, title: str) -> str:
    """Related news carousel above the footer."""
    items = ""
    for k, t in enumerate(others(rng, lang, title, 3)):
        d = date - timedelta(days=k + 1)
        active = " active" if k == 0 else ""
        items += (
            f'<div class="carousel-item{active}"><img class="d-block w-100" src="/img/related/{k}.jpg"'
            f' alt="{esc(t)}"><div class="carousel-caption"><h5>{esc(t)}</h5><p><small>'
            f"{when_text(d, lang)}</small></p></div></div>\n"
        )
    name = "أخبار ذات صلة" if lang == "ar" else "Related news"
    return (
        f'<div class="container"><h4>{name}</h4><div id="relatedCarousel" class="carousel slide" '
        f'data-ride="carousel"><div class="carousel-inner">\n{items}</div></div></div>\n'
    )


def footer(lang: str) -> str:
    """Footer and scripts."""
    return (
        f'<footer class="footer bg-dark text-white py-3"><div class="container">&copy; {SITE[lang]}'
        ' <a href="/privacy">Privacy</a></div></footer>\n<script src="/js/jquery.slim.min.js">'
        '</script>\n<script src="/js/bootstrap.bundle.min.js"></script>\n</body>\n</html>\n'
    )


def non_releases(rng: random.Random) -> list[K.Page]:
    """Search results (listing), an Arabic "news not found" box (error), a privacy page."""
    out = []
    url = "https://ina.iq/eng/index.php?do=search&subaction=search&story=oil"
    cards = ""
    for k, t in enumerate(C.EN_TEASERS[:6]):
        d = K.rand_date(rng, 2018, 2018)
        cards += (
            f'<div class="card mb-3"><div class="card-body"><h5 class="card-title"><a href="/eng/'
            f'{9000 + k}-{K.slug(t)}.html">{esc(t)}</a></h5><small class="text-muted">'
            f'{when_text(d, "en")}</small><p class="card-text">{esc(C.EN_STORIES[k][2][0])}</p>'
            "</div></div>\n"
        )
    page = (
        head("Search results", "en", "utf-8")
        + "<body>\n"
        + navbar(rng, "en", "")
        + '<div class="container"><div class="row"><div class="col-lg-8"><h1 class="h3">Search '
        + f"results for &quot;oil&quot;</h1><p>Found 214 results.</p>\n{cards}"
        + '<ul class="pagination"><li class="page-item"><a class="page-link" href="#">2</a></li>'
        + "</ul></div></div></div>\n"
        + footer("en")
    )
    out.append(K.Page("bs-search-oil", page, "utf-8",
                      K.other_label("search results with teaser cards", url, None, "listing")))  # fmt: skip
    url = "https://ina.iq/888888--.html"
    page = (
        head("خطأ", "ar", "utf-8")
        + "<body>\n"
        + navbar(rng, "ar", "")
        + '<div class="container"><div class="row"><div class="col-lg-8"><div class="alert '
        + 'alert-danger mt-4" role="alert"><h4 class="alert-heading">معلومات</h4><p>عذرا، الخبر '
        + "المطلوب غير موجود أو تم حذفه.</p></div></div></div></div>\n"
        + footer("ar")
    )
    out.append(K.Page("bs-not-found-ar", page, "utf-8", K.other_label(
        "news not found alert box", url, "text/html; charset=utf-8", "error")))  # fmt: skip
    url = "https://ina.iq/eng/privacy.html"
    text = [
        "This privacy policy explains how the website collects and uses information.",
        "We collect only the data needed to deliver the service, such as anonymous visit "
        "statistics, and we do not sell personal data to third parties.",
        "Cookies are used to remember your preferences. You can disable cookies in your browser "
        "settings at any time.",
        "Questions about this policy can be sent through the contact page.",
    ]
    body = "".join(f'<p class="card-text">{esc(p)}</p>\n' for p in text + C.EN_ABOUT[:2])
    page = (
        head("Privacy policy", "en", "utf-8")
        + "<body>\n"
        + navbar(rng, "en", "")
        + '<div class="container"><div class="row"><div class="col-lg-8"><div class="card">'
        + f'<div class="card-body"><h1 class="card-title">Privacy policy</h1>\n{body}'
        + "</div></div></div></div></div>\n"
        + footer("en")
    )
    out.append(K.Page("bs-static-privacy", page, "utf-8",
                      K.other_label("privacy policy page", url, None, "static")))  # fmt: skip
    return out
