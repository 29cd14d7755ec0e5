using System.Net;
using DigitalCity.Inspection.Host;
using DigitalCity.Inspection.Premises;
using DigitalCity.ServiceDefaults.Security;
using DigitalCity.Tests.Services.Support;

namespace DigitalCity.Tests.Services.Inspection.PremisesRegistry;

public class PremisesRestartTests
{
    [Fact]
    public async Task A_restarted_service_finds_the_premises_it_filed()
    {
        using var data = new TempDirectory();
        PremisesView filed;
        using (var before = new ServiceFactory<InspectionHost>(data.Path))
        {
            filed = await before.ClientFor("manager-restart", Roles.CampaignManager).RegisterAsync(PremisesApi.Restaurant("老彪胡辣汤", "92410811MA40LBHL15"));
        }

        using var after = new ServiceFactory<InspectionHost>(data.Path);
        var found = await after.ClientFor("inspector-restart", Roles.Inspector).GetAsync($"{PremisesApi.Path}/{filed.Id}");

        Assert.Equal(HttpStatusCode.OK, found.StatusCode);
        var view = await found.ReadAsync<PremisesView>();
        Assert.Equal((filed.Name, filed.GridCode, filed.CreditCode, 1L), (view.Name, view.GridCode, view.CreditCode, view.Version));
    }
}
