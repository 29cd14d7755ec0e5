using DigitalCity.Inspection.Campaigns.Checklists;
using DigitalCity.Inspection.Campaigns.Groups;

namespace DigitalCity.Inspection.Campaigns.Visits;

/// <summary>
/// A visit as the API validated it: the group's officers present, every item of the campaign's checklist
/// answered once, and a rectification order for each failed item.
/// </summary>
public sealed record VisitRecord(
    Campaign Campaign,
    InspectionGroup Group,
    ChecklistTemplate Checklist,
    VisitedPremises Premises,
    DateTimeOffset VisitedAt,
    DateOnly Day,
    IReadOnlyList<string> OfficerIds,
    IReadOnlyList<ChecklistAnswer> Answers,
    IReadOnlyDictionary<string, RectificationOrder> Orders,
    IReadOnlyList<string> PhotoRefs);
