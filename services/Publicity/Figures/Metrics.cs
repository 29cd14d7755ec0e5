namespace DigitalCity.Publicity.Figures;

/// <summary>The figures a bulletin is written from, in the order a bulletin names them.</summary>
public static class Metrics
{
    /// <summary>检查组 — inspection groups sent (InspectionGroupFormed).</summary>
    public const string GroupsSent = "groupsSent";

    /// <summary>执法人员人次 — officers in those groups, counted once per group (InspectionGroupFormed).</summary>
    public const string OfficersSent = "officersSent";

    /// <summary>检查经营场所 — premises visits (InspectionCompleted).</summary>
    public const string PremisesInspected = "premisesInspected";

    /// <summary>发现隐患 — hazards found (HazardFound).</summary>
    public const string HazardsFound = "hazardsFound";

    /// <summary>整改隐患 — hazards rectified, on the day of the visit that found them (HazardRectified).</summary>
    public const string HazardsRectified = "hazardsRectified";

    public const string CasesReported = "casesReported";
    public const string CasesHandled = "casesHandled";

    /// <summary>办结案件 — cases closed (CaseClosed).</summary>
    public const string CasesClosed = "casesClosed";

    public const string SanitationTasksCompleted = "sanitationTasksCompleted";

    /// <summary>Kilograms collected (WasteCollected), one metric per waste type.</summary>
    public const string HouseholdWasteKg = "householdWasteKg";
    public const string KitchenWasteKg = "kitchenWasteKg";
    public const string RecyclableWasteKg = "recyclableWasteKg";
    public const string HazardousWasteKg = "hazardousWasteKg";

    public static IReadOnlyList<string> All { get; } =
    [
        GroupsSent, OfficersSent, PremisesInspected, HazardsFound, HazardsRectified, CasesReported, CasesHandled, CasesClosed,
        SanitationTasksCompleted, HouseholdWasteKg, KitchenWasteKg, RecyclableWasteKg, HazardousWasteKg,
    ];

    /// <summary>The kilogram metric of a <c>WasteCollected.WasteType</c>, or null for a type bulletins do not know.</summary>
    public static string? WasteKg(string wasteType) => wasteType switch
    {
        "Household" => HouseholdWasteKg,
        "Kitchen" => KitchenWasteKg,
        "Recyclable" => RecyclableWasteKg,
        "Hazardous" => HazardousWasteKg,
        _ => null,
    };
}
