using DigitalCity.Contracts.Sanitation.Collection;

namespace DigitalCity.Sanitation.Collection;

/// <summary>
/// 清运记录 — one load of waste collected at a collection point or transfer station: its type, its weight in
/// whole kilograms (a weighbridge's resolution, so every total adds up exactly), the vehicle, the crew, where it
/// went. A record is a fact: it is never edited, and <see cref="Ticket"/> — the weighbridge ticket (磅单号) of its
/// source, or the recorder's Idempotency-Key — keeps it from being counted twice however often it is delivered.
/// </summary>
public sealed record CollectionRecord(
    Guid Id,
    string Ticket,
    WasteType WasteType,
    long WeightKg,
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
    /// <summary>The event every stored record raises, once.</summary>
    public WasteCollected ToEvent() => new(
        Id, RecordedAt, Id, Ticket, WasteType.ToString(), WeightKg, SiteCode, DistrictCode, VehicleCode, DestinationCode, CollectedAt, Day, Source);
}
