namespace DigitalCity.Inspection.ManholeCovers;

/// <summary>Where a defect's repair stands: Reported → Assigned → InRepair → Repaired → Verified, or back to InRepair.</summary>
public enum DefectStatus
{
    /// <summary>已上报 — found, not yet assigned.</summary>
    Reported,

    /// <summary>已派单 — assigned to the cover's maintainer with a due instant.</summary>
    Assigned,

    /// <summary>维修中 — the maintainer is repairing it (again, after a refused verification).</summary>
    InRepair,

    /// <summary>已修复 — reported repaired with photos, awaiting verification on site.</summary>
    Repaired,

    /// <summary>已整改 — verified on site: rectified, closed.</summary>
    Verified,
}
