namespace DigitalCity.Inspection.Places;

/// <summary>
/// 街道 — a street office (or township) in a district. <see cref="Code"/> is the nine-digit code: the
/// district's six digits and the street's three, the way grid codes spell it.
/// </summary>
public sealed record Street(string Code, string Name, string DistrictCode);
