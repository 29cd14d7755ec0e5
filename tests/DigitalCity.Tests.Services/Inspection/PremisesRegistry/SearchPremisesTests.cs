using System.Net;
using DigitalCity.Inspection.Premises;
using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Security;
using DigitalCity.Tests.Services.Support;

namespace DigitalCity.Tests.Services.Inspection.PremisesRegistry;

public class SearchPremisesTests(InspectionFixture fixture) : IClassFixture<InspectionFixture>
{
    HttpClient Manager => fixture.Factory.ClientFor("manager-search", Roles.CampaignManager);

    HttpClient Inspector => fixture.Factory.ClientFor("inspector-search", Roles.Inspector);

    async Task<Page<PremisesView>> Search(string query) =>
        await (await Inspector.GetAsync($"{PremisesApi.Path}?{query}")).ReadAsync<Page<PremisesView>>();

    [Fact]
    public async Task Search_filters_by_text_type_district_and_gas_supplier_and_pages_by_name()
    {
        var tag = $"s{Guid.NewGuid():N}"[..9];
        await Manager.RegisterAsync(PremisesApi.Restaurant($"B胡辣汤{tag}"));
        await Manager.RegisterAsync(PremisesApi.Restaurant($"A胡辣汤{tag}").With("gasSupplier", "山阳区宏达液化气站"));
        await Manager.RegisterAsync(PremisesApi.Restaurant($"C超市{tag}").With("type", "supermarket"));
        await Manager.RegisterAsync(PremisesApi.Restaurant($"D菜市场{tag}").With("type", "Market")
            .With("location", new { longitude = 113.2300, latitude = 35.2400 }).With("address", "解放区 站前路 15号"));

        static IEnumerable<string> Names(Page<PremisesView> page) => page.Items.Select(p => p.Name[..1]);
        Assert.Equal(["A", "B", "C", "D"], Names(await Search($"q={tag}")));
        Assert.Equal(["A", "B"], Names(await Search($"q=胡辣汤{tag}")));
        Assert.Equal(["D"], Names(await Search($"q={tag}&district=410802")));
        Assert.Equal(["C"], Names(await Search($"q={tag}&type=Supermarket")));
        Assert.Equal(["A"], Names(await Search($"q={tag}&gasSupplier=山阳区宏达液化气站")));
        Assert.Equal(["D"], Names(await Search($"q=站前路&grid=41080200100101")));

        var second = await Search($"q={tag}&page=2&pageSize=3");
        Assert.Equal(["D"], Names(second));
        Assert.Equal((2, 3, 4L), (second.PageNumber, second.PageSize, second.Total));
    }

    [Theory]
    [InlineData("type=Bakery", "type")]
    [InlineData("pageSize=101", "pageSize")]
    [InlineData("page=0", "page")]
    public async Task A_bad_search_is_400_naming_the_parameter(string query, string field)
    {
        var response = await Inspector.GetAsync($"{PremisesApi.Path}?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.ReadJsonAsync()).GetProperty("errors").TryGetProperty(field, out _));
    }
}
