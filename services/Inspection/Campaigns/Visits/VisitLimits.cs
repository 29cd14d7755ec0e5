namespace DigitalCity.Inspection.Campaigns.Visits;

/// <summary>The bounds the API holds visits and re-inspections to.</summary>
public static class VisitLimits
{
    /// <summary>How far in the future a visit's time may lie: the phone's clock may run ahead.</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    /// <summary>The longest a rectification may be given.</summary>
    public static readonly TimeSpan MaxRectificationPeriod = TimeSpan.FromDays(90);

    public const int MaxNoteLength = 500;
}
