using DigitalCity.Sanitation.Collection.Storage;
using DigitalCity.Sanitation.Facilities.Storage;
using DigitalCity.ServiceDefaults.Hosting;
using DigitalCity.ServiceDefaults.Http;

namespace DigitalCity.Sanitation.Collection;

/// <summary>
/// The one way collection records come in — typed by staff, imported from a file, or sent by a weighbridge:
/// every entry is checked against the facility registry (<see cref="CollectionRules"/>), and only when all pass
/// are they stored, each ticket once.
/// </summary>
public sealed class CollectionIntake(IFacilityStore facilities, ICollectionStore store, CollectionOptions options, CityClock clock, TimeProvider time)
{
    /// <param name="Stored">The records stored now.</param>
    /// <param name="Duplicates">The records already stored under the same tickets (earlier deliveries of the same loads).</param>
    public sealed record Outcome(IReadOnlyList<CollectionRecord> Stored, IReadOnlyList<CollectionRecord> Duplicates);

    public CollectionOptions Options => options;

    /// <summary>The entries as records, or none with every problem in <paramref name="errors"/> under each entry's prefix.</summary>
    public async Task<IReadOnlyList<CollectionRecord>> CheckAsync(
        IReadOnlyList<(string Prefix, CollectionEntry Entry)> entries, string source, string recordedBy, ValidationErrors errors, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var known = await facilities.FindManyAsync(CollectionRules.CodesIn(entries.Select(e => e.Entry)), cancellationToken);
        var rules = new CollectionRules(known.ToDictionary(f => f.Code, StringComparer.Ordinal), options, clock, time.GetUtcNow());
        var records = new List<CollectionRecord>(entries.Count);
        foreach (var (prefix, entry) in entries)
        {
            if (rules.Check(entry, source, recordedBy, errors, prefix) is { } record)
            {
                records.Add(record);
            }
        }

        return errors.Any ? [] : records;
    }

    /// <summary>Stores the records whose tickets are new; the others come back as the records stored before.</summary>
    public async Task<Outcome> StoreAsync(IReadOnlyList<CollectionRecord> records, CancellationToken cancellationToken)
    {
        var stored = await store.AppendAsync(records, cancellationToken);
        if (stored.Count == records.Count)
        {
            return new Outcome(stored, []);
        }

        var storedIds = stored.Select(r => r.Id).ToHashSet();
        var repeated = records.Where(r => !storedIds.Contains(r.Id)).Select(r => r.Ticket).Distinct(StringComparer.Ordinal).ToList();
        return new Outcome(stored, await store.FindByTicketsAsync(repeated, cancellationToken));
    }
}
