namespace DigitalCity.Inspection.Places;

/// <summary>
/// 导入校验 — checks imported grid features against the directory as a whole and, when all is well, plans
/// the change. A grid's district must already be in the directory (districts are national codes); its
/// street and community are either there or created from <c>streetName</c> / <c>communityName</c>, and a
/// name given for an existing parent renames it. Every problem is reported with the JSON path of the
/// feature and property it comes from, and nothing is planned unless there are none.
/// </summary>
public static class GridImportPlanner
{
    public static GeoJsonResult<GridImportPlan> Plan(PlaceDirectory directory, IReadOnlyList<GridFeature> features)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(features);
        var errors = new List<GeoJsonError>();
        var streets = new Parents<Street>("street", "streetName", code => directory.FindStreet(code)?.Name);
        var communities = new Parents<Community>("community", "communityName", code => directory.FindCommunity(code)?.Name);
        foreach (var feature in features)
        {
            var code = GridCode.Parse(feature.Grid.Code, directory.Profile);
            var path = $"features[{feature.Index}].properties";
            if (directory.FindDistrict(code.AdministrativeCode) is null)
            {
                errors.Add(new($"{path}.code",
                    $"grid {code}: administrative code {code.AdministrativeCode} is not a district of {directory.City.Name} ({directory.City.Code}); districts are national codes and are not imported",
                    feature.Index));
                continue;
            }

            streets.Resolve(code.StreetCode, feature.StreetName, name => new Street(code.StreetCode, name, code.AdministrativeCode), feature.Index, path, errors);
            communities.Resolve(code.CommunityCode, feature.CommunityName, name => new Community(code.CommunityCode, name, code.StreetCode), feature.Index, path, errors);
        }

        if (errors.Count > 0)
        {
            return new(null, errors);
        }

        var grids = features.Select(f => f.Grid).ToList();
        var problems = directory.FindProblemsWith(streets.Planned, communities.Planned, grids);
        if (problems.Count > 0)
        {
            return new(null, [.. problems.Select(p => new GeoJsonError("$", p))]);
        }

        var codes = grids.Select(g => g.Code).Order(StringComparer.Ordinal).ToList();
        return new(
            new GridImportPlan(
                streets.Planned,
                communities.Planned,
                grids,
                [.. codes.Where(c => directory.FindGrid(c) is null)],
                [.. codes.Where(c => directory.FindGrid(c) is not null)],
                streets.CreatedCount,
                communities.CreatedCount,
                directory.With(streets.Planned, communities.Planned, grids)),
            []);
    }

    /// <summary>The streets (or communities) an import names, checked against the directory and each other.</summary>
    sealed class Parents<T>(string kind, string nameProperty, Func<string, string?> existingName)
    {
        /// <summary>Every parent named in the file, with the feature that first named it; only changes are planned.</summary>
        readonly Dictionary<string, (T Place, string Name, int Index, bool Changes)> _named = new(StringComparer.Ordinal);

        public List<T> Planned => [.. _named.Values.Where(p => p.Changes).Select(p => p.Place)];

        public int CreatedCount => _named.Keys.Count(code => existingName(code) is null);

        public void Resolve(string code, string? name, Func<string, T> create, int index, string propertiesPath, List<GeoJsonError> errors)
        {
            var path = $"{propertiesPath}.{nameProperty}";
            if (_named.TryGetValue(code, out var planned))
            {
                if (name is not null && name != planned.Name)
                {
                    errors.Add(new(path, $"{nameProperty} \"{name}\" disagrees with features[{planned.Index}], which names {kind} {code} \"{planned.Name}\"", index));
                }

                return;
            }

            var existing = existingName(code);
            if (name is null)
            {
                if (existing is null)
                {
                    errors.Add(new(path, $"{kind} {code} is not in the directory; give \"{nameProperty}\" to create it", index));
                }

                return;
            }

            _named.Add(code, (create(name), name, index, name != existing));
        }
    }
}
