"""The matching engine: the ESCO taxonomy shipped with werkregie, text to ESCO, and (to come) ranking."""
