namespace DigitalCity.Inspection.Campaigns.Visits;

/// <summary>A visit as the API shows it: everything but the recorder's idempotency key.</summary>
public sealed record VisitView(
    Guid Id,
    long Version,
    Guid CampaignId,
    Guid GroupId,
    VisitedPremises Premises,
    string DistrictCode,
    DateOnly Day,
    DateTimeOffset VisitedAt,
    IReadOnlyList<string> OfficerIds,
    string ChecklistCode,
    int ChecklistVersion,
    IReadOnlyList<ChecklistAnswer> Answers,
    IReadOnlyList<string> PhotoRefs,
    IReadOnlyList<HazardView> Hazards,
    int OpenHazardCount,
    string RecordedBy,
    DateTimeOffset RecordedAt)
{
    public static VisitView From(InspectionVisit visit)
    {
        ArgumentNullException.ThrowIfNull(visit);
        return new(visit.Id, visit.Version, visit.CampaignId, visit.GroupId, visit.Premises, visit.DistrictCode, visit.Day, visit.VisitedAt,
            visit.OfficerIds, visit.ChecklistCode, visit.ChecklistVersion, visit.Answers, visit.PhotoRefs, [.. visit.Hazards.Select(HazardView.From)], visit.OpenHazardCount,
            visit.RecordedBy, visit.RecordedAt);
    }
}
