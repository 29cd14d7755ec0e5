namespace DigitalCity.Sanitation.Collection;

/// <summary>A collection record as the API shows it; <see cref="WeightTonnes"/> is <see cref="WeightKg"/> / 1000, exactly.</summary>
public sealed record CollectionView(
    Guid Id,
    string Ticket,
    WasteType WasteType,
    long WeightKg,
    decimal WeightTonnes,
    string SiteCode,
    string DistrictCode,
    string? VehicleCode,
    string? DestinationCode,
    IReadOnlyList<string> Crew,
    DateTimeOffset CollectedAt,
    DateOnly Day,
    string Source,
    string RecordedBy,
    DateTimeOffset RecordedAt)
{
    public static CollectionView From(CollectionRecord r) => new(
        r.Id, r.Ticket, r.WasteType, r.WeightKg, Tonnes(r.WeightKg), r.SiteCode, r.DistrictCode, r.VehicleCode, r.DestinationCode, r.Crew,
        r.CollectedAt, r.Day, r.Source, r.RecordedBy, r.RecordedAt);

    public static decimal Tonnes(long kilograms) => kilograms / 1000m;
}
