"""werkregie: the open platform of a data-driven public employment service."""

__version__ = "0.1.0"
