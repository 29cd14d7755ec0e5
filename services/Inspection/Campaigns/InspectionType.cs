namespace DigitalCity.Inspection.Campaigns;

/// <summary>What a campaign inspects; each checklist template is written for one type.</summary>
public enum InspectionType
{
    /// <summary>燃气安全 — gas use in restaurants, markets and gas companies.</summary>
    GasSafety,

    /// <summary>窨井盖 — manhole covers, one file per well.</summary>
    ManholeCovers,

    /// <summary>街面秩序 — street order: stalls, trading outside shops, piled goods.</summary>
    StreetOrder,

    /// <summary>Any other special inspection, with a checklist of its own.</summary>
    Other,
}
