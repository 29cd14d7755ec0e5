using DigitalCity.Contracts;
using DigitalCity.Contracts.Inspection;
using DigitalCity.Inspection.Places;
using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Outbox;
using Microsoft.Extensions.Time.Testing;

namespace DigitalCity.Tests.Services.Inspection.Places;

/// <summary>What every adapter of <see cref="IGridImportStore"/> must do, including its outbox side.</summary>
public abstract class GridImportStoreContract
{
    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2023, 1, 22, 1, 0, 0, TimeSpan.Zero));

    protected abstract IGridImportStore Store { get; }

    protected abstract IOutboxStore Outbox { get; }

    GridImport NewImport(long number, string geoJson, string by = "admin-1")
    {
        var directory = JiaozuoPlaces.CreateDirectory();
        var features = GridGeoJsonImporter.ImportFeatures(geoJson, directory.Profile);
        Assert.True(features.Succeeded, string.Join("; ", features.Errors));
        var plan = GridImportPlanner.Plan(directory, features.Value);
        Assert.True(plan.Succeeded, string.Join("; ", plan.Errors));
        return GridImport.Record(number, plan.Value, by, Time);
    }

    [Fact]
    public async Task Nothing_stored_loads_no_imports_and_number_zero()
    {
        Assert.Empty(await Store.LoadAllAsync(default));
        Assert.Equal(0, await Store.LatestNumberAsync(default));
    }

    [Fact]
    public async Task Saved_imports_load_in_number_order_with_every_field()
    {
        var first = NewImport(1, GridFiles.NewStreet());
        var second = NewImport(2, GridFiles.Collection(GridFiles.Square("41080200100101", 113.225, 35.235, name: "站前社区01网格（新）")), "admin-2");
        await Store.SaveAsync(first, default);
        await Store.SaveAsync(second, default);

        var loaded = await Store.LoadAllAsync(default);

        Assert.Equal([1L, 2L], loaded.Select(i => i.Number));
        Assert.Equal(2, await Store.LatestNumberAsync(default));
        var one = loaded[0];
        Assert.Equal((first.Id, "admin-1", Time.GetUtcNow(), 1L), (one.Id, one.ImportedBy, one.ImportedAt, one.Version));
        Assert.Equal([new Street("410811003", "新城街道", "410811")], one.Streets);
        Assert.Equal([new Community("410811003001", "新城社区", "410811003")], one.Communities);
        Assert.Equal(["41081100300101", "41081100300102"], one.Created);
        Assert.Empty(one.Replaced);
        var grid = one.Grids[0].ToUnitGrid();
        Assert.Equal(("41081100300101", "新城社区01网格", "410811003001"), (grid.Code, grid.Name, grid.CommunityCode));
        Assert.True(grid.Boundary.Contains(new GeoPoint(113.275, 35.255)));
        Assert.False(grid.Boundary.Contains(new GeoPoint(113.285, 35.255)));
        Assert.Equal(["41080200100101"], loaded[1].Replaced);
        Assert.Empty(one.PendingEvents());
    }

    [Fact]
    public async Task An_import_under_a_taken_number_is_a_concurrency_conflict_and_writes_no_events()
    {
        await Store.SaveAsync(NewImport(1, GridFiles.NewStreet()), default);
        var late = NewImport(1, GridFiles.NewStreet("另一个名字"));

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Store.SaveAsync(late, default));

        Assert.Equal("新城社区01网格", Assert.Single(await Store.LoadAllAsync(default)).Grids[0].Name);
        Assert.Single(await Pending());
    }

    [Fact]
    public async Task An_import_waits_in_the_outbox_under_its_event_id()
    {
        var import = NewImport(1, GridFiles.NewStreet());
        var imported = Assert.IsType<GridsImported>(Assert.Single(import.PendingEvents()));

        await Store.SaveAsync(import, default);

        var message = Assert.Single(await Pending());
        Assert.Equal(imported.EventId, message.MessageId);
        Assert.Equal(EventTypes.NameOf(typeof(GridsImported)), message.EventType);
        var restored = Assert.IsType<GridsImported>(message.Deserialize());
        Assert.Equal(("admin-1", 1L, 2, 0, 1, 1), (restored.ImportedBy, restored.ImportNumber, restored.Created, restored.Replaced, restored.StreetsCreated, restored.CommunitiesCreated));
        Assert.Equal(["41081100300101", "41081100300102"], restored.GridCodes);
    }

    /// <summary>The pending events of grid imports, claimed and given back so the store is left as it was.</summary>
    async Task<IReadOnlyList<OutboxMessage>> Pending()
    {
        var now = Time.GetUtcNow();
        var claimed = await Outbox.ClaimPendingAsync(10_000, now, now.AddMinutes(1), default);
        await Outbox.ReleaseAsync(claimed, default);
        return [.. claimed.Where(m => m.EventType == EventTypes.NameOf(typeof(GridsImported)))];
    }
}
