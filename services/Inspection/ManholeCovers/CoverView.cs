using DigitalCity.Contracts;
using DigitalCity.Inspection.Cases;

namespace DigitalCity.Inspection.ManholeCovers;

/// <summary>A cover's file as the API shows it, with its defects newest first.</summary>
public sealed record CoverView(
    string Code,
    ManholeKind Kind,
    string DistrictCode,
    CasePlace? Place,
    GeoPoint Location,
    string Address,
    string OwnerCode,
    string MaintainerCode,
    CoverMaterial Material,
    bool AntiFallNet,
    CoverState State,
    int OpenDefectCount,
    string RegisteredBy,
    DateTimeOffset RegisteredAt,
    long Version,
    IReadOnlyList<DefectView> Defects)
{
    public static CoverView From(ManholeCover cover) => new(
        cover.Code, cover.Kind, cover.DistrictCode, cover.Place, cover.Location, cover.Address, cover.OwnerCode, cover.MaintainerCode,
        cover.Material, cover.AntiFallNet, cover.State, cover.OpenDefectCount, cover.RegisteredBy, cover.RegisteredAt, cover.Version,
        [.. cover.Defects.Reverse().Select(d => DefectView.From(cover, d))]);
}

/// <summary>A defect with its repair, and the state of its cover after the last step.</summary>
public sealed record DefectView(
    Guid Id,
    string CoverCode,
    CoverState CoverState,
    string Type,
    string TypeText,
    Guid? CampaignId,
    DateOnly Day,
    DefectStatus Status,
    string ReportedBy,
    DateTimeOffset ReportedAt,
    string? Note,
    IReadOnlyList<string> PhotoRefs,
    DateTimeOffset? DueAt,
    int Round,
    DateTimeOffset? RepairedAt,
    bool RepairedLate,
    DateTimeOffset? VerifiedAt,
    IReadOnlyList<DefectStep> History)
{
    public static DefectView From(ManholeCover cover, ManholeDefect defect) => new(
        defect.Id, cover.Code, cover.State, defect.Type, defect.TypeText, defect.CampaignId, defect.Day, defect.Status, defect.ReportedBy,
        defect.ReportedAt, defect.Note, defect.PhotoRefs, defect.DueAt, defect.Round, defect.RepairedAt, defect.RepairedLate, defect.VerifiedAt,
        defect.History);
}
