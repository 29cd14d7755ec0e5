using DigitalCity.Contracts;
using DigitalCity.Sanitation.Facilities;
using DigitalCity.Sanitation.Facilities.Storage;
using DigitalCity.Sanitation.Storage;
using DigitalCity.Sanitation.Tasks;
using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Http;

namespace DigitalCity.Sanitation.Overflow;

/// <summary>
/// What sensor readings and staff reports share: which facilities are bins, the configured deadline and department
/// of an overflow's collection task, and one open collection task per bin.
/// </summary>
public sealed class OverflowTasks(ITaskStore tasks, IFacilityStore facilities, OverflowOptions overflow, SanitationOptions sanitation, TimeProvider time)
{
    public ITaskStore Tasks => tasks;

    public OverflowOptions Options => overflow;

    public TimeProvider Time => time;

    /// <summary>The facilities that overflow: street litter bins and collection points.</summary>
    public static bool IsBin(FacilityKind kind) => kind is FacilityKind.LitterBin or FacilityKind.CollectionPoint;

    /// <summary>The registered, active bin <paramref name="code"/>, or null with the reason under <paramref name="field"/>.</summary>
    public async Task<Facility?> FindBinAsync(string? code, string field, ValidationErrors errors, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (string.IsNullOrWhiteSpace(code))
        {
            errors.Add(field, $"'{field}' is required.");
            return null;
        }

        var bin = await facilities.FindAsync(code, cancellationToken);
        errors.Check(bin is not null, field, $"No facility {code} is registered; see GET /api/sanitation/facilities.");
        errors.Check(bin is null || IsBin(bin.Kind), field, $"{code} is a {bin?.Kind}, not a litter bin or collection point.");
        errors.Check(bin is null || !bin.Retired, field, $"{code} is retired.");
        return bin is not null && IsBin(bin.Kind) && !bin.Retired ? bin : null;
    }

    /// <summary>
    /// A sighting now, due <see cref="OverflowOptions.Deadline"/> later, for the sanitation department: a sensor's with
    /// its <paramref name="reading"/>, a staff report's with its Idempotency-Key <paramref name="stamp"/>.
    /// </summary>
    public OverflowSighting Sighting(
        TaskSource source,
        string? facilityCode,
        GeoPoint location,
        string address,
        string description,
        IReadOnlyList<string> photoRefs,
        string reportedBy,
        BinReading? reading = null,
        IdempotencyStamp? stamp = null) =>
        new(source, facilityCode, location, address, description, photoRefs, time.GetUtcNow() + overflow.Deadline, sanitation.DepartmentCode, reportedBy,
            reading?.FillLevelPercent, reading?.ReadingId, stamp);

    /// <summary>
    /// Opens a collection task for the sighting, unless its bin already has an open one: that task is returned
    /// instead (<c>Opened</c> false). The store's unique index settles two sightings of one bin racing each other.
    /// </summary>
    public async Task<(SanitationTask Task, bool Opened)> OpenAsync(OverflowSighting sighting, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sighting);
        if (sighting.FacilityCode is { } code && await tasks.FindOpenForFacilityAsync(code, cancellationToken) is { } open)
        {
            return (open, false);
        }

        var task = SanitationTask.ForOverflow(sighting, time);
        try
        {
            await tasks.SaveAsync(task, cancellationToken);
            return (task, true);
        }
        catch (DuplicateKeyException) when (sighting.FacilityCode is not null)
        {
            if (await tasks.FindOpenForFacilityAsync(sighting.FacilityCode, cancellationToken) is { } winner)
            {
                return (winner, false);
            }

            throw;
        }
    }
}
