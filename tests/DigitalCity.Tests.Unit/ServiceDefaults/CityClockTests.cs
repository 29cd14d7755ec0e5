using DigitalCity.ServiceDefaults.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace DigitalCity.Tests.Unit.ServiceDefaults;

public class CityClockTests
{
    [Fact]
    public void Days_are_counted_in_the_city_time_zone()
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
        var clock = new CityClock(zone, new FakeTimeProvider(new DateTimeOffset(2023, 1, 21, 16, 30, 0, TimeSpan.Zero)));

        // 16:30 UTC on 21 January is 00:30 on 22 January (Spring Festival) in Jiaozuo.
        Assert.Equal(new DateOnly(2023, 1, 22), clock.Today);
        Assert.Equal(new DateOnly(2023, 1, 21), clock.DayOf(new DateTimeOffset(2023, 1, 21, 15, 59, 0, TimeSpan.Zero)));
    }
}
