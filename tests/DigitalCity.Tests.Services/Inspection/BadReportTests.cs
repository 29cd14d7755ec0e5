using System.Net;
using System.Text;
using System.Text.Json;
using DigitalCity.Tests.Services.Support;

namespace DigitalCity.Tests.Services.Inspection;

/// <summary>Bad input is refused with RFC 9457 problem details that name the field.</summary>
public class BadReportTests(InspectionFixture fixture) : IClassFixture<InspectionFixture>
{
    public static TheoryData<string, string> BadBodies => new()
    {
        { """{"categoryCode":"E0102","location":{"longitude":113.2,"latitude":35.2},"address":"a","description":"d" """, "$" },
        { """{"categoryCode":"E0102","location":{"longitude":113.2,"latitude":35.2},"address":"a","description":"d","colour":"red"}""", "$.colour" },
        { """{"location":{"longitude":113.2,"latitude":35.2},"address":"a","description":"d"}""", "categoryCode" },
        { """{"categoryCode":"E9999","location":{"longitude":113.2,"latitude":35.2},"address":"a","description":"d"}""", "categoryCode" },
        { """{"categoryCode":"E0102","address":"a","description":"d"}""", "location" },
        { """{"categoryCode":"E0102","location":{"longitude":181,"latitude":35.2},"address":"a","description":"d"}""", "location.longitude" },
        { """{"categoryCode":"E0102","location":{"longitude":113.2,"latitude":-91},"address":"a","description":"d"}""", "location.latitude" },
        { """{"categoryCode":"E0102","location":{"longitude":113.2,"latitude":35.2},"description":"d"}""", "address" },
        { """{"categoryCode":"E0102","location":{"longitude":113.2,"latitude":35.2},"address":"a","description":" "}""", "description" },
        { """{"categoryCode":"E0102","location":{"longitude":113.2,"latitude":35.2},"address":"a","description":"d","photoRefs":["1","2","3","4","5","6","7","8","9","10"]}""", "photoRefs" },
        { """{"categoryCode":"E0102","location":{"longitude":"east","latitude":35.2},"address":"a","description":"d"}""", "$.location.longitude" },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task Bad_report_is_400_problem_details_naming_the_field(string body, string field)
    {
        var officer = fixture.Officer("officer-bad");

        var response = await officer.PostAsync("/api/inspection/cases", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = await response.ReadJsonAsync();
        var errors = problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains(field, errors);
    }

    [Fact]
    public async Task Bad_paging_is_400_naming_the_parameter()
    {
        var response = await fixture.Officer("officer-bad").GetAsync("/api/inspection/cases?pageSize=1000");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.ReadJsonAsync()).GetProperty("errors").TryGetProperty("pageSize", out JsonElement _));
    }
}
