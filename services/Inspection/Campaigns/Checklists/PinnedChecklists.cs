using System.Collections.Concurrent;
using DigitalCity.ServiceDefaults.Storage;

namespace DigitalCity.Inspection.Campaigns.Checklists;

/// <summary>
/// The checklist versions campaigns are pinned to, read once per process: a version is never edited (an edit
/// adds the next one), so a visit need not load the checklist book to check its answers.
/// </summary>
public sealed class PinnedChecklists(SingletonAggregateStore<ChecklistBook> book)
{
    readonly ConcurrentDictionary<(string Code, int Version), ChecklistTemplate> _versions = new();

    /// <summary>The version, or null when the book has none of that code and number.</summary>
    public async ValueTask<ChecklistTemplate?> FindAsync(string code, int version, CancellationToken cancellationToken)
    {
        if (_versions.TryGetValue((code, version), out var known))
        {
            return known;
        }

        var found = (await book.LoadAsync(cancellationToken)).Find(code, version);
        return found is null ? null : _versions.GetOrAdd((code, version), found);
    }
}
