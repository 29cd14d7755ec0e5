using DigitalCity.Contracts;

namespace DigitalCity.Inspection.Cases;

/// <summary>A case as the API shows it.</summary>
public sealed record CaseView(
    Guid Id,
    string Number,
    string CategoryCode,
    string CategoryName,
    GeoPoint Location,
    string Address,
    string Description,
    IReadOnlyList<string> PhotoRefs,
    string ReportedBy,
    DateTimeOffset ReportedAt,
    CaseStatus Status,
    HandlingResult? Handling,
    IReadOnlyList<CaseHistoryEntry> History,
    long Version)
{
    public static CaseView From(Case c) => new(c.Id, c.Number, c.CategoryCode, c.CategoryName, c.Location, c.Address,
        c.Description, c.PhotoRefs, c.ReportedBy, c.ReportedAt, c.Status, c.Handling, c.History, c.Version);
}
