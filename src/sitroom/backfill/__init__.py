"""Backfill on Dask: ``sitroom backfill`` extracts a large corpus on a cluster's workers, writes one Parquet file a
partition, then loads the store from them and fuses once (see :mod:`sitroom.backfill.run`).

Dask is optional (``pip install 'sitroom[dask]'``); only :func:`dask_client` and :func:`backfill` need it.
"""

from __future__ import annotations

from sitroom.backfill.parts import PartRow, PartSummary, event_from_record, read_partition, write_partition
from sitroom.backfill.run import BackfillResult, backfill, dask_client

__all__ = [
    "BackfillResult",
    "PartRow",
    "PartSummary",
    "backfill",
    "dask_client",
    "event_from_record",
    "read_partition",
    "write_partition",
]
