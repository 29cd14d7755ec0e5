using DigitalCity.Contracts.Inspection;
using DigitalCity.Inspection.Cases;
using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Http;

namespace DigitalCity.Inspection.Campaigns.Visits;

/// <summary>
/// 检查记录 — one visit of an inspection group to premises with the campaign's checklist filled in. Each
/// failed item is a <see cref="Hazard"/> held here, so the record and its hazards are written together; its
/// methods are the hazards' transitions: re-inspection (回头看) and going overdue.
/// </summary>
public sealed class InspectionVisit : AggregateRoot
{
    InspectionVisit()
    {
    }

    public Guid CampaignId { get; private set; }

    public Guid GroupId { get; private set; }

    public VisitedPremises Premises { get; private set; } = new(Guid.Empty, "", "", "", null);

    public string DistrictCode { get; private set; } = "";

    /// <summary>The city date of the visit.</summary>
    public DateOnly Day { get; private set; }

    public DateTimeOffset VisitedAt { get; private set; }

    public IReadOnlyList<string> OfficerIds { get; private set; } = [];

    public string ChecklistCode { get; private set; } = "";

    public int ChecklistVersion { get; private set; }

    public IReadOnlyList<ChecklistAnswer> Answers { get; private set; } = [];

    public IReadOnlyList<string> PhotoRefs { get; private set; } = [];

    public IReadOnlyList<Hazard> Hazards { get; private set; } = [];

    public string RecordedBy { get; private set; } = "";

    public DateTimeOffset RecordedAt { get; private set; }

    /// <summary>The recorder's <c>Idempotency-Key</c>, scoped to the recorder; unique.</summary>
    public string? IdempotencyKey { get; private set; }

    public string? RequestFingerprint { get; private set; }

    /// <summary>The earliest due instant of a hazard awaiting rectification (the overdue sweep's index); null when none.</summary>
    public DateTimeOffset? NextDueAt { get; private set; }

    /// <summary>Hazards not yet rectified, overdue ones included (for lists of open work).</summary>
    public int OpenHazardCount { get; private set; }

    public static InspectionVisit Record(VisitRecord record, string recordedBy, IdempotencyStamp? idempotency, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(record);
        var now = time.GetUtcNow();
        var visit = new InspectionVisit
        {
            Id = Guid.CreateVersion7(now),
            CampaignId = record.Campaign.Id,
            GroupId = record.Group.Id,
            Premises = record.Premises,
            DistrictCode = record.Premises.DistrictCode,
            Day = record.Day,
            VisitedAt = record.VisitedAt.ToUniversalTime(),
            OfficerIds = record.OfficerIds,
            ChecklistCode = record.Checklist.Code,
            ChecklistVersion = record.Checklist.Version,
            Answers = record.Answers,
            PhotoRefs = record.PhotoRefs,
            RecordedBy = recordedBy,
            RecordedAt = now,
            IdempotencyKey = idempotency?.ScopedKey,
            RequestFingerprint = idempotency?.Fingerprint,
        };
        visit.Hazards = [.. record.Answers.Where(a => a.Result == AnswerResult.Fail)
            .Select(a => Hazard.Found(record.Checklist.Item(a.ItemCode)!, a, record.Orders[a.ItemCode], record.VisitedAt))];
        visit.UpdateNextDue();

        visit.Raise(new InspectionCompleted(Guid.NewGuid(), now, visit.Id, visit.CampaignId, visit.GroupId, visit.Premises.Id,
            visit.Premises.Name, visit.DistrictCode, visit.Day, visit.OfficerIds, visit.Answers.Count, visit.Hazards.Count, visit.PhotoRefs));
        foreach (var hazard in visit.Hazards)
        {
            visit.Raise(new HazardFound(Guid.NewGuid(), now, hazard.Id, visit.Id, visit.CampaignId, visit.Premises.Id, visit.Premises.Name,
                visit.DistrictCode, visit.Day, hazard.ItemCode, hazard.ItemText, hazard.Severity.ToString(), hazard.Note, hazard.PhotoRefs));
            visit.RaiseOrdered(hazard, recordedBy, now);
            if (hazard.Mode == RectificationMode.Immediate)
            {
                visit.Raise(new HazardRectified(Guid.NewGuid(), now, hazard.Id, visit.Id, visit.CampaignId, visit.Premises.Id,
                    visit.DistrictCode, visit.Day, visit.Day, hazard.ItemCode, Immediate: true, Late: false, recordedBy, hazard.EvidencePhotoRefs));
            }
        }

        return visit;
    }

