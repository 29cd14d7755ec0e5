using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DigitalCity.Contracts.Sanitation;
using DigitalCity.Sanitation.Facilities;
using DigitalCity.Sanitation.Host;
using DigitalCity.Sanitation.Overflow;
using DigitalCity.Sanitation.Tasks;
using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Http;
using DigitalCity.ServiceDefaults.Security;
using DigitalCity.Tests.Services.Support;
using Microsoft.AspNetCore.TestHost;

namespace DigitalCity.Tests.Services.Sanitation.Overflow;

/// <summary>Fill-level readings from the sensor platform: the bin's level, and one collection task while it overflows.</summary>
public class BinReadingTests(SanitationFixture fixture) : IClassFixture<SanitationFixture>
{
    readonly HttpClient _supervisor = fixture.Supervisor;
    readonly HttpClient _sensors = fixture.Factory.ClientFor("sensor-platform", Roles.ExternalSystem);

    static object Reading(string bin, int percent, string? readingId = null, DateTimeOffset? measuredAt = null) =>
        new { binCode = bin, fillLevelPercent = percent, measuredAt = measuredAt ?? DateTimeOffset.UtcNow.AddMinutes(-1), readingId = readingId ?? Guid.NewGuid().ToString() };

    Task<FacilityView> Bin(string binType = "240L", FacilityKind kind = FacilityKind.LitterBin) => FacilityRegistry.RegisterAsync(_supervisor, kind, binType);

    async Task<RecordBinReading.Answer> SendAsync(object reading, HttpStatusCode expected = HttpStatusCode.Created)
    {
        var response = await _sensors.PostAsJsonAsync("/api/sanitation/bin-readings", reading);
        Assert.Equal(expected, response.StatusCode);
        return await response.ReadAsync<RecordBinReading.Answer>();
    }

    async Task<List<SanitationTaskView>> TasksOf(string facility) =>
        [.. (await (await fixture.Staff.GetAsync($"/api/sanitation/tasks?facility={facility}")).ReadAsync<Page<SanitationTaskView>>()).Items];

    [Fact]
    public async Task A_reading_below_the_threshold_is_the_bins_level_and_opens_no_task()
    {
        var bin = await Bin();

        var answer = await SendAsync(Reading(bin.Code, 84));

        Assert.Equal((84, 85, false, (Guid?)null, false), (answer.Level.FillLevelPercent, answer.Level.ThresholdPercent, answer.Level.Overflowing, answer.TaskId, answer.Duplicate));
        var level = await (await fixture.Staff.GetAsync($"/api/sanitation/bin-levels/{bin.Code}")).ReadAsync<BinLevelView>();
        Assert.Equal((bin.Code, 84, "240L"), (level.BinCode, level.FillLevelPercent, level.BinType));
        Assert.Empty(await TasksOf(bin.Code));
    }

    [Fact]
    public async Task A_reading_at_the_threshold_opens_one_collection_task_until_it_is_done()
    {
        var bin = await Bin("660L", FacilityKind.CollectionPoint);
        var before = DateTimeOffset.UtcNow;

        var first = await SendAsync(Reading(bin.Code, 90));
        var second = await SendAsync(Reading(bin.Code, 97));

        Assert.True(first.TaskOpened);
        Assert.Equal((first.TaskId, false), (second.TaskId, second.TaskOpened));
        var task = Assert.Single(await TasksOf(bin.Code));
        Assert.Equal((TaskSource.Sensor, TaskKind.Collection, (Guid?)null, SanitationTaskStatus.Open), (task.Source, task.Kind, task.CaseId, task.Status));
        Assert.InRange(task.DueAt!.Value, before.AddHours(2), DateTimeOffset.UtcNow.AddHours(2));
        Assert.False(task.Overdue);
        var detected = await fixture.Factory.Harness.PublishedAsync<BinOverflowDetected>(m => m.TaskId == task.Id);
        Assert.Equal(("Sensor", bin.Code, 90), (detected.Context.Message.Source, detected.Context.Message.FacilityCode, detected.Context.Message.FillLevelPercent!.Value));
        Assert.Single(fixture.Factory.Harness.PublishedNow<BinOverflowDetected>(m => m.FacilityCode == bin.Code));

        await fixture.Staff.PostAsJsonAsync($"/api/sanitation/tasks/{task.Id}/complete", new { result = "已清运", photoRefs = new[] { "after.jpg" } });
        var completed = await fixture.Factory.Harness.PublishedAsync<SanitationTaskCompleted>(m => m.TaskId == task.Id);
        Assert.Null(completed.Context.Message.CaseId);
        var third = await SendAsync(Reading(bin.Code, 95));
        Assert.True(third.TaskOpened);
        Assert.NotEqual(task.Id, third.TaskId);
    }

