using DigitalCity.Contracts;
using DigitalCity.Contracts.Inspection;
using DigitalCity.Inspection.Cases;
using DigitalCity.Inspection.Categories;
using Microsoft.Extensions.Time.Testing;

namespace DigitalCity.Tests.Unit;

/// <summary>Builders of the domain objects the tests talk about.</summary>
internal static class TestData
{
    public static readonly DateTimeOffset SpringFestival = new(2023, 1, 22, 1, 30, 0, TimeSpan.Zero);

    public static FakeTimeProvider Clock() => new(SpringFestival);

    public static Category ExposedGarbage => CategoryCatalog.LoadSeed().Find("E0102")!;

    public static CaseReport Report(string description = "路边暴露垃圾") =>
        new(new GeoPoint(113.2418, 35.2159), "解放区 民主路 12号", description, ["before.jpg"]);

    public static Case ReportedCase(TimeProvider time, string reporter = "officer-1") =>
        Case.Report(Report(), ExposedGarbage, reporter, null, time);

    /// <summary>A case dispatched to <paramref name="departments"/> (sanitation by default), each due 4 hours later.</summary>
    public static CaseDispatched CaseDispatchedEvent(params string[] departments) =>
        new(Guid.NewGuid(), SpringFestival, Guid.NewGuid(), "20230122ABCDEF01", "dispatcher-1",
            [.. (departments.Length == 0 ? ["sanitation"] : departments).Select(d => new DispatchedDepartment(d, SpringFestival.AddHours(4)))],
            null, "E0102", "暴露垃圾", new GeoPoint(113.2418, 35.2159), "解放区 民主路 12号", "路边暴露垃圾", ["before.jpg"]);

    public static CaseReported CaseReportedEvent(string category = "E0102") =>
        new(Guid.NewGuid(), SpringFestival, Guid.NewGuid(), "20230122ABCDEF01", category, "暴露垃圾",
            new GeoPoint(113.2418, 35.2159), "解放区 民主路 12号", "路边暴露垃圾", ["before.jpg"], "officer-1");
}
