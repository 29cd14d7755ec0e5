using DigitalCity.Inspection.Deadlines;
using DigitalCity.ServiceDefaults.Sweeps;

namespace DigitalCity.Tests.Unit.Inspection.Deadlines;

public class SweepStatusTests
{
    static readonly DateTimeOffset Start = TestData.SpringFestival;
    static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    [Theory]
    [InlineData(null, 3, false)]
    [InlineData(null, 4, true)]
    [InlineData(10, 13, false)]
    [InlineData(10, 14, true)]
    public void A_sweep_is_stalled_after_three_intervals_without_a_finished_pass(int? lastPassAtMinute, int nowAtMinute, bool stalled)
    {
        var status = new SweepStatus(Start, lastPassAtMinute is { } at ? Start + (Minute * at) : null, null, Minute);

        Assert.Equal(stalled, status.IsStalled(Start + (Minute * nowAtMinute)));
    }
}
