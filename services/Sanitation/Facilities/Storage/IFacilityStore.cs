using DigitalCity.ServiceDefaults.Domain;

namespace DigitalCity.Sanitation.Facilities.Storage;

/// <summary>The facility registry's persistence port; codes are unique (a second registration is a <see cref="DuplicateKeyException"/>).</summary>
public interface IFacilityStore
{
    Task<Facility?> FindAsync(string code, CancellationToken cancellationToken);

    /// <summary>The facilities with these codes that exist (unknown codes are simply absent).</summary>
    Task<IReadOnlyList<Facility>> FindManyAsync(IReadOnlyCollection<string> codes, CancellationToken cancellationToken);

    Task SaveAsync(Facility facility, CancellationToken cancellationToken);

    /// <summary>Facilities by code, optionally of one kind and in one district.</summary>
    Task<Page<Facility>> ListAsync(FacilityKind? kind, string? districtCode, PageRequest page, CancellationToken cancellationToken);
}
