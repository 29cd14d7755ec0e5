namespace DigitalCity.Sanitation.Overflow;

/// <summary>A bin's latest fill level as the API shows it.</summary>
public sealed record BinLevelView(
    string BinCode,
    string? BinType,
    int FillLevelPercent,
    int ThresholdPercent,
    bool Overflowing,
    DateTimeOffset MeasuredAt,
    string ReadingId,
    DateTimeOffset ReceivedAt)
{
    public static BinLevelView From(BinLevel l) => new(l.BinCode, l.BinType, l.FillLevelPercent, l.ThresholdPercent, l.Overflowing, l.MeasuredAt, l.ReadingId, l.ReceivedAt);
}
