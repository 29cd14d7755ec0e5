using DigitalCity.Contracts;
using DigitalCity.Contracts.Inspection;
using DigitalCity.Sanitation.Tasks;

namespace DigitalCity.Tests.Services.Support;

/// <summary>The inspection events the sanitation service reacts to, as the inspection service publishes them.</summary>
public static class CaseEvents
{
    /// <summary>A case of 垃圾满溢 dispatched to <paramref name="departments"/> (sanitation by default), each due 4 hours after <paramref name="at"/>.</summary>
    public static CaseDispatched Dispatched(DateTimeOffset at, Guid? caseId = null, params string[] departments) =>
        new(Guid.NewGuid(), at, caseId ?? Guid.NewGuid(), "20230122ABCDEF01", "dispatcher-1",
            [.. (departments.Length == 0 ? ["sanitation"] : departments).Select(d => new DispatchedDepartment(d, at.AddHours(4)))],
            null, "E0105", "垃圾满溢", new GeoPoint(113.2418, 35.2159), "解放区 民主路 12号", "垃圾桶满溢", ["before.jpg"]);

    /// <summary>A sanitation task opened by a dispatch of a new case (or of <paramref name="caseId"/>).</summary>
    public static SanitationTask Task(TimeProvider time, Guid? caseId = null)
    {
        var dispatched = Dispatched(time.GetUtcNow(), caseId);
        return SanitationTask.FromDispatch(dispatched, dispatched.Departments[0], time);
    }
}
