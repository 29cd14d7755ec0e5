using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DigitalCity.Benchmarks.Service;
using DigitalCity.Inspection.Places;
using DigitalCity.ServiceDefaults.Security;

namespace DigitalCity.Benchmarks.Campaigns;

/// <summary>
/// Sets up a campaign through the API as a campaign manager would (untimed): a gas-safety campaign over
/// the four urban districts and the 30 city days before today (visits may not lie in the future), the
/// premises register imported as one CSV per district, and two groups of three inspectors per district
/// and day, drawn from six inspectors per district.
/// </summary>
static class CampaignSetup
{
    public const int Days = 30;
    public const int GroupsPerDistrictDay = 2;
    public const int OfficersPerGroup = 3;

    /// <summary>解放区, 中站区, 马村区, 山阳区.</summary>
    public static IReadOnlyList<string> Districts { get; } =
        [.. JiaozuoPlaces.Districts.Where(d => d.Kind == DistrictKind.UrbanDistrict).Select(d => d.Code)];

    static readonly TimeSpan China = TimeSpan.FromHours(8);

    public static string ManagerId => "bench-campaign-manager";

    public static async Task<SetUpCampaign> SetUpAsync(BenchmarkHost host, int premisesCount, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        using var manager = host.ClientFor(ManagerId, Roles.CampaignManager);
        var today = DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(China).DateTime);
        var (start, end) = (today.AddDays(-Days), today.AddDays(-1));
        var campaign = await PostAsync(manager, "/api/inspection/campaigns", new
        {
            name = $"燃气安全专项检查（基准 {DateTime.UtcNow:yyyy-MM-dd HH:mm}）",
            inspectionType = "GasSafety",
            specialAction = "PublicSafety",
            startDate = start,
            endDate = end,
            districtCodes = Districts,
            checklistCode = "gas-safety",
        }, cancellationToken);
        var campaignId = campaign.GetProperty("id").GetGuid();

        var premises = new Dictionary<string, IReadOnlyList<Guid>>(StringComparer.Ordinal);
        for (var d = 0; d < Districts.Count; d++)
        {
            var count = (premisesCount / Districts.Count) + (d < premisesCount % Districts.Count ? 1 : 0);
            premises[Districts[d]] = await ImportAsync(manager, Districts[d], count, cancellationToken);
        }

        var groups = new List<SetUpGroup>();
        for (var day = start; day <= end; day = day.AddDays(1))
        {
            foreach (var district in Districts)
            {
                for (var g = 0; g < GroupsPerDistrictDay; g++)
                {
                    string[] officers = [.. Enumerable.Range((g * OfficersPerGroup) + 1, OfficersPerGroup).Select(n => $"inspector-{district}-{n}")];
                    var name = $"{district} {day:MM-dd} 第{g + 1}检查组";
                    var group = await PostAsync(manager, $"/api/inspection/campaigns/{campaignId}/groups",
                        new { districtCode = district, day, name, leaderId = officers[0], officerIds = officers }, cancellationToken);
                    groups.Add(new SetUpGroup(group.GetProperty("id").GetGuid(), district, day, officers));
                }
            }
        }

        return new SetUpCampaign(campaignId, start, end, groups, premises, stopwatch.Elapsed);
    }

    /// <summary>A register of <paramref name="count"/> restaurants and shops in one district (no location: the district is named), imported in one request.</summary>
    static async Task<IReadOnlyList<Guid>> ImportAsync(HttpClient manager, string district, int count, CancellationToken cancellationToken)
    {
        string[] types = ["Restaurant", "Restaurant", "Restaurant", "Supermarket", "Market", "Hotel"];
        var csv = new StringBuilder("name,type,address,districtCode\n");
        for (var n = 1; n <= count; n++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"基准场所 {district}-{n},{types[n % types.Length]},{district} 民主路 {n} 号,{district}\n");
        }

        using var content = new StringContent(csv.ToString(), Encoding.UTF8, "text/csv");
        using var response = await manager.PostAsync(new Uri("/api/inspection/premises/import", UriKind.Relative), content, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"Importing {count} premises of {district} answered {(int)response.StatusCode}: {body}");
        }

        using var json = JsonDocument.Parse(body);
        var created = json.RootElement.GetProperty("created").GetInt32();
        return created == count
            ? [.. json.RootElement.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("premisesId").GetGuid())]
            : throw new InvalidOperationException($"Importing {count} premises of {district} created {created} files; the store was not empty.");
    }

    static async Task<JsonElement> PostAsync(HttpClient manager, string url, object body, CancellationToken cancellationToken)
    {
        using var response = await manager.PostAsJsonAsync(new Uri(url, UriKind.Relative), body, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (response.StatusCode != HttpStatusCode.Created)
        {
            throw new InvalidOperationException($"POST {url} answered {(int)response.StatusCode}: {text}");
        }

        using var json = JsonDocument.Parse(text);
        return json.RootElement.Clone();
    }
}
