using DigitalCity.Sanitation.Cleaning.Plans;
using DigitalCity.ServiceDefaults.Http;
using static DigitalCity.Sanitation.Cleaning.Plans.PlanRequest;

namespace DigitalCity.Tests.Unit.Sanitation.Cleaning;

/// <summary>A small plan of 人民路 to vary one rule at a time: machine sweeping twice a day, washing once; a Spring Festival override.</summary>
internal static class CleaningPlanData
{
    public static readonly DateOnly FestivalStart = new(2023, 1, 21);
    public static readonly DateOnly FestivalEnd = new(2023, 1, 27);

    public static MethodInput Sweep(params string[] windows) => new(CleaningMethod.MachineSweep, 2, windows.Length == 0 ? ["05:00-07:00", "14:00-16:00"] : windows, ["crew-1"]);

    public static MethodInput Wash => new(CleaningMethod.Wash, 1, ["04:00-05:00"], ["crew-2"]);

    /// <summary>春节: machine sweeping four times a day, in longer windows; washing as planned.</summary>
    public static OverrideInput Festival(DateOnly? from = null, DateOnly? to = null) =>
        new("春节", from ?? FestivalStart, to ?? FestivalEnd, [new OverrideMethodInput(CleaningMethod.MachineSweep, 4, ["05:00-08:00", "11:00-13:00", "14:00-17:00", "19:00-21:00"])]);

    public static PlanRequest Request(IReadOnlyList<MethodInput>? methods = null, IReadOnlyList<OverrideInput>? overrides = null) =>
        new("JF-RMR-01", "人民路", "410802", "解放路口", "塔南路口", 1800, RoadGrade.First, "道路见本色",
            methods ?? [Sweep(), Wash], overrides ?? [Festival()], null);

    public static CleaningPlan Plan(PlanRequest? request = null)
    {
        var errors = new ValidationErrors();
        var spec = (request ?? Request()).Read(errors);
        Assert.False(errors.Any, string.Join("; ", errors.ToDictionary().Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")));
        return CleaningPlan.Create(spec!, "supervisor-1", TestData.Clock());
    }

    /// <summary>The fields <paramref name="request"/> is refused for.</summary>
    public static IReadOnlyDictionary<string, string[]> Errors(PlanRequest request)
    {
        var errors = new ValidationErrors();
        Assert.Null(request.Read(errors));
        return errors.ToDictionary();
    }
}
