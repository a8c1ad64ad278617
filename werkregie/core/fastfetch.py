"""Plain SQL reads of whole rows into model instances, for the hottest paths (one person's record through the API).

The ORM spends about a millisecond composing each query; these statements are composed once per model and reused.
Only simple equality filters on one column, with the model's default ordering, are supported.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TypeVar

from django.db import connection, models

M = TypeVar("M", bound=models.Model)


@lru_cache(maxsize=64)
def _statement(model: type[models.Model], column: str, vendor: str) -> tuple[str, tuple[str, ...]]:
    meta = model._meta
    fields = tuple(f.attname for f in meta.concrete_fields)
    columns = ", ".join(connection.ops.quote_name(f.column) for f in meta.concrete_fields)
    order = []
    for name in meta.ordering or ():
        descending = name.startswith("-")
        field = meta.get_field(name.lstrip("-"))
        order.append(connection.ops.quote_name(field.column) + (" DESC" if descending else ""))
    order.append(connection.ops.quote_name(meta.pk.column))
    sql = f"SELECT {columns} FROM {connection.ops.quote_name(meta.db_table)} WHERE {connection.ops.quote_name(column)} = %s ORDER BY {', '.join(order)}"
    return sql, fields


@lru_cache(maxsize=64)
def _converters(model: type[models.Model], vendor: str) -> list[list]:
    # as the ORM does: the backend's converters first, then the field's own (from_db_value)
    return [connection.ops.get_db_converters(_Expression(f)) + f.get_db_converters(connection) for f in model._meta.concrete_fields]


def rows_where(model: type[M], column: str, value: object) -> list[M]:
    sql, fields = _statement(model, column, connection.vendor)
    converters = _converters(model, connection.vendor)
    with connection.cursor() as cursor:
        cursor.execute(sql, [value])
        rows = cursor.fetchall()
    expressions = [_Expression(f) for f in model._meta.concrete_fields]
    result = []
    for row in rows:
        values = list(row)
        for i, funcs in enumerate(converters):
            for func in funcs:
                values[i] = func(values[i], expressions[i], connection)
        result.append(model.from_db(connection.alias, fields, values))
    return result


class _Expression:
    """What Django's field converters expect as their `expression` argument."""

    def __init__(self, field: models.Field) -> None:
        self.output_field = field
        self.field = field
