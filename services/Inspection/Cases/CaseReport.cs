using DigitalCity.Contracts;

namespace DigitalCity.Inspection.Cases;

/// <summary>What a reporter says about an incident (上报).</summary>
public sealed record CaseReport(GeoPoint Location, string Address, string Description, IReadOnlyList<string> PhotoRefs);
