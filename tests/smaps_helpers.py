"""What this process really has mapped of a file, read from the kernel (Linux /proc)."""

from __future__ import annotations

from pathlib import Path


def resident_kb(path: Path) -> int:
    """KB of the file's pages mapped into this process (its Rss in /proc/self/smaps)."""
    total, inside = 0, False
    for line in Path("/proc/self/smaps").read_text().splitlines():
        first = line.split(maxsplit=1)[0] if line else ""
        if "-" in first and not first.endswith(":"):  # a mapping's header line
            inside = line.split()[-1] == str(path)
        elif inside and first == "Rss:":
            total += int(line.split()[1])
    return total
