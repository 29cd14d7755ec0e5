namespace DigitalCity.Inspection.DispatchRules;

/// <summary>What the rules look at in a case: its category, where it is, what the report says, and its urgency.</summary>
/// <param name="DistrictCode">The six-digit district code; taken from the grid code when absent.</param>
public sealed record DispatchQuery(string CategoryCode, string? DistrictCode, string? GridCode, string Description, bool Urgent = false)
{
    /// <summary>The case's district: as given, or the administrative part of its grid code.</summary>
    public string? District => DistrictCode ?? (GridCode is { Length: >= 6 } grid ? grid[..6] : null);
}
