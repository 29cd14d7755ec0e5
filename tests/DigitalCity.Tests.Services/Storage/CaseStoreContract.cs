using DigitalCity.Contracts;
using DigitalCity.Contracts.Inspection;
using DigitalCity.Inspection.Cases;
using DigitalCity.Inspection.Categories;
using DigitalCity.Inspection.Storage;
using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Http;
using DigitalCity.ServiceDefaults.Outbox;
using Microsoft.Extensions.Time.Testing;

namespace DigitalCity.Tests.Services.Storage;

/// <summary>What every adapter of <see cref="ICaseStore"/> must do, including its outbox side.</summary>
public abstract class CaseStoreContract
{
    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2023, 1, 22, 1, 0, 0, TimeSpan.Zero));

    protected abstract ICaseStore Store { get; }

    protected abstract IOutboxStore Outbox { get; }

    Case NewCase(string reporter = "officer-1", string? key = null, string? fingerprint = null, CasePlace? place = null)
    {
        Time.Advance(TimeSpan.FromMinutes(1));
        return Case.Report(
            new CaseReport(new GeoPoint(113.2418, 35.2159), "解放区 民主路 12号", "路边暴露垃圾", ["before.jpg"]),
            CategoryCatalog.LoadSeed().Find("E0102")!,
            reporter,
            key is null ? null : new IdempotencyStamp(key, fingerprint ?? "fp"),
            Time,
            place);
    }

    /// <summary>Files the case and dispatches it to sanitation, due in 4 hours (not saved).</summary>
    Case DispatchedToSanitation(Case @case)
    {
        @case.File("lead-1", Urgency.Normal, Time);
        @case.Dispatch("dispatcher-1", [new DepartmentAssignment("sanitation", Time.GetUtcNow().AddHours(4))], Time);
        return @case;
    }

    [Fact]
    public async Task Counts_give_states_unassigned_and_supervised_cases()
    {
        var reporter = $"officer-{Guid.NewGuid():N}";
        var supervised = NewCase(reporter);
        supervised.Supervise("lead-1", "优先", Time);
        var rejected = NewCase(reporter);
        rejected.Reject("operator-1", "not ours", Time);
        var placed = NewCase(reporter, place: new CasePlace("41081100100102", "g", "410811001001", "410811001", "410811", "山阳区"));
        foreach (var c in new[] { supervised, rejected, placed })
        {
            await Store.SaveAsync(c, default);
        }

        var counts = await Store.CountAsync(new CaseFilter(reporter), default);

        Assert.Equal(3, counts.Total);
        Assert.Equal(2, counts.ByStatus[CaseStatus.Reported]);
        Assert.Equal(1, counts.ByStatus[CaseStatus.Rejected]);
        Assert.Equal(2, counts.Unassigned);
        Assert.Equal(1, counts.Supervised);
        Assert.Equal(0, counts.Overdue);
    }

    [Fact]
    public async Task Nearby_open_cases_of_the_category_are_found_nearest_first()
    {
        var near = NewCase();
        var closed = NewCase();
        await Store.SaveAsync(near, default);
        closed.Reject("operator-1", "not ours", Time);
        await Store.SaveAsync(closed, default);
        var point = new GeoPoint(near.Location.Longitude + 0.0002, near.Location.Latitude);

        var found = await Store.FindNearbyOpenAsync("E0102", point, 50, near.ReportedAt.AddMinutes(-1), default);
        var otherCategory = await Store.FindNearbyOpenAsync("E0105", point, 50, near.ReportedAt.AddMinutes(-1), default);
        var tooFar = await Store.FindNearbyOpenAsync("E0102", point, 10, near.ReportedAt.AddMinutes(-1), default);

        Assert.Contains(found, c => c.Id == near.Id && c.DistanceMeters is > 15 and < 25);
        Assert.DoesNotContain(found, c => c.Id == closed.Id);
        Assert.DoesNotContain(otherCategory, c => c.Id == near.Id);
        Assert.DoesNotContain(tooFar, c => c.Id == near.Id);
    }

    [Fact]
    public async Task Lists_filter_by_district_grid_placement_and_period()
    {
        var reporter = $"officer-{Guid.NewGuid():N}";
        var shanyang = new CasePlace("41081100100102", "g", "410811001001", "410811001", "410811", "山阳区");
        var placed = NewCase(reporter, place: shanyang);
        var unplaced = NewCase(reporter);
        await Store.SaveAsync(placed, default);
        await Store.SaveAsync(unplaced, default);

        async Task<IEnumerable<Guid>> Ids(CaseFilter filter) => (await Store.ListAsync(filter, new PageRequest(1, 100), default)).Items.Select(c => c.Id);

        Assert.Equal([placed.Id], await Ids(new CaseFilter(reporter, DistrictCode: "410811")));
        Assert.Equal([placed.Id], await Ids(new CaseFilter(reporter, GridCode: "41081100100102")));
        Assert.Equal([unplaced.Id], await Ids(new CaseFilter(reporter, Unassigned: true)));
        Assert.Equal([placed.Id], await Ids(new CaseFilter(reporter, Unassigned: false)));
        Assert.Equal([unplaced.Id], await Ids(new CaseFilter(reporter, ReportedFrom: unplaced.ReportedAt)));
        Assert.Equal([placed.Id], await Ids(new CaseFilter(reporter, ReportedBefore: unplaced.ReportedAt)));
        Assert.Equal(shanyang, (await Store.FindAsync(placed.Id, default))!.Place);
    }

    [Fact]
    public async Task Saved_case_is_found_with_every_field()
    {
        var @case = DispatchedToSanitation(NewCase());
        @case.RecordHandlingResult(Guid.NewGuid(), "sanitation", "已清运", ["after.jpg"], "crew-7", Time);

        await Store.SaveAsync(@case, default);
        var found = await Store.FindAsync(@case.Id, default);

        Assert.NotNull(found);
        Assert.Equal(1, found.Version);
        Assert.Equal(@case.Number, found.Number);
        Assert.Equal(@case.Location, found.Location);
        Assert.Equal(@case.PhotoRefs, found.PhotoRefs);
        Assert.Equal(@case.ReportedAt, found.ReportedAt);
        Assert.Equal(CaseStatus.Handled, found.Status);
        Assert.NotNull(found.Handling);
        Assert.Equal(@case.Handling!.TaskId, found.Handling.TaskId);
        Assert.Equal(@case.Handling.HandledAt, found.Handling.HandledAt);
        Assert.Equal(@case.Handling.PhotoRefs, found.Handling.PhotoRefs);
        Assert.Equal([@case.Handling.TaskId], found.RecordedTaskIds);
        Assert.Equal(@case.Assignments.Select(a => (a.DepartmentCode, a.Status, a.DueAt)), found.Assignments.Select(a => (a.DepartmentCode, a.Status, a.DueAt)));
        Assert.Equal(@case.History.Select(h => (h.Action, h.At)), found.History.Select(h => (h.Action, h.At)));
        Assert.Empty(found.PendingEvents());
    }

    [Fact]
    public async Task Unknown_id_is_not_found()
    {
        Assert.Null(await Store.FindAsync(Guid.NewGuid(), default));
    }

    [Fact]
    public async Task Each_save_increments_the_version()
    {
        var @case = NewCase();
        await Store.SaveAsync(@case, default);
        var loaded = (await Store.FindAsync(@case.Id, default))!;

        loaded.File("lead-1", Urgency.Normal, Time);
        await Store.SaveAsync(loaded, default);

        Assert.Equal(2, loaded.Version);
        Assert.Equal(2, (await Store.FindAsync(@case.Id, default))!.Version);
    }

    [Fact]
    public async Task A_stale_save_is_a_concurrency_conflict_and_writes_no_events()
    {
        var @case = DispatchedToSanitation(NewCase());
        await Store.SaveAsync(@case, default);
        var first = (await Store.FindAsync(@case.Id, default))!;
        var second = (await Store.FindAsync(@case.Id, default))!;
        first.RecordHandlingResult(Guid.NewGuid(), "sanitation", "first", [], "crew-7", Time);
        second.RecordHandlingResult(Guid.NewGuid(), "sanitation", "second", [], "crew-8", Time);
        await Store.SaveAsync(first, default);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Store.SaveAsync(second, default));

        Assert.Equal("first", (await Store.FindAsync(@case.Id, default))!.Handling!.Result);
        var handledEvents = (await PendingFor(@case.Id)).Where(m => m.EventType == EventTypes.NameOf(typeof(CaseHandled)));
        Assert.Single(handledEvents);
    }

    [Fact]
    public async Task An_idempotency_key_belongs_to_one_case()
    {
        var key = $"officer-1|{Guid.NewGuid()}";
        var first = NewCase(key: key);
        await Store.SaveAsync(first, default);

        await Assert.ThrowsAsync<DuplicateKeyException>(() => Store.SaveAsync(NewCase(key: key), default));

        Assert.Equal(first.Id, (await Store.FindByIdempotencyKeyAsync(key, default))!.Id);
        Assert.Null(await Store.FindByIdempotencyKeyAsync("officer-1|other", default));
    }

    [Fact]
    public async Task Cases_without_a_key_never_collide()
    {
        await Store.SaveAsync(NewCase(), default);
        await Store.SaveAsync(NewCase(), default);
    }

    [Fact]
    public async Task Lists_filter_by_reporter_and_status_and_page_newest_first()
    {
        var reporter = $"officer-{Guid.NewGuid():N}";
        var cases = new List<Case>();
        for (var i = 0; i < 5; i++)
        {
            var @case = NewCase(reporter);
            if (i % 2 == 0)
            {
                @case.SelfHandle(reporter, "done", [], Time);
            }

            await Store.SaveAsync(@case, default);
            cases.Add(@case);
        }

        var firstPage = await Store.ListAsync(new CaseFilter(reporter), new PageRequest(1, 2), default);
        var lastPage = await Store.ListAsync(new CaseFilter(reporter), new PageRequest(3, 2), default);
        var handled = await Store.ListAsync(new CaseFilter(reporter, CaseStatus.Handled), new PageRequest(1, 10), default);

        Assert.Equal(5, firstPage.Total);
        Assert.Equal([cases[4].Id, cases[3].Id], firstPage.Items.Select(c => c.Id));
        Assert.Equal([cases[0].Id], lastPage.Items.Select(c => c.Id));
        Assert.Equal(3, handled.Total);
        Assert.All(handled.Items, c => Assert.Equal(CaseStatus.Handled, c.Status));
    }

    [Fact]
    public async Task Saved_events_wait_in_the_outbox_under_their_event_ids_until_marked_sent()
    {
        var @case = NewCase();
        var reported = Assert.IsType<CaseReported>(Assert.Single(@case.PendingEvents()));

        await Store.SaveAsync(@case, default);
        var pending = await PendingFor(@case.Id);

        var message = Assert.Single(pending);
        Assert.Equal(reported.EventId, message.MessageId);
        Assert.Equal(reported.CaseId, Assert.IsType<CaseReported>(message.Deserialize()).CaseId);

        await Outbox.MarkSentAsync(pending, Time.GetUtcNow(), default);
        Assert.Empty(await PendingFor(@case.Id));
    }

    [Fact]
    public async Task Events_of_one_case_stay_in_the_order_they_were_raised()
    {
        var @case = NewCase();
        await Store.SaveAsync(@case, default);
        @case.SelfHandle("officer-1", "done", [], Time);
        await Store.SaveAsync(@case, default);

        var types = (await PendingFor(@case.Id)).Select(m => m.EventType);

        Assert.Equal([EventTypes.NameOf(typeof(CaseReported)), EventTypes.NameOf(typeof(CaseSelfHandled))], types);
    }

    [Fact]
    public async Task Claimed_events_are_not_handed_to_a_second_dispatcher_until_released()
    {
        var @case = NewCase();
        await Store.SaveAsync(@case, default);
        var now = Time.GetUtcNow();

        var first = await Outbox.ClaimPendingAsync(10_000, now, now.AddMinutes(1), default);
        var second = await Outbox.ClaimPendingAsync(10_000, now, now.AddMinutes(1), default);

        Assert.Contains(first, m => m.AggregateId == @case.Id.ToString());
        Assert.DoesNotContain(second, m => m.AggregateId == @case.Id.ToString());
        await Outbox.ReleaseAsync(first, default);
        Assert.Contains(await Outbox.ClaimPendingAsync(10_000, now, now.AddMinutes(1), default), m => m.AggregateId == @case.Id.ToString());
    }

    [Fact]
    public async Task A_lease_that_expired_with_its_dispatcher_lets_another_take_the_events_over()
    {
        var @case = NewCase();
        await Store.SaveAsync(@case, default);
        var now = Time.GetUtcNow();
        await Outbox.ClaimPendingAsync(10_000, now, now.AddMinutes(1), default);

        var later = await Outbox.ClaimPendingAsync(10_000, now.AddMinutes(2), now.AddMinutes(3), default);

        Assert.Contains(later, m => m.AggregateId == @case.Id.ToString());
    }

    /// <summary>The case's pending events, claimed and given back so the store is left as it was.</summary>
    async Task<IReadOnlyList<OutboxMessage>> PendingFor(Guid caseId)
    {
        var now = Time.GetUtcNow();
        var claimed = await Outbox.ClaimPendingAsync(10_000, now, now.AddMinutes(1), default);
        await Outbox.ReleaseAsync(claimed, default);
        return [.. claimed.Where(m => m.AggregateId == caseId.ToString())];
    }
}
