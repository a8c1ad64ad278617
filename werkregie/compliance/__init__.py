"""Compliance and sanctions (controller): cases, hearing, uniform decision proposals, notification, appeal."""
