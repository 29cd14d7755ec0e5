using System.Net;
using System.Net.Http.Json;
using DigitalCity.Contracts.Inspection;
using DigitalCity.Inspection.Cases;
using DigitalCity.ServiceDefaults.Security;
using DigitalCity.Tests.Services.Support;

namespace DigitalCity.Tests.Services.Inspection;

/// <summary>重复上报: nearby open reports of the same category are suggested, and an operator can link them.</summary>
public class DuplicateTests(InspectionFixture fixture) : IClassFixture<InspectionFixture>
{
    static object ReportAt(string category, double longitude, double latitude) => new
    {
        categoryCode = category,
        location = new { longitude, latitude },
        address = "山阳区 丰收路",
        description = "垃圾桶满溢",
    };

    [Fact]
    public async Task A_report_lists_nearby_open_cases_of_its_category_as_likely_duplicates()
    {
        var first = await (await fixture.Officer("officer-dup-a").PostAsJsonAsync("/api/inspection/cases", ReportAt("E0105", 113.26001, 35.23001))).ReadAsync<CaseView>();
        await fixture.Officer("officer-dup-a").PostAsJsonAsync("/api/inspection/cases", ReportAt("E0104", 113.26001, 35.23001));
        await fixture.Officer("officer-dup-a").PostAsJsonAsync("/api/inspection/cases", ReportAt("E0105", 113.27001, 35.23001));

        var second = await (await fixture.Officer("officer-dup-b").PostAsJsonAsync("/api/inspection/cases", ReportAt("E0105", 113.26021, 35.23011))).ReadAsync<CaseView>();

        var candidate = Assert.Single(second.LikelyDuplicates!);
        Assert.Equal(first.Id, candidate.Id);
        Assert.InRange(candidate.DistanceMeters, 15, 30);
    }

    [Fact]
    public async Task An_operator_links_a_report_to_the_open_case_instead_of_filing_it()
    {
        var original = await (await fixture.Officer("officer-dup-c").PostAsJsonAsync("/api/inspection/cases", ReportAt("E0105", 113.2640, 35.2260))).ReadAsync<CaseView>();
        var again = await (await fixture.Officer("officer-dup-d").PostAsJsonAsync("/api/inspection/cases", ReportAt("E0105", 113.2640, 35.2260))).ReadAsync<CaseView>();
        var operatorClient = fixture.Factory.ClientFor("operator-dup", Roles.Operator);

        var linked = await (await operatorClient.PostAsJsonAsync($"/api/inspection/cases/{again.Id}/link-duplicate", new { originalCaseId = original.Id })).ReadAsync<CaseView>();
        var self = await operatorClient.PostAsJsonAsync($"/api/inspection/cases/{original.Id}/link-duplicate", new { originalCaseId = original.Id });

        Assert.Equal(CaseStatus.Rejected, linked.Status);
        Assert.Equal(original.Id, linked.DuplicateOf);
        Assert.Equal(HttpStatusCode.BadRequest, self.StatusCode);
        await fixture.Factory.Harness.PublishedAsync<CaseLinkedAsDuplicate>(e => e.CaseId == again.Id && e.OriginalCaseId == original.Id);
    }
}
