"""Which addresses the crawler may connect to: never link-local, private only when allowed."""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable

Resolver = Callable[[str, int], list[str]]


def resolve(host: str, port: int) -> list[str]:
    """All addresses a host name resolves to."""
    infos = socket.getaddrinfo(host, port, proto=socket.IPPROTO_TCP)
    return [info[4][0] for info in infos]


def address_refused(address: str, allow_private: bool) -> bool:
    """True if we must not connect to ``address``.

    Link-local, multicast, reserved and unspecified addresses are always refused; private and
    loopback ones unless ``allow_private``.
    """
    ip = ipaddress.ip_address(address.split("%")[0])
    if ip.is_link_local or ip.is_multicast or ip.is_unspecified or ip.is_reserved:
        return True
    if ip.is_loopback or ip.is_private:
        return not allow_private
    return False
