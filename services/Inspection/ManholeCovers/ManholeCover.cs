using DigitalCity.Contracts;
using DigitalCity.Contracts.Inspection;
using DigitalCity.Inspection.Cases;
using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Http;

namespace DigitalCity.Inspection.ManholeCovers;

/// <summary>
/// 窨井盖 — one manhole cover, one file per well (一井一档), keyed by its 16-digit component code. Its defects
/// (<see cref="ManholeDefect"/>) live in this aggregate, so a report, a repair step, the cover's resulting
/// <see cref="State"/> and their events are one atomic write; the methods are the defects' transitions.
/// </summary>
public sealed partial class ManholeCover : AggregateRoot
{
    ManholeCover()
    {
    }

    /// <summary>The 16-digit 部件 code (<see cref="ComponentCode"/>); unique.</summary>
    public string Code { get; private set; } = "";

    public ManholeKind Kind { get; private set; }

    /// <summary>The district of the code (its first six digits).</summary>
    public string DistrictCode { get; private set; } = "";

    public GeoPoint Location { get; private set; } = new(0, 0);

    /// <summary>The unit grid containing <see cref="Location"/>; null when it lies in no grid.</summary>
    public CasePlace? Place { get; private set; }

    public string Address { get; private set; } = "";

    /// <summary>权属单位 — the owning organisation's code.</summary>
    public string OwnerCode { get; private set; } = "";

    /// <summary>养护单位 — the department that repairs it; its handlers act on the cover's repairs.</summary>
    public string MaintainerCode { get; private set; } = "";

    public CoverMaterial Material { get; private set; }

    /// <summary>防坠网 — whether a safety net hangs under the cover; a verified <c>no-anti-fall-net</c> repair sets it.</summary>
    public bool AntiFallNet { get; private set; }

    public CoverState State { get; private set; }

    public string RegisteredBy { get; private set; } = "";

    public DateTimeOffset RegisteredAt { get; private set; }

    public IReadOnlyList<ManholeDefect> Defects { get; private set; } = [];

    /// <summary>The campaigns its defects were found in (the figures' index).</summary>
    public IReadOnlyList<Guid> CampaignIds { get; private set; } = [];

    public int OpenDefectCount { get; private set; }

    public static ManholeCover Register(CoverRegistration registration, string registeredBy, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(registration);
        var now = time.GetUtcNow();
        var cover = new ManholeCover
        {
            Id = Guid.CreateVersion7(now),
            Code = registration.Code.Value,
            Kind = registration.Code.Kind,
            DistrictCode = registration.Code.DistrictCode,
            Location = registration.Location,
            Place = registration.Place,
            Address = registration.Address,
            OwnerCode = registration.OwnerCode,
            MaintainerCode = registration.MaintainerCode,
            Material = registration.Material,
            AntiFallNet = registration.AntiFallNet,
            State = registration.Removed ? CoverState.Removed : CoverState.Good,
            RegisteredBy = registeredBy,
            RegisteredAt = now,
        };
        cover.Raise(new ManholeCoverRegistered(Guid.NewGuid(), now, cover.Id, cover.Code, cover.Kind.ToString(), cover.DistrictCode,
            cover.Place?.GridCode, cover.Location, cover.Address, cover.OwnerCode, cover.MaintainerCode, cover.Material.ToString(),
            cover.State.ToString(), cover.AntiFallNet, registeredBy));
        return cover;
    }

    public ManholeDefect FindDefect(Guid defectId) =>
        Defects.FirstOrDefault(d => d.Id == defectId) ?? throw new KeyNotFoundException($"Cover {Code} has no defect {defectId}.");

    /// <summary>The defect an earlier request with this reporter-scoped idempotency key reported, if any.</summary>
    public ManholeDefect? FindDefectByIdempotencyKey(string scopedKey) =>
        Defects.FirstOrDefault(d => d.IdempotencyKey == scopedKey);

    /// <summary>
    /// A defect found on the cover. Refused (409) on a removed cover, and while a defect of the same type is
    /// still open there, so one broken cover is not counted twice in a campaign's figures.
    /// </summary>
    public ManholeDefect ReportDefect(DefectReport report, string reportedBy, IdempotencyStamp? idempotency, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (State == CoverState.Removed)
        {
            throw new InvalidTransitionException($"report a defect of cover {Code}", State.ToString());
        }

        if (Defects.FirstOrDefault(d => d.IsOpen && d.Type == report.Type.Code) is { } open)
        {
            throw new InvalidTransitionException($"report another '{report.Type.Code}' defect of cover {Code}", $"{State}, with defect {open.Id} of that type open");
        }

        var now = time.GetUtcNow();
        var defect = ManholeDefect.Found(report, reportedBy, idempotency?.ScopedKey, idempotency?.Fingerprint, now);
        Defects = [.. Defects, defect];
        if (defect.CampaignId is { } campaign && !CampaignIds.Contains(campaign))
        {
            CampaignIds = [.. CampaignIds, campaign];
        }

        Refresh();
        Raise(new ManholeDefectReported(Guid.NewGuid(), now, defect.Id, Id, Code, DistrictCode, defect.Type, defect.CampaignId, defect.Day,
            MaintainerCode, reportedBy, defect.Note, defect.PhotoRefs));
        return defect;
    }

    /// <summary>The state follows the open defects: one in repair (or awaiting verification) makes the cover UnderRepair.</summary>
    void Refresh()
    {
        OpenDefectCount = Defects.Count(d => d.IsOpen);
        if (State == CoverState.Removed)
        {
            return;
        }

        State = Defects.Any(d => d.Status is DefectStatus.InRepair or DefectStatus.Repaired) ? CoverState.UnderRepair
            : OpenDefectCount > 0 ? CoverState.Defective
            : CoverState.Good;
    }
}
