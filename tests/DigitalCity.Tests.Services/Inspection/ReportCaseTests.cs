using System.Net;
using System.Net.Http.Json;
using DigitalCity.Contracts.Inspection;
using DigitalCity.Inspection.Cases;
using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Security;
using DigitalCity.Tests.Services.Support;

namespace DigitalCity.Tests.Services.Inspection;

public class ReportCaseTests(InspectionFixture fixture) : IClassFixture<InspectionFixture>
{
    [Fact]
    public async Task Reported_case_is_stored_and_CaseReported_is_published_with_the_event_id_as_message_id()
    {
        var officer = fixture.Officer("officer-report");

        var response = await officer.PostAsJsonAsync("/api/inspection/cases", Api.ValidReport());

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.ReadAsync<CaseView>();
        Assert.Equal(CaseStatus.Reported, created.Status);
        Assert.Equal($"/api/inspection/cases/{created.Id}", response.Headers.Location!.OriginalString);

        var published = await fixture.Factory.Harness.PublishedAsync<CaseReported>(m => m.CaseId == created.Id);
        Assert.NotNull(published);
        Assert.Equal(published.Context.Message.EventId, published.Context.MessageId);
        Assert.Equal("暴露垃圾", published.Context.Message.CategoryName);
        Assert.Equal("officer-report", published.Context.Message.ReportedBy);

        var stored = await officer.GetAsync($"/api/inspection/cases/{created.Id}");
        Assert.Equal(HttpStatusCode.OK, stored.StatusCode);
        Assert.Equal(created.Number, (await stored.ReadAsync<CaseView>()).Number);
    }

    [Fact]
    public async Task Retry_with_the_same_idempotency_key_returns_the_first_case_and_creates_no_second()
    {
        var officer = fixture.Officer("officer-retry");

        var first = await PostWithKey(officer, "retry-key-1", Api.ValidReport());
        var retry = await PostWithKey(officer, "retry-key-1", Api.ValidReport());

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Equal("true", retry.Headers.GetValues(ReportCase.ReplayedHeader).Single());
        Assert.Equal((await first.ReadAsync<CaseView>()).Id, (await retry.ReadAsync<CaseView>()).Id);
        var mine = await (await officer.GetAsync("/api/inspection/cases")).ReadAsync<Page<CaseView>>();
        Assert.Equal(1, mine.Total);
    }

    [Fact]
    public async Task The_same_key_from_another_officer_is_a_different_report()
    {
        var first = await PostWithKey(fixture.Officer("officer-key-a"), "shared-key", Api.ValidReport());
        var second = await PostWithKey(fixture.Officer("officer-key-b"), "shared-key", Api.ValidReport());

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
    }

    [Fact]
    public async Task Reusing_a_key_for_a_different_report_is_422()
    {
        var officer = fixture.Officer("officer-reuse");
        await PostWithKey(officer, "reuse-key", Api.ValidReport());

        var other = await PostWithKey(officer, "reuse-key", Api.ValidReport("E0104"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, other.StatusCode);
        Assert.Equal("application/problem+json", other.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Anonymous_report_is_401_and_a_wrong_role_is_403()
    {
        var anonymous = fixture.Factory.CreateClient();
        var staff = fixture.Factory.ClientFor("crew-1", Roles.SanitationStaff);

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/inspection/cases", Api.ValidReport())).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.PostAsJsonAsync("/api/inspection/cases", Api.ValidReport())).StatusCode);
    }

    static Task<HttpResponseMessage> PostWithKey(HttpClient client, string key, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/inspection/cases") { Content = JsonContent.Create(body) };
        request.Headers.Add(ReportCase.IdempotencyHeader, key);
        return client.SendAsync(request);
    }
}
