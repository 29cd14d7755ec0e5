namespace DigitalCity.Sanitation;

/// <summary>Configuration section <c>Sanitation</c>.</summary>
public sealed class SanitationOptions
{
    public const string Section = "Sanitation";

    /// <summary>
    /// The department code the inspection service dispatches sanitation work to (<c>Sanitation__DepartmentCode</c>).
    /// A case dispatched, reworked or returned for this department opens or cancels a task here; the
    /// dispatch rules and categories seed it as <c>sanitation</c>.
    /// </summary>
    public string DepartmentCode { get; set; } = "sanitation";
}