    [Fact]
    public async Task Readings_of_one_bin_sent_together_open_one_task_and_copies_of_one_reading_count_once()
    {
        var bin = await Bin();
        var copies = Reading(bin.Code, 99, "iot-burst-0");

        var responses = await Task.WhenAll(Enumerable.Range(1, 8).Select(i => _sensors.PostAsJsonAsync("/api/sanitation/bin-readings", i % 2 == 0 ? copies : Reading(bin.Code, 90 + i))));

        Assert.All(responses, r => Assert.True(r.IsSuccessStatusCode, r.StatusCode.ToString()));
        var answers = await Task.WhenAll(responses.Select(r => r.ReadAsync<RecordBinReading.Answer>()));
        Assert.Equal(3, answers.Count(a => a.Duplicate));
        Assert.Single(answers, a => a.TaskOpened);
        var task = Assert.Single(await TasksOf(bin.Code));
        // A copy may be answered before the first copy's task is saved; any task an answer names is the one.
        Assert.All(answers.Where(a => a.TaskId is not null), a => Assert.Equal(task.Id, a.TaskId));
        Assert.Equal(task.Id, answers.Single(a => a.TaskOpened).TaskId);
    }

    [Fact]
    public async Task The_same_reading_id_twice_is_recorded_once_and_the_second_answer_says_so()
    {
        var bin = await Bin();
        var reading = Reading(bin.Code, 92, "iot-2023-0122-0001");
        await SendAsync(reading);

        var again = await _sensors.PostAsJsonAsync("/api/sanitation/bin-readings", reading);

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal("true", again.Headers.GetValues(IdempotentReplay.ReplayedHeader).Single());
        var answer = await again.ReadAsync<RecordBinReading.Answer>();
        Assert.True(answer.Duplicate);
        Assert.False(answer.TaskOpened);
        Assert.Single(await TasksOf(bin.Code));
        Assert.Equal(answer.TaskId, (await TasksOf(bin.Code))[0].Id);
    }

    [Fact]
    public async Task A_reading_older_than_the_bins_latest_is_kept_as_stale_and_opens_nothing()
    {
        var bin = await Bin();
        await SendAsync(Reading(bin.Code, 30, measuredAt: DateTimeOffset.UtcNow.AddMinutes(-1)));

        var late = await SendAsync(Reading(bin.Code, 99, measuredAt: DateTimeOffset.UtcNow.AddMinutes(-10)));

        Assert.True(late.Stale);
        Assert.Equal((30, (Guid?)null), (late.Level.FillLevelPercent, late.TaskId));
        Assert.Empty(await TasksOf(bin.Code));
    }

    [Fact]
    public async Task Thresholds_are_configuration_by_bin_type()
    {
        using var data = new TempDirectory();
        using var host = new ServiceFactory<SanitationHost>(data.Path);
        using var factory = host.WithWebHostBuilder(b => b.UseSetting("Sanitation:Overflow:Thresholds:240L", "50").UseSetting("Sanitation:Overflow:Deadline", "00:30:00"));
        var supervisor = factory.CreateClient();
        supervisor.DefaultRequestHeaders.Authorization = _supervisor.DefaultRequestHeaders.Authorization;
        var bin = await FacilityRegistry.RegisterAsync(supervisor, FacilityKind.LitterBin, "240L");
        var before = DateTimeOffset.UtcNow;

        var response = await supervisor.PostAsJsonAsync("/api/sanitation/bin-readings", Reading(bin.Code, 50));

        var answer = await response.ReadAsync<RecordBinReading.Answer>();
        Assert.Equal((50, true, true), (answer.Level.ThresholdPercent, answer.Level.Overflowing, answer.TaskOpened));
        var task = await (await supervisor.GetAsync($"/api/sanitation/tasks/{answer.TaskId}")).ReadAsync<SanitationTaskView>();
        Assert.InRange(task.DueAt!.Value, before.AddMinutes(30), DateTimeOffset.UtcNow.AddMinutes(30));
    }

    [Fact]
    public async Task An_open_task_past_its_deadline_shows_as_overdue()
    {
        using var data = new TempDirectory();
        using var host = new ServiceFactory<SanitationHost>(data.Path);
        using var factory = host.WithWebHostBuilder(b => b.UseSetting("Sanitation:Overflow:Deadline", "00:00:00.001"));
        var supervisor = factory.CreateClient();
        supervisor.DefaultRequestHeaders.Authorization = _supervisor.DefaultRequestHeaders.Authorization;
        var bin = await FacilityRegistry.RegisterAsync(supervisor, FacilityKind.LitterBin, "240L");
        var answer = await (await supervisor.PostAsJsonAsync("/api/sanitation/bin-readings", Reading(bin.Code, 100))).ReadAsync<RecordBinReading.Answer>();

        var task = await Eventually.ReturnsAsync(
            async () => await (await supervisor.GetAsync($"/api/sanitation/tasks/{answer.TaskId}")).ReadAsync<SanitationTaskView>(), t => t.Overdue);

        Assert.Equal(SanitationTaskStatus.Open, task.Status);
    }

