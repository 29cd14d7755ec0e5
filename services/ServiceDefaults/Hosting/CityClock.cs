using Microsoft.Extensions.Configuration;

namespace DigitalCity.ServiceDefaults.Hosting;

/// <summary>
/// The city's local time. Everything is stored in UTC; days, working hours and daily figures are
/// counted in the city's time zone (<c>City:TimeZone</c>, Asia/Shanghai by default).
/// </summary>
public sealed class CityClock(TimeZoneInfo zone, TimeProvider time)
{
    public const string TimeZoneKey = "City:TimeZone";

    public TimeZoneInfo Zone => zone;

    public DateOnly Today => DayOf(time.GetUtcNow());

    /// <summary>The instant as the city's clocks show it, with the city's offset.</summary>
    public DateTimeOffset InCity(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, zone);

    public DateOnly DayOf(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);

    /// <summary>The instant the city-local <paramref name="day"/> begins.</summary>
    public DateTimeOffset StartOf(DateOnly day)
    {
        var midnight = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(midnight, zone.GetUtcOffset(midnight));
    }

    public static CityClock FromConfiguration(IConfiguration configuration, TimeProvider time) =>
        new(TimeZoneInfo.FindSystemTimeZoneById(configuration[TimeZoneKey] ?? "Asia/Shanghai"), time);
}
