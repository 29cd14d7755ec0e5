namespace DigitalCity.Inspection.Campaigns.Visits;

/// <summary>How a checklist item was found at a visit.</summary>
public enum AnswerResult
{
    /// <summary>合格</summary>
    Pass,

    /// <summary>不合格 — becomes a hazard.</summary>
    Fail,

    /// <summary>不适用 — e.g. no bottled gas on site.</summary>
    NotApplicable,
}
