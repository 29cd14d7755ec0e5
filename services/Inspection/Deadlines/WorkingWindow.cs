using System.Globalization;

namespace DigitalCity.Inspection.Deadlines;

/// <summary>
/// 工作时段 — one daily stretch of working time in the city's local time, [Start, End). A working day
/// has several (morning and afternoon) so that the lunch break does not count as working time.
/// </summary>
public sealed record WorkingWindow
{
    public WorkingWindow(TimeOnly start, TimeOnly end)
    {
        if (end <= start)
        {
            throw new ArgumentException($"A working window must end after it starts ({Format(start)}–{Format(end)}).", nameof(end));
        }

        Start = start;
        End = end;
    }

    public TimeOnly Start { get; }

    public TimeOnly End { get; }

    public TimeSpan Length => End - Start;

    public override string ToString() => $"{Format(Start)}–{Format(End)}";

    static string Format(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);
}
