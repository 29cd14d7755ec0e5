using DigitalCity.Inspection.Deadlines;
using static DigitalCity.Tests.Unit.Inspection.Deadlines.Jiaozuo;

namespace DigitalCity.Tests.Unit.Inspection.Deadlines;

public class DeadlineCalculatorTests
{
    static readonly DeadlineCalculator Calculator = new(WorkCalendar.China2023());

    static DateTimeOffset DueAt(Deadline deadline) => Calculator.DueAt(deadline, deadline.Start);

    [Fact]
    public void Exposed_garbage_four_working_hours_from_Friday_afternoon_are_due_on_Monday_morning()
    {
        var due = DueAt(new Deadline(new DateTimeOffset(2023, 1, 13, 7, 0, 0, TimeSpan.Zero), TimeLimit.WorkingHours(4)));

        Assert.Equal(At(2023, 1, 16, 9, 30), due);
        Assert.Equal(TimeSpan.Zero, due.Offset);
    }

    [Fact]
    public void Dirty_road_two_working_hours_used_up_at_closing_time_fall_due_at_the_next_opening()
    {
        // Between 18:00 and 08:30 no working time passes, so closing at 18:30 is not late.
        Assert.Equal(At(2023, 1, 17, 8, 30), DueAt(new Deadline(At(2023, 1, 16, 16), TimeLimit.WorkingHours(2))));
    }

    [Fact]
    public void Street_light_one_working_day_is_due_at_the_same_time_the_next_working_day()
    {
        var calendar = Calculator.Calendar;

        Assert.Equal(At(2023, 1, 17, 10), DueAt(new Deadline(At(2023, 1, 16, 10), TimeLimit.WorkingDays(1))));
        Assert.Equal(calendar.AddWorkingDays(At(2023, 1, 16, 8, 30), 1), DueAt(new Deadline(At(2023, 1, 16, 8, 30), TimeLimit.WorkingDays(1))));
        Assert.Equal(calendar.AddWorkingDays(At(2023, 1, 16, 14, 30), 2), DueAt(new Deadline(At(2023, 1, 16, 14, 30), TimeLimit.WorkingDays(2))));
    }

    [Fact]
    public void Two_hours_natural_time_ignores_the_calendar()
    {
        // 露天烧烤 reported at 23:00 on the first night of the Spring Festival break.
        Assert.Equal(At(2023, 1, 22, 1), DueAt(new Deadline(At(2023, 1, 21, 23), TimeLimit.Hours(2))));
    }

    [Fact]
    public void A_working_limit_spanning_the_whole_Spring_Festival_break_resumes_on_the_make_up_Saturday()
    {
        Assert.Equal(At(2023, 1, 28, 15), DueAt(new Deadline(At(2023, 1, 20, 15), TimeLimit.WorkingDays(1))));
        Assert.Equal(At(2023, 1, 23, 15), DueAt(new Deadline(At(2023, 1, 20, 15), TimeLimit.NaturalDays(3))));
    }

    [Fact]
    public void Extension_adds_time()
    {
        var deadline = new Deadline(At(2023, 1, 16, 8, 30), TimeLimit.WorkingHours(4));

        Assert.Equal(At(2023, 1, 16, 17), DueAt(deadline.Extend(TimeLimit.WorkingHours(2))));
        Assert.Equal(At(2023, 1, 17, 15), DueAt(deadline.Extend(TimeLimit.WorkingDays(1))));
        Assert.Equal(TimeSpan.FromHours(11), Calculator.Allowed(deadline.Extend(TimeLimit.WorkingDays(1))));
    }

