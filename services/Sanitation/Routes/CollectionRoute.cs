using DigitalCity.Contracts.Sanitation.Facilities;
using DigitalCity.ServiceDefaults.Domain;

namespace DigitalCity.Sanitation.Routes;

/// <summary>
/// 清运线路 — a collection route: the collection points and transfer stations one crew serves. Sanitation staff
/// record loads only at the facilities of the routes they crew ("their own routes"); supervisors lay routes out.
/// </summary>
public sealed class CollectionRoute : AggregateRoot
{
    CollectionRoute()
    {
    }

    public string Code { get; private set; } = "";

    public string Name { get; private set; } = "";

    public string DistrictCode { get; private set; } = "";

    public IReadOnlyList<string> FacilityCodes { get; private set; } = [];

    /// <summary>The user ids (token subjects) of the staff who work it.</summary>
    public IReadOnlyList<string> Crew { get; private set; } = [];

    public DateTimeOffset UpdatedAt { get; private set; }

    public string UpdatedBy { get; private set; } = "";

    public static CollectionRoute Create(string code, TimeProvider time)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        return new CollectionRoute { Id = Guid.CreateVersion7(time.GetUtcNow()), Code = code };
    }

    public bool Serves(string facilityCode) => FacilityCodes.Contains(facilityCode, StringComparer.Ordinal);

    public bool IsCrewedBy(string userId) => Crew.Contains(userId, StringComparer.Ordinal);

    /// <summary>Lays the route out anew and raises <see cref="CollectionRouteSet"/>.</summary>
    public void Set(string name, string districtCode, IReadOnlyList<string> facilityCodes, IReadOnlyList<string> crew, string updatedBy, TimeProvider time)
    {
        Name = name;
        DistrictCode = districtCode;
        FacilityCodes = facilityCodes;
        Crew = crew;
        UpdatedBy = updatedBy;
        UpdatedAt = time.GetUtcNow();
        Raise(new CollectionRouteSet(Guid.NewGuid(), UpdatedAt, Id, Code, name, districtCode, facilityCodes, crew, Version + 1));
    }
}
