using DigitalCity.Inspection.Campaigns.Visits;

namespace DigitalCity.Benchmarks.Campaigns;

/// <summary>
/// One visit to record: which group, premises and officer, when, and the one checklist item that failed
/// (if any) with how it is to be rectified. The HTTP body and the store baseline's visit are both built
/// from it, and <see cref="VisitTally"/> counts it.
/// </summary>
sealed record PlannedVisit(SetUpGroup Group, Guid PremisesId, DateTimeOffset VisitedAt, string RecorderId, string? FailedItem, RectificationMode Mode)
{
    public const string FailureNote = "灭火器过期、软管老化，现场责令整改";

    public static readonly IReadOnlyList<string> FailurePhotos = ["visits/bench/hazard-1.jpg"];

    public static readonly IReadOnlyList<string> EvidencePhotos = ["visits/bench/rectified-1.jpg"];

    /// <summary>Deadlines lie this far ahead of the moment the visits are drawn: in the future when sent, and within the 90 days a rectification may take.</summary>
    public static readonly TimeSpan RectificationPeriod = TimeSpan.FromDays(14);

    public bool FixedOnTheSpot => FailedItem is not null && Mode == RectificationMode.Immediate;
}
