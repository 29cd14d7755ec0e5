using DigitalCity.Contracts;
using DigitalCity.Contracts.Sanitation.Facilities;
using DigitalCity.ServiceDefaults.Domain;

namespace DigitalCity.Sanitation.Facilities;

/// <summary>
/// One registered sanitation facility — a collection point, transfer station, disposal site, vehicle, public
/// toilet, litter bin or rest station — known by its <see cref="Code"/>, which collection records, sensor
/// readings and work orders name. A facility is retired rather than deleted, so old records keep their meaning.
/// </summary>
public sealed class Facility : AggregateRoot
{
    Facility()
    {
    }

    /// <summary>The bureau's code for it (e.g. <c>CP-410811-0007</c>), unique across kinds.</summary>
    public string Code { get; private set; } = "";

    public FacilityKind Kind { get; private set; }

    public string Name { get; private set; } = "";

    /// <summary>The 6-digit administrative code of its district (e.g. 410811 山阳区).</summary>
    public string DistrictCode { get; private set; } = "";

    /// <summary>WGS84; a vehicle's depot, or none.</summary>
    public GeoPoint? Location { get; private set; }

    public string? Address { get; private set; }

    /// <summary>A vehicle's plate (e.g. 豫H·A1234).</summary>
    public string? PlateNumber { get; private set; }

    /// <summary>A vehicle's load ceiling: a collection record above it is refused as absurd.</summary>
    public int? MaxLoadKg { get; private set; }

    /// <summary>A litter bin's or collection point's bin type (e.g. <c>240L</c>, <c>660L</c>), which sets its sensor thresholds.</summary>
    public string? BinType { get; private set; }

    /// <summary>A collection point's own clearance cut-off (city-local time), instead of the configured one.</summary>
    public TimeOnly? ClearBy { get; private set; }

    /// <summary>A disposal site's method (e.g. 焚烧发电, 卫生填埋, 厨余处理).</summary>
    public string? DisposalMethod { get; private set; }

    public bool Retired { get; private set; }

    public string RegisteredBy { get; private set; } = "";

    public DateTimeOffset RegisteredAt { get; private set; }

    public DateTimeOffset? UpdatedAt { get; private set; }

    public static Facility Register(string code, FacilityDetails details, string registeredBy, TimeProvider time)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentNullException.ThrowIfNull(details);
        var now = time.GetUtcNow();
        var facility = new Facility { Id = Guid.CreateVersion7(now), Code = code, RegisteredBy = registeredBy, RegisteredAt = now };
        facility.Apply(details);
        facility.Raise(new FacilityRegistered(Guid.NewGuid(), now, facility.Id, code, details.Kind.ToString(), details.Name, details.DistrictCode, details.Location));
        return facility;
    }

    public FacilityDetails Details() =>
        new(Kind, Name, DistrictCode, Location, Address, PlateNumber, MaxLoadKg, BinType, ClearBy, DisposalMethod);

    /// <summary>Replaces the details (the kind stays) and raises <see cref="FacilityUpdated"/>; false when nothing changed.</summary>
    public bool Update(FacilityDetails details, bool retired, string updatedBy, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(details);
        if (details.Kind != Kind)
        {
            throw new InvalidTransitionException($"change a {Kind} into a {details.Kind}", Kind.ToString());
        }

        if (details == Details() && retired == Retired)
        {
            return false;
        }

        Apply(details);
        Retired = retired;
        UpdatedAt = time.GetUtcNow();
        Raise(new FacilityUpdated(Guid.NewGuid(), UpdatedAt.Value, Id, Code, Kind.ToString(), Name, DistrictCode, Location, retired, updatedBy));
        return true;
    }

    void Apply(FacilityDetails details)
    {
        Kind = details.Kind;
        Name = details.Name;
        DistrictCode = details.DistrictCode;
        Location = details.Location;
        Address = details.Address;
        PlateNumber = details.PlateNumber;
        MaxLoadKg = details.MaxLoadKg;
        BinType = details.BinType;
        ClearBy = details.ClearBy;
        DisposalMethod = details.DisposalMethod;
    }
}
