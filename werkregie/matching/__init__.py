"""Competency-based matching on ESCO (issue 3). `engine/` is plain Python and works without Django."""
