using DigitalCity.Inspection.Campaigns.Checklists;

namespace DigitalCity.Inspection.Campaigns.Visits;

/// <summary>A hazard as the API shows it, with its rectification and re-inspections.</summary>
public sealed record HazardView(
    Guid Id,
    string ItemCode,
    string ItemText,
    HazardSeverity Severity,
    string LegalBasis,
    string? Note,
    IReadOnlyList<string> PhotoRefs,
    RectificationMode Mode,
    HazardStatus Status,
    DateTimeOffset? DueAt,
    int Round,
    DateTimeOffset? RectifiedAt,
    bool RectifiedLate,
    IReadOnlyList<string> EvidencePhotoRefs,
    Guid? CaseId,
    IReadOnlyList<Reinspection> Reinspections)
{
    public static HazardView From(Hazard hazard)
    {
        ArgumentNullException.ThrowIfNull(hazard);
        return new(hazard.Id, hazard.ItemCode, hazard.ItemText, hazard.Severity, hazard.LegalBasis, hazard.Note, hazard.PhotoRefs, hazard.Mode,
            hazard.Status, hazard.DueAt, hazard.Round, hazard.RectifiedAt, hazard.RectifiedLate, hazard.EvidencePhotoRefs, hazard.CaseId, hazard.Reinspections);
    }
}
