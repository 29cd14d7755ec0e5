namespace DigitalCity.Inspection.Campaigns.Visits;

/// <summary>How an officer orders a hazard fixed.</summary>
public enum RectificationMode
{
    /// <summary>立行立改 — fixed on the spot, closed at the visit with evidence.</summary>
    Immediate,

    /// <summary>限期整改 — fixed by a due instant, confirmed by a re-inspection (回头看).</summary>
    ByDeadline,
}
