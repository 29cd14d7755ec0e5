namespace DigitalCity.Sanitation.Collection;

/// <summary>
/// One collection record as it arrives — typed by staff, a row of an imported file, or a weighbridge ticket —
/// before <see cref="CollectionRules"/> checks it against the facility registry.
/// </summary>
public sealed record CollectionEntry(
    string? Ticket,
    WasteType? WasteType,
    long? WeightKg,
    string? SiteCode,
    string? VehicleCode,
    string? DestinationCode,
    IReadOnlyList<string>? Crew,
    DateTimeOffset? CollectedAt);
