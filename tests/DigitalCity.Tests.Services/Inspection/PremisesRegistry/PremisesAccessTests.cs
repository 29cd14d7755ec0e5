using System.Net;
using System.Net.Http.Json;
using DigitalCity.Inspection.Premises;
using DigitalCity.ServiceDefaults.Security;
using DigitalCity.Tests.Services.Support;

namespace DigitalCity.Tests.Services.Inspection.PremisesRegistry;

public class PremisesAccessTests(InspectionFixture fixture) : IClassFixture<InspectionFixture>
{
    HttpClient As(string role) => fixture.Factory.ClientFor($"{role}-1", role);

    [Theory]
    [InlineData(Roles.Inspector)]
    [InlineData(Roles.Operator)]
    [InlineData(Roles.ShiftLead)]
    [InlineData(Roles.Dispatcher)]
    [InlineData(Roles.GridOfficer)]
    [InlineData(Roles.SanitationStaff)]
    public async Task Only_campaign_managers_and_administrators_register_update_and_import(string role)
    {
        var client = As(role);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync(PremisesApi.Path, PremisesApi.Restaurant("王婆大虾"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PutAsJsonAsync($"{PremisesApi.Path}/{Guid.NewGuid()}", PremisesApi.Restaurant("王婆大虾").With("version", 1))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.ImportAsync(PremisesApi.SampleCsv)).StatusCode);
    }

    [Theory]
    [InlineData(Roles.GridOfficer)]
    [InlineData(Roles.DepartmentHandler)]
    [InlineData(Roles.SanitationStaff)]
    [InlineData(Roles.PublicityEditor)]
    [InlineData(Roles.ExternalSystem)]
    public async Task Other_roles_may_not_read_the_registry(string role)
    {
        var file = await As(Roles.Administrator).RegisterAsync(PremisesApi.Restaurant($"人民医院餐厅-{role}"));

        Assert.Equal(HttpStatusCode.Forbidden, (await As(role).GetAsync($"{PremisesApi.Path}/{file.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await As(role).GetAsync(PremisesApi.Path)).StatusCode);
    }

    [Fact]
    public async Task Anonymous_requests_are_401() =>
        Assert.Equal(HttpStatusCode.Unauthorized, (await fixture.Factory.CreateClient().GetAsync(PremisesApi.Path)).StatusCode);

    [Theory]
    [InlineData(Roles.Inspector, "17303915029")]
    [InlineData(Roles.CampaignManager, "17303915029")]
    [InlineData(Roles.Operator, "173****5029")]
    [InlineData(Roles.ShiftLead, "173****5029")]
    [InlineData(Roles.Dispatcher, "173****5029")]
    public async Task The_contact_phone_is_shown_in_full_to_those_who_call_premises_and_masked_to_centre_staff(string role, string shown)
    {
        var file = await As(Roles.CampaignManager).RegisterAsync(PremisesApi.Restaurant($"老婆烩面-{role}"));

        var one = await (await As(role).GetAsync($"{PremisesApi.Path}/{file.Id}")).ReadAsync<PremisesView>();
        var listed = await (await As(role).GetAsync($"{PremisesApi.Path}?q=老婆烩面-{role}")).ReadJsonAsync();

        Assert.Equal(shown, one.ContactPhone);
        Assert.Equal(shown, listed.GetProperty("items")[0].GetProperty("contactPhone").GetString());
    }
}
