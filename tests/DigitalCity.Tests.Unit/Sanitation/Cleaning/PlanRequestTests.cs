using DigitalCity.Contracts.Sanitation;
using DigitalCity.Sanitation.Cleaning.Plans;
using static DigitalCity.Sanitation.Cleaning.Plans.PlanRequest;
using static DigitalCity.Tests.Unit.Sanitation.Cleaning.CleaningPlanData;

namespace DigitalCity.Tests.Unit.Sanitation.Cleaning;

public class PlanRequestTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(49)]
    public void Runs_per_day_below_one_or_above_48_are_refused(int runs)
    {
        var errors = Errors(Request([Sweep() with { RunsPerDay = runs }, Wash]));

        Assert.Equal(["methods[0].runsPerDay"], errors.Keys);
    }

    [Fact]
    public void A_method_without_crew_or_windows_is_refused()
    {
        var errors = Errors(Request([Sweep() with { Crew = [] }, Wash with { Windows = [] }]));

        Assert.Equal(["methods[0].crew", "methods[1].windows"], errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_method_planned_twice_and_a_plan_without_methods_are_refused()
    {
        Assert.Equal(["methods[1].method"], Errors(Request([Sweep(), Sweep()])).Keys);
        Assert.Equal(["methods"], Errors(Request([])).Keys);
    }

    [Fact]
    public void An_override_of_a_method_the_plan_lacks_is_refused()
    {
        var manual = new OverrideInput("春节", FestivalStart, FestivalEnd, [new OverrideMethodInput(CleaningMethod.ManualSweep, 6, ["06:00-20:00"])]);

        Assert.Equal(["overrides[0].methods[0].method"], Errors(Request(overrides: [manual])).Keys);
    }

    [Fact]
    public void Overlapping_override_periods_are_refused_naming_the_later_one()
    {
        var lantern = Festival(new DateOnly(2023, 1, 27), new DateOnly(2023, 2, 5)) with { Name = "元宵" };

        var errors = Errors(Request(overrides: [Festival(), lantern]));

        Assert.Equal(["overrides[1]"], errors.Keys);
        Assert.Contains("overlaps 春节 2023-01-21..2023-01-27", errors["overrides[1]"][0], StringComparison.Ordinal);
    }

    [Fact]
    public void An_override_ending_before_it_starts_is_refused()
    {
        Assert.Equal(["overrides[0].to"], Errors(Request(overrides: [Festival(FestivalEnd, FestivalStart)])).Keys);
    }

    [Theory]
    [InlineData("41080", "districtCode")]
    [InlineData("110101", "districtCode")]
    [InlineData("JF RMR", "segmentCode")]
    public void Codes_are_checked(string code, string field)
    {
        var request = field == "districtCode" ? Request() with { DistrictCode = code } : Request() with { SegmentCode = code };

        Assert.Equal([field], Errors(request).Keys);
    }

    [Fact]
    public void A_valid_plan_raises_CleaningPlanSet_with_its_methods_override_and_crew()
    {
        var plan = Plan();

        var set = Assert.IsType<CleaningPlanSet>(Assert.Single(plan.PendingEvents()));
        Assert.Equal(("JF-RMR-01", "First", 1L), (set.SegmentCode, set.Grade, set.Version));
        Assert.Equal(["MachineSweep", "Wash"], set.Methods.Select(m => m.Method));
        Assert.Equal(["05:00-07:00", "14:00-16:00"], set.Methods[0].Windows);
        var festival = Assert.Single(set.Overrides);
        Assert.Equal(("春节", FestivalStart, FestivalEnd, 4), (festival.Name, festival.From, festival.To, festival.Methods[0].RunsPerDay));
        Assert.Equal(["crew-1"], festival.Methods[0].Crew);
        Assert.Equal(["crew-1", "crew-2"], plan.CrewIds);
    }
}
