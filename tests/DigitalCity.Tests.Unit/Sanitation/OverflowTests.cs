using DigitalCity.Contracts;
using DigitalCity.Contracts.Sanitation;
using DigitalCity.Sanitation.Overflow;
using DigitalCity.Sanitation.Tasks;
using DigitalCity.ServiceDefaults.Http;
using Microsoft.Extensions.Configuration;

namespace DigitalCity.Tests.Unit.Sanitation;

/// <summary>Bin overflow (满溢/爆桶): thresholds per bin type, the bins' latest levels, and collection tasks from each source.</summary>
public class OverflowTests
{
    static readonly GeoPoint Place = new(113.2418, 35.2159);

    static OverflowOptions Options(params (string Key, string Value)[] values) =>
        OverflowOptions.From(new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => KeyValuePair.Create(v.Key, (string?)v.Value))).Build());

    static OverflowSighting Sighting(TaskSource source, string? facility = "LB-410802-0001") =>
        new(source, facility, Place, "解放区 民主路 12号", "满溢", ["full.jpg"], TestData.SpringFestival.AddHours(2), "sanitation", "crew-7",
            source == TaskSource.Sensor ? 92 : null, source == TaskSource.Sensor ? "r-1" : null);

    [Fact]
    public void Without_configuration_240L_bins_overflow_at_85_660L_at_90_and_others_at_the_default()
    {
        var options = Options();

        Assert.Equal((85, 90, 90, 90), (options.ThresholdFor("240L"), options.ThresholdFor("660L"), options.ThresholdFor("120L"), options.ThresholdFor(null)));
        Assert.Equal(["E0105"], options.CategoryCodes);
        Assert.Equal(TimeSpan.FromHours(2), options.Deadline);
    }

    [Fact]
    public void Configured_thresholds_replace_the_defaults_and_match_bin_types_ignoring_case()
    {
        var options = Options(("Sanitation:Overflow:Thresholds:120L", "70"), ("Sanitation:Overflow:DefaultThreshold", "80"),
            ("Sanitation:Overflow:CategoryCodes:0", "E0103"), ("Sanitation:Overflow:Deadline", "01:00:00"));

        Assert.Equal(70, options.ThresholdFor("120l"));
        Assert.Equal(80, options.ThresholdFor("240L"));
        Assert.True(options.IsOverflowCategory("E0103"));
        Assert.False(options.IsOverflowCategory("E0105"));
        Assert.Equal(TimeSpan.FromHours(1), options.Deadline);
    }

    [Theory]
    [InlineData("Sanitation:Overflow:Thresholds:240L", "101", "Thresholds:240L")]
    [InlineData("Sanitation:Overflow:DefaultThreshold", "0", "DefaultThreshold")]
    [InlineData("Sanitation:Overflow:Deadline", "-01:00:00", "Deadline")]
    public void A_threshold_or_deadline_out_of_range_stops_startup_naming_it(string key, string value, string named)
    {
        var error = Assert.Throws<InvalidOperationException>(() => Options((key, value)));

        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reading_becomes_the_bins_level_and_overflows_at_its_threshold()
    {
        var time = TestData.Clock();
        var level = BinLevel.For("LB-1", time);

        Assert.Equal(ReadingOutcome.Latest, level.Record(new BinReading("r-1", 84, time.GetUtcNow()), "240L", 85, time));
        Assert.False(level.Overflowing);
        Assert.Equal(ReadingOutcome.Latest, level.Record(new BinReading("r-2", 85, time.GetUtcNow().AddMinutes(5)), "240L", 85, time));
        Assert.True(level.Overflowing);
        Assert.Equal((85, "r-2"), (level.FillLevelPercent, level.ReadingId));
    }

    [Fact]
    public void The_same_reading_twice_is_a_duplicate_and_an_older_one_is_stale()
    {
        var time = TestData.Clock();
        var level = BinLevel.For("LB-1", time);
        level.Record(new BinReading("r-2", 40, time.GetUtcNow()), "240L", 85, time);

        Assert.Equal(ReadingOutcome.Duplicate, level.Record(new BinReading("r-2", 99, time.GetUtcNow()), "240L", 85, time));
        Assert.Equal(ReadingOutcome.Stale, level.Record(new BinReading("r-1", 95, time.GetUtcNow().AddMinutes(-5)), "240L", 85, time));
        Assert.Equal(ReadingOutcome.Duplicate, level.Record(new BinReading("r-1", 95, time.GetUtcNow().AddMinutes(-5)), "240L", 85, time));
        Assert.Equal((40, false), (level.FillLevelPercent, level.Overflowing));
    }

    [Fact]
    public void A_bin_remembers_its_last_hundred_reading_ids()
    {
        var time = TestData.Clock();
        var level = BinLevel.For("LB-1", time);
        for (var i = 0; i < BinLevel.RememberedReadings + 1; i++)
        {
            level.Record(new BinReading($"r-{i}", 10, time.GetUtcNow().AddMinutes(i)), null, 90, time);
        }

        Assert.Equal(BinLevel.RememberedReadings, level.RecentReadingIds.Count);
        Assert.DoesNotContain("r-0", level.RecentReadingIds);
        Assert.Equal(ReadingOutcome.Duplicate, level.Record(new BinReading("r-100", 10, time.GetUtcNow().AddMinutes(100)), null, 90, time));
    }

    [Fact]
    public void A_case_of_an_overflow_category_opens_a_collection_task_from_the_case()
    {
        var dispatched = TestData.CaseDispatchedEvent();

        var task = SanitationTask.FromDispatch(dispatched, dispatched.Departments[0], TestData.Clock(), TaskKind.Collection);

        Assert.Equal((TaskSource.Case, TaskKind.Collection, dispatched.CaseId, (string?)null), (task.Source, task.Kind, task.CaseId!.Value, task.FacilityCode));
        Assert.IsType<SanitationTaskCreated>(Assert.Single(task.PendingEvents()));
    }

    [Fact]
    public void A_sensor_sighting_opens_a_collection_task_for_the_bin_without_a_case_and_announces_the_overflow()
    {
        var time = TestData.Clock();

        var task = SanitationTask.ForOverflow(Sighting(TaskSource.Sensor), time);

        Assert.Equal((TaskSource.Sensor, TaskKind.Collection, (Guid?)null, "LB-410802-0001"), (task.Source, task.Kind, task.CaseId, task.FacilityCode));
        Assert.Equal((SanitationTaskStatus.Open, TestData.SpringFestival.AddHours(2)), (task.Status, task.DueAt!.Value));
        var detected = Assert.IsType<BinOverflowDetected>(Assert.Single(task.PendingEvents()));
        Assert.Equal((task.Id, "Sensor", "LB-410802-0001", 92, "r-1"), (detected.TaskId, detected.Source, detected.FacilityCode, detected.FillLevelPercent!.Value, detected.ReadingId));
    }

    [Fact]
    public void A_staff_report_of_a_place_opens_a_collection_task_with_its_idempotency_key()
    {
        var stamp = IdempotencyStamp.For("crew-7", "k-1", new { a = 1 });

        var task = SanitationTask.ForOverflow(Sighting(TaskSource.Staff, facility: null) with { Stamp = stamp }, TestData.Clock());

        Assert.Equal((TaskSource.Staff, TaskKind.Collection, (string?)null, "crew-7"), (task.Source, task.Kind, task.FacilityCode, task.ReportedBy));
        Assert.Equal((stamp.ScopedKey, stamp.Fingerprint), (task.IdempotencyKey!, task.RequestFingerprint!));
        Assert.Equal(["full.jpg"], task.PhotoRefs);
        Assert.Equal("Staff", Assert.IsType<BinOverflowDetected>(Assert.Single(task.PendingEvents())).Source);
    }

    [Fact]
    public void An_overflow_sighting_is_never_a_case_task()
    {
        Assert.Throws<ArgumentException>(() => SanitationTask.ForOverflow(Sighting(TaskSource.Case), TestData.Clock()));
    }

    [Fact]
    public void Completing_a_sensor_task_publishes_the_result_with_no_case()
    {
        var time = TestData.Clock();
        var task = SanitationTask.ForOverflow(Sighting(TaskSource.Sensor), time);
        task.MarkPersisted(1);

        task.Complete("crew-7", "已清运", ["after.jpg"], time);

        var completed = Assert.IsType<SanitationTaskCompleted>(Assert.Single(task.PendingEvents()));
        Assert.Equal((task.Id, (Guid?)null, "sanitation"), (completed.TaskId, completed.CaseId, completed.DepartmentCode));
    }

    [Fact]
    public void An_open_task_past_its_deadline_is_overdue_and_a_completed_one_is_not()
    {
        var time = TestData.Clock();
        var task = SanitationTask.ForOverflow(Sighting(TaskSource.Sensor), time);

        Assert.False(task.IsOverdue(TestData.SpringFestival.AddHours(2)));
        Assert.True(task.IsOverdue(TestData.SpringFestival.AddHours(2).AddSeconds(1)));
        task.Complete("crew-7", "已清运", [], time);
        Assert.False(task.IsOverdue(TestData.SpringFestival.AddHours(3)));
    }
}
