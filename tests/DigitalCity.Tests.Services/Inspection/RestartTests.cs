using System.Net;
using System.Net.Http.Json;
using DigitalCity.Inspection.Cases;
using DigitalCity.Inspection.Host;
using DigitalCity.ServiceDefaults.Security;
using DigitalCity.Tests.Services.Support;

namespace DigitalCity.Tests.Services.Inspection;

public class RestartTests
{
    [Fact]
    public async Task A_restarted_service_finds_the_cases_it_stored()
    {
        using var data = new TempDirectory();
        CaseView reported;
        using (var before = new ServiceFactory<InspectionHost>(data.Path))
        {
            var response = await before.ClientFor("officer-restart", Roles.GridOfficer).PostAsJsonAsync("/api/inspection/cases", Api.ValidReport());
            reported = await response.ReadAsync<CaseView>();
        }

        Assert.True(File.Exists(Path.Combine(data.Path, "inspection.db")));
        using var after = new ServiceFactory<InspectionHost>(data.Path);
        var found = await after.ClientFor("officer-restart", Roles.GridOfficer).GetAsync($"/api/inspection/cases/{reported.Id}");

        Assert.Equal(HttpStatusCode.OK, found.StatusCode);
        var view = await found.ReadAsync<CaseView>();
        Assert.Equal(reported.Number, view.Number);
        Assert.Equal(reported.History.Count, view.History.Count);
    }
}
