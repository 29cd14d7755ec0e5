using DigitalCity.Contracts.Inspection;

namespace DigitalCity.Inspection.Cases;

// 重复上报 — several officers often report the same overflowing bin; one case carries the work.
public sealed partial class Case
{
    /// <summary>The case this report was linked to as a duplicate, if it was.</summary>
    public Guid? DuplicateOf { get; private set; }

    /// <summary>
    /// Links this report to <paramref name="original"/> instead of filing it: Reported → Rejected (not
    /// counted as filed), remembering the original. The original must be another open case.
    /// </summary>
    public void LinkAsDuplicateOf(Case original, string operatorId, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(original);
        RequireStatus("link the report to another case", CaseStatus.Reported);
        if (original.Id == Id || !original.IsOpen())
        {
            throw new ArgumentException($"Case {original.Number} is not another open case.", nameof(original));
        }

        var now = time.GetUtcNow();
        Status = CaseStatus.Rejected;
        DuplicateOf = original.Id;
        Append(now, operatorId, CaseActions.LinkDuplicate, $"duplicate of {original.Number}");
        Raise(new CaseLinkedAsDuplicate(Guid.NewGuid(), now, Id, Number, original.Id, original.Number, operatorId));
    }
}
