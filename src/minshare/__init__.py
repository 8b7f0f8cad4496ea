"""minshare: minimise a dataset for one permitted purpose, and sign what was released.

The library is the product; the ``minshare`` command is a thin layer over it::

    import minshare

    release = minshare.apply("clients.csv", policy="policies/service-delivery.yaml",
                             purpose="service-delivery", output="out.parquet", keys="keys/")
    report = minshare.verify(release.manifest_path, signer_key="keys/signing.pub")
    assert report.ok

Names are imported on first use, so ``import minshare`` stays light.
"""

from __future__ import annotations

import importlib
from typing import Any

__version__ = "0.1.0"

_LAZY = {
    "apply": "minshare.pipeline",
    "check": "minshare.pipeline",
    "Release": "minshare.pipeline",
    "verify": "minshare.audit",
    "VerificationReport": "minshare.audit",
    "decrypt": "minshare.recipient",
    "load_policy": "minshare.policy",
    "Policy": "minshare.policy",
    "init_sender_keys": "minshare.keys",
    "init_recipient_keys": "minshare.keys",
    "MinshareError": "minshare.errors",
    "ExitStatus": "minshare.errors",
}

__all__ = [  # noqa: PLE0604  # the lazily imported names are strings too
    "__version__",
    *_LAZY,
]


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'minshare' has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)
