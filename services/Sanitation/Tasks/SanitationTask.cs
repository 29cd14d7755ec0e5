using DigitalCity.Contracts;
using DigitalCity.Contracts.Inspection;
using DigitalCity.Contracts.Sanitation;
using DigitalCity.ServiceDefaults.Domain;

namespace DigitalCity.Sanitation.Tasks;

/// <summary>
/// 环卫任务 — work for a sanitation crew. Tasks made from an inspection case carry the case id, and
/// their completion goes back to that case as its handling result.
/// </summary>
public sealed class SanitationTask : AggregateRoot
{
    SanitationTask()
    {
    }

    public Guid? CaseId { get; private set; }

    public string? CaseNumber { get; private set; }

    public string CategoryCode { get; private set; } = "";

    public string CategoryName { get; private set; } = "";

    public GeoPoint Location { get; private set; } = new(0, 0);

    public string Address { get; private set; } = "";

    public string Description { get; private set; } = "";

    public IReadOnlyList<string> PhotoRefs { get; private set; } = [];

    public DateTimeOffset CreatedAt { get; private set; }

    public SanitationTaskStatus Status { get; private set; }

    public string? CompletedBy { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    public string? Result { get; private set; }

    public IReadOnlyList<string> CompletionPhotoRefs { get; private set; } = [];

    public static SanitationTask FromCase(CaseReported reported, TimeProvider time)
    {
        var now = time.GetUtcNow();
        var task = new SanitationTask
        {
            Id = Guid.CreateVersion7(now),
            CaseId = reported.CaseId,
            CaseNumber = reported.CaseNumber,
            CategoryCode = reported.CategoryCode,
            CategoryName = reported.CategoryName,
            Location = reported.Location,
            Address = reported.Address,
            Description = reported.Description,
            PhotoRefs = reported.PhotoRefs,
            CreatedAt = now,
            Status = SanitationTaskStatus.Open,
        };
        task.Raise(new SanitationTaskCreated(Guid.NewGuid(), now, task.Id, reported.CaseId, reported.CategoryCode, reported.Location, reported.Address));
        return task;
    }

    public void Complete(string completedBy, string result, IReadOnlyList<string> photoRefs, TimeProvider time)
    {
        if (Status != SanitationTaskStatus.Open)
        {
            throw new InvalidTransitionException("complete the task", Status.ToString());
        }

        var now = time.GetUtcNow();
        Status = SanitationTaskStatus.Completed;
        CompletedBy = completedBy;
        CompletedAt = now;
        Result = result;
        CompletionPhotoRefs = photoRefs;
        Raise(new SanitationTaskCompleted(Guid.NewGuid(), now, Id, CaseId, result, photoRefs, completedBy));
    }
}
