namespace DigitalCity.Inspection.Open311;

/// <summary>The two formats of GeoReport v2, chosen by the path's suffix (<c>services.json</c>, <c>services.xml</c>).</summary>
public enum Open311Format
{
    Json,
    Xml,
}

public static class Open311Formats
{
    /// <summary>The route value every Open311 path ends in.</summary>
    public const string RouteValue = "format";

    /// <summary>The format named by a path suffix; null for anything but <c>json</c> and <c>xml</c>.</summary>
    public static Open311Format? Parse(string? suffix) => suffix?.ToLowerInvariant() switch
    {
        "json" => Open311Format.Json,
        "xml" => Open311Format.Xml,
        _ => null,
    };

    /// <summary>The format of a path the group's filter already checked.</summary>
    public static Open311Format Of(string suffix) => Parse(suffix) ?? Open311Format.Json;

    public static string MediaType(this Open311Format format) => format == Open311Format.Xml ? "text/xml" : "application/json";
}
