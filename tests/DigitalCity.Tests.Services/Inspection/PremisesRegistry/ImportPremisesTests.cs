using System.Net;
using System.Text.Json;
using DigitalCity.Contracts.Inspection;
using DigitalCity.Inspection.Premises;
using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Security;
using DigitalCity.Tests.Services.Support;
using Microsoft.AspNetCore.Hosting;

namespace DigitalCity.Tests.Services.Inspection.PremisesRegistry;

/// <summary>CSV imports. The sample register's credit codes are unique, so each test starts its own host.</summary>
public sealed class ImportPremisesTests : IDisposable
{
    const string Header = "name,type,address,longitude,latitude,districtCode,gasSupplier,contactName,contactPhone,creditCode";

    readonly InspectionFixture _fixture = new();

    HttpClient Manager => _fixture.Factory.ClientFor("manager-import", Roles.CampaignManager);

    public void Dispose() => _fixture.Dispose();

    async Task<ImportPremises.Response> ImportOk(string csv)
    {
        var response = await Manager.ImportAsync(csv);
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.ReadAsync<ImportPremises.Response>();
    }

    async Task<Page<PremisesView>> Search(string query) =>
        await (await Manager.GetAsync($"{PremisesApi.Path}?pageSize=100&{query}")).ReadAsync<Page<PremisesView>>();

    [Fact]
    public async Task The_sample_register_files_every_premises_in_its_district_and_grid()
    {
        var result = await ImportOk(PremisesApi.SampleCsv);

        Assert.Equal((14, 0, 0), (result.Created, result.Updated, result.Unchanged));
        Assert.Equal(Enumerable.Range(2, 14).Select(i => (long)i), result.Rows.Select(r => r.Line));
        var shanyang = await Search("district=410811");
        Assert.Equal(12, shanyang.Total);
        Assert.Equal(2, (await Search("district=410802")).Total);
        Assert.Equal(11, (await Search("district=410811&type=Restaurant")).Total);

        var byName = shanyang.Items.ToDictionary(p => p.Name);
        Assert.Equal("41081100100102", byName["福满园"].GridCode);
        Assert.Equal("41081100200101", byName["贾师傅酱香扒鸡"].GridCode);
        Assert.Null(byName["人民医院餐厅"].GridCode);
        Assert.Equal("0391-3920120", byName["人民医院餐厅"].ContactPhone);
        Assert.NotNull(await _fixture.Factory.Harness.PublishedAsync<PremisesRegistered>(m => m.Name == "老婆烩面" && m.DistrictCode == "410811"));
    }

    [Fact]
    public async Task Importing_a_register_again_updates_the_files_instead_of_adding_more()
    {
        await ImportOk(PremisesApi.SampleCsv);
        var before = (await Search("q=鸡公虾婆")).Items.Single();

        var again = await ImportOk(PremisesApi.SampleCsv);
        var edited = await ImportOk(PremisesApi.SampleCsv.Replace("鸡公虾婆,Restaurant,山阳区 焦东路 128号", "鸡公虾婆,Restaurant,山阳区 焦东路 130号", StringComparison.Ordinal));

        Assert.Equal((0, 0, 14), (again.Created, again.Updated, again.Unchanged));
        Assert.Equal((0, 1, 13), (edited.Created, edited.Updated, edited.Unchanged));
        Assert.Equal(14, (await Search("")).Total);
        var after = (await Search("q=鸡公虾婆")).Items.Single();
        Assert.Equal((before.Id, 2L, "山阳区 焦东路 130号"), (after.Id, after.Version, after.Address));
        Assert.NotNull(await _fixture.Factory.Harness.PublishedAsync<PremisesUpdated>(m => m.PremisesId == before.Id));
    }

    [Fact]
    public async Task A_bad_row_stores_nothing_and_the_problem_names_each_row_and_column()
    {
        var csv = $"""
            {Header}
            好味道饭店,Restaurant,山阳区 人民路 1号,,,410811,,,,
            坏地址饭店,Restaurant,山阳区 人民路 2号,,,419999,,,,
            坏电话饭店,Bakery,山阳区 人民路 3号,113.2520,35.2325,,,,5029,
            """;

        var response = await Manager.ImportAsync(csv);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadJsonAsync();
        Assert.Equal(["rows[3].districtCode", "rows[4].contactPhone", "rows[4].type"],
            problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
        Assert.Equal([3, 4], problem.GetProperty("rows").EnumerateArray().Select(r => r.GetInt32()));
        Assert.Equal(0, (await Search("q=饭店")).Total);
    }

    [Fact]
    public async Task A_credit_code_twice_in_one_file_is_refused_at_its_second_row()
    {
        var csv = $"{Header}\n甲店,Restaurant,人民路 1号,,,410811,,,,92410811MA3X1JGX0R\n乙店,Restaurant,人民路 2号,,,410811,,,,92410811MA3X1JGX0R\n";

        var response = await Manager.ImportAsync(csv);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["rows[3].creditCode"], (await response.ReadJsonAsync()).GetProperty("errors").EnumerateObject().Select(e => e.Name));
    }

    [Fact]
    public async Task A_header_with_an_unknown_column_is_refused()
    {
        var response = await Manager.ImportAsync("name,type,address,owner\n甲店,Restaurant,人民路 1号,张三\n");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.ReadJsonAsync()).GetProperty("errors").TryGetProperty("header", out _));
    }

    [Fact]
    public async Task A_register_sent_as_json_is_415()
    {
        var response = await Manager.ImportAsync(PremisesApi.SampleCsv, "application/json");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task Registers_beyond_the_row_and_size_limits_are_refused()
    {
        using var limited = _fixture.Factory.WithWebHostBuilder(b => b
            .UseSetting("Inspection:Premises:MaxImportRows", "3")
            .UseSetting("Inspection:Premises:MaxImportBytes", "2048"));
        var token = Manager.DefaultRequestHeaders.Authorization;
        var client = limited.CreateClient();
        client.DefaultRequestHeaders.Authorization = token;

        var tooManyRows = await client.ImportAsync(PremisesApi.SampleCsv.Split('\n')[..6].Aggregate((a, b) => $"{a}\n{b}"));
        var tooLarge = await client.ImportAsync(PremisesApi.SampleCsv);

        Assert.Equal(HttpStatusCode.BadRequest, tooManyRows.StatusCode);
        Assert.True((await tooManyRows.ReadJsonAsync()).GetProperty("errors").TryGetProperty("rows[5]", out _));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
        Assert.Equal(0, (await Search("")).Total);
    }
}
