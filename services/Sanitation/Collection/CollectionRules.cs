using DigitalCity.Sanitation.Facilities;
using DigitalCity.ServiceDefaults.Hosting;
using DigitalCity.ServiceDefaults.Http;

namespace DigitalCity.Sanitation.Collection;

/// <summary>
/// Checks collection entries against the facility registry and turns the valid ones into records. A record
/// names a registered, active collection point or transfer station; a vehicle, when named, must be a
/// registered vehicle and its load ceiling bounds the weight (otherwise <see cref="CollectionOptions.MaxRecordKg"/>);
/// a destination must be a disposal site or transfer station; the time may not be in the future (beyond
/// <see cref="CollectionOptions.MaxClockSkew"/>) nor older than <see cref="CollectionOptions.MaxAgeDays"/>.
/// </summary>
public sealed class CollectionRules(IReadOnlyDictionary<string, Facility> facilities, CollectionOptions options, CityClock clock, DateTimeOffset now)
{
    public const int MaxTicketLength = 80;
    public const int MaxCrew = 20;

    /// <summary>Every facility code the entries name, to load them at once.</summary>
    public static IReadOnlyCollection<string> CodesIn(IEnumerable<CollectionEntry> entries) =>
        [.. entries.SelectMany(e => new[] { e.SiteCode, e.VehicleCode, e.DestinationCode }).OfType<string>().Distinct(StringComparer.Ordinal)];

    /// <summary>The entry as a record, or null with its errors added under <paramref name="prefix"/> (e.g. <c>rows[4].</c>).</summary>
    public CollectionRecord? Check(CollectionEntry entry, string source, string recordedBy, ValidationErrors errors, string prefix = "")
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(errors);
        var before = errors.Count;
        errors.Required($"{prefix}ticket", entry.Ticket, MaxTicketLength);
        errors.Required($"{prefix}wasteType", entry.WasteType);
        var site = Facility(entry.SiteCode, $"{prefix}siteCode", errors, required: true, FacilityKind.CollectionPoint, FacilityKind.TransferStation);
        var vehicle = Facility(entry.VehicleCode, $"{prefix}vehicleCode", errors, required: false, FacilityKind.Vehicle);
        Facility(entry.DestinationCode, $"{prefix}destinationCode", errors, required: false, FacilityKind.DisposalSite, FacilityKind.TransferStation);
        var ceiling = vehicle?.MaxLoadKg ?? options.MaxRecordKg;
        errors.Check(entry.WeightKg is >= 1 && entry.WeightKg <= ceiling, $"{prefix}weightKg",
            vehicle is null
                ? $"'weightKg' is required: whole kilograms from 1 to {ceiling}."
                : $"'weightKg' is required: whole kilograms from 1 to {ceiling}, the load ceiling of vehicle {vehicle.Code}.");
        errors.Check(entry.CollectedAt is { } at && at <= now + options.MaxClockSkew && at >= now.AddDays(-options.MaxAgeDays), $"{prefix}collectedAt",
            $"'collectedAt' is required, not in the future, and at most {options.MaxAgeDays} days old.");
        var crew = entry.Crew ?? [];
        errors.Check(crew.Count <= MaxCrew && crew.All(c => !string.IsNullOrWhiteSpace(c) && c.Length <= 64), $"{prefix}crew",
            $"'crew' lists at most {MaxCrew} people, each 1 to 64 characters.");
        if (errors.Count > before)
        {
            return null;
        }

        return new CollectionRecord(
            Guid.CreateVersion7(now), entry.Ticket!.Trim(), entry.WasteType!.Value, entry.WeightKg!.Value, site!.Code, site.DistrictCode,
            vehicle?.Code, entry.DestinationCode, [.. crew.Select(c => c.Trim())], entry.CollectedAt!.Value, clock.DayOf(entry.CollectedAt.Value),
            source, recordedBy, now);
    }

    Facility? Facility(string? code, string field, ValidationErrors errors, bool required, params FacilityKind[] kinds)
    {
        if (code is null)
        {
            errors.Check(!required, field, $"'{field[(field.LastIndexOf('.') + 1)..]}' is required.");
            return null;
        }

        if (!facilities.TryGetValue(code, out var facility) || facility.Retired)
        {
            errors.Add(field, $"'{code}' is not a registered, active facility.");
            return null;
        }

        if (!kinds.Contains(facility.Kind))
        {
            errors.Add(field, $"'{code}' is a {facility.Kind}; this field takes a {string.Join(" or ", kinds)}.");
            return null;
        }

        return facility;
    }
}
