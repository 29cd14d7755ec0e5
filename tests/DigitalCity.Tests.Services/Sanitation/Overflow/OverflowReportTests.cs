using System.Net;
using System.Net.Http.Json;
using DigitalCity.Contracts.Sanitation;
using DigitalCity.Sanitation.Facilities;
using DigitalCity.Sanitation.Tasks;
using DigitalCity.ServiceDefaults.Http;
using DigitalCity.ServiceDefaults.Security;
using DigitalCity.Tests.Services.Support;

namespace DigitalCity.Tests.Services.Sanitation.Overflow;

/// <summary>Staff report an overflowing bin or place (爆桶上报): a collection task with the configured deadline, once per key and per open bin.</summary>
public class OverflowReportTests(SanitationFixture fixture) : IClassFixture<SanitationFixture>
{
    readonly HttpClient _supervisor = fixture.Supervisor;

    static readonly object Place = new { longitude = 113.2418, latitude = 35.2159 };

    Task<HttpResponseMessage> ReportAsync(object body, string? key = null, HttpClient? client = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/sanitation/overflow-reports") { Content = JsonContent.Create(body) };
        if (key is not null)
        {
            request.Headers.Add(IdempotentReplay.Header, key);
        }

        return (client ?? fixture.Staff).SendAsync(request);
    }

    [Fact]
    public async Task A_report_of_a_bin_opens_a_collection_task_due_after_the_configured_deadline()
    {
        var bin = await FacilityRegistry.RegisterAsync(_supervisor, FacilityKind.LitterBin, "240L");
        var before = DateTimeOffset.UtcNow;

        var response = await ReportAsync(new { facilityCode = bin.Code, description = "春节期间爆桶", photoRefs = new[] { "full.jpg" } }, Guid.NewGuid().ToString());

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var task = await response.ReadAsync<SanitationTaskView>();
        Assert.Equal((TaskSource.Staff, TaskKind.Collection, bin.Code, "crew-7", "春节期间爆桶"), (task.Source, task.Kind, task.FacilityCode, task.ReportedBy, task.Description));
        Assert.Equal(["full.jpg"], task.PhotoRefs);
        Assert.InRange(task.DueAt!.Value, before.AddHours(2), DateTimeOffset.UtcNow.AddHours(2));
        var detected = await fixture.Factory.Harness.PublishedAsync<BinOverflowDetected>(m => m.TaskId == task.Id);
        Assert.Equal(("Staff", "crew-7", (int?)null), (detected.Context.Message.Source, detected.Context.Message.ReportedBy, detected.Context.Message.FillLevelPercent));
    }

    [Fact]
    public async Task A_bin_with_an_open_collection_task_gets_no_second_one()
    {
        var bin = await FacilityRegistry.RegisterAsync(_supervisor, FacilityKind.CollectionPoint, "660L");
        var first = await (await ReportAsync(new { facilityCode = bin.Code, photoRefs = new[] { "a.jpg" } })).ReadAsync<SanitationTaskView>();

        var second = await ReportAsync(new { facilityCode = bin.Code, photoRefs = new[] { "b.jpg" } }, client: _supervisor);

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(first.Id, (await second.ReadAsync<SanitationTaskView>()).Id);
    }

    [Fact]
    public async Task A_retry_with_the_same_key_answers_with_the_same_task_and_a_reused_key_is_422()
    {
        var key = Guid.NewGuid().ToString();
        var body = new { location = Place, address = "山阳区 人民路 8号 路口", photoRefs = new[] { "full.jpg" } };
        var first = await (await ReportAsync(body, key)).ReadAsync<SanitationTaskView>();

        var retry = await ReportAsync(body, key);
        var reused = await ReportAsync(body with { address = "别处" }, key);

        Assert.Equal((TaskSource.Staff, (string?)null, "山阳区 人民路 8号 路口"), (first.Source, first.FacilityCode, first.Address));
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Equal("true", retry.Headers.GetValues(IdempotentReplay.ReplayedHeader).Single());
        Assert.Equal(first.Id, (await retry.ReadAsync<SanitationTaskView>()).Id);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, reused.StatusCode);
        await fixture.Factory.Harness.PublishedAsync<BinOverflowDetected>(m => m.TaskId == first.Id);
        Assert.Single(fixture.Factory.Harness.PublishedNow<BinOverflowDetected>(m => m.TaskId == first.Id));
    }

    [Fact]
    public async Task Retries_of_one_report_racing_each_other_open_one_task()
    {
        var key = Guid.NewGuid().ToString();
        var body = new { location = Place, address = "马村区 待王街道 菜市场门口", photoRefs = new[] { "full.jpg" } };

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => ReportAsync(body, key)));

        Assert.All(responses, r => Assert.True(r.IsSuccessStatusCode, r.StatusCode.ToString()));
        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        var ids = (await Task.WhenAll(responses.Select(r => r.ReadAsync<SanitationTaskView>()))).Select(t => t.Id).Distinct();
        Assert.Single(ids);
    }

    [Fact]
    public async Task A_report_names_a_registered_active_bin_or_a_place_with_its_address()
    {
        var retired = await FacilityRegistry.RegisterAsync(_supervisor, FacilityKind.LitterBin, "240L");
        await FacilityRegistry.RetireAsync(_supervisor, retired);
        var photos = new[] { "full.jpg" };

        await (await ReportAsync(new { photoRefs = photos })).AssertNamesAsync("facilityCode");
        await (await ReportAsync(new { facilityCode = "LB-UNKNOWN", photoRefs = photos })).AssertNamesAsync("facilityCode");
        await (await ReportAsync(new { facilityCode = retired.Code, photoRefs = photos })).AssertNamesAsync("facilityCode");
        await (await ReportAsync(new { facilityCode = retired.Code, location = Place, address = "x", photoRefs = photos })).AssertNamesAsync("location");
        await (await ReportAsync(new { location = Place, photoRefs = photos })).AssertNamesAsync("address");
        await (await ReportAsync(new { location = new { longitude = 113.2, latitude = 95.0 }, address = "x", photoRefs = photos })).AssertNamesAsync("location.latitude");
    }

    [Fact]
    public async Task A_report_comes_with_valid_photos_and_a_short_key()
    {
        var body = new { location = Place, address = "x" };

        await (await ReportAsync(body)).AssertNamesAsync("photoRefs");
        await (await ReportAsync(new { location = Place, address = "x", photoRefs = new[] { "notes.txt" } })).AssertNamesAsync("photoRefs");
        await (await ReportAsync(new { location = Place, address = "x", photoRefs = new[] { "a.jpg" } }, new string('k', 129))).AssertNamesAsync(IdempotentReplay.Header);
    }

    [Fact]
    public async Task Only_sanitation_staff_and_supervisors_report_overflow()
    {
        var body = new { location = Place, address = "x", photoRefs = new[] { "a.jpg" } };

        Assert.Equal(HttpStatusCode.Unauthorized, (await ReportAsync(body, client: fixture.Factory.CreateClient())).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ReportAsync(body, client: fixture.Factory.ClientFor("officer-1", Roles.GridOfficer))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ReportAsync(body, client: fixture.Factory.ClientFor("sensor-platform", Roles.ExternalSystem))).StatusCode);
    }
}
