using Microsoft.Extensions.Configuration;

namespace DigitalCity.Sanitation.Collection;

/// <summary>Configuration section <c>Sanitation:Collection</c>.</summary>
public sealed class CollectionOptions
{
    public const string Section = "Sanitation:Collection";

    /// <summary>The heaviest record accepted without a vehicle (whose own <c>maxLoadKg</c> applies otherwise).</summary>
    public long MaxRecordKg { get; set; } = 40_000;

    /// <summary>How far ahead of the server's clock a record's time may be (a device clock running fast).</summary>
    public TimeSpan MaxClockSkew { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How old a record may be when it arrives (late imports of paper records included).</summary>
    public int MaxAgeDays { get; set; } = 400;

    /// <summary>The most rows one import request may carry; larger files are sent in parts.</summary>
    public int MaxImportRows { get; set; } = 50_000;

    public static CollectionOptions From(IConfiguration configuration) =>
        configuration.GetSection(Section).Get<CollectionOptions>() ?? new CollectionOptions();
}
