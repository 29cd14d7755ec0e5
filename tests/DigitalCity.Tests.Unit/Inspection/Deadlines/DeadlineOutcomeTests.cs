using DigitalCity.Inspection.Deadlines;
using static DigitalCity.Tests.Unit.Inspection.Deadlines.Jiaozuo;

namespace DigitalCity.Tests.Unit.Inspection.Deadlines;

public class DeadlineOutcomeTests
{
    static readonly DateTimeOffset Due = At(2023, 1, 16, 12);

    [Fact]
    public void Closed_at_or_before_the_due_instant_is_on_time()
    {
        Assert.Equal(DeadlineOutcome.OnTime, DeadlineOutcomes.Classify(Due, At(2023, 1, 16, 11), At(2023, 1, 17, 9)));
        Assert.Equal(DeadlineOutcome.OnTime, DeadlineOutcomes.Classify(Due, Due, At(2023, 1, 17, 9)));
    }

    [Fact]
    public void Closed_after_the_due_instant_is_closed_late()
    {
        Assert.Equal(DeadlineOutcome.ClosedLate, DeadlineOutcomes.Classify(Due, At(2023, 1, 16, 12, 1), At(2023, 1, 17, 9)));
    }

    [Fact]
    public void Still_open_after_the_due_instant_is_open_past_deadline_and_counted_apart_from_closed_late()
    {
        Assert.Equal(DeadlineOutcome.OpenPastDeadline, DeadlineOutcomes.Classify(Due, null, At(2023, 1, 16, 12, 1)));
        Assert.Equal(DeadlineOutcome.Open, DeadlineOutcomes.Classify(Due, null, Due));
        Assert.Equal(DeadlineOutcome.Open, DeadlineOutcomes.Classify(Due, null, At(2023, 1, 16, 9)));
    }
}
