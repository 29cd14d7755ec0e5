using System.Globalization;

namespace DigitalCity.Sanitation.Cleaning.Plans;

/// <summary>
/// 作业时段 — a window of city-local time within one day, written <c>HH:mm-HH:mm</c> (<c>05:00-07:00</c>).
/// A window ends after it starts, so it never crosses midnight: a night shift is two windows
/// (<c>22:00-23:59</c> and <c>00:00-02:00</c>).
/// </summary>
public sealed record TimeWindow(TimeOnly Start, TimeOnly End)
{
    const string Format = "HH:mm";

    /// <summary>Whether a run from <paramref name="from"/> to <paramref name="to"/> (city-local, one day) lies inside the window.</summary>
    public bool Holds(TimeOnly from, TimeOnly to) => from >= Start && to <= End;

    /// <summary>Two windows overlap when they share more than an instant: 05:00-07:00 and 07:00-09:00 do not.</summary>
    public bool Overlaps(TimeWindow other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Start < other.End && other.Start < End;
    }

    public override string ToString() => $"{Start.ToString(Format, CultureInfo.InvariantCulture)}-{End.ToString(Format, CultureInfo.InvariantCulture)}";

    /// <summary>Reads <c>HH:mm-HH:mm</c>; null when the text is not two times of that form (the order is checked by the caller).</summary>
    public static TimeWindow? Parse(string? text)
    {
        var parts = text?.Split('-') ?? [];
        return parts.Length == 2
            && TimeOnly.TryParseExact(parts[0].Trim(), Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var start)
            && TimeOnly.TryParseExact(parts[1].Trim(), Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var end)
                ? new TimeWindow(start, end)
                : null;
    }
}
