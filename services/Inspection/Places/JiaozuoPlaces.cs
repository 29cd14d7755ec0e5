namespace DigitalCity.Inspection.Places;

/// <summary>
/// 焦作市区划 — seed places for Jiaozuo: the national administrative codes of its ten districts, counties
/// and county-level cities (GB/T 2260), the 城乡一体化示范区 zone, and sample streets, communities and grids
/// in 解放区 and 山阳区 for development and tests. The street and community numbers and the sample names
/// are illustrative, not the official statistical codes; real data comes in by <see cref="GridGeoJsonImporter"/>.
/// </summary>
public static class JiaozuoPlaces
{
    public const string CityCode = "410800";

    /// <summary>
    /// Local code for 城乡一体化示范区, which has no national code. GB/T 2260 never gives a county-level unit
    /// a number in the 71–79 range (statistical codes use it for development zones), so 410871 cannot clash
    /// with a national code and still fits the six-digit slot of a grid code.
    /// </summary>
    public const string DemonstrationZoneCode = "410871";

    public static City City { get; } = new(CityCode, "焦作市");

    /// <summary>Sample grids use 14-digit codes (2-digit sequence).</summary>
    public static GridCodeProfile Profile => GridCodeProfile.Digits14;

    public static IReadOnlyList<District> Districts { get; } =
    [
        new("410802", "解放区", CityCode, DistrictKind.UrbanDistrict),
        new("410803", "中站区", CityCode, DistrictKind.UrbanDistrict),
        new("410804", "马村区", CityCode, DistrictKind.UrbanDistrict),
        new("410811", "山阳区", CityCode, DistrictKind.UrbanDistrict),
        new("410821", "修武县", CityCode, DistrictKind.County),
        new("410822", "博爱县", CityCode, DistrictKind.County),
        new("410823", "武陟县", CityCode, DistrictKind.County),
        new("410825", "温县", CityCode, DistrictKind.County),
        new("410882", "沁阳市", CityCode, DistrictKind.CountyLevelCity),
        new("410883", "孟州市", CityCode, DistrictKind.CountyLevelCity),
        new(DemonstrationZoneCode, "城乡一体化示范区", CityCode, DistrictKind.FunctionalZone, HasNationalCode: false),
    ];

    public static IReadOnlyList<Street> Streets { get; } =
    [
        new("410802001", "焦北街道", "410802"),
        new("410802002", "七百间街道", "410802"),
        new("410811001", "焦东街道", "410811"),
        new("410811002", "太行街道", "410811"),
    ];

    public static IReadOnlyList<Community> Communities { get; } =
    [
        new("410802001001", "站前社区", "410802001"),
        new("410802002001", "民主路社区", "410802002"),
        new("410811001001", "焦东路社区", "410811001"),
        new("410811002001", "太行路社区", "410811002"),
    ];

    /// <summary>The sample grids, read from <see cref="JiaozuoSampleGrids.GeoJson"/> through the importer.</summary>
    public static IReadOnlyList<UnitGrid> SampleGrids()
    {
        var result = GridGeoJsonImporter.Import(JiaozuoSampleGrids.GeoJson, Profile);
        return result.Succeeded
            ? result.Value
            : throw new InvalidOperationException($"The Jiaozuo sample grids are invalid: {string.Join("; ", result.Errors)}");
    }

    public static PlaceDirectory CreateDirectory() => new(City, Districts, Streets, Communities, SampleGrids(), Profile);
}
