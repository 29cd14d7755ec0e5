namespace DigitalCity.Inspection.Deadlines;

/// <summary>亮灯 — the colour a step shows on the supervision screen, by the share of its limit used.</summary>
public enum TrafficLight
{
    /// <summary>绿灯 — below 80 % used.</summary>
    Green,

    /// <summary>黄灯 — from 80 % up to and including 100 %: about to run out.</summary>
    Yellow,

    /// <summary>红灯 — above 100 %: overdue.</summary>
    Red,
}

/// <summary>The thresholds of domain §4, compared on exact ticks so 80 % is never lost to rounding.</summary>
public static class TrafficLights
{
    public static TrafficLight For(TimeSpan used, TimeSpan limit)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(limit, TimeSpan.Zero);
        if (used > limit)
        {
            return TrafficLight.Red;
        }

        return (Int128)used.Ticks * 5 >= (Int128)limit.Ticks * 4 ? TrafficLight.Yellow : TrafficLight.Green;
    }
}
