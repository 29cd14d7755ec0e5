using DigitalCity.Contracts.Inspection;
using DigitalCity.Inspection.Categories;
using DigitalCity.Inspection.DispatchRules;
using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Outbox;
using Microsoft.Extensions.Time.Testing;

namespace DigitalCity.Tests.Services.Inspection.DispatchRules;

/// <summary>What every adapter of <see cref="IDispatchRuleStore"/> must do, including its outbox side.</summary>
public abstract class DispatchRuleStoreContract
{
    protected static CategoryCatalog Catalog { get; } = CategoryCatalog.LoadSeed();

    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2023, 1, 22, 1, 0, 0, TimeSpan.Zero));

    protected abstract IDispatchRuleStore Store { get; }

    protected abstract IOutboxStore Outbox { get; }

    static DispatchRule Rule(int order, string department, params string[] categories) =>
        new($"rule-{order}", order, $"rule {order}", categories, [], [], [], department, "4 WorkingHours");

    [Fact]
    public async Task Nothing_stored_loads_the_seed_at_version_zero()
    {
        var set = await Store.LoadAsync(default);

        Assert.Equal(0, set.Version);
        Assert.Equal(DispatchRuleSeed.Rules(Catalog).Select(r => r.Id), set.Rules.Select(r => r.Id));
    }

    [Fact]
    public async Task A_saved_rule_set_is_loaded_with_every_field()
    {
        var set = await Store.LoadAsync(default);
        set.Replace(
        [
            new DispatchRule("gas-urgent", 10, "燃气", ["E0403"], ["410811"], ["41081100100101"], ["泄漏"], "gas", "4 Hours", "1 Hours", Enabled: false),
            Rule(20, "sanitation", "E01"),
        ], "dispatcher-1", Time);

        await Store.SaveAsync(set, default);
        var loaded = await Store.LoadAsync(default);

        Assert.Equal(1, loaded.Version);
        Assert.Equal(("dispatcher-1", Time.GetUtcNow()), (loaded.ChangedBy, loaded.ChangedAt));
        var gas = loaded.Rules[0];
        Assert.Equal(("gas-urgent", 10, "燃气", "gas", "4 Hours", "1 Hours", false), (gas.Id, gas.Order, gas.Name, gas.Department, gas.HandlingLimit, gas.UrgentLimit, gas.Enabled));
        Assert.Equal(["E0403"], gas.CategoryCodes);
        Assert.Equal(["410811"], gas.DistrictCodes);
        Assert.Equal(["41081100100101"], gas.GridCodes);
        Assert.Equal(["泄漏"], gas.Keywords);
        Assert.Equal("sanitation", loaded.Suggest("E0102", null, null, "")!.Department);
        Assert.Empty(loaded.PendingEvents());
    }

    [Fact]
    public async Task Each_save_increments_the_version()
    {
        var set = await Store.LoadAsync(default);
        set.Replace([Rule(10, "sanitation")], "dispatcher-1", Time);
        await Store.SaveAsync(set, default);

        var loaded = await Store.LoadAsync(default);
        loaded.Replace([Rule(10, "roads")], "lead-1", Time);
        await Store.SaveAsync(loaded, default);

        Assert.Equal(2, loaded.Version);
        Assert.Equal(2, (await Store.LoadAsync(default)).Version);
    }

    [Fact]
    public async Task A_stale_save_is_a_concurrency_conflict_and_writes_no_events()
    {
        var seed = await Store.LoadAsync(default);
        seed.Replace([Rule(10, "sanitation")], "dispatcher-1", Time);
        await Store.SaveAsync(seed, default);
        var first = await Store.LoadAsync(default);
        var second = await Store.LoadAsync(default);
        first.Replace([Rule(10, "first")], "dispatcher-1", Time);
        second.Replace([Rule(10, "second")], "dispatcher-2", Time);
        await Store.SaveAsync(first, default);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Store.SaveAsync(second, default));

        Assert.Equal("first", (await Store.LoadAsync(default)).Rules[0].Department);
        Assert.Equal(2, (await Pending()).Count);
    }

    [Fact]
    public async Task Two_first_saves_of_the_seed_conflict_instead_of_making_two_rule_sets()
    {
        var first = await Store.LoadAsync(default);
        var second = await Store.LoadAsync(default);
        first.Replace([Rule(10, "first")], "dispatcher-1", Time);
        second.Replace([Rule(10, "second")], "dispatcher-2", Time);
        await Store.SaveAsync(first, default);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Store.SaveAsync(second, default));

        Assert.Equal("first", (await Store.LoadAsync(default)).Rules[0].Department);
    }

    [Fact]
    public async Task A_change_waits_in_the_outbox_under_its_event_id()
    {
        var set = await Store.LoadAsync(default);
        set.Replace([Rule(10, "sanitation"), Rule(20, "roads")], "lead-1", Time);
        var changed = Assert.IsType<DispatchRulesChanged>(Assert.Single(set.PendingEvents()));

        await Store.SaveAsync(set, default);

        var message = Assert.Single(await Pending());
        Assert.Equal(changed.EventId, message.MessageId);
        Assert.Equal(EventTypes.NameOf(typeof(DispatchRulesChanged)), message.EventType);
        var restored = Assert.IsType<DispatchRulesChanged>(message.Deserialize());
        Assert.Equal((2, "lead-1"), (restored.RuleCount, restored.ChangedBy));
    }

    /// <summary>The rule set's pending events, claimed and given back so the store is left as it was.</summary>
    async Task<IReadOnlyList<OutboxMessage>> Pending()
    {
        var now = Time.GetUtcNow();
        var claimed = await Outbox.ClaimPendingAsync(10_000, now, now.AddMinutes(1), default);
        await Outbox.ReleaseAsync(claimed, default);
        return [.. claimed.Where(m => m.AggregateId == DispatchRuleSet.RuleSetId.ToString())];
    }
}
