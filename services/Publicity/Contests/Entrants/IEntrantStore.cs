namespace DigitalCity.Publicity.Contests.Entrants;

/// <summary>Contest entrants, unique by contest and phone lookup hash, found by their token's hash.</summary>
public interface IEntrantStore
{
    Task<Entrant?> FindAsync(Guid id, CancellationToken cancellationToken);

    Task<Entrant?> FindByPhoneAsync(string contestCode, string phoneLookupHash, CancellationToken cancellationToken);

    Task<Entrant?> FindByTokenAsync(string contestCode, string tokenHash, CancellationToken cancellationToken);

    /// <summary>Saves; a second registration of the same number for the contest throws <see cref="ServiceDefaults.Domain.DuplicateKeyException"/>.</summary>
    Task SaveAsync(Entrant entrant, CancellationToken cancellationToken);
}
