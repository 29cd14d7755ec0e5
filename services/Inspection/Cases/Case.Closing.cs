using DigitalCity.Contracts.Inspection;
using DigitalCity.ServiceDefaults.Domain;

namespace DigitalCity.Inspection.Cases;

public sealed partial class Case
{
    /// <summary>
    /// 结案 — a shift lead closes the case: from Checking once the re-check passed, or from Handled when
    /// the reporter handled it on the spot (自处理) and the shift lead reviewed it. Closed is final.
    /// </summary>
    public void Close(string shiftLeadId, TimeProvider time)
    {
        const string action = "close the case";
        RequireStatus(action, CaseStatus.Checking, CaseStatus.Handled);
        if (Status == CaseStatus.Checking && !RecheckPassed)
        {
            throw new InvalidTransitionException($"{action} before its re-check passed", Status.ToString());
        }

        if (Status == CaseStatus.Handled && !SelfHandled)
        {
            throw new InvalidTransitionException($"{action} without a re-check", Status.ToString());
        }

        var now = time.GetUtcNow();
        ClosedAt = now;
        Status = CaseStatus.Closed;
        Append(now, shiftLeadId, CaseActions.Close, null);
        Raise(new CaseClosed(Guid.NewGuid(), now, Id, Number, shiftLeadId, SelfHandled, ReworkCount, ClosedOnTime()));
    }

    /// <summary>
    /// 按期结案 — every department that kept the case handled its (last) part by its deadline; null when
    /// no department had it (self-handled), as no handling limit applied.
    /// </summary>
    bool? ClosedOnTime()
    {
        var handled = Assignments.Where(a => a.Status == AssignmentStatus.Handled).ToList();
        return handled.Count == 0 ? null : handled.All(a => a.Handling!.OnTime);
    }

    /// <summary>
    /// 督办 — someone puts an open case under supervision; the flag stays set. Supervising again is allowed
    /// and recorded each time.
    /// </summary>
    public void Supervise(string userId, string? note, TimeProvider time)
    {
        if (!IsOpen())
        {
            throw new InvalidTransitionException("supervise the case", Status.ToString());
        }

        var now = time.GetUtcNow();
        Supervised = true;
        Append(now, userId, CaseActions.Supervise, note);
        Raise(new CaseSupervised(Guid.NewGuid(), now, Id, Number, userId, note));
    }
}
