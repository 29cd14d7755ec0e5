using DigitalCity.ServiceDefaults.Domain;

namespace DigitalCity.Sanitation.Routes;

/// <summary>Collection routes, unique by code.</summary>
public interface IRouteStore
{
    Task<CollectionRoute?> FindAsync(string code, CancellationToken cancellationToken);

    /// <summary>The routes a staff member crews.</summary>
    Task<IReadOnlyList<CollectionRoute>> CrewedByAsync(string userId, CancellationToken cancellationToken);

    Task SaveAsync(CollectionRoute route, CancellationToken cancellationToken);

    Task<Page<CollectionRoute>> ListAsync(string? districtCode, PageRequest page, CancellationToken cancellationToken);
}
