using System.Net;
using System.Net.Http.Json;
using DigitalCity.Contracts.Inspection;
using DigitalCity.Inspection.Cases;
using DigitalCity.Inspection.Premises;
using DigitalCity.ServiceDefaults.Security;
using DigitalCity.Tests.Services.Support;

namespace DigitalCity.Tests.Services.Inspection.PremisesRegistry;

public class RegisterPremisesTests(InspectionFixture fixture) : IClassFixture<InspectionFixture>
{
    HttpClient Manager => fixture.Factory.ClientFor("manager-1", Roles.CampaignManager);

    static async Task<IReadOnlyList<string>> ProblemFields(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        return [.. (await response.ReadJsonAsync()).GetProperty("errors").EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal)];
    }

    [Fact]
    public async Task A_registered_file_takes_its_district_and_grid_from_its_location_and_is_announced()
    {
        var response = await Manager.PostAsJsonAsync(PremisesApi.Path, PremisesApi.Restaurant("鸡公虾婆", "92410811MA3X1JGX0R"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.ReadAsync<PremisesView>();
        Assert.Equal(("410811", "41081100100101", 1L), (created.DistrictCode, created.GridCode, created.Version));
        Assert.Equal($"/api/inspection/premises/{created.Id}", response.Headers.Location!.OriginalString);

        var published = await fixture.Factory.Harness.PublishedAsync<PremisesRegistered>(m => m.PremisesId == created.Id);
        Assert.NotNull(published);
        Assert.Equal(published.Context.Message.EventId, published.Context.MessageId);
        Assert.Equal(("鸡公虾婆", "Restaurant", "manager-1"), (published.Context.Message.Name, published.Context.Message.Type, published.Context.Message.RegisteredBy));

        var stored = await (await Manager.GetAsync($"{PremisesApi.Path}/{created.Id}")).ReadAsync<PremisesView>();
        Assert.Equal(("17303915029", "92410811MA3X1JGX0R"), (stored.ContactPhone, stored.CreditCode));
    }

    [Fact]
    public async Task An_unknown_district_is_400_naming_districtCode()
    {
        var body = PremisesApi.Restaurant("无名小店").With("location", null).With("districtCode", "419999");

        Assert.Equal(["districtCode"], await ProblemFields(await Manager.PostAsJsonAsync(PremisesApi.Path, body)));
    }

    [Fact]
    public async Task A_district_that_disagrees_with_the_location_is_400()
    {
        var body = PremisesApi.Restaurant("老彪胡辣汤").With("districtCode", "410802");

        Assert.Equal(["districtCode"], await ProblemFields(await Manager.PostAsJsonAsync(PremisesApi.Path, body)));
    }

    [Fact]
    public async Task A_bad_phone_and_an_unknown_type_are_400_naming_both()
    {
        var body = PremisesApi.Restaurant("周庄早餐").With("contactPhone", "5029").With("type", "Bakery");

        Assert.Equal(["contactPhone", "type"], await ProblemFields(await Manager.PostAsJsonAsync(PremisesApi.Path, body)));
    }

    [Fact]
    public async Task An_unknown_member_is_400()
    {
        var body = PremisesApi.Restaurant("福满园").With("owner", "张福");

        Assert.Equal(["$.owner"], await ProblemFields(await Manager.PostAsJsonAsync(PremisesApi.Path, body)));
    }

    [Fact]
    public async Task A_retry_with_the_same_idempotency_key_answers_the_first_file_and_opens_no_second()
    {
        var manager = fixture.Factory.ClientFor("manager-retry", Roles.CampaignManager);
        var body = PremisesApi.Restaurant("逍遥镇胡辣汤-retry");

        var first = await Send(manager, "premises-key-1", body);
        var retry = await Send(manager, "premises-key-1", body);
        var reused = await Send(manager, "premises-key-1", body.With("name", "另一家"));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Equal("true", retry.Headers.GetValues(ReportCase.ReplayedHeader).Single());
        Assert.Equal((await first.ReadAsync<PremisesView>()).Id, (await retry.ReadAsync<PremisesView>()).Id);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, reused.StatusCode);
        var found = await (await manager.GetAsync($"{PremisesApi.Path}?q=逍遥镇胡辣汤-retry")).ReadJsonAsync();
        Assert.Equal(1, found.GetProperty("total").GetInt32());

        static Task<HttpResponseMessage> Send(HttpClient client, string key, object body)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, PremisesApi.Path) { Content = JsonContent.Create(body) };
            request.Headers.Add(ReportCase.IdempotencyHeader, key);
            return client.SendAsync(request);
        }
    }

    [Fact]
    public async Task A_second_file_with_the_same_credit_code_is_409_naming_the_first()
    {
        var first = await Manager.RegisterAsync(PremisesApi.Restaurant("贾师傅酱香扒鸡", "92410811MA4AJ5FB5U"));

        var second = await Manager.PostAsJsonAsync(PremisesApi.Path, PremisesApi.Restaurant("贾师傅分店", "92410811ma4aj5fb5u"));

        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal(first.Id.ToString(), (await second.ReadJsonAsync()).GetProperty("premisesId").GetString());
    }

    [Fact]
    public async Task An_update_with_the_current_version_is_announced_and_a_stale_one_is_409()
    {
        var created = await Manager.RegisterAsync(PremisesApi.Restaurant("小宋麻辣烫"));
        var edit = PremisesApi.Restaurant("小宋麻辣烫").With("gasSupplier", "山阳区宏达液化气站").With("version", 1);

        var updated = await Manager.PutAsJsonAsync($"{PremisesApi.Path}/{created.Id}", edit);
        var stale = await Manager.PutAsJsonAsync($"{PremisesApi.Path}/{created.Id}", edit.With("gasSupplier", "别家"));

        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        var view = await updated.ReadAsync<PremisesView>();
        Assert.Equal((2L, "山阳区宏达液化气站", "manager-1"), (view.Version, view.GasSupplier, view.UpdatedBy));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("山阳区宏达液化气站", (await (await Manager.GetAsync($"{PremisesApi.Path}/{created.Id}")).ReadAsync<PremisesView>()).GasSupplier);
        Assert.NotNull(await fixture.Factory.Harness.PublishedAsync<PremisesUpdated>(m => m.PremisesId == created.Id && m.Version == 2));
    }

    [Fact]
    public async Task Updating_or_reading_a_file_not_on_record_is_404()
    {
        var missing = $"{PremisesApi.Path}/{Guid.NewGuid()}";

        Assert.Equal(HttpStatusCode.NotFound, (await Manager.GetAsync(missing)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Manager.PutAsJsonAsync(missing, PremisesApi.Restaurant("手工鲜包店").With("version", 1))).StatusCode);
    }
}
