using DigitalCity.Sanitation.Overflow;
using DigitalCity.Sanitation.Overflow.Storage;
using DigitalCity.ServiceDefaults.Domain;
using Microsoft.Extensions.Time.Testing;

namespace DigitalCity.Tests.Services.Storage;

/// <summary>What every adapter of <see cref="IBinLevelStore"/> must do.</summary>
public abstract class BinLevelStoreContract
{
    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2023, 1, 22, 1, 0, 0, TimeSpan.Zero));

    protected abstract IBinLevelStore Store { get; }

    BinLevel Read(string code, string readingId, int percent)
    {
        var level = BinLevel.For(code, Time);
        level.Record(new BinReading(readingId, percent, Time.GetUtcNow()), "240L", 85, Time);
        return level;
    }

    [Fact]
    public async Task A_level_round_trips_with_its_remembered_readings()
    {
        var level = Read("LB-410802-0001", "r-1", 92);
        await Store.SaveAsync(level, default);

        var found = (await Store.FindAsync("LB-410802-0001", default))!;

        Assert.Equal((92, 85, true, "240L", "r-1"), (found.FillLevelPercent, found.ThresholdPercent, found.Overflowing, found.BinType, found.ReadingId));
        Assert.Equal(["r-1"], found.RecentReadingIds);
        Assert.Equal(ReadingOutcome.Duplicate, found.Record(new BinReading("r-1", 10, Time.GetUtcNow()), "240L", 85, Time));
        Assert.Null(await Store.FindAsync("LB-nothing", default));
    }

    [Fact]
    public async Task A_bin_has_one_level_and_a_stale_copy_conflicts()
    {
        await Store.SaveAsync(Read("LB-410802-0002", "r-1", 10), default);
        await Assert.ThrowsAsync<DuplicateKeyException>(() => Store.SaveAsync(Read("LB-410802-0002", "r-2", 20), default));

        var one = (await Store.FindAsync("LB-410802-0002", default))!;
        var other = (await Store.FindAsync("LB-410802-0002", default))!;
        one.Record(new BinReading("r-3", 50, Time.GetUtcNow().AddMinutes(1)), "240L", 85, Time);
        await Store.SaveAsync(one, default);
        other.Record(new BinReading("r-4", 60, Time.GetUtcNow().AddMinutes(2)), "240L", 85, Time);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Store.SaveAsync(other, default));
        Assert.Equal(50, (await Store.FindAsync("LB-410802-0002", default))!.FillLevelPercent);
    }

    [Fact]
    public async Task Levels_are_listed_by_bin_code()
    {
        foreach (var code in new[] { "LB-3", "LB-1", "LB-2" })
        {
            await Store.SaveAsync(Read(code, "r", 10), default);
        }

        var page = await Store.ListAsync(new PageRequest(1, 2), default);

        Assert.Equal(["LB-1", "LB-2"], page.Items.Select(l => l.BinCode));
        Assert.Equal(3, page.Total);
    }
}
