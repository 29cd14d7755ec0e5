using DigitalCity.Contracts.Inspection;
using DigitalCity.ServiceDefaults.Domain;

namespace DigitalCity.Inspection.ManholeCovers;

/// <summary>维修跟踪 — a defect's repair: assigned to the maintainer, started and completed by it, verified on site or sent back.</summary>
public sealed partial class ManholeCover
{
    /// <summary>派单 — to the cover's maintainer, due at <paramref name="dueAt"/> (which must be in the future); again while still assigned moves the due instant.</summary>
    public ManholeDefect AssignRepair(Guid defectId, DateTimeOffset dueAt, string assignedBy, TimeProvider time)
    {
        var now = time.GetUtcNow();
        if (dueAt <= now)
        {
            throw new ArgumentException("'dueAt' must be in the future.", nameof(dueAt));
        }

        var defect = FindDefect(defectId);
        defect.Assign(dueAt, assignedBy, now);
        Refresh();
        Raise(new ManholeRepairAssigned(Guid.NewGuid(), now, defect.Id, Id, Code, DistrictCode, defect.Type, MaintainerCode, defect.DueAt!.Value, assignedBy));
        return defect;
    }

    /// <summary>开始维修 — by a handler of the maintainer (<paramref name="department"/> from the token).</summary>
    public ManholeDefect StartRepair(Guid defectId, string? department, string startedBy, TimeProvider time)
    {
        RequireMaintainer(department);
        var now = time.GetUtcNow();
        var defect = FindDefect(defectId);
        defect.Start(startedBy, now);
        Refresh();
        Raise(new ManholeRepairStarted(Guid.NewGuid(), now, defect.Id, Id, Code, MaintainerCode, defect.Round, startedBy));
        return defect;
    }

    /// <summary>维修完成 — by a handler of the maintainer, with photos of the repaired cover.</summary>
    public ManholeDefect CompleteRepair(Guid defectId, string? department, string repairedBy, string? note, IReadOnlyList<string> photoRefs, TimeProvider time)
    {
        RequireMaintainer(department);
        var now = time.GetUtcNow();
        var defect = FindDefect(defectId);
        defect.Complete(repairedBy, note, photoRefs, now);
        Refresh();
        Raise(new ManholeRepaired(Guid.NewGuid(), now, defect.Id, Id, Code, MaintainerCode, defect.Round, defect.RepairedLate, repairedBy, note, photoRefs));
        return defect;
    }

    /// <summary>核查通过 — the repair holds on site: the defect is rectified. A net hung for <c>no-anti-fall-net</c> is now on file.</summary>
    public ManholeDefect VerifyRepair(Guid defectId, string verifiedBy, string? note, IReadOnlyList<string> photoRefs, TimeProvider time)
    {
        var now = time.GetUtcNow();
        var defect = FindDefect(defectId);
        defect.Verify(verifiedBy, note, photoRefs, now);
        if (defect.Type == DefectTypes.NoAntiFallNet)
        {
            AntiFallNet = true;
        }

        Refresh();
        Raise(new ManholeRepairVerified(Guid.NewGuid(), now, defect.Id, Id, Code, DistrictCode, defect.Type, defect.CampaignId, State.ToString(), verifiedBy));
        return defect;
    }

    /// <summary>核查不通过 — the repair does not hold: back into repair with the maintainer.</summary>
    public ManholeDefect RejectRepair(Guid defectId, string rejectedBy, string reason, IReadOnlyList<string> photoRefs, TimeProvider time)
    {
        var now = time.GetUtcNow();
        var defect = FindDefect(defectId);
        defect.Reject(rejectedBy, reason, photoRefs, now);
        Refresh();
        Raise(new ManholeRepairRejected(Guid.NewGuid(), now, defect.Id, Id, Code, MaintainerCode, defect.Round, reason, rejectedBy));
        return defect;
    }

    void RequireMaintainer(string? department)
    {
        if (!string.Equals(department, MaintainerCode, StringComparison.Ordinal))
        {
            throw new AccessDeniedException($"Cover {Code} is maintained by '{MaintainerCode}'; the token names department '{department ?? "(none)"}'.");
        }
    }
}
