"""Peak resident memory of this process, for the benchmark children.

``getrusage(RUSAGE_SELF).ru_maxrss`` is not enough: Linux carries the parent's high-water mark into a
child across fork + exec, so a child started by a benchmark that holds a replicated 10M-line frame
reported the parent's ~570 MB. ``VmHWM`` in /proc/self/status belongs to this process's own memory map.
"""

from __future__ import annotations

import resource


def peak_rss_mb() -> float:
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
