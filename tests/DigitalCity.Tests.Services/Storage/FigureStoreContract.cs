using DigitalCity.Publicity.Figures;
using DigitalCity.Publicity.Storage;

namespace DigitalCity.Tests.Services.Storage;

/// <summary>What every adapter of <see cref="IFigureStore"/> must do.</summary>
public abstract class FigureStoreContract
{
    protected abstract IFigureStore Store { get; }

    [Fact]
    public async Task A_fact_is_recorded_once_per_event()
    {
        var fact = new FigureFact(Guid.NewGuid(), new DateOnly(2023, 1, 22), Metrics.CasesReported);

        Assert.True(await Store.RecordAsync(fact, default));
        Assert.False(await Store.RecordAsync(fact, default));
    }

    [Fact]
    public async Task Facts_are_counted_per_day_and_metric()
    {
        var day = new DateOnly(2023, 1, 23);
        await Store.RecordAsync(new FigureFact(Guid.NewGuid(), day, Metrics.CasesReported), default);
        await Store.RecordAsync(new FigureFact(Guid.NewGuid(), day, Metrics.CasesReported), default);
        await Store.RecordAsync(new FigureFact(Guid.NewGuid(), day, Metrics.CasesHandled), default);
        await Store.RecordAsync(new FigureFact(Guid.NewGuid(), day.AddDays(1), Metrics.CasesReported), default);

        var counts = await Store.CountByMetricAsync(day, default);

        Assert.Equal(2, counts[Metrics.CasesReported]);
        Assert.Equal(1, counts[Metrics.CasesHandled]);
        Assert.False(counts.ContainsKey(Metrics.SanitationTasksCompleted));
    }
}
