using DigitalCity.Inspection.Campaigns.Checklists;

namespace DigitalCity.Inspection.Campaigns.Visits;

/// <summary>
/// 隐患 — a failed checklist item of a visit and its rectification (整改): ordered on the spot or by a due
/// instant, confirmed or ordered again by re-inspections, flagged once per order when it goes overdue.
/// </summary>
public sealed class Hazard
{
    Hazard()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>The checklist item that failed: the hazard's type.</summary>
    public string ItemCode { get; private set; } = "";

    public string ItemText { get; private set; } = "";

    public HazardSeverity Severity { get; private set; }

    public string LegalBasis { get; private set; } = "";

    public string? Note { get; private set; }

    public IReadOnlyList<string> PhotoRefs { get; private set; } = [];

    public RectificationMode Mode { get; private set; }

    public HazardStatus Status { get; private set; }

    /// <summary>The current order's due instant; null for an on-the-spot rectification.</summary>
    public DateTimeOffset? DueAt { get; private set; }

    /// <summary>How many times rectification was ordered (a failed re-inspection orders it again).</summary>
    public int Round { get; private set; } = 1;

    public DateTimeOffset? RectifiedAt { get; private set; }

    /// <summary>Confirmed after its due instant had passed.</summary>
    public bool RectifiedLate { get; private set; }

    public IReadOnlyList<string> EvidencePhotoRefs { get; private set; } = [];

    /// <summary>The closed-loop case opened when it went overdue, if the campaign escalates.</summary>
    public Guid? CaseId { get; private set; }

    public IReadOnlyList<Reinspection> Reinspections { get; private set; } = [];

    public bool IsOpen => Status != HazardStatus.Rectified;

    internal static Hazard Found(ChecklistItem item, ChecklistAnswer answer, RectificationOrder order, DateTimeOffset at)
    {
        var immediate = order.Mode == RectificationMode.Immediate;
        return new Hazard
        {
            Id = Guid.CreateVersion7(at),
            ItemCode = item.Code,
            ItemText = item.Text,
            Severity = item.Severity,
            LegalBasis = item.LegalBasis,
            Note = answer.Note,
            PhotoRefs = answer.PhotoRefs,
            Mode = order.Mode,
            Status = immediate ? HazardStatus.Rectified : HazardStatus.AwaitingRectification,
            DueAt = immediate ? null : order.DueAt?.ToUniversalTime(),
            RectifiedAt = immediate ? at : null,
            EvidencePhotoRefs = immediate ? order.EvidencePhotoRefs : [],
        };
    }

    internal void Confirm(Reinspection reinspection)
    {
        Reinspections = [.. Reinspections, reinspection];
        RectifiedLate = DueAt is { } due && reinspection.At > due;
        Status = HazardStatus.Rectified;
        RectifiedAt = reinspection.At;
        EvidencePhotoRefs = reinspection.PhotoRefs;
    }

    internal void OrderAgain(Reinspection reinspection)
    {
        Reinspections = [.. Reinspections, reinspection];
        Round++;
        Mode = RectificationMode.ByDeadline;
        DueAt = reinspection.NewDueAt?.ToUniversalTime();
        RectifiedAt = null;
        RectifiedLate = false;
        Status = HazardStatus.AwaitingRectification;
    }

    internal void MarkOverdue(Guid? caseId)
    {
        Status = HazardStatus.Overdue;
        CaseId ??= caseId;
    }
}
