using DigitalCity.Inspection.Cases;
using DigitalCity.ServiceDefaults.Hosting;

namespace DigitalCity.Inspection.Open311;

/// <summary>
/// A case as a GeoReport v2 service request. <c>status</c> is <c>open</c> while the case is in the loop and
/// <c>closed</c> once it is closed (结案), voided (作废) or rejected (不予受理); <c>status_notes</c> says the
/// state in words. The reporter, their account and any contact detail are never part of it.
/// </summary>
public static class ServiceRequestView
{
    /// <param name="city">Times are shown in the city's time zone, with its offset (e.g. <c>+08:00</c>).</param>
    public static Open311Object From(Case @case, CityClock city) => new(
    [
        ("service_request_id", @case.Id.ToString()),
        ("status", @case.IsOpen() ? "open" : "closed"),
        ("status_notes", StatusNotes(@case.Status)),
        ("service_name", @case.CategoryName),
        ("service_code", @case.CategoryCode),
        ("description", @case.Description),
        ("agency_responsible", Agencies(@case)),
        ("service_notice", null),
        ("requested_datetime", city.InCity(@case.ReportedAt)),
        ("updated_datetime", city.InCity(@case.History.Count > 0 ? @case.History[^1].At : @case.ReportedAt)),
        ("expected_datetime", ExpectedAt(@case) is { } due ? city.InCity(due) : null),
        ("address", @case.Address),
        ("lat", @case.Location.Latitude),
        ("long", @case.Location.Longitude),
        ("media_url", @case.PhotoRefs.FirstOrDefault(IsUrl)),
    ]);

    /// <summary>The state in the bureau's words (domain §3).</summary>
    public static string StatusNotes(CaseStatus status) => status switch
    {
        CaseStatus.Reported => "待受理",
        CaseStatus.Verifying => "核实中",
        CaseStatus.Rejected => "不予受理",
        CaseStatus.Filed => "已立案",
        CaseStatus.Dispatched => "已派遣，处置中",
        CaseStatus.Returned => "回退，待重新派遣",
        CaseStatus.Suspended => "挂账",
        CaseStatus.Handled => "已处理，待核查",
        CaseStatus.Checking => "核查中",
        CaseStatus.Closed => "已结案",
        CaseStatus.Voided => "已作废",
        _ => status.ToString(),
    };

    /// <summary>The departments dispatched to and not returned (派遣部门), comma separated; null before dispatch.</summary>
    static string? Agencies(Case @case)
    {
        var departments = @case.Assignments.Where(a => a.Status != AssignmentStatus.Returned).Select(a => a.DepartmentCode).Distinct().ToList();
        return departments.Count == 0 ? null : string.Join(", ", departments);
    }

    /// <summary>When the handling is due (处置时限) while a department still works on it; null otherwise.</summary>
    static DateTimeOffset? ExpectedAt(Case @case) =>
        @case.Assignments.Where(a => a.Status == AssignmentStatus.Processing).Select(a => (DateTimeOffset?)a.DueAt).Max();

    /// <summary>Only photo references that are web addresses are media URLs; object keys in the city's storage are not public.</summary>
    static bool IsUrl(string reference) => reference.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
}
