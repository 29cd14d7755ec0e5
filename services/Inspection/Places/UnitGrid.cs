namespace DigitalCity.Inspection.Places;

/// <summary>
/// 单元网格 — the smallest area a grid officer walks; a reported point belongs to the grid whose
/// boundary contains it. The boundary is a multipolygon because a grid may be split by a river or a
/// railway, and may have holes where a compound belongs to another grid.
/// </summary>
public sealed record UnitGrid(string Code, string Name, string CommunityCode, MultiPolygon Boundary);
