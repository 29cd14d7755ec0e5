using System.Text.Json;

namespace DigitalCity.Benchmarks.Intake;

/// <summary>
/// Valid report bodies as grid officers send them: points spread over the seeded Jiaozuo sample grids
/// (解放区 and 山阳区 near the city centre) with one in five outside every grid, several categories, an
/// address, a description and photo references. Deterministic, so two runs post the same reports.
/// </summary>
static class SampleReports
{
    /// <summary>Categories of the seed catalog: bins, litter, manholes, street order.</summary>
    public static readonly IReadOnlyList<string> Categories = ["E0105", "E0102", "E0103", "C0101", "C0102", "C0103", "E0201", "E0501"];

    /// <summary>Around the sample grids (longitude 113.225–113.265, latitude 35.205–35.245).</summary>
    const double West = 113.225, South = 35.205, Span = 0.04;

    /// <summary>Outside every sample grid, still in 焦作市.</summary>
    const double OutsideLongitude = 113.30, OutsideLatitude = 35.28;

    /// <summary>The <paramref name="n"/>-th report's location, category and text.</summary>
    public static (double Longitude, double Latitude, string Category) Pick(Random random, int n)
    {
        var outside = n % 5 == 4;
        var longitude = (outside ? OutsideLongitude : West) + random.NextDouble() * Span;
        var latitude = (outside ? OutsideLatitude : South) + random.NextDouble() * Span;
        return (Math.Round(longitude, 6), Math.Round(latitude, 6), Categories[n % Categories.Count]);
    }

    /// <summary>The JSON bodies of <paramref name="count"/> reports, serialized before the clock starts.</summary>
    public static byte[][] Bodies(int count, int seed)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, count).Select(n =>
        {
            var (longitude, latitude, category) = Pick(random, n);
            return JsonSerializer.SerializeToUtf8Bytes(new
            {
                categoryCode = category,
                location = new { longitude, latitude },
                address = Address(n),
                description = Description,
                photoRefs = new[] { $"photos/bench-{seed}-{n}/1.jpg", $"photos/bench-{seed}-{n}/2.jpg" },
            });
        })];
    }

    public static string Address(int n) => $"解放区民主路 {n % 300 + 1} 号东侧公交站旁";

    public const string Description =
        "Refuse bins beside the bus stop are overflowing; bags have been torn open and litter is spreading onto the cycle lane.";
}
