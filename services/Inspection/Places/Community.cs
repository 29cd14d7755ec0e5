namespace DigitalCity.Inspection.Places;

/// <summary>
/// 社区 — a community (or village) in a street. <see cref="Code"/> is the twelve-digit code: the
/// street's nine digits and the community's three.
/// </summary>
public sealed record Community(string Code, string Name, string StreetCode);
