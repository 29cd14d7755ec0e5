using DigitalCity.ServiceDefaults.Domain;

namespace DigitalCity.Sanitation.Maintenance.Storage;

/// <summary>The work orders' persistence port.</summary>
public interface IMaintenanceOrderStore
{
    Task<MaintenanceOrder?> FindAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Inserts or updates the order with its pending events, atomically, with an optimistic version check.</summary>
    Task SaveAsync(MaintenanceOrder order, CancellationToken cancellationToken);

    /// <summary>Orders soonest due first, filtered.</summary>
    Task<Page<MaintenanceOrder>> ListAsync(MaintenanceFilter filter, PageRequest page, CancellationToken cancellationToken);

    /// <summary>Open orders not yet flagged overdue whose due instant is at or before <paramref name="now"/>, soonest due first.</summary>
    Task<IReadOnlyList<MaintenanceOrder>> FindDueAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken);
}

/// <summary>Which orders a list shows; a null part matches every order.</summary>
public sealed record MaintenanceFilter(
    MaintenanceStatus? Status = null,
    string? FacilityCode = null,
    string? DistrictCode = null,
    bool? Overdue = null,
    string? AssigneeId = null);
