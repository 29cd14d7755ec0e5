using DigitalCity.Contracts.Inspection;
using DigitalCity.ServiceDefaults.Domain;

namespace DigitalCity.Inspection.Categories;

/// <summary>
/// 案件类别表 — every version of every category, kept as one document so that two administrators editing
/// at once conflict on the stored version instead of both winning. Never saved, it is the seed
/// (<see cref="AggregateRoot.Version"/> 0). Versions are only added, never changed: a case points at the
/// version it was reported under.
/// </summary>
public sealed class CategoryBook : AggregateRoot
{
    /// <summary>The one book of the service; a fixed id makes a second first save a conflict, not a second document.</summary>
    public static readonly Guid BookId = new("5b0f3c1e-8d2a-4e7b-9a61-3c4d2e1f0a98");

    CategoryBook()
    {
    }

    public IReadOnlyList<Category> Versions { get; private set; } = [];

    public static CategoryBook Create(CategoryCatalog seed)
    {
        ArgumentNullException.ThrowIfNull(seed);
        return new CategoryBook { Id = BookId, Versions = [.. seed.Versions] };
    }

    public CategoryCatalog Catalog() => new(Versions);

    /// <summary>
    /// Adds the next version of <paramref name="draft"/>'s code (a new code starts at 1), in effect from
    /// <paramref name="effectiveFrom"/>, which may not lie in the past nor before the code's latest
    /// version: what was in effect when a case was reported never changes afterwards.
    /// </summary>
    public Category AddVersion(Category draft, DateTimeOffset? effectiveFrom, string changedBy, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentException.ThrowIfNullOrWhiteSpace(changedBy);
        var now = time.GetUtcNow();
        var from = effectiveFrom ?? now;
        if (from < now)
        {
            throw new ArgumentException($"effectiveFrom {from:O} lies in the past; a version takes effect now or later, so cases keep the rules they were reported under.", nameof(effectiveFrom));
        }

        var latest = Catalog().Find(draft.Code);
        if (latest is not null && from <= latest.EffectiveFrom)
        {
            throw new ArgumentException($"effectiveFrom must be after version {latest.Version}'s ({latest.EffectiveFrom:O}).", nameof(effectiveFrom));
        }

        var version = draft with { Code = latest?.Code ?? draft.Code, Version = (latest?.Version ?? 0) + 1, EffectiveFrom = from, ChangedBy = changedBy };
        Versions = [.. Versions, version];
        Raise(new CategoryChanged(Guid.NewGuid(), now, version.Code, version.Version, from, version.Name, version.Department, version.HandlingLimit, version.Active, changedBy));
        return version;
    }
}
