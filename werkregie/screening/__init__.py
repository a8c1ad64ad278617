"""Screening of the distance to the labour market (C2, issue 5). So far the engine (`engine/`, plain Python) and
the audit command `werkregie screening evaluate`; the platform's models, pages and worklist are still to come."""
