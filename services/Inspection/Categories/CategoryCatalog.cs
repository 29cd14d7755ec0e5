using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace DigitalCity.Inspection.Categories;

/// <summary>
/// The categories a case may be reported under, read from the seed data shipped with the service
/// (<c>Categories/categories.json</c>, the common categories of the national standard).
/// </summary>
public sealed class CategoryCatalog
{
    static readonly JsonSerializerOptions SeedJson = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    readonly FrozenDictionary<string, Category> _byCode;

    public CategoryCatalog(IEnumerable<Category> categories) =>
        _byCode = categories.ToFrozenDictionary(c => c.Code, StringComparer.OrdinalIgnoreCase);

    public IEnumerable<Category> All => _byCode.Values.OrderBy(c => c.Code, StringComparer.Ordinal);

    public Category? Find(string? code) => code is not null && _byCode.TryGetValue(code, out var category) ? category : null;

    public static CategoryCatalog LoadSeed()
    {
        using var stream = typeof(CategoryCatalog).Assembly.GetManifestResourceStream("DigitalCity.Inspection.categories.json")
            ?? throw new InvalidOperationException("The category seed data is missing from the assembly.");
        return new CategoryCatalog(JsonSerializer.Deserialize<List<Category>>(stream, SeedJson) ?? []);
    }
}
