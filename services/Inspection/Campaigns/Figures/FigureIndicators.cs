namespace DigitalCity.Inspection.Campaigns.Figures;

/// <summary>The names of the figures a bureau's daily report is written from.</summary>
public static class FigureIndicators
{
    /// <summary>派出检查组 — groups sent.</summary>
    public const string Groups = "groups";

    /// <summary>出动执法人员 — officers sent (each officer once per district and day).</summary>
    public const string Officers = "officers";

    /// <summary>检查场所 — premises checked (each premises once per day).</summary>
    public const string Premises = "premises";

    /// <summary>检查记录 — visits recorded.</summary>
    public const string Visits = "visits";

    /// <summary>发现隐患 — hazards found; <see cref="HazardsOfType"/> splits them by checklist item.</summary>
    public const string Hazards = "hazards";

    /// <summary>立行立改 — hazards fixed on the spot.</summary>
    public const string RectifiedImmediately = "rectifiedImmediately";

    /// <summary>限期整改完成 — hazards confirmed fixed by a re-inspection.</summary>
    public const string RectifiedLater = "rectifiedLater";

    /// <summary>整改逾期 — rectification orders that went overdue.</summary>
    public const string Overdue = "overdue";

    const string HazardTypePrefix = "hazards:";

    public static string HazardsOfType(string itemCode) => HazardTypePrefix + itemCode;

    /// <summary>The checklist item of a per-type hazard indicator, or null for any other indicator.</summary>
    public static string? HazardType(string indicator) =>
        indicator.StartsWith(HazardTypePrefix, StringComparison.Ordinal) ? indicator[HazardTypePrefix.Length..] : null;
}
