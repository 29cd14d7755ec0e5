using DigitalCity.Contracts.Inspection;
using DigitalCity.Inspection.Deadlines;
using DigitalCity.ServiceDefaults.Domain;

namespace DigitalCity.Inspection.Cases;

public sealed partial class Case
{
    /// <summary>
    /// 核实 — an operator asks the named grid officer to confirm the report on site: Reported → Verifying.
    /// With <paramref name="limits"/> the answer is due under the verify step limit.
    /// </summary>
    public void RequestVerification(string operatorId, string officerId, string? note, TimeProvider time, StepLimits? limits = null)
    {
        RequireStatus("request a verification", CaseStatus.Reported);
        var now = time.GetUtcNow();
        Verification = new Verification(officerId, operatorId, now, note, null, null, [], null, limits?.Start(limits.Verify, now));
        Status = CaseStatus.Verifying;
        Append(now, operatorId, CaseActions.RequestVerification, note);
        Raise(new CaseVerificationRequested(Guid.NewGuid(), now, Id, Number, officerId, operatorId, note));
    }

    /// <summary>
    /// 核实 — the officer asked to verify answers whether the issue is real: Verifying → Reported, where
    /// the operator decides (file or reject) with the result on record. Only that officer may answer.
    /// </summary>
    public void SubmitVerification(string officerId, bool confirmed, string? comment, IReadOnlyList<string> photoRefs, TimeProvider time)
    {
        RequireStatus("submit a verification", CaseStatus.Verifying);
        if (Verification!.OfficerId != officerId)
        {
            throw new AccessDeniedException("Only the grid officer asked to verify this case may submit the verification.");
        }

        var now = time.GetUtcNow();
        Verification = Verification with { Confirmed = confirmed, Comment = comment, PhotoRefs = photoRefs, AnsweredAt = now };
        Status = CaseStatus.Reported;
        Append(now, officerId, CaseActions.Verify, comment, photoRefs);
        Raise(new CaseVerified(Guid.NewGuid(), now, Id, Number, officerId, confirmed, comment, photoRefs, Within(Verification.Deadline, now)));
    }
}
