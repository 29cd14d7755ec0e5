using System.Net.Http.Json;
using DigitalCity.Sanitation.Facilities;
using DigitalCity.Tests.Services.Support;

namespace DigitalCity.Tests.Services.Sanitation;

/// <summary>Registers facilities the way a supervisor does, each under a fresh code, for the tests that name them.</summary>
public static class FacilityRegistry
{
    static readonly object Location = new { longitude = 113.2418, latitude = 35.2159 };

    const string Address = "解放区 民主路 12号";

    public static async Task<FacilityView> RegisterAsync(HttpClient supervisor, FacilityKind kind, string? binType = null, string district = "410802")
    {
        var code = $"{kind.ToString()[..2].ToUpperInvariant()}-{Guid.NewGuid():N}"[..20];
        var response = await supervisor.PostAsJsonAsync("/api/sanitation/facilities",
            new
            {
                code,
                kind = kind.ToString(),
                name = $"{kind} {code}",
                districtCode = district,
                location = Location,
                address = Address,
                binType,
                plateNumber = kind == FacilityKind.Vehicle ? "豫H·A1234" : null,
                maxLoadKg = kind == FacilityKind.Vehicle ? 8000 : (int?)null,
            });
        response.EnsureSuccessStatusCode();
        return await response.ReadAsync<FacilityView>();
    }

    public static async Task RetireAsync(HttpClient supervisor, FacilityView f)
    {
        var response = await supervisor.PutAsJsonAsync($"/api/sanitation/facilities/{f.Code}",
            new { version = f.Version, kind = f.Kind.ToString(), name = f.Name, districtCode = f.DistrictCode, location = Location, address = Address, binType = f.BinType, retired = true });
        response.EnsureSuccessStatusCode();
    }
}
