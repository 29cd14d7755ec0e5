using System.Globalization;

namespace DigitalCity.Tests.Faults.Load;

/// <summary>
/// The n-th report of the load: a category of the seeded catalogue (half of them the sanitation department's,
/// so half the cases must each open exactly one sanitation task), a point spread over the Jiaozuo sample grids,
/// and the Idempotency-Key every retry of the report carries.
/// </summary>
public sealed record CasePlan(int Index, string Key, string Category, string Department, double Longitude, double Latitude)
{
    static readonly (string Category, string Department)[] Categories =
    [
        ("E0102", "sanitation"), ("C0108", "lighting"), ("E0104", "sanitation"), ("E0201", "enforcement"),
        ("E0105", "sanitation"), ("E0401", "roads"), ("C0302", "sanitation"), ("C0401", "greening"),
    ];

    public bool OpensSanitationTask => Department == "sanitation";

    public static CasePlan For(string run, int index)
    {
        var (category, department) = Categories[index % Categories.Length];
        return new CasePlan(index, $"{run}-{index.ToString(CultureInfo.InvariantCulture)}", category, department,
            113.20 + (index * 7919 % 1000) / 10_000.0, 35.20 + (index * 104_729 % 600) / 10_000.0);
    }

    /// <summary>A case sent after a fault to time the recovery: its category is the sanitation department's, so it opens a task.</summary>
    public static CasePlan Canary(string run, int number) =>
        new(-number, $"{run}-canary-{number.ToString(CultureInfo.InvariantCulture)}", "E0102", "sanitation", 113.2418, 35.2159);

    public object Report() => new
    {
        categoryCode = Category,
        location = new { longitude = Longitude, latitude = Latitude },
        address = $"解放区 民主路 {Math.Abs(Index) % 200 + 1}号",
        description = "故障演练上报",
        photoRefs = new[] { $"faults/{Key}.jpg" },
    };

    public object Dispatch() => new { departments = new[] { new { department = Department, handlingLimit = "4 WorkingHours" } } };
}
