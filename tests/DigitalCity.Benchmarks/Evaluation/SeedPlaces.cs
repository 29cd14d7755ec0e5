using DigitalCity.Contracts;
using DigitalCity.Inspection.Cases;
using DigitalCity.Inspection.Places;

namespace DigitalCity.Benchmarks.Evaluation;

/// <summary>
/// Where the seeded cases are: the eleven Jiaozuo districts of <see cref="JiaozuoPlaces"/>, each with
/// made-up streets, communities and unit grids (facts need only their codes, in the 14-digit form of
/// <see cref="GridCodeProfile.Digits14"/>), plus the real sample grids, placed by the place directory.
/// The four urban districts report three times as much as the counties. Grid officers work per street.
/// </summary>
sealed class SeedPlaces
{
    const int StreetsPerDistrict = 4, CommunitiesPerStreet = 3, GridsPerCommunity = 10, OfficersPerStreet = 3;

    /// <summary>Inside each sample grid (see <see cref="JiaozuoSampleGrids"/>).</summary>
    static readonly (double Longitude, double Latitude)[] SampleGridPoints =
        [(113.23, 35.24), (113.24, 35.24), (113.235, 35.218), (113.252, 35.232), (113.2575, 35.2375), (113.255, 35.21)];

    readonly List<(CasePlace Place, int Weight)> _grids = [];
    readonly int _totalWeight;

    public SeedPlaces()
    {
        foreach (var district in JiaozuoPlaces.Districts)
        {
            var weight = district.Kind == DistrictKind.UrbanDistrict ? 3 : 1;
            for (var s = 1; s <= StreetsPerDistrict; s++)
            {
                var street = $"{district.Code}{s:D3}";
                for (var c = 1; c <= CommunitiesPerStreet; c++)
                {
                    var community = $"{street}{c:D3}";
                    for (var g = 1; g <= GridsPerCommunity; g++)
                    {
                        _grids.Add((new CasePlace($"{community}{g:D2}", $"{district.Name}{s}-{c}-{g}网格", community, street, district.Code, district.Name), weight));
                    }
                }
            }
        }

        var directory = JiaozuoPlaces.CreateDirectory();
        foreach (var (longitude, latitude) in SampleGridPoints)
        {
            var place = CasePlace.From(directory.Assign(new GeoPoint(longitude, latitude))
                ?? throw new InvalidOperationException($"({longitude}, {latitude}) is in no sample grid."));
            _grids.RemoveAll(g => g.Place.GridCode == place.GridCode);
            _grids.Add((place, 3 * GridsPerCommunity));
        }

        _totalWeight = _grids.Sum(g => g.Weight);
    }

    public IReadOnlyList<string> Districts { get; } = [.. JiaozuoPlaces.Districts.Select(d => d.Code)];

    public IEnumerable<string> GridCodes => _grids.Select(g => g.Place.GridCode);

    /// <summary>A grid by weight: busy districts and the sample grids more often.</summary>
    public CasePlace Pick(Random random)
    {
        var n = random.Next(_totalWeight);
        foreach (var (place, weight) in _grids)
        {
            if ((n -= weight) < 0)
            {
                return place;
            }
        }

        return _grids[^1].Place;
    }

    /// <summary>One of the grid officers of the street (or of the city's unassigned pool).</summary>
    public static string OfficerOf(CasePlace? place, Random random) =>
        $"officer-{place?.StreetCode ?? "unassigned"}-{random.Next(1, OfficersPerStreet + 1)}";
}
