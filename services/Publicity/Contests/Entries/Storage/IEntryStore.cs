using DigitalCity.Publicity.Contests.Scoring;
using DigitalCity.ServiceDefaults.Domain;

namespace DigitalCity.Publicity.Contests.Entries.Storage;

/// <summary>A contest's entries: unique by contest and video hash, found by entrant, listed by standing, tallied for the ranking.</summary>
public interface IEntryStore
{
    Task<ContestEntry?> FindAsync(Guid id, CancellationToken cancellationToken);

    Task<ContestEntry?> FindByVideoAsync(string contestCode, string videoHash, CancellationToken cancellationToken);

    /// <summary>The entrant's entries, oldest first.</summary>
    Task<IReadOnlyList<ContestEntry>> ListByEntrantAsync(Guid entrantId, CancellationToken cancellationToken);

    /// <summary>The entries of a contest, oldest first, optionally of one standing.</summary>
    Task<Page<ContestEntry>> ListAsync(string contestCode, EntryStanding? standing, PageRequest page, CancellationToken cancellationToken);

    /// <summary>Saves the entry with its events; the same video entered twice in a contest throws <see cref="DuplicateKeyException"/>.</summary>
    Task SaveAsync(ContestEntry entry, CancellationToken cancellationToken);

    /// <summary>Every approved entry of the contest with its posts' like counts as last kept: what the ranking reads.</summary>
    Task<IReadOnlyList<EntryTally>> ApprovedTalliesAsync(string contestCode, CancellationToken cancellationToken);
}
