using DigitalCity.Contracts.Inspection;
using DigitalCity.Inspection.Campaigns.Visits;
using DigitalCity.ServiceDefaults.Domain;
using static DigitalCity.Tests.Unit.Inspection.Campaigns.CampaignData;

namespace DigitalCity.Tests.Unit.Inspection.Campaigns;

public sealed class InspectionVisitTests
{
    readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider _time = TestData.Clock();

    [Fact]
    public void Each_failed_item_becomes_a_hazard_and_an_on_the_spot_fix_closes_it_at_the_visit()
    {
        var campaign = GasCampaign(_time);
        var visit = Visit(campaign, Group(campaign, _time), _time, ("extinguisher", OnTheSpot), ("metal-hose", By(_time.GetUtcNow().AddDays(3))));

        Assert.Equal(2, visit.Hazards.Count);
        var extinguisher = visit.Hazards.Single(h => h.ItemCode == "extinguisher");
        Assert.Equal(HazardStatus.Rectified, extinguisher.Status);
        Assert.Equal(["fixed.jpg"], extinguisher.EvidencePhotoRefs);
        var hose = visit.Hazards.Single(h => h.ItemCode == "metal-hose");
        Assert.Equal(HazardStatus.AwaitingRectification, hose.Status);
        Assert.Equal(hose.DueAt, visit.NextDueAt);
        Assert.Equal(1, visit.OpenHazardCount);

        var events = visit.PendingEvents();
        var completed = Assert.Single(events.OfType<InspectionCompleted>());
        Assert.Equal((10, 2), (completed.ItemsChecked, completed.HazardsFound));
        Assert.Equal(2, events.OfType<HazardFound>().Count());
        Assert.Equal(2, events.OfType<RectificationOrdered>().Count());
        var rectified = Assert.Single(events.OfType<HazardRectified>());
        Assert.True(rectified.Immediate);
        Assert.Equal(extinguisher.Id, rectified.HazardId);
    }

    [Fact]
    public void A_reinspection_confirms_a_fix_late_when_the_due_instant_had_passed()
    {
        var campaign = GasCampaign(_time);
        var visit = Visit(campaign, Group(campaign, _time), _time, ("metal-hose", By(_time.GetUtcNow().AddDays(1))));
        var hazard = visit.Hazards[0];
        visit.MarkPersisted(1);

        _time.Advance(TimeSpan.FromDays(2));
        visit.Reinspect(hazard.Id, "officer-2", true, "已更换金属软管", ["after.jpg"], null, NewYearsDay.AddDays(2), _time);

        Assert.Equal(HazardStatus.Rectified, hazard.Status);
        Assert.True(hazard.RectifiedLate);
        Assert.Null(visit.NextDueAt);
        var rectified = Assert.Single(visit.PendingEvents().OfType<HazardRectified>());
        Assert.False(rectified.Immediate);
        Assert.True(rectified.Late);
        Assert.Equal(NewYearsDay.AddDays(2), rectified.Day);
    }

    [Fact]
    public void A_failed_reinspection_orders_the_hazard_again_and_reopens_one_fixed_before()
    {
        var campaign = GasCampaign(_time);
        var visit = Visit(campaign, Group(campaign, _time), _time, ("extinguisher", OnTheSpot));
        var hazard = visit.Hazards[0];
        visit.MarkPersisted(1);

        var due = _time.GetUtcNow().AddDays(5);
        visit.Reinspect(hazard.Id, "officer-2", false, "灭火器又过期", ["again.jpg"], due, NewYearsDay, _time);

        Assert.Equal(HazardStatus.AwaitingRectification, hazard.Status);
        Assert.Equal(2, hazard.Round);
        Assert.Equal(due, hazard.DueAt);
        var ordered = Assert.Single(visit.PendingEvents().OfType<RectificationOrdered>());
        Assert.Equal((2, false), (ordered.Round, ordered.Immediate));
    }

    [Fact]
    public void Confirming_a_hazard_already_rectified_is_an_illegal_transition_naming_its_state()
    {
        var campaign = GasCampaign(_time);
        var visit = Visit(campaign, Group(campaign, _time), _time, ("extinguisher", OnTheSpot));

        var refused = Assert.Throws<InvalidTransitionException>(() =>
            visit.Reinspect(visit.Hazards[0].Id, "officer-2", true, null, ["x.jpg"], null, NewYearsDay, _time));
        Assert.StartsWith(nameof(HazardStatus.Rectified), refused.CurrentState, StringComparison.Ordinal);
    }

    [Fact]
    public void An_overdue_rectification_is_flagged_once_per_order_with_its_case()
    {
        var campaign = GasCampaign(_time);
        var visit = Visit(campaign, Group(campaign, _time), _time, ("leak-alarm", By(_time.GetUtcNow().AddHours(4))));
        var hazard = visit.Hazards[0];
        visit.MarkPersisted(1);

        Assert.Empty(visit.MarkOverdue(NewYearsDay, new Dictionary<Guid, Guid>(), _time));
        _time.Advance(TimeSpan.FromHours(5));
        var caseId = Guid.NewGuid();
        Assert.Single(visit.MarkOverdue(NewYearsDay, new Dictionary<Guid, Guid> { [hazard.Id] = caseId }, _time));
        Assert.Empty(visit.MarkOverdue(NewYearsDay, new Dictionary<Guid, Guid>(), _time));

        Assert.Equal(HazardStatus.Overdue, hazard.Status);
        Assert.Equal(caseId, hazard.CaseId);
        Assert.Null(visit.NextDueAt);
        Assert.Equal(1, visit.OpenHazardCount);
        var overdue = Assert.Single(visit.PendingEvents().OfType<RectificationOverdue>());
        Assert.Equal((caseId, 1), (overdue.CaseId, overdue.Round));
    }
}
