using DigitalCity.ServiceDefaults.Domain;

namespace DigitalCity.Sanitation.Clearance.Storage;

/// <summary>Daily clearance outcomes, one per collection point and day.</summary>
public interface IClearanceStore
{
    /// <summary>Stores the outcomes not stored yet (a point's day is judged once), with the events of the missed ones, atomically; returns how many were new.</summary>
    Task<int> RecordAsync(IReadOnlyList<ClearanceOutcome> outcomes, CancellationToken cancellationToken);

    /// <summary>The points already judged for a day.</summary>
    Task<IReadOnlySet<string>> JudgedAsync(DateOnly day, CancellationToken cancellationToken);

    /// <summary>Points due, cleared and missed per day and district, ordered by day and district.</summary>
    Task<IReadOnlyList<ClearanceRate>> RatesAsync(DateOnly from, DateOnly to, string? districtCode, CancellationToken cancellationToken);

    /// <summary>The outcomes of a day, by site code; only the missed ones when <paramref name="missedOnly"/>.</summary>
    Task<Page<ClearanceOutcome>> OutcomesAsync(DateOnly day, string? districtCode, bool missedOnly, PageRequest page, CancellationToken cancellationToken);
}
