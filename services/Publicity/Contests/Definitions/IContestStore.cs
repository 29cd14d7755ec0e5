using DigitalCity.ServiceDefaults.Domain;

namespace DigitalCity.Publicity.Contests.Definitions;

/// <summary>Contests, unique by code.</summary>
public interface IContestStore
{
    Task<Contest?> FindAsync(string code, CancellationToken cancellationToken);

    Task SaveAsync(Contest contest, CancellationToken cancellationToken);

    Task<Page<Contest>> ListAsync(PageRequest page, CancellationToken cancellationToken);
}
