using System.Collections.Frozen;
using DigitalCity.Contracts;

namespace DigitalCity.Inspection.Places;

/// <summary>
/// 区划目录 — a city's places from district down to unit grid, checked as a whole when built: codes are
/// unique and well-formed, every parent exists, and each code starts with its parent's code. Assigns a
/// reported point to its grid and the grid's community, street and district.
/// </summary>
public sealed class PlaceDirectory
{
    readonly FrozenDictionary<string, District> _districts;
    readonly FrozenDictionary<string, Street> _streets;
    readonly FrozenDictionary<string, Community> _communities;
    readonly FrozenDictionary<string, UnitGrid> _grids;
    readonly GridIndex _index;

    /// <exception cref="ArgumentException">The places are inconsistent; the message lists every problem.</exception>
    public PlaceDirectory(City city, IEnumerable<District> districts, IEnumerable<Street> streets, IEnumerable<Community> communities, IEnumerable<UnitGrid> grids, GridCodeProfile profile)
    {
        List<District> d = [.. districts];
        List<Street> s = [.. streets];
        List<Community> c = [.. communities];
        List<UnitGrid> g = [.. grids];
        var problems = FindProblems(city, d, s, c, g, profile);
        if (problems.Count > 0)
        {
            throw new ArgumentException($"The places of {city.Name} are inconsistent:{Environment.NewLine}{string.Join(Environment.NewLine, problems)}");
        }

        City = city;
        Profile = profile;
        _districts = d.ToFrozenDictionary(x => x.Code, StringComparer.Ordinal);
        _streets = s.ToFrozenDictionary(x => x.Code, StringComparer.Ordinal);
        _communities = c.ToFrozenDictionary(x => x.Code, StringComparer.Ordinal);
        _grids = g.ToFrozenDictionary(x => x.Code, StringComparer.Ordinal);
        _index = new GridIndex(g);
    }

    public City City { get; }

    public GridCodeProfile Profile { get; }

    public IEnumerable<District> Districts => _districts.Values.OrderBy(x => x.Code, StringComparer.Ordinal);

    public IEnumerable<Street> Streets => _streets.Values.OrderBy(x => x.Code, StringComparer.Ordinal);

    public IEnumerable<Community> Communities => _communities.Values.OrderBy(x => x.Code, StringComparer.Ordinal);

    public IEnumerable<UnitGrid> Grids => _grids.Values.OrderBy(x => x.Code, StringComparer.Ordinal);

    public District? FindDistrict(string code) => _districts.GetValueOrDefault(code);

    public Street? FindStreet(string code) => _streets.GetValueOrDefault(code);

    public Community? FindCommunity(string code) => _communities.GetValueOrDefault(code);

    public UnitGrid? FindGrid(string code) => _grids.GetValueOrDefault(code);

    /// <summary>The grid containing the point with its parents, or null when the point lies in no grid.</summary>
    public GridAssignment? Assign(GeoPoint point)
    {
        return _index.Find(point) is { } grid ? Place(grid) : null;
    }

    /// <summary>The grid of this code with its parents, or null when the directory has no such grid.</summary>
    public GridAssignment? FindPlace(string gridCode) => FindGrid(gridCode) is { } grid ? Place(grid) : null;

    GridAssignment Place(UnitGrid grid)
    {
        var community = _communities[grid.CommunityCode];
        var street = _streets[community.StreetCode];
        return new GridAssignment(grid, community, street, _districts[street.DistrictCode]);
    }

    /// <summary>
    /// A new directory with these streets, communities and grids added, each replacing the place of the same
    /// code (later items win over earlier ones); this directory is left as it was. Districts stay those of this
    /// directory: they are national codes, not imported.
    /// </summary>
    /// <exception cref="ArgumentException">The result would be inconsistent; the message lists every problem.</exception>
    public PlaceDirectory With(IEnumerable<Street> streets, IEnumerable<Community> communities, IEnumerable<UnitGrid> grids)
    {
        var (s, c, g) = Overlay(streets, communities, grids);
        return new PlaceDirectory(City, _districts.Values, s, c, g, Profile);
    }

