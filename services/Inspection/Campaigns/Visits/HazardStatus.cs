namespace DigitalCity.Inspection.Campaigns.Visits;

/// <summary>Where a hazard's rectification stands.</summary>
public enum HazardStatus
{
    /// <summary>待整改 — ordered, due instant not yet passed.</summary>
    AwaitingRectification,

    /// <summary>逾期未改 — the due instant passed without a confirming re-inspection.</summary>
    Overdue,

    /// <summary>已整改 — fixed on the spot or confirmed by a re-inspection.</summary>
    Rectified,
}
