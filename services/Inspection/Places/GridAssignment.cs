namespace DigitalCity.Inspection.Places;

/// <summary>
/// 网格定位结果 — where a reported point belongs: its unit grid and, through it, the community, street and
/// district that statistics and dispatch are counted by.
/// </summary>
public sealed record GridAssignment(UnitGrid Grid, Community Community, Street Street, District District);