    [Fact]
    public async Task A_bin_that_is_not_registered_retired_or_not_a_bin_is_400_naming_binCode()
    {
        var retired = await Bin();
        await FacilityRegistry.RetireAsync(_supervisor, retired);
        var toilet = await FacilityRegistry.RegisterAsync(_supervisor, FacilityKind.PublicToilet);

        await (await _sensors.PostAsJsonAsync("/api/sanitation/bin-readings", Reading("LB-NOT-REGISTERED", 90))).AssertNamesAsync("binCode");
        await (await _sensors.PostAsJsonAsync("/api/sanitation/bin-readings", Reading(retired.Code, 90))).AssertNamesAsync("binCode");
        await (await _sensors.PostAsJsonAsync("/api/sanitation/bin-readings", Reading(toilet.Code, 90))).AssertNamesAsync("binCode");
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.Staff.GetAsync($"/api/sanitation/bin-levels/{retired.Code}")).StatusCode);
    }

    [Theory]
    [InlineData(101)]
    [InlineData(-1)]
    public async Task A_level_outside_0_to_100_is_400(int percent)
    {
        var bin = await Bin();

        await (await _sensors.PostAsJsonAsync("/api/sanitation/bin-readings", Reading(bin.Code, percent))).AssertNamesAsync("fillLevelPercent");
    }

    [Fact]
    public async Task A_reading_measured_in_the_future_or_without_an_id_is_400()
    {
        var bin = await Bin();

        await (await _sensors.PostAsJsonAsync("/api/sanitation/bin-readings", Reading(bin.Code, 50, measuredAt: DateTimeOffset.UtcNow.AddHours(1)))).AssertNamesAsync("measuredAt");
        await (await _sensors.PostAsJsonAsync("/api/sanitation/bin-readings", new { binCode = bin.Code, fillLevelPercent = 50, measuredAt = DateTimeOffset.UtcNow })).AssertNamesAsync("readingId");
        await (await _sensors.PostAsJsonAsync("/api/sanitation/bin-readings", new { binCode = bin.Code, fillLevelPercent = 50, readingId = "r" })).AssertNamesAsync("measuredAt");
        var unknown = await _sensors.PostAsync("/api/sanitation/bin-readings", JsonContent.Create(JsonSerializer.Deserialize<JsonElement>($$"""{"binCode":"{{bin.Code}}","fillLevelPercent":50,"measuredAt":"2023-01-22T01:00:00Z","readingId":"r","battery":3}""")));
        await (unknown).AssertNamesAsync("$.battery");
    }

    [Fact]
    public async Task A_batch_records_each_reading_as_alone_with_its_own_status()
    {
        var bin = await Bin();
        var repeated = Reading(bin.Code, 20, "batch-1");

        var response = await _sensors.PostAsJsonAsync("/api/sanitation/bin-readings/batch",
            new { readings = new[] { repeated, Reading(bin.Code, 150), repeated, Reading(bin.Code, 86) } });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var results = (await response.ReadAsync<RecordBinReading.BatchAnswer>()).Results;
        Assert.Equal([201, 400, 200, 201], results.Select(r => r.Status));
        Assert.Contains("fillLevelPercent", results[1].Errors!.Keys);
        Assert.True(results[2].Answer!.Duplicate);
        Assert.True(results[3].Answer!.TaskOpened);
        Assert.Equal(results[3].Answer!.TaskId, Assert.Single(await TasksOf(bin.Code)).Id);
        await (await _sensors.PostAsJsonAsync("/api/sanitation/bin-readings/batch", new { readings = Array.Empty<object>() })).AssertNamesAsync("readings");
        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.Staff.PostAsJsonAsync("/api/sanitation/bin-readings/batch", new { readings = new[] { repeated } })).StatusCode);
    }

    [Fact]
    public async Task Only_the_sensor_platform_and_supervisors_send_readings()
    {
        var bin = await Bin();

        Assert.Equal(HttpStatusCode.Unauthorized, (await fixture.Factory.CreateClient().PostAsJsonAsync("/api/sanitation/bin-readings", Reading(bin.Code, 10))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.Staff.PostAsJsonAsync("/api/sanitation/bin-readings", Reading(bin.Code, 10))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await _supervisor.PostAsJsonAsync("/api/sanitation/bin-readings", Reading(bin.Code, 10))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.Factory.ClientFor("officer-1", Roles.GridOfficer).GetAsync($"/api/sanitation/bin-levels/{bin.Code}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _sensors.GetAsync("/api/sanitation/bin-levels?pageSize=5")).StatusCode);
    }
}
