namespace DigitalCity.ServiceDefaults.Storage.Sqlite;

/// <summary>
/// A field of an aggregate's document that its table also keeps in a column of its own, written from C# on
/// every save, so indexes and queries read it without parsing the JSON. <paramref name="Value"/> must give what
/// <c>json_extract(doc, JsonPath)</c> gives for the same aggregate: a table made before the column existed is
/// backfilled with that expression.
/// </summary>
/// <param name="Name">The column's name, also the name of its parameter in the table's statements.</param>
/// <param name="Type">Its SQLite type: TEXT, REAL or INTEGER.</param>
/// <param name="JsonPath">Where the document holds the same value, e.g. <c>$.location.latitude</c>.</param>
/// <param name="Value">The value from the aggregate; null stores NULL.</param>
public sealed record SqliteColumn<T>(string Name, string Type, string JsonPath, Func<T, object?> Value);
