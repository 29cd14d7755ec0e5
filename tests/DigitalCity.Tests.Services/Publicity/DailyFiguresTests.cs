using DigitalCity.Contracts;
using DigitalCity.Contracts.Inspection;
using DigitalCity.Publicity.Figures;
using DigitalCity.Publicity.Host;
using DigitalCity.ServiceDefaults.Security;
using DigitalCity.Tests.Services.Support;
using MassTransit;

namespace DigitalCity.Tests.Services.Publicity;

public class DailyFiguresTests
{
    [Fact]
    public async Task A_redelivered_event_is_counted_once_on_its_city_day()
    {
        using var data = new TempDirectory();
        using var factory = new ServiceFactory<PublicityHost>(data.Path);
        var editor = factory.ClientFor("editor-1", Roles.PublicityEditor);
        // 17:00 UTC on 21 January 2023 is already 22 January in Jiaozuo.
        var reported = new CaseReported(Guid.NewGuid(), new DateTimeOffset(2023, 1, 21, 17, 0, 0, TimeSpan.Zero), Guid.NewGuid(), "n", "E0102",
            "暴露垃圾", new GeoPoint(113.2, 35.2), "a", "d", [], "officer-1");

        await factory.Harness.Bus.Publish(reported);
        await factory.Harness.Bus.Publish(reported);
        await factory.Harness.ConsumedAsync<CaseReported>(m => m.EventId == reported.EventId, count: 2);

        var figures = await (await editor.GetAsync("/api/publicity/figures/daily?date=2023-01-22")).ReadAsync<GetDailyFigures.DailyFigures>();
        Assert.Equal(1, figures.Figures[Metrics.CasesReported]);
        var dayBefore = await (await editor.GetAsync("/api/publicity/figures/daily?date=2023-01-21")).ReadAsync<GetDailyFigures.DailyFigures>();
        Assert.Equal(0, dayBefore.Figures[Metrics.CasesReported]);
    }
}
