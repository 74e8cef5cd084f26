"""A robots.txt body read the way RFC 9309 and Google's reference parser read it.

Protego does the path matching (longest match, ``Allow`` on ties, ``*``, ``$``, percent-encoding);
this layer decides which lines count and which group is ours, where Protego alone goes wrong:

- at most ``MAX_BYTES`` (500 KiB, RFC 9309 section 2.5) are read; a line cut there is dropped;
- a UTF-8 byte order mark (or its first bytes) at the start is skipped;
- CR, LF and CR LF all end a line; ``#`` starts a comment;
- a group is its consecutive ``User-agent`` lines and the rules after them; only an ``Allow`` or
  ``Disallow`` line ends the run of ``User-agent`` lines, so unknown lines (``Sitemap``,
  ``Crawl-delay``, typos, blank lines) never split a group;
- the product token of a ``User-agent`` line is its leading run of ``[A-Za-z_-]`` (so
  ``ina-archive/1.0`` and ``ina-archive bar`` name ``ina-archive``), compared case-insensitively
  and in full (``ina`` is not ``ina-archive``); every group naming us is merged, and the ``*``
  groups (also merged) apply only when no group names us;
- Google's leniencies, chosen deliberately: a key may be followed by whitespace instead of a
  colon when the line has exactly two words; ``useragent``/``user agent`` and the ``disallow``
  misspellings ``dissallow``, ``dissalow``, ``disalow``, ``diasllow``, ``disallaw`` are read as
  the directive; keys are matched by prefix; a line is cut after 16,663 bytes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from protego import Protego

MAX_BYTES = 500 * 1024
MAX_LINE_BYTES = 2083 * 8 - 1
_BOM = b"\xef\xbb\xbf"
_LINE_BREAK = re.compile(rb"\r\n|\r|\n")
_SPACE = b" \t\n\v\f\r"
_TOKEN = re.compile(rb"[A-Za-z_-]*")
_HEX = frozenset(b"0123456789abcdefABCDEF")

_USER_AGENT = ("user-agent", "useragent", "user agent")
_DISALLOW = ("disallow", "dissallow", "dissalow", "disalow", "diasllow", "disallaw")
_SITEMAP = ("sitemap", "site-map")


@dataclass(frozen=True, slots=True)
class Group:
    """The rules that apply to one product token: ``(allow?, pattern)`` pairs and a Crawl-delay."""

    rules: tuple[tuple[bool, str], ...] = ()
    crawl_delay: float | None = None
    matcher: Protego | None = field(default=None, compare=False, repr=False)

    def allowed(self, url: str) -> bool:
        """True if no rule of the group forbids ``url`` (the most specific rule wins)."""
        return self.matcher is None or self.matcher.can_fetch(url, "*")


def _directive(line: bytes) -> tuple[str, bytes] | None:
    """The kind of a line and its value, or None for blank, comment and unreadable lines."""
    line = line.split(b"#", 1)[0].strip(_SPACE)
    if not line:
        return None
    key, colon, value = line.partition(b":")
    if not colon:
        # Google: "disallow /x" (no colon) counts when the line is exactly two words.
        words = line.split()
        if len(words) != 2:
            return None
        key, value = words
    key, value = key.strip(_SPACE).lower(), value.strip(_SPACE)
    if not key:
        return None
    name = key.decode("latin-1")
    if name.startswith(_USER_AGENT):
        return "user-agent", value
    if name.startswith("allow"):
        return "allow", value
    if name.startswith(_DISALLOW):
        return "disallow", value
    if name.startswith(_SITEMAP):
        return "sitemap", value
    if name == "crawl-delay":
        return "crawl-delay", value
    return "other", value


def escape_pattern(value: bytes) -> str:
    """A rule's path with octets outside US-ASCII percent-encoded and ``%xx`` in upper case."""
    out = bytearray()
    i = 0
    while i < len(value):
        byte = value[i]
        if byte == 0x25 and _is_hex_pair(value, i + 1):
            out += b"%" + value[i + 1 : i + 3].upper()
            i += 3
            continue
        out += b"%%%02X" % byte if byte >= 0x80 else bytes((byte,))
        i += 1
    return out.decode("ascii")


def _is_hex_pair(value: bytes, at: int) -> bool:
    return at + 1 < len(value) and value[at] in _HEX and value[at + 1] in _HEX


def lines_of(body: bytes) -> list[bytes]:
    """The lines of the first 500 KiB of ``body``, after any byte order mark."""
    if len(body) > MAX_BYTES:
        body = body[:MAX_BYTES]
        last_break = max(body.rfind(b"\n"), body.rfind(b"\r"))
        body = body[: last_break + 1]  # the line cut at the limit is not read
    skip = 0
    while skip < len(_BOM) and skip < len(body) and body[skip] == _BOM[skip]:
        skip += 1
    return [line[:MAX_LINE_BYTES] for line in _LINE_BREAK.split(body[skip:])]


def _is_star(value: bytes) -> bool:
    """Google: ``*`` alone or followed by whitespace names every crawler."""
    return value[:1] == b"*" and (len(value) == 1 or value[1:2].isspace())


def product_token(value: bytes) -> str:
    """The product token a ``User-agent`` value names: its leading run of letters, ``-``, ``_``."""
    match = _TOKEN.match(value)
    return match.group(0).decode("ascii") if match else ""


def _delay(value: bytes) -> float | None:
    try:
        delay = float(value.decode("ascii"))
    except (UnicodeDecodeError, ValueError):
        return None
    return delay if delay >= 0 and delay == delay and delay != float("inf") else None


class RobotsTxt:
    """One robots.txt body, parsed once; :meth:`group` picks the rules for a product token."""

    def __init__(self, body: bytes) -> None:
        self.directives = [d for d in map(_directive, lines_of(body)) if d is not None]
        self.sitemaps = tuple(
            value.decode("utf-8", errors="replace")
            for kind, value in self.directives
            if kind == "sitemap" and value
        )
        self.group = lru_cache(maxsize=8)(self._group)

    def _group(self, token: str) -> Group:
        """The merged groups naming ``token`` (case-insensitive), else the merged ``*`` groups."""
        wanted = token.lower()
        mine: list[tuple[bool, str]] = []
        star: list[tuple[bool, str]] = []
        my_delays: list[float] = []
        star_delays: list[float] = []
        named_me = ever_named_me = named_star = after_rule = False
        for kind, value in self.directives:
            if kind == "user-agent":
                if after_rule:  # a new group starts
                    named_me = named_star = after_rule = False
                if _is_star(value):
                    named_star = True
                elif wanted and product_token(value).lower() == wanted:
                    named_me = ever_named_me = True
            elif kind in ("allow", "disallow"):
                if not (named_me or named_star):
                    continue  # rules outside any group are ignored
                after_rule = True
                (mine if named_me else star).append((kind == "allow", escape_pattern(value)))
            elif kind == "crawl-delay" and (named_me or named_star):
                delay = _delay(value)
                if delay is not None:
                    (my_delays if named_me else star_delays).append(delay)
        rules, delays = (mine, my_delays) if ever_named_me else (star, star_delays)
        return Group(tuple(rules), max(delays) if delays else None, _matcher(rules))


def _matcher(rules: list[tuple[bool, str]]) -> Protego | None:
    """Protego over one group's rules, restated under ``User-agent: *``."""
    kept = [(allow, pattern) for allow, pattern in rules if pattern]
    if not kept:
        return None
    text = "User-agent: *\n" + "".join(
        f"{'Allow' if allow else 'Disallow'}: {pattern}\n" for allow, pattern in kept
    )
    return Protego.parse(text)
