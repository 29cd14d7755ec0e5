namespace DigitalCity.Inspection.Places;

/// <summary>
/// 导入方案 — what an accepted grid import changes: the grids it brings (each new or replacing the grid
/// of its code), the streets and communities it creates or renames, and the directory that results.
/// </summary>
/// <param name="Streets">Streets the import creates or renames.</param>
/// <param name="Communities">Communities the import creates or renames.</param>
/// <param name="Created">Codes of grids new to the directory, in ordinal order.</param>
/// <param name="Replaced">Codes of grids whose name and boundary the import replaces, in ordinal order.</param>
public sealed record GridImportPlan(
    IReadOnlyList<Street> Streets,
    IReadOnlyList<Community> Communities,
    IReadOnlyList<UnitGrid> Grids,
    IReadOnlyList<string> Created,
    IReadOnlyList<string> Replaced,
    int StreetsCreated,
    int CommunitiesCreated,
    PlaceDirectory Directory);
