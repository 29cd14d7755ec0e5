using DigitalCity.Contracts;
using DigitalCity.Inspection.Campaigns;
using DigitalCity.Inspection.Campaigns.Checklists;
using DigitalCity.Inspection.Campaigns.Figures;
using DigitalCity.Inspection.Campaigns.Groups;
using DigitalCity.Inspection.Campaigns.Storage;
using DigitalCity.Inspection.Campaigns.Visits;
using DigitalCity.Inspection.Cases;
using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Http;
using Microsoft.Extensions.Time.Testing;

namespace DigitalCity.Tests.Services.Storage;

/// <summary>What every adapter of <see cref="ICampaignStore"/> must do.</summary>
public abstract class CampaignStoreContract
{
    static readonly DateOnly NewYearsDay = new(2023, 1, 22);

    readonly FakeTimeProvider _time = new(new DateTimeOffset(2023, 1, 22, 2, 0, 0, TimeSpan.Zero));

    protected abstract ICampaignStore Store { get; }

    Campaign NewCampaign(DateOnly start, DateOnly end) => Campaign.Plan(new CampaignPlan("春节燃气安全", InspectionType.GasSafety, SpecialAction.PublicSafety,
        start, end, ["410811", "410802"], ChecklistSeed.GasSafety, 1, null), "manager-1", _time);

    InspectionVisit NewVisit(Campaign campaign, InspectionGroup group, DateTimeOffset? dueAt, string? idempotencyKey = null)
    {
        var checklist = ChecklistSeed.Templates.Single(t => t.Code == ChecklistSeed.GasSafety);
        var answers = checklist.Items.Select(i => new ChecklistAnswer(i.Code, dueAt is not null && i.Code == "metal-hose" ? AnswerResult.Fail : AnswerResult.Pass, null, [])).ToList();
        var orders = dueAt is null ? [] : new Dictionary<string, RectificationOrder> { ["metal-hose"] = new(RectificationMode.ByDeadline, dueAt, []) };
        return InspectionVisit.Record(new VisitRecord(campaign, group, checklist,
                new VisitedPremises(Guid.NewGuid(), "福满园", "山阳区 塔南路", group.DistrictCode, new GeoPoint(113.25, 35.22)),
                _time.GetUtcNow(), group.Day, group.OfficerIds, answers, orders, []),
            "officer-1", idempotencyKey is null ? null : new IdempotencyStamp($"officer-1|{idempotencyKey}", "f"), _time);
    }

