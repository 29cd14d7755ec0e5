using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Http;

namespace DigitalCity.Inspection.ManholeCovers;

/// <summary>
/// 井盖病害 — a defect of one cover and its repair (维修): assigned to the cover's maintainer, repaired, then
/// verified on site or sent back. It lives inside its <see cref="ManholeCover"/>, so the defect, the cover's
/// state and their events are always written together. Transitions are the cover's methods.
/// </summary>
public sealed class ManholeDefect
{
    ManholeDefect()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>A code of the <c>manhole-covers</c> checklist (<see cref="DefectTypes"/>).</summary>
    public string Type { get; private set; } = "";

    public string TypeText { get; private set; } = "";

    /// <summary>The campaign it was found in; it counts in that campaign's figures.</summary>
    public Guid? CampaignId { get; private set; }

    /// <summary>The city date it was found on.</summary>
    public DateOnly Day { get; private set; }

    public DefectStatus Status { get; private set; }

    public string ReportedBy { get; private set; } = "";

    public DateTimeOffset ReportedAt { get; private set; }

    public string? Note { get; private set; }

    public IReadOnlyList<string> PhotoRefs { get; private set; } = [];

    public DateTimeOffset? DueAt { get; private set; }

    /// <summary>How many times it went into repair; a refused verification starts another round.</summary>
    public int Round { get; private set; }

    public DateTimeOffset? RepairedAt { get; private set; }

    /// <summary>Reported repaired after its due instant.</summary>
    public bool RepairedLate { get; private set; }

    public DateTimeOffset? VerifiedAt { get; private set; }

    public IReadOnlyList<DefectStep> History { get; private set; } = [];

    /// <summary>The reporter's <c>Idempotency-Key</c>, scoped to the reporter.</summary>
    public string? IdempotencyKey { get; private set; }

    public string? RequestFingerprint { get; private set; }

    public bool IsOpen => Status != DefectStatus.Verified;

    internal static ManholeDefect Found(DefectReport report, string by, string? idempotencyKey, string? fingerprint, DateTimeOffset at) => new()
    {
        Id = Guid.CreateVersion7(at),
        Type = report.Type.Code,
        TypeText = report.Type.Text,
        CampaignId = report.CampaignId,
        Day = report.Day,
        Status = DefectStatus.Reported,
        ReportedBy = by,
        ReportedAt = at,
        Note = report.Note,
        PhotoRefs = report.PhotoRefs,
        IdempotencyKey = idempotencyKey,
        RequestFingerprint = fingerprint,
        History = [new DefectStep("reported", by, at, report.Note, report.PhotoRefs)],
    };

    internal void Assign(DateTimeOffset dueAt, string by, DateTimeOffset at)
    {
        Require("assign the repair of", DefectStatus.Reported, DefectStatus.Assigned);
        Status = DefectStatus.Assigned;
        DueAt = dueAt.ToUniversalTime();
        Append("assigned", by, at, $"due {DueAt:O}", []);
    }

    internal void Start(string by, DateTimeOffset at)
    {
        Require("start the repair of", DefectStatus.Assigned);
        Status = DefectStatus.InRepair;
        Round++;
        Append("repair-started", by, at, null, []);
    }

    internal void Complete(string by, string? note, IReadOnlyList<string> photoRefs, DateTimeOffset at)
    {
        Require("complete the repair of", DefectStatus.InRepair);
        Status = DefectStatus.Repaired;
        RepairedAt = at;
        RepairedLate = DueAt is { } due && at > due;
        Append("repaired", by, at, note, photoRefs);
    }

    internal void Verify(string by, string? note, IReadOnlyList<string> photoRefs, DateTimeOffset at)
    {
        Require("verify the repair of", DefectStatus.Repaired);
        Status = DefectStatus.Verified;
        VerifiedAt = at;
        Append("verified", by, at, note, photoRefs);
    }

    /// <summary>Refused on site: straight back into repair with the maintainer, as the next round.</summary>
    internal void Reject(string by, string reason, IReadOnlyList<string> photoRefs, DateTimeOffset at)
    {
        Require("reject the repair of", DefectStatus.Repaired);
        Status = DefectStatus.InRepair;
        Round++;
        RepairedAt = null;
        RepairedLate = false;
        Append("repair-rejected", by, at, reason, photoRefs);
    }

    void Require(string action, params DefectStatus[] allowed)
    {
        if (!allowed.Contains(Status))
        {
            throw new InvalidTransitionException($"{action} defect {Id}", Status.ToString());
        }
    }

    void Append(string action, string by, DateTimeOffset at, string? note, IReadOnlyList<string> photoRefs) =>
        History = [.. History, new DefectStep(action, by, at, note, photoRefs)];
}
