namespace DigitalCity.Inspection.ManholeCovers;

/// <summary>Where a cover stands. Apart from <see cref="Removed"/>, it follows the cover's open defects.</summary>
public enum CoverState
{
    /// <summary>完好 — no open defect.</summary>
    Good,

    /// <summary>病害待修 — an open defect nobody is repairing yet.</summary>
    Defective,

    /// <summary>维修中 — a defect is being repaired or its repair awaits verification.</summary>
    UnderRepair,

    /// <summary>已废除 — the well was filled in or taken out of use; kept on file, takes no defects.</summary>
    Removed,
}