    [Fact]
    public void An_extension_on_another_kind_of_time_is_rejected()
    {
        var deadline = new Deadline(At(2023, 1, 16, 10), TimeLimit.Hours(2));

        var error = Assert.Throws<ArgumentException>(() => deadline.Extend(TimeLimit.WorkingDays(1)));
        Assert.Contains("same kind of time", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Suspension_stops_the_clock()
    {
        var deadline = new Deadline(At(2023, 1, 16, 10), TimeLimit.Hours(2))
            .Suspend(At(2023, 1, 16, 10, 30))
            .Resume(At(2023, 1, 16, 11, 30));

        Assert.Equal(At(2023, 1, 16, 13), DueAt(deadline));
    }

    [Fact]
    public void A_suspension_gives_a_working_limit_back_only_the_working_time_it_covered()
    {
        // One working hour used, then suspended until Tuesday 10:00; three left: 10:00–12:00 and 14:30–15:30.
        var deadline = new Deadline(At(2023, 1, 16, 8, 30), TimeLimit.WorkingHours(4), suspensions: [new Suspension(At(2023, 1, 16, 9, 30), At(2023, 1, 17, 10))]);

        Assert.Equal(At(2023, 1, 17, 15, 30), DueAt(deadline));
    }

    [Fact]
    public void A_suspension_outside_working_hours_changes_nothing_for_a_working_limit()
    {
        var deadline = new Deadline(At(2023, 1, 13, 15), TimeLimit.WorkingHours(4), suspensions: [new Suspension(At(2023, 1, 13, 18, 30), At(2023, 1, 16, 8))]);

        Assert.Equal(At(2023, 1, 16, 9, 30), DueAt(deadline));
    }

    [Fact]
    public void A_suspension_over_a_weekend_pushes_a_natural_limit_by_its_whole_length()
    {
        var deadline = new Deadline(At(2023, 1, 13, 15), TimeLimit.NaturalDays(1), suspensions: [new Suspension(At(2023, 1, 13, 18), At(2023, 1, 16, 8))]);

        Assert.Equal(At(2023, 1, 17, 5), DueAt(deadline));
    }

    [Fact]
    public void A_running_suspension_gives_the_due_instant_as_if_the_case_resumed_now()
    {
        var deadline = new Deadline(At(2023, 1, 16, 10), TimeLimit.Hours(2)).Suspend(At(2023, 1, 16, 10, 30));

        Assert.True(deadline.IsSuspended);
        Assert.Equal(At(2023, 1, 16, 13, 30), Calculator.DueAt(deadline, At(2023, 1, 16, 12)));
        Assert.Equal(At(2023, 1, 16, 15, 30), Calculator.DueAt(deadline, At(2023, 1, 16, 14)));
    }

    [Fact]
    public void A_suspension_after_the_limit_ran_out_does_not_move_the_due_instant()
    {
        var deadline = new Deadline(At(2023, 1, 16, 10), TimeLimit.Hours(2)).Suspend(At(2023, 1, 16, 13));

        Assert.Equal(At(2023, 1, 16, 12), Calculator.DueAt(deadline, At(2023, 1, 16, 16)));
    }

    [Fact]
    public void A_limit_running_out_as_a_suspension_begins_is_due_when_the_case_resumes()
    {
        var deadline = new Deadline(At(2023, 1, 16, 10), TimeLimit.Hours(2), suspensions: [new Suspension(At(2023, 1, 16, 12), At(2023, 1, 16, 14))]);

        Assert.Equal(At(2023, 1, 16, 14), DueAt(deadline));
    }

    [Fact]
    public void Overlapping_suspensions_count_once_and_time_before_the_start_is_ignored()
    {
        var deadline = new Deadline(
            At(2023, 1, 16, 10),
            TimeLimit.Hours(2),
            suspensions:
            [
                new Suspension(At(2023, 1, 16, 9), At(2023, 1, 16, 10, 30)),
                new Suspension(At(2023, 1, 16, 11), At(2023, 1, 16, 12)),
                new Suspension(At(2023, 1, 16, 11, 30), At(2023, 1, 16, 12, 30)),
            ]);

        // Counted: 10:30–11:00 and from 12:30, so the two hours run out at 14:00.
        Assert.Equal(At(2023, 1, 16, 14), DueAt(deadline));
    }

    [Fact]
    public void A_step_is_suspended_once_at_a_time_and_resumed_only_when_suspended()
    {
        var deadline = new Deadline(At(2023, 1, 16, 10), TimeLimit.Hours(2));

        Assert.Throws<InvalidOperationException>(() => deadline.Resume(At(2023, 1, 16, 11)));
        var suspended = deadline.Suspend(At(2023, 1, 16, 11));
        Assert.Throws<InvalidOperationException>(() => suspended.Suspend(At(2023, 1, 16, 11, 30)));
        Assert.Throws<ArgumentException>(() => suspended.Resume(At(2023, 1, 16, 10, 59)));

        var resumed = suspended.Resume(At(2023, 1, 16, 12));
        Assert.False(resumed.IsSuspended);
        Assert.Equal([new Suspension(At(2023, 1, 16, 11), At(2023, 1, 16, 12))], resumed.Suspensions);
    }
}
