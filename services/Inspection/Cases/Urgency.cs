namespace DigitalCity.Inspection.Cases;

/// <summary>紧急程度 — set when the case is filed; urgent cases get the shorter step limits.</summary>
public enum Urgency
{
    /// <summary>一般.</summary>
    Normal,

    /// <summary>紧急.</summary>
    Urgent,
}
