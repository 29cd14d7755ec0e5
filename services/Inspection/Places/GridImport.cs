using DigitalCity.Contracts.Inspection;
using DigitalCity.ServiceDefaults.Domain;

namespace DigitalCity.Inspection.Places;

/// <summary>
/// 网格导入记录 — one accepted import: the grids, streets and communities it brought, who imported them and
/// when. Imports are kept in sequence and never changed; the live directory is the seed with every import
/// laid over it in order, a later grid replacing an earlier one of the same code. One document per import
/// makes each import atomic with its event in either store, and the unique <see cref="Number"/> makes two
/// concurrent imports conflict instead of both building on the same directory.
/// </summary>
public sealed class GridImport : AggregateRoot
{
    GridImport()
    {
    }

    /// <summary>1 for the city's first import, then 2, 3, …</summary>
    public long Number { get; private set; }

    public string ImportedBy { get; private set; } = "";

    public DateTimeOffset ImportedAt { get; private set; }

    public IReadOnlyList<Street> Streets { get; private set; } = [];

    public IReadOnlyList<Community> Communities { get; private set; } = [];

    public IReadOnlyList<StoredGrid> Grids { get; private set; } = [];

    /// <summary>Codes of the grids that were new, in ordinal order.</summary>
    public IReadOnlyList<string> Created { get; private set; } = [];

    /// <summary>Codes of the grids that replaced earlier ones, in ordinal order.</summary>
    public IReadOnlyList<string> Replaced { get; private set; } = [];

    /// <summary>Records a planned import as number <paramref name="number"/> and raises <see cref="GridsImported"/>.</summary>
    public static GridImport Record(long number, GridImportPlan plan, string importedBy, TimeProvider time)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentException.ThrowIfNullOrWhiteSpace(importedBy);
        ArgumentNullException.ThrowIfNull(time);
        var import = new GridImport
        {
            Id = Guid.NewGuid(),
            Number = number,
            ImportedBy = importedBy,
            ImportedAt = time.GetUtcNow(),
            Streets = [.. plan.Streets],
            Communities = [.. plan.Communities],
            Grids = [.. plan.Grids.Select(StoredGrid.From)],
            Created = [.. plan.Created],
            Replaced = [.. plan.Replaced],
        };
        import.Raise(new GridsImported(
            Guid.NewGuid(),
            import.ImportedAt,
            importedBy,
            number,
            plan.Created.Count,
            plan.Replaced.Count,
            plan.StreetsCreated,
            plan.CommunitiesCreated,
            [.. plan.Created.Concat(plan.Replaced).Order(StringComparer.Ordinal)]));
        return import;
    }
}
