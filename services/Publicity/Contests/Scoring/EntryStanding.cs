namespace DigitalCity.Publicity.Contests.Scoring;

/// <summary>Where an entry stands with the organising committee; only approved entries are ranked.</summary>
public enum EntryStanding
{
    Submitted,
    Approved,
    Rejected,

    /// <summary>Approved, then found to break the rules (not original, a copyright dispute, off theme): out of the ranking.</summary>
    Disqualified,
}
