namespace DigitalCity.Publicity.Contests.Results;

/// <summary>Contests' locked results, one per contest.</summary>
public interface IResultStore
{
    Task<ContestResult?> FindAsync(string contestCode, CancellationToken cancellationToken);

    /// <summary>Saves a new result; a second one for the contest throws <see cref="ServiceDefaults.Domain.DuplicateKeyException"/>.</summary>
    Task SaveAsync(ContestResult result, CancellationToken cancellationToken);
}