    public Hazard FindHazard(Guid hazardId) =>
        Hazards.FirstOrDefault(h => h.Id == hazardId) ?? throw new KeyNotFoundException($"Visit {Id} has no hazard {hazardId}.");

    /// <summary>
    /// 回头看 — an officer went back: the hazard is fixed (confirmed with photos), or it is ordered again
    /// by <paramref name="newDueAt"/> — which also re-opens a hazard rectified earlier that has come back. <paramref name="day"/> is the city date of the re-inspection.
    /// </summary>
    public Hazard Reinspect(Guid hazardId, string by, bool rectified, string? note, IReadOnlyList<string> photoRefs, DateTimeOffset? newDueAt, DateOnly day, TimeProvider time)
    {
        var hazard = FindHazard(hazardId);
        if (!hazard.IsOpen && rectified)
        {
            throw new InvalidTransitionException("re-inspect a hazard", $"{HazardStatus.Rectified} (rectified at {hazard.RectifiedAt:O})");
        }

        var now = time.GetUtcNow();
        if (!rectified && (newDueAt is null || newDueAt <= now))
        {
            throw new ArgumentException("A hazard found not rectified needs a new due instant in the future.", nameof(newDueAt));
        }

        var reinspection = new Reinspection(now, by, rectified, note, photoRefs, rectified ? null : newDueAt);
        if (rectified)
        {
            hazard.Confirm(reinspection);
            Raise(new HazardRectified(Guid.NewGuid(), now, hazard.Id, Id, CampaignId, Premises.Id, DistrictCode, day, Day,
                hazard.ItemCode, Immediate: false, hazard.RectifiedLate, by, photoRefs));
        }
        else
        {
            hazard.OrderAgain(reinspection);
            RaiseOrdered(hazard, by, now);
        }

        UpdateNextDue();
        return hazard;
    }

    /// <summary>Hazards awaiting rectification whose due instant is <paramref name="now"/> or earlier.</summary>
    public IReadOnlyList<Hazard> DueHazards(DateTimeOffset now) =>
        [.. Hazards.Where(h => h.Status == HazardStatus.AwaitingRectification && h.DueAt <= now)];

    /// <summary>
    /// Flags every hazard whose due instant has passed unconfirmed, once per order, naming the closed-loop
    /// case opened for it (<paramref name="caseIds"/>, by hazard) when the campaign escalates. Returns the
    /// hazards flagged now.
    /// </summary>
    public IReadOnlyList<Hazard> MarkOverdue(DateOnly day, IReadOnlyDictionary<Guid, Guid> caseIds, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(caseIds);
        var now = time.GetUtcNow();
        var due = DueHazards(now);
        foreach (var hazard in due)
        {
            hazard.MarkOverdue(caseIds.TryGetValue(hazard.Id, out var caseId) ? caseId : null);
            Raise(new RectificationOverdue(Guid.NewGuid(), now, hazard.Id, Id, CampaignId, Premises.Id, Premises.Name, DistrictCode, day, Day,
                hazard.ItemCode, hazard.DueAt!.Value, hazard.Round, hazard.CaseId));
        }

        UpdateNextDue();
        return due;
    }

    void RaiseOrdered(Hazard hazard, string by, DateTimeOffset now) =>
        Raise(new RectificationOrdered(Guid.NewGuid(), now, hazard.Id, Id, CampaignId, Premises.Id, DistrictCode, hazard.ItemCode,
            hazard.Mode == RectificationMode.Immediate, hazard.DueAt, hazard.Round, by));

    void UpdateNextDue()
    {
        NextDueAt = Hazards.Where(h => h.Status == HazardStatus.AwaitingRectification).Min(h => h.DueAt);
        OpenHazardCount = Hazards.Count(h => h.IsOpen);
    }
}
