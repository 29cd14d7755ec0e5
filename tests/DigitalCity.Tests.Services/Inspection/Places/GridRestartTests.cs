using System.Net.Http.Json;
using System.Text;
using DigitalCity.Inspection.Host;
using DigitalCity.Inspection.Places;
using DigitalCity.ServiceDefaults.Security;
using DigitalCity.Tests.Services.Support;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalCity.Tests.Services.Inspection.Places;

/// <summary>Imported grids live in the store: a restarted service and another replica find them.</summary>
public class GridRestartTests
{
    const string Import = "/api/inspection/places/grids/import";

    static async Task ImportAsync(ServiceFactory<InspectionHost> factory)
    {
        var response = await factory.ClientFor("admin-1", Roles.Administrator)
            .PostAsync(Import, new StringContent(GridFiles.NewStreet(), Encoding.UTF8, "application/geo+json"));
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    static async Task<string?> GridAtAsync(ServiceFactory<InspectionHost> factory, double longitude, double latitude)
    {
        var response = await factory.ClientFor("officer-1", Roles.GridOfficer).GetAsync($"/api/inspection/places/assign?longitude={longitude}&latitude={latitude}");
        return (await response.ReadJsonAsync()).GetProperty("gridCode").GetString();
    }

    [Fact]
    public async Task A_restarted_service_places_reports_in_the_grids_imported_before()
    {
        using var data = new TempDirectory();
        using (var before = new ServiceFactory<InspectionHost>(data.Path))
        {
            await ImportAsync(before);
        }

        using var after = new ServiceFactory<InspectionHost>(data.Path);
        var response = await after.ClientFor("officer-1", Roles.GridOfficer).PostAsJsonAsync("/api/inspection/cases", new
        {
            categoryCode = "E0102",
            location = new { longitude = 113.285, latitude = 35.255 },
            address = "山阳区 新城路",
            description = "暴露垃圾",
        });

        var placed = await response.ReadJsonAsync();
        Assert.Equal("41081100300102", placed.GetProperty("place").GetProperty("gridCode").GetString());
        var grid = await after.ClientFor("officer-1", Roles.GridOfficer).GetAsync("/api/inspection/places/grids/41081100300101");
        Assert.Equal("新城街道", (await grid.ReadJsonAsync()).GetProperty("properties").GetProperty("streetName").GetString());
    }

    [Fact]
    public async Task Another_replica_picks_up_an_import_when_it_reloads()
    {
        using var data = new TempDirectory();
        using var first = new ServiceFactory<InspectionHost>(data.Path);
        using var second = new ServiceFactory<InspectionHost>(data.Path);
        Assert.Null(await GridAtAsync(second, 113.275, 35.255));

        await ImportAsync(first);
        var reloaded = await second.Services.GetRequiredService<PlaceDirectoryProvider>().ReloadIfChangedAsync(default);

        Assert.True(reloaded);
        Assert.Equal("41081100300101", await GridAtAsync(second, 113.275, 35.255));
        Assert.False(await second.Services.GetRequiredService<PlaceDirectoryProvider>().ReloadIfChangedAsync(default));
    }
}
