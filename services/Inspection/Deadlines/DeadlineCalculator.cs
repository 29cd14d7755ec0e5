namespace DigitalCity.Inspection.Deadlines;

/// <summary>
/// 时限计算 — due instants and traffic lights of a <see cref="Deadline"/> on a <see cref="WorkCalendar"/>.
/// Time is counted on the limit's own clock (<see cref="TimeKind"/>) with suspensions cut out: for a
/// natural limit a suspension pushes the due instant back by its length; for a working limit only the
/// working time it covers is given back.
/// </summary>
public sealed class DeadlineCalculator(WorkCalendar calendar)
{
    public WorkCalendar Calendar => calendar;

    /// <summary>The limit plus its extensions, in the limit's kind of time.</summary>
    public TimeSpan Allowed(Deadline deadline)
    {
        ArgumentNullException.ThrowIfNull(deadline);
        return deadline.Extensions.Aggregate(deadline.Limit.Measure(calendar), (sum, extension) => sum + extension.Measure(calendar));
    }

    /// <summary>Counted time from the start to <paramref name="now"/>, suspensions excluded.</summary>
    public TimeSpan Used(Deadline deadline, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(deadline);
        var used = Measure(deadline.Kind, deadline.Start, now);
        foreach (var (from, to) in Stops(deadline, now))
        {
            used -= Measure(deadline.Kind, from, to < now ? to : now);
        }

        return used;
    }

    /// <summary>
    /// The last instant at which the allowed time is not yet exceeded, so that closing at it is on time
    /// and the light turns red just after it. Usually that is simply when the allowed time runs out; but
    /// when it runs out exactly at a window's end (or where a suspension begins) no counted time passes
    /// until the next window opens (or the case resumes), so the due instant is that later one: two
    /// working hours from 16:00 are due at 08:30 the next working day, not at 18:00. While a suspension
    /// is still running it is taken to end at <paramref name="asOf"/>: the due instant if the case
    /// resumed then.
    /// </summary>
    public DateTimeOffset DueAt(Deadline deadline, DateTimeOffset asOf)
    {
        ArgumentNullException.ThrowIfNull(deadline);
        var stops = Stops(deadline, asOf);
        var remaining = Allowed(deadline);
        var cursor = deadline.Start.ToUniversalTime();
        DateTimeOffset? runsOut = null;
        foreach (var (from, to) in stops)
        {
            var available = Measure(deadline.Kind, cursor, from);
            if (remaining <= available)
            {
                runsOut = Advance(deadline.Kind, cursor, remaining);
                break;
            }

            remaining -= available;
            cursor = to;
        }

        runsOut ??= Advance(deadline.Kind, cursor, remaining);
        return NextCountingInstant(deadline.Kind, runsOut.Value, stops);
    }

    /// <summary>Where the step stands at <paramref name="now"/>: used and remaining time, light, due instant.</summary>
    public DeadlineProgress Evaluate(Deadline deadline, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(deadline);
        var allowed = Allowed(deadline);
        var used = Used(deadline, now);
        return new DeadlineProgress(
            deadline.Kind,
            allowed,
            used,
            allowed - used,
            used / allowed,
            TrafficLights.For(used, allowed),
            DueAt(deadline, now),
            deadline.Suspensions.Any(s => s.Covers(now)));
    }

    /// <summary>
    /// The suspensions as UTC intervals after the start, a running one ending at <paramref name="asOf"/>,
    /// sorted and merged so that overlapping approvals are not given back twice.
    /// </summary>
    static List<(DateTimeOffset From, DateTimeOffset To)> Stops(Deadline deadline, DateTimeOffset asOf)
    {
        var start = deadline.Start.ToUniversalTime();
        var merged = new List<(DateTimeOffset From, DateTimeOffset To)>();
        foreach (var suspension in deadline.Suspensions)
        {
            var from = (suspension.From > start ? suspension.From : start).ToUniversalTime();
            var to = (suspension.To ?? (asOf > suspension.From ? asOf : suspension.From)).ToUniversalTime();
            if (to <= from)
            {
                continue;
            }

            if (merged.Count > 0 && from <= merged[^1].To)
            {
                merged[^1] = (merged[^1].From, to > merged[^1].To ? to : merged[^1].To);
            }
            else
            {
                merged.Add((from, to));
            }
        }

        return merged;
    }

    DateTimeOffset NextCountingInstant(TimeKind kind, DateTimeOffset instant, List<(DateTimeOffset From, DateTimeOffset To)> stops)
    {
        while (true)
        {
            instant = kind == TimeKind.Working ? calendar.NextWorkingInstant(instant) : instant.ToUniversalTime();
            var stop = stops.FindIndex(s => s.From <= instant && instant < s.To);
            if (stop < 0)
            {
                return instant;
            }

            instant = stops[stop].To;
        }
    }

    TimeSpan Measure(TimeKind kind, DateTimeOffset from, DateTimeOffset to) => kind switch
    {
        TimeKind.Working => calendar.WorkingTimeBetween(from, to),
        _ => to > from ? to - from : TimeSpan.Zero,
    };

    DateTimeOffset Advance(TimeKind kind, DateTimeOffset from, TimeSpan amount) => kind switch
    {
        TimeKind.Working => calendar.AddWorkingTime(from, amount),
        _ => (from + amount).ToUniversalTime(),
    };
}