    [Fact]
    public async Task A_campaign_its_groups_and_a_visit_round_trip_and_a_stale_visit_save_conflicts()
    {
        var campaign = NewCampaign(NewYearsDay, NewYearsDay.AddDays(5));
        await Store.SaveCampaignAsync(campaign, default);
        var group = InspectionGroup.Form(campaign, "410811", NewYearsDay, "山阳一组", "officer-1", ["officer-1", "officer-2"], "manager-1", _time);
        await Store.SaveGroupAsync(group, default);
        var visit = NewVisit(campaign, group, _time.GetUtcNow().AddDays(2), "key-1");
        await Store.SaveVisitAsync(visit, default);

        Assert.Equal(campaign.DistrictCodes, (await Store.FindCampaignAsync(campaign.Id, default))!.DistrictCodes);
        Assert.Equal(["officer-1", "officer-2"], (await Store.FindGroupAsync(group.Id, default))!.OfficerIds);
        var loaded = (await Store.FindVisitByIdempotencyKeyAsync("officer-1|key-1", default))!;
        Assert.Equal((visit.Id, 1, HazardStatus.AwaitingRectification), (loaded.Id, loaded.Hazards.Count, loaded.Hazards[0].Status));
        Assert.Equal(NewYearsDay, loaded.Day);

        var stale = (await Store.FindVisitAsync(visit.Id, default))!;
        loaded.Reinspect(loaded.Hazards[0].Id, "officer-2", true, null, ["ok.jpg"], null, NewYearsDay, _time);
        await Store.SaveVisitAsync(loaded, default);
        stale.Reinspect(stale.Hazards[0].Id, "officer-2", true, null, ["ok.jpg"], null, NewYearsDay, _time);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Store.SaveVisitAsync(stale, default));
    }

    [Fact]
    public async Task A_second_visit_with_a_taken_idempotency_key_is_a_duplicate()
    {
        var campaign = NewCampaign(NewYearsDay, NewYearsDay);
        var group = InspectionGroup.Form(campaign, "410811", NewYearsDay, "山阳二组", "officer-1", [], "manager-1", _time);
        await Store.SaveVisitAsync(NewVisit(campaign, group, null, "same"), default);

        await Assert.ThrowsAsync<DuplicateKeyException>(() => Store.SaveVisitAsync(NewVisit(campaign, group, null, "same"), default));
    }

    [Fact]
    public async Task Campaigns_active_on_a_day_groups_by_officer_and_visits_by_filter_are_found()
    {
        var festival = NewCampaign(NewYearsDay, NewYearsDay.AddDays(6));
        var later = NewCampaign(NewYearsDay.AddDays(30), NewYearsDay.AddDays(40));
        await Store.SaveCampaignAsync(festival, default);
        await Store.SaveCampaignAsync(later, default);
        var shanyang = InspectionGroup.Form(festival, "410811", NewYearsDay, "山阳一组", "officer-1", ["officer-1"], "manager-1", _time);
        var jiefang = InspectionGroup.Form(festival, "410802", NewYearsDay.AddDays(1), "解放一组", "officer-7", ["officer-7"], "manager-1", _time);
        await Store.SaveGroupAsync(shanyang, default);
        await Store.SaveGroupAsync(jiefang, default);
        await Store.SaveVisitAsync(NewVisit(festival, shanyang, _time.GetUtcNow().AddDays(1)), default);
        await Store.SaveVisitAsync(NewVisit(festival, shanyang, null), default);
        await Store.SaveVisitAsync(NewVisit(festival, jiefang, null), default);

        var active = await Store.ListCampaignsAsync(NewYearsDay.AddDays(2), new PageRequest(1, 20), default);
        Assert.Contains(active.Items, c => c.Id == festival.Id);
        Assert.DoesNotContain(active.Items, c => c.Id == later.Id);
        Assert.True(await Store.IsCampaignOfficerAsync(festival.Id, "officer-7", default));
        Assert.False(await Store.IsCampaignOfficerAsync(later.Id, "officer-7", default));
        Assert.Equal([jiefang.Id], (await Store.ListGroupsAsync(festival.Id, NewYearsDay.AddDays(1), null, default)).Select(g => g.Id));
        Assert.Equal(2, (await Store.ListVisitsAsync(new VisitFilter(festival.Id, DistrictCode: "410811"), new PageRequest(1, 20), default)).Total);
        Assert.Equal(1, (await Store.ListVisitsAsync(new VisitFilter(festival.Id, OpenHazards: true), new PageRequest(1, 20), default)).Total);
        Assert.Equal(1, (await Store.ListVisitsAsync(new VisitFilter(festival.Id, GroupIds: [jiefang.Id]), new PageRequest(1, 20), default)).Total);
        Assert.Equal(0, (await Store.ListVisitsAsync(new VisitFilter(festival.Id, GroupIds: []), new PageRequest(1, 20), default)).Total);
    }

    [Fact]
    public async Task Visits_due_are_found_by_their_earliest_open_due_instant()
    {
        var campaign = NewCampaign(NewYearsDay, NewYearsDay.AddDays(6));
        var group = InspectionGroup.Form(campaign, "410811", NewYearsDay, "山阳三组", "officer-1", [], "manager-1", _time);
        var soon = NewVisit(campaign, group, _time.GetUtcNow().AddHours(1));
        var later = NewVisit(campaign, group, _time.GetUtcNow().AddDays(3));
        await Store.SaveVisitAsync(soon, default);
        await Store.SaveVisitAsync(later, default);
        await Store.SaveVisitAsync(NewVisit(campaign, group, null), default);

        var due = await Store.FindDueAsync(_time.GetUtcNow().AddHours(2), 10, default);

        Assert.Contains(due, v => v.Id == soon.Id);
        Assert.DoesNotContain(due, v => v.Id == later.Id);
    }

    [Fact]
    public async Task A_daily_summary_is_stored_once()
    {
        var campaign = NewCampaign(NewYearsDay, NewYearsDay);
        var summary = DailySummaryRecord.Publish(campaign, "410811", NewYearsDay, CampaignFigures.Of([]), _time);
        await Store.SaveSummaryAsync(summary, default);

        Assert.NotNull(await Store.FindSummaryAsync(DailySummaryRecord.IdOf(campaign.Id, "410811", NewYearsDay), default));
        await Assert.ThrowsAsync<DuplicateKeyException>(() =>
            Store.SaveSummaryAsync(DailySummaryRecord.Publish(campaign, "410811", NewYearsDay, CampaignFigures.Of([]), _time), default));
    }
}
