using DigitalCity.Contracts.Inspection;
using DigitalCity.ServiceDefaults.Domain;

namespace DigitalCity.Inspection.Campaigns.Checklists;

/// <summary>
/// The city's checklist templates, every version of each: one aggregate under a fixed id, so an edit
/// is checked against the version it was read at and its event shares the service's outbox.
/// </summary>
public sealed class ChecklistBook : AggregateRoot
{
    public static readonly Guid BookId = new("3b1f7a52-6c0e-4f0e-9a35-3d7c2b5e0c41");

    ChecklistBook()
    {
    }

    public IReadOnlyList<ChecklistTemplate> Versions { get; private set; } = [];

    public static ChecklistBook Create(IEnumerable<ChecklistTemplate> seed) => new() { Id = BookId, Versions = [.. seed] };

    /// <summary>The latest version of each template, by code.</summary>
    public IReadOnlyList<ChecklistTemplate> Latest() =>
        [.. Versions.GroupBy(t => t.Code, StringComparer.Ordinal).Select(g => g.MaxBy(t => t.Version)!).OrderBy(t => t.Code, StringComparer.Ordinal)];

    /// <summary>One version, or the latest when <paramref name="version"/> is null.</summary>
    public ChecklistTemplate? Find(string? code, int? version = null) =>
        Versions.Where(t => string.Equals(t.Code, code, StringComparison.Ordinal) && (version is null || t.Version == version))
            .MaxBy(t => t.Version);

    /// <summary>Adds the next version of <paramref name="code"/> (version 1 for a new code).</summary>
    public ChecklistTemplate AddVersion(string code, string name, InspectionType type, IReadOnlyList<ChecklistItem> items, string changedBy, TimeProvider time)
    {
        var now = time.GetUtcNow();
        var added = new ChecklistTemplate(code, (Find(code)?.Version ?? 0) + 1, name, type, items, changedBy, now);
        Versions = [.. Versions, added];
        Raise(new ChecklistChanged(Guid.NewGuid(), now, code, added.Version, type.ToString(), items.Count, changedBy));
        return added;
    }
}
