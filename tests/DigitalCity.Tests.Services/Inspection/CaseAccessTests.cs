using System.Net;
using System.Net.Http.Json;
using DigitalCity.Inspection.Cases;
using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Security;
using DigitalCity.Tests.Services.Support;

namespace DigitalCity.Tests.Services.Inspection;

/// <summary>Object-level access: an officer sees the cases they reported; centre staff see all.</summary>
public class CaseAccessTests(InspectionFixture fixture) : IClassFixture<InspectionFixture>
{
    [Fact]
    public async Task An_officer_cannot_read_another_officers_case()
    {
        var mine = await (await fixture.Officer("officer-a").PostAsJsonAsync("/api/inspection/cases", Api.ValidReport())).ReadAsync<CaseView>();

        var response = await fixture.Officer("officer-b").GetAsync($"/api/inspection/cases/{mine.Id}");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task An_officers_list_holds_only_their_own_reports_while_an_operator_sees_all()
    {
        await fixture.Officer("officer-c").PostAsJsonAsync("/api/inspection/cases", Api.ValidReport());
        await fixture.Officer("officer-d").PostAsJsonAsync("/api/inspection/cases", Api.ValidReport());

        var own = await (await fixture.Officer("officer-c").GetAsync("/api/inspection/cases?reportedBy=officer-d")).ReadAsync<Page<CaseView>>();
        var all = await (await fixture.Factory.ClientFor("operator-1", Roles.Operator).GetAsync("/api/inspection/cases?pageSize=100")).ReadAsync<Page<CaseView>>();

        Assert.All(own.Items, c => Assert.Equal("officer-c", c.ReportedBy));
        Assert.Contains(all.Items, c => c.ReportedBy == "officer-c");
        Assert.Contains(all.Items, c => c.ReportedBy == "officer-d");
    }

    [Fact]
    public async Task Unknown_case_is_404_problem_details()
    {
        var response = await fixture.Factory.ClientFor("operator-1", Roles.Operator).GetAsync($"/api/inspection/cases/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Lists_are_paged_newest_first()
    {
        var officer = fixture.Officer("officer-paging");
        for (var i = 0; i < 3; i++)
        {
            await officer.PostAsJsonAsync("/api/inspection/cases", Api.ValidReport());
        }

        var first = await (await officer.GetAsync("/api/inspection/cases?page=1&pageSize=2")).ReadAsync<Page<CaseView>>();
        var second = await (await officer.GetAsync("/api/inspection/cases?page=2&pageSize=2")).ReadAsync<Page<CaseView>>();

        Assert.Equal(3, first.Total);
        Assert.Equal(2, first.Items.Count);
        Assert.Single(second.Items);
        Assert.True(first.Items[0].ReportedAt >= first.Items[1].ReportedAt);
        Assert.Empty(first.Items.Select(c => c.Id).Intersect(second.Items.Select(c => c.Id)));
    }
}
