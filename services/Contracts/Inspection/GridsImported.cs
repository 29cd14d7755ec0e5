using MassTransit;

namespace DigitalCity.Contracts.Inspection;

/// <summary>
/// 网格导入 — an administrator imported unit grids (with any streets and communities they named); reports
/// are placed in the new grids from now on. Every replica of the inspection service also reloads its
/// place directory from the store on its own (docs/deploy.md), so this event is for other systems' maps.
/// </summary>
/// <param name="ImportNumber">The import's place in the city's sequence of imports (1, 2, …).</param>
/// <param name="Created">Grids whose codes were new.</param>
/// <param name="Replaced">Grids whose codes existed and whose name and boundary were replaced.</param>
/// <param name="GridCodes">The codes of every grid in the import, created or replaced, in ordinal order.</param>
[EntityName("digitalcity.inspection.grids-imported")]
public sealed record GridsImported(
    Guid EventId,
    DateTimeOffset OccurredAt,
    string ImportedBy,
    long ImportNumber,
    int Created,
    int Replaced,
    int StreetsCreated,
    int CommunitiesCreated,
    IReadOnlyList<string> GridCodes) : IIntegrationEvent;
