namespace DigitalCity.Inspection.Campaigns.Checklists;

/// <summary>How serious a failed checklist item is (隐患等级).</summary>
public enum HazardSeverity
{
    /// <summary>一般隐患</summary>
    General,

    /// <summary>较大隐患</summary>
    Major,

    /// <summary>重大隐患</summary>
    Serious,
}
