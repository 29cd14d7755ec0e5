using System.Diagnostics.CodeAnalysis;

namespace DigitalCity.Inspection.Places;

/// <summary>
/// GeoJSON 解析结果 — the value read from GeoJSON, or every error found. Bad map data is expected input, not
/// an exception, and reporting all errors at once saves the drawer a round trip per mistake.
/// </summary>
public sealed record GeoJsonResult<T>(T? Value, IReadOnlyList<GeoJsonError> Errors)
    where T : class
{
    [MemberNotNullWhen(true, nameof(Value))]
    public bool Succeeded => Value is not null && Errors.Count == 0;
}
