using DigitalCity.Sanitation.Collection.Tonnage;
using DigitalCity.ServiceDefaults.Domain;

namespace DigitalCity.Sanitation.Collection.Storage;

/// <summary>The collection records' persistence port: append-only facts, unique by ticket, and their tonnage.</summary>
public interface ICollectionStore
{
    /// <summary>
    /// Stores the records whose tickets are not stored yet, each with its <c>WasteCollected</c> event, in one
    /// atomic write, and returns those it stored: a ticket already stored (or repeated in the batch) is skipped,
    /// so nothing is counted twice.
    /// </summary>
    Task<IReadOnlyList<CollectionRecord>> AppendAsync(IReadOnlyList<CollectionRecord> records, CancellationToken cancellationToken);

    /// <summary>The stored records with these tickets.</summary>
    Task<IReadOnlyList<CollectionRecord>> FindByTicketsAsync(IReadOnlyCollection<string> tickets, CancellationToken cancellationToken);

    /// <summary>Records in time order.</summary>
    Task<Page<CollectionRecord>> ListAsync(CollectionFilter filter, PageRequest page, CancellationToken cancellationToken);

    /// <summary>Whole kilograms and record counts, grouped by the query's dimensions, ordered by them.</summary>
    Task<IReadOnlyList<TonnageRow>> TonnageAsync(TonnageQuery query, CancellationToken cancellationToken);

    /// <summary>The first collection of each site on a city-local day: what daily clearance (日产日清) checks.</summary>
    Task<IReadOnlyDictionary<string, DateTimeOffset>> FirstCollectionsAsync(DateOnly day, CancellationToken cancellationToken);
}
