using DigitalCity.ServiceDefaults.Domain;

namespace DigitalCity.Sanitation.Overflow;

/// <summary>
/// 桶满度 — the latest fill level a bin's sensor reported, with the threshold that applied. The ids of its last
/// <see cref="RememberedReadings"/> readings are kept with it, so a reading the platform sends twice is recorded
/// once: the check and the write are one optimistic save of this document.
/// </summary>
public sealed class BinLevel : AggregateRoot
{
    /// <summary>Sensor platforms resend within minutes; a hundred readings cover days of a bin's reports.</summary>
    public const int RememberedReadings = 100;

    BinLevel()
    {
    }

    /// <summary>The registered <c>LitterBin</c> or <c>CollectionPoint</c> facility's code.</summary>
    public string BinCode { get; private set; } = "";

    public string? BinType { get; private set; }

    public int FillLevelPercent { get; private set; }

    public int ThresholdPercent { get; private set; }

    public DateTimeOffset MeasuredAt { get; private set; }

    /// <summary>The sensor platform's id of the latest reading; empty before the first.</summary>
    public string ReadingId { get; private set; } = "";

    public DateTimeOffset ReceivedAt { get; private set; }

    public IReadOnlyList<string> RecentReadingIds { get; private set; } = [];

    public bool Overflowing => ReadingId.Length > 0 && FillLevelPercent >= ThresholdPercent;

    /// <summary>A bin no reading has been recorded for yet.</summary>
    public static BinLevel For(string binCode, TimeProvider time)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(binCode);
        return new BinLevel { Id = Guid.CreateVersion7(time.GetUtcNow()), BinCode = binCode };
    }

    /// <summary>
    /// Records a reading: <see cref="ReadingOutcome.Duplicate"/> (changes nothing) when its id was recorded before,
    /// <see cref="ReadingOutcome.Stale"/> (remembered, but the level stays) when it was measured before the latest
    /// one, else <see cref="ReadingOutcome.Latest"/>: the bin's level is now this reading, against
    /// <paramref name="thresholdPercent"/>.
    /// </summary>
    public ReadingOutcome Record(BinReading reading, string? binType, int thresholdPercent, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(reading);
        if (RecentReadingIds.Contains(reading.ReadingId, StringComparer.Ordinal))
        {
            return ReadingOutcome.Duplicate;
        }

        RecentReadingIds = [.. RecentReadingIds.TakeLast(RememberedReadings - 1), reading.ReadingId];
        if (ReadingId.Length > 0 && reading.MeasuredAt < MeasuredAt)
        {
            return ReadingOutcome.Stale;
        }

        ReadingId = reading.ReadingId;
        FillLevelPercent = reading.FillLevelPercent;
        MeasuredAt = reading.MeasuredAt;
        BinType = binType;
        ThresholdPercent = thresholdPercent;
        ReceivedAt = time.GetUtcNow();
        return ReadingOutcome.Latest;
    }
}

/// <summary>One fill-level reading from the sensor platform.</summary>
public sealed record BinReading(string ReadingId, int FillLevelPercent, DateTimeOffset MeasuredAt);

/// <summary>What recording a reading did.</summary>
public enum ReadingOutcome
{
    /// <summary>The bin's level is now this reading.</summary>
    Latest,

    /// <summary>Measured before the latest reading: remembered, the level unchanged, no task opened.</summary>
    Stale,

    /// <summary>Recorded before: nothing changed.</summary>
    Duplicate,
}
