using DigitalCity.Contracts.Sanitation.Collection;

namespace DigitalCity.Sanitation.Clearance;

/// <summary>
/// How one collection point did on one city-local day: cleared by its cut-off (<see cref="ClearBy"/>) or not.
/// Judged once, after the cut-off; a missed day raises <see cref="DailyClearanceMissed"/>.
/// </summary>
public sealed record ClearanceOutcome(
    string SiteCode,
    string SiteName,
    string DistrictCode,
    DateOnly Day,
    DateTimeOffset ClearBy,
    DateTimeOffset? FirstCollectedAt,
    DateTimeOffset JudgedAt)
{
    public bool Cleared => FirstCollectedAt is { } first && first <= ClearBy;

    /// <summary>The event a missed day raises; its id is fixed by point and day, so a second judgement of the same day could never publish twice.</summary>
    public DailyClearanceMissed ToEvent() => new(EventId(), JudgedAt, SiteCode, SiteName, DistrictCode, Day, ClearBy, FirstCollectedAt);

    Guid EventId()
    {
        var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes($"daily-clearance-missed|{SiteCode}|{Day:yyyy-MM-dd}"));
        return new Guid(hash.AsSpan(0, 16));
    }
}
