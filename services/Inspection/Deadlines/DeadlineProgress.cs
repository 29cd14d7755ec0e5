namespace DigitalCity.Inspection.Deadlines;

/// <summary>
/// Where a step stands at a given instant, in the limit's own kind of time, enough for an API to show
/// "2 h 10 min left" and the traffic light.
/// </summary>
/// <param name="Kind">The clock all spans below are measured on.</param>
/// <param name="Allowed">The limit plus extensions.</param>
/// <param name="Used">Counted time since the start, suspensions excluded.</param>
/// <param name="Remaining"><paramref name="Allowed"/> minus <paramref name="Used"/>; negative when overdue, by that much.</param>
/// <param name="UsedFraction"><paramref name="Used"/> / <paramref name="Allowed"/>; above 1 when overdue.</param>
/// <param name="DueAt">See <see cref="DeadlineCalculator.DueAt"/>; while suspended, the due instant if the case resumed now.</param>
/// <param name="IsSuspended">Whether a suspension stops the clock at this instant.</param>
public sealed record DeadlineProgress(
    TimeKind Kind,
    TimeSpan Allowed,
    TimeSpan Used,
    TimeSpan Remaining,
    double UsedFraction,
    TrafficLight Light,
    DateTimeOffset DueAt,
    bool IsSuspended)
{
    public bool IsOverdue => Light == TrafficLight.Red;
}
