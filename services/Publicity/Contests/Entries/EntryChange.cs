using DigitalCity.Publicity.Contests.Entries.Storage;
using DigitalCity.Publicity.Contests.Likes;
using DigitalCity.Publicity.Contests.Results;
using DigitalCity.ServiceDefaults.Domain;
using Microsoft.AspNetCore.Http;

namespace DigitalCity.Publicity.Contests.Entries;

/// <summary>
/// The one way staff change an entry: it must belong to the contest, the contest's result must not be locked yet, and
/// a version sent must be the entry's (409 when someone changed it meanwhile); then the change is saved with its events and
/// the live ranking's tallies are read again.
/// </summary>
public sealed class EntryChange(IEntryStore entries, IResultStore results, ILikeStore likes, LiveTallies live)
{
    public async Task<IResult> ApplyAsync(string code, Guid id, long? version, Action<ContestEntry> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (await EntryQueries.FindAsync(code, id, entries, cancellationToken) is not { } entry)
        {
            return ContestProblems.NoEntry(code, id);
        }

        if (await results.FindAsync(code, cancellationToken) is not null)
        {
            return ContestProblems.ResultsLocked(code);
        }

        if (version is { } expected && expected != entry.Version)
        {
            throw new ConcurrencyConflictException(nameof(ContestEntry), id, expected);
        }

        change(entry);
        await entries.SaveAsync(entry, cancellationToken);
        live.Changed(code);
        return TypedResults.Ok(EntryView.From(entry, await likes.SeriesAsync(id, cancellationToken)));
    }
}
