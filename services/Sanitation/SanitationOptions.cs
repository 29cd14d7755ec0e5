namespace DigitalCity.Sanitation;

/// <summary>Configuration section <c>Sanitation</c>.</summary>
public sealed class SanitationOptions
{
    public const string Section = "Sanitation";

    /// <summary>
    /// Inspection case categories that become sanitation tasks: 暴露垃圾, 积存垃圾渣土, 道路不洁, 垃圾满溢
    /// by default. The sanitation department decides what it handles, so the list lives here.
    /// </summary>
    public IReadOnlyList<string> CaseCategories { get; set; } = ["E0102", "E0103", "E0104", "E0105"];
}
