using DigitalCity.Inspection.Categories;

namespace DigitalCity.Inspection.Cases;

/// <summary>
/// What a case keeps of the category version it was reported under (domain §2: categories are versioned
/// by effective date, and old cases keep their rules): the version, the responsible department and the
/// handling limits the dispatcher falls back on.
/// </summary>
public sealed record CategoryRules(int Version, string Department, string? HandlingLimit, string? UrgentLimit)
{
    public static CategoryRules Of(Category category)
    {
        ArgumentNullException.ThrowIfNull(category);
        return new(category.Version, category.Department, category.HandlingLimit, category.UrgentLimit);
    }

    /// <summary>The handling limit for a case of this urgency, or null when the version set none.</summary>
    public string? LimitFor(Urgency urgency) => urgency == Urgency.Urgent ? UrgentLimit ?? HandlingLimit : HandlingLimit;
}
