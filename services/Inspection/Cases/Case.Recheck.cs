using DigitalCity.Contracts.Inspection;
using DigitalCity.Inspection.Deadlines;
using DigitalCity.ServiceDefaults.Domain;

namespace DigitalCity.Inspection.Cases;

public sealed partial class Case
{
    /// <summary>Whether the latest re-check (核查) passed, so a shift lead may close the case.</summary>
    public bool RecheckPassed => Recheck?.Passed == true;

    /// <summary>
    /// 核查 — an operator asks the named grid officer to re-check the handled case: Handled → Checking.
    /// With <paramref name="limits"/> the answer is due under the re-check step limit.
    /// </summary>
    public void RequestRecheck(string operatorId, string officerId, TimeProvider time, StepLimits? limits = null)
    {
        RequireStatus("request a re-check", CaseStatus.Handled);
        var now = time.GetUtcNow();
        Recheck = new Recheck(officerId, operatorId, now, null, null, [], null, limits?.Start(limits.Recheck, now));
        Status = CaseStatus.Checking;
        Append(now, operatorId, CaseActions.RequestRecheck, null);
        Raise(new CaseRecheckRequested(Guid.NewGuid(), now, Id, Number, officerId, operatorId));
    }

    /// <summary>
    /// 核查 — the officer asked to re-check answers; only that officer may, and only once. Passed: the
    /// case stays Checking, awaiting closing. Failed: rework (返工) — the departments that handled it work
    /// on it again (Dispatched), or, when no department had it (self-handled), it goes back to Filed to be
    /// dispatched; <see cref="ReworkCount"/> grows by one. A failed re-check raises <see cref="CaseRechecked"/>
    /// and then <see cref="CaseReworkOrdered"/>.
    /// </summary>
    public void SubmitRecheck(string officerId, bool passed, string? comment, IReadOnlyList<string> photoRefs, TimeProvider time)
    {
        const string action = "submit a re-check";
        RequireStatus(action, CaseStatus.Checking);
        if (Recheck!.OfficerId != officerId)
        {
            throw new AccessDeniedException("Only the grid officer asked to re-check this case may submit the re-check.");
        }

        if (Recheck.AnsweredAt is not null)
        {
            throw new InvalidTransitionException($"{action} that was already submitted", Status.ToString());
        }

        var now = time.GetUtcNow();
        Recheck = Recheck with { Passed = passed, Comment = comment, PhotoRefs = photoRefs, AnsweredAt = now };
        Append(now, officerId, CaseActions.Recheck, comment, photoRefs);
        Raise(new CaseRechecked(Guid.NewGuid(), now, Id, Number, officerId, passed, comment, photoRefs, Within(Recheck.Deadline, now)));
        if (!passed)
        {
            OrderRework(officerId, now);
        }
    }

    void OrderRework(string officerId, DateTimeOffset now)
    {
        var reworked = Assignments.Where(a => a.Status == AssignmentStatus.Handled).ToList();
        Assignments = [.. Assignments.Select(a => a.Status == AssignmentStatus.Handled
            ? a with { Status = AssignmentStatus.Processing, Handling = null }
            : a)];
        ReworkCount++;
        SelfHandled = false;
        Status = reworked.Count > 0 ? CaseStatus.Dispatched : CaseStatus.Filed;
        var departments = reworked.Select(a => a.DepartmentCode).ToList();
        Append(now, officerId, CaseActions.Rework, string.Join(", ", departments));
        Raise(new CaseReworkOrdered(Guid.NewGuid(), now, Id, Number, officerId, departments, ReworkCount));
    }
}