    /// <summary>What <see cref="With"/> would refuse; empty when the places can be added.</summary>
    public IReadOnlyList<string> FindProblemsWith(IEnumerable<Street> streets, IEnumerable<Community> communities, IEnumerable<UnitGrid> grids)
    {
        var (s, c, g) = Overlay(streets, communities, grids);
        return FindProblems(City, [.. _districts.Values], s, c, g, Profile);
    }

    (List<Street>, List<Community>, List<UnitGrid>) Overlay(IEnumerable<Street> streets, IEnumerable<Community> communities, IEnumerable<UnitGrid> grids) =>
        (Overlay(_streets, streets, x => x.Code), Overlay(_communities, communities, x => x.Code), Overlay(_grids, grids, x => x.Code));

    static List<T> Overlay<T>(FrozenDictionary<string, T> current, IEnumerable<T> added, Func<T, string> code)
    {
        var byCode = new Dictionary<string, T>(current, StringComparer.Ordinal);
        foreach (var item in added)
        {
            byCode[code(item)] = item;
        }

        return [.. byCode.Values];
    }

    /// <summary>Every problem that would stop the places from forming a directory; empty when they are fine.</summary>
    public static IReadOnlyList<string> FindProblems(City city, IReadOnlyList<District> districts, IReadOnlyList<Street> streets, IReadOnlyList<Community> communities, IReadOnlyList<UnitGrid> grids, GridCodeProfile profile)
    {
        var problems = new List<string>();
        var districtByCode = Unique(districts, x => x.Code, "district", problems);
        var streetByCode = Unique(streets, x => x.Code, "street", problems);
        var communityByCode = Unique(communities, x => x.Code, "community", problems);
        Unique(grids, x => x.Code, "grid", problems);

        foreach (var district in districts)
        {
            RequireDigits(district.Code, 6, $"District {district.Name}", problems);
            if (district.CityCode != city.Code)
            {
                problems.Add($"District {district.Name} ({district.Code}) is recorded under city {district.CityCode}, not {city.Name} ({city.Code}).");
            }
        }

        foreach (var street in streets)
        {
            CheckChild(street.Code, street.Name, "Street", 9, street.DistrictCode, "district", districtByCode.ContainsKey(street.DistrictCode), problems);
        }

        foreach (var community in communities)
        {
            CheckChild(community.Code, community.Name, "Community", 12, community.StreetCode, "street", streetByCode.ContainsKey(community.StreetCode), problems);
        }

        foreach (var grid in grids)
        {
            if (!communityByCode.TryGetValue(grid.CommunityCode, out var community))
            {
                problems.Add($"Grid {grid.Name} ({grid.Code}) names community {grid.CommunityCode}, which is not in the directory.");
            }
            else if (streetByCode.TryGetValue(community.StreetCode, out var street) && districtByCode.TryGetValue(street.DistrictCode, out var district))
            {
                problems.AddRange(GridCodeConsistency.Check(grid, community, street, district, profile).Select(e => e.Message));
            }
        }

        return problems;
    }

    static void CheckChild(string code, string name, string kind, int length, string parentCode, string parentKind, bool parentExists, List<string> problems)
    {
        RequireDigits(code, length, $"{kind} {name}", problems);
        if (!parentExists)
        {
            problems.Add($"{kind} {name} ({code}) names {parentKind} {parentCode}, which is not in the directory.");
        }
        else if (!code.StartsWith(parentCode, StringComparison.Ordinal))
        {
            problems.Add($"{kind} {name} ({code}) does not start with the code of its {parentKind} {parentCode}.");
        }
        else if (code.Length == length && code[^3..] == "000")
        {
            problems.Add($"{kind} {name} ({code}) ends in 000; numbers within a {parentKind} start at 001.");
        }
    }

    static void RequireDigits(string code, int length, string what, List<string> problems)
    {
        if (code.Length != length || !code.All(char.IsAsciiDigit))
        {
            problems.Add($"{what} has code '{code}'; expected {length} digits.");
        }
    }

    static Dictionary<string, T> Unique<T>(IReadOnlyList<T> items, Func<T, string> code, string kind, List<string> problems)
    {
        var byCode = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (!byCode.TryAdd(code(item), item))
            {
                problems.Add($"The {kind} code {code(item)} is used more than once.");
            }
        }

        return byCode;
    }
}
