using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace DigitalCity.Inspection.Categories;

/// <summary>
/// The categories a case may be reported under, every version of each: <see cref="Find(string?, DateTimeOffset)"/>
/// answers the version in effect at an instant. Built from the seed shipped with the service
/// (<c>Categories/categories.json</c>, the common categories of the national standard) or from the
/// stored <see cref="CategoryBook"/>.
/// </summary>
public sealed class CategoryCatalog
{
    static readonly JsonSerializerOptions SeedJson = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };
    static readonly Lazy<CategoryCatalog> SeedCatalog = new(LoadSeed);

    /// <summary>When the seed versions take effect: before any case a city will import or report.</summary>
    public static readonly DateTimeOffset SeedEffectiveFrom = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Per code, the versions in ascending effective order.</summary>
    readonly FrozenDictionary<string, Category[]> _byCode;

    public CategoryCatalog(IEnumerable<Category> versions) =>
        _byCode = versions
            .GroupBy(c => c.Code, StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(g => g.Key, g => g.OrderBy(c => c.EffectiveFrom).ThenBy(c => c.Version).ToArray(), StringComparer.OrdinalIgnoreCase);

    /// <summary>The seed, loaded once.</summary>
    public static CategoryCatalog Seed => SeedCatalog.Value;

    /// <summary>The newest version of every code, whatever its effective date, by code.</summary>
    public IEnumerable<Category> All => _byCode.Values.Select(v => v[^1]).OrderBy(c => c.Code, StringComparer.Ordinal);

    /// <summary>Every version, by code then version.</summary>
    public IEnumerable<Category> Versions => _byCode.Values.SelectMany(v => v).OrderBy(c => c.Code, StringComparer.Ordinal).ThenBy(c => c.Version);

    /// <summary>The versions in effect at <paramref name="at"/>, retired ones included, by code.</summary>
    public IEnumerable<Category> At(DateTimeOffset at) =>
        _byCode.Keys.Order(StringComparer.Ordinal).Select(code => Find(code, at)).OfType<Category>();

    /// <summary>The newest version of <paramref name="code"/>, whatever its effective date; null for an unknown code.</summary>
    public Category? Find(string? code) => code is not null && _byCode.TryGetValue(code, out var versions) ? versions[^1] : null;

    /// <summary>The version of <paramref name="code"/> in effect at <paramref name="at"/>; null when none was yet.</summary>
    public Category? Find(string? code, DateTimeOffset at) =>
        code is not null && _byCode.TryGetValue(code, out var versions) ? versions.LastOrDefault(v => v.EffectiveFrom <= at) : null;

    /// <summary>Every version of <paramref name="code"/>, oldest first; empty for an unknown code.</summary>
    public IReadOnlyList<Category> History(string code) => _byCode.TryGetValue(code, out var versions) ? versions : [];

    public static CategoryCatalog LoadSeed()
    {
        using var stream = typeof(CategoryCatalog).Assembly.GetManifestResourceStream("DigitalCity.Inspection.categories.json")
            ?? throw new InvalidOperationException("The category seed data is missing from the assembly.");
        var seed = JsonSerializer.Deserialize<List<Category>>(stream, SeedJson) ?? [];
        return new CategoryCatalog(seed.Select(c => c with { Version = 1, EffectiveFrom = SeedEffectiveFrom }));
    }
}
