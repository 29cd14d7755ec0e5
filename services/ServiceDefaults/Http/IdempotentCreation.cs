using DigitalCity.ServiceDefaults.Domain;

namespace DigitalCity.ServiceDefaults.Http;

/// <summary>
/// The Idempotency-Key sequence of an endpoint that creates something (a case, a visit, a run, a draft): what the key
/// created before is answered again (<see cref="EarlierAsync{TResult}"/>); otherwise the new thing is saved, and when
/// a concurrent request with the same key saved first — the store's unique index on the scoped key refuses the second
/// — that request's result is answered instead (<see cref="SaveAsync{TResult}"/>). Without a key both simply pass.
/// </summary>
/// <param name="findByKey">The store's lookup of what a scoped key created.</param>
public sealed class IdempotentCreation<T>(IdempotencyStamp? stamp, Func<string, CancellationToken, Task<T?>> findByKey)
    where T : class
{
    /// <summary>The answer for what the key created before, or null when the key is new or absent.</summary>
    public async Task<TResult?> EarlierAsync<TResult>(Func<T, IdempotencyStamp, TResult> replay, CancellationToken cancellationToken)
        where TResult : class =>
        stamp is not null && await findByKey(stamp.ScopedKey, cancellationToken) is { } earlier ? replay(earlier, stamp) : null;

    /// <summary>Runs <paramref name="save"/>; when it loses the race to the same key, answers the winner with <paramref name="replay"/>.</summary>
    /// <param name="otherDuplicate">The answer when another unique key refused the save (e.g. a credit code already on file); without one that refusal is thrown.</param>
    public async Task<TResult> SaveAsync<TResult>(Func<Task<TResult>> save, Func<T, IdempotencyStamp, TResult> replay, CancellationToken cancellationToken,
        Func<Task<TResult>>? otherDuplicate = null)
    {
        ArgumentNullException.ThrowIfNull(save);
        try
        {
            return await save();
        }
        catch (DuplicateKeyException) when (stamp is not null || otherDuplicate is not null)
        {
            if (stamp is not null && await findByKey(stamp.ScopedKey, cancellationToken) is { } winner)
            {
                return replay(winner, stamp);
            }

            if (otherDuplicate is null)
            {
                throw;
            }

            return await otherDuplicate();
        }
    }
}
