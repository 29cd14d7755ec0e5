using DigitalCity.Contracts.Sanitation.Maintenance;
using DigitalCity.Sanitation.Facilities;
using DigitalCity.ServiceDefaults.Domain;

namespace DigitalCity.Sanitation.Maintenance;

/// <summary>
/// 设施维修工单 — a maintenance work order for a registered facility (a public toilet, transfer station, bin, rest
/// station, vehicle…), assigned to one staff member and due at an instant. Open → Done (by the assignee or a
/// supervisor, with the result and photos) or Cancelled (by a supervisor, with the reason); any other step is
/// refused naming the state. Past due while open it is flagged overdue once (<see cref="MarkOverdue"/>).
/// </summary>
public sealed class MaintenanceOrder : AggregateRoot
{
    MaintenanceOrder()
    {
    }

    public string FacilityCode { get; private set; } = "";

    public FacilityKind FacilityKind { get; private set; }

    public string FacilityName { get; private set; } = "";

    /// <summary>The facility's district when the order was opened.</summary>
    public string DistrictCode { get; private set; } = "";

    public string Description { get; private set; } = "";

    public IReadOnlyList<string> PhotoRefs { get; private set; } = [];

    public MaintenancePriority Priority { get; private set; }

    public DateTimeOffset DueAt { get; private set; }

    /// <summary>The staff member's user id who does the work.</summary>
    public string AssigneeId { get; private set; } = "";

    public string OpenedBy { get; private set; } = "";

    public DateTimeOffset OpenedAt { get; private set; }

    public MaintenanceStatus Status { get; private set; }

    /// <summary>Set once, by the overdue sweep, when the order was still open at its due instant; kept after it is done.</summary>
    public bool Overdue { get; private set; }

    public DateTimeOffset? OverdueAt { get; private set; }

    public string? Result { get; private set; }

    public IReadOnlyList<string> CompletionPhotoRefs { get; private set; } = [];

    public string? CompletedBy { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    public string? CancelledBy { get; private set; }

    public DateTimeOffset? CancelledAt { get; private set; }

    public string? CancellationReason { get; private set; }

    public static MaintenanceOrder Open(Facility facility, MaintenanceRequest request, string openedBy, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(facility);
        ArgumentNullException.ThrowIfNull(request);
        var now = time.GetUtcNow();
        if (facility.Retired)
        {
            throw new InvalidTransitionException("open a work order for the facility", "Retired");
        }

        if (request.DueAt <= now)
        {
            throw new ArgumentException("A work order is due in the future.", nameof(request));
        }

        var order = new MaintenanceOrder
        {
            Id = Guid.CreateVersion7(now),
            FacilityCode = facility.Code,
            FacilityKind = facility.Kind,
            FacilityName = facility.Name,
            DistrictCode = facility.DistrictCode,
            Description = request.Description,
            PhotoRefs = request.PhotoRefs,
            Priority = request.Priority,
            DueAt = request.DueAt.ToUniversalTime(),
            AssigneeId = request.AssigneeId,
            OpenedBy = openedBy,
            OpenedAt = now,
            Status = MaintenanceStatus.Open,
        };
        order.Raise(new MaintenanceOrderOpened(Guid.NewGuid(), now, order.Id, order.FacilityCode, order.FacilityKind.ToString(), order.DistrictCode,
            order.Priority.ToString(), order.DueAt, order.AssigneeId, openedBy));
        return order;
    }

    /// <summary>Whether <paramref name="userId"/> may do the work: its assignee, or a supervisor.</summary>
    public bool MayComplete(string userId, bool supervisor) => supervisor || string.Equals(userId, AssigneeId, StringComparison.Ordinal);

    public void Complete(string completedBy, bool supervisor, string result, IReadOnlyList<string> photoRefs, TimeProvider time)
    {
        if (!MayComplete(completedBy, supervisor))
        {
            throw new AccessDeniedException($"Work order {Id} is assigned to someone else; its assignee or a supervisor completes it.");
        }

        EnsureOpen("complete the work order");
        var now = time.GetUtcNow();
        Status = MaintenanceStatus.Done;
        Result = result;
        CompletionPhotoRefs = photoRefs;
        CompletedBy = completedBy;
        CompletedAt = now;
        Raise(new MaintenanceOrderCompleted(Guid.NewGuid(), now, Id, FacilityCode, result, photoRefs, completedBy, now > DueAt));
    }

    public void Cancel(string cancelledBy, string reason, TimeProvider time)
    {
        EnsureOpen("cancel the work order");
        Status = MaintenanceStatus.Cancelled;
        CancelledBy = cancelledBy;
        CancelledAt = time.GetUtcNow();
        CancellationReason = reason;
        Raise(new MaintenanceOrderCancelled(Guid.NewGuid(), CancelledAt.Value, Id, FacilityCode, reason, cancelledBy));
    }

    /// <summary>超期 — flags an open order past its due instant, once, raising <see cref="MaintenanceOrderOverdue"/>; returns whether it did.</summary>
    public bool MarkOverdue(TimeProvider time)
    {
        var now = time.GetUtcNow();
        if (Status != MaintenanceStatus.Open || Overdue || DueAt > now)
        {
            return false;
        }

        Overdue = true;
        OverdueAt = now;
        Raise(new MaintenanceOrderOverdue(Guid.NewGuid(), now, Id, FacilityCode, DistrictCode, DueAt, AssigneeId));
        return true;
    }

    void EnsureOpen(string action)
    {
        if (Status != MaintenanceStatus.Open)
        {
            throw new InvalidTransitionException(action, Status.ToString());
        }
    }
}

/// <summary>What a work order asks for, validated: the due instant is already resolved from the priority when none was named.</summary>
public sealed record MaintenanceRequest(string Description, IReadOnlyList<string> PhotoRefs, MaintenancePriority Priority, DateTimeOffset DueAt, string AssigneeId);
