using DigitalCity.Contracts;
using DigitalCity.Contracts.Sanitation.Maintenance;
using DigitalCity.Sanitation.Facilities;
using DigitalCity.Sanitation.Maintenance;
using DigitalCity.ServiceDefaults.Domain;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Time.Testing;

namespace DigitalCity.Tests.Unit.Sanitation;

/// <summary>Maintenance work orders: Open → Done or Cancelled, and overdue once.</summary>
public class MaintenanceOrderTests
{
    readonly FakeTimeProvider _time = TestData.Clock();

    Facility Toilet(bool retired = false)
    {
        var toilet = Facility.Register("WC-410811-0003", new FacilityDetails(FacilityKind.PublicToilet, "人民公园公厕", "410811", new GeoPoint(113.25, 35.21), "人民公园东门"), "sup-1", _time);
        if (retired)
        {
            toilet.Update(toilet.Details(), true, "sup-1", _time);
        }

        return toilet;
    }

    MaintenanceOrder Opened(MaintenancePriority priority = MaintenancePriority.High)
    {
        var order = MaintenanceOrder.Open(Toilet(), new MaintenanceRequest("冲水阀损坏", ["broken.jpg"], priority, _time.GetUtcNow().AddHours(4), "crew-7"), "sup-1", _time);
        order.MarkPersisted(1);
        return order;
    }

    [Fact]
    public void Opening_an_order_copies_the_facility_and_announces_it()
    {
        var order = MaintenanceOrder.Open(Toilet(), new MaintenanceRequest("冲水阀损坏", ["broken.jpg"], MaintenancePriority.Urgent, _time.GetUtcNow().AddHours(4), "crew-7"), "sup-1", _time);

        Assert.Equal((MaintenanceStatus.Open, "WC-410811-0003", FacilityKind.PublicToilet, "410811"), (order.Status, order.FacilityCode, order.FacilityKind, order.DistrictCode));
        var opened = Assert.IsType<MaintenanceOrderOpened>(Assert.Single(order.PendingEvents()));
        Assert.Equal((order.Id, "PublicToilet", "Urgent", "crew-7", "sup-1"), (opened.OrderId, opened.FacilityKind, opened.Priority, opened.AssigneeId, opened.OpenedBy));
    }

    [Fact]
    public void An_order_is_not_opened_for_a_retired_facility_or_due_in_the_past()
    {
        var request = new MaintenanceRequest("x", [], MaintenancePriority.Low, _time.GetUtcNow().AddHours(1), "crew-7");

        Assert.Throws<InvalidTransitionException>(() => MaintenanceOrder.Open(Toilet(retired: true), request, "sup-1", _time));
        Assert.Throws<ArgumentException>(() => MaintenanceOrder.Open(Toilet(), request with { DueAt = _time.GetUtcNow() }, "sup-1", _time));
    }

    [Fact]
    public void The_assignee_completes_it_with_the_result_and_photos()
    {
        var order = Opened();

        order.Complete("crew-7", false, "已更换冲水阀", ["fixed.jpg"], _time);

        Assert.Equal((MaintenanceStatus.Done, "crew-7", "已更换冲水阀"), (order.Status, order.CompletedBy, order.Result));
        var completed = Assert.IsType<MaintenanceOrderCompleted>(Assert.Single(order.PendingEvents()));
        Assert.Equal(["fixed.jpg"], completed.PhotoRefs);
        Assert.False(completed.Late);
    }

    [Fact]
    public void Another_staff_member_cannot_complete_it_but_a_supervisor_can()
    {
        var order = Opened();

        Assert.Throws<AccessDeniedException>(() => order.Complete("crew-8", false, "x", [], _time));
        Assert.Equal(MaintenanceStatus.Open, order.Status);
        order.Complete("sup-1", true, "主管现场确认已修复", [], _time);
        Assert.Equal(MaintenanceStatus.Done, order.Status);
    }

    [Fact]
    public void A_done_order_cannot_be_completed_again_or_cancelled()
    {
        var order = Opened();
        order.Complete("crew-7", false, "ok", [], _time);

        Assert.Equal("Done", Assert.Throws<InvalidTransitionException>(() => order.Complete("crew-7", false, "again", [], _time)).CurrentState);
        Assert.Equal("Done", Assert.Throws<InvalidTransitionException>(() => order.Cancel("sup-1", "late", _time)).CurrentState);
    }

    [Fact]
    public void A_cancelled_order_keeps_the_reason_and_cannot_be_completed()
    {
        var order = Opened();

        order.Cancel("sup-1", "重复报修", _time);

        Assert.Equal((MaintenanceStatus.Cancelled, "重复报修", "sup-1"), (order.Status, order.CancellationReason, order.CancelledBy));
        Assert.IsType<MaintenanceOrderCancelled>(Assert.Single(order.PendingEvents()));
        Assert.Equal("Cancelled", Assert.Throws<InvalidTransitionException>(() => order.Complete("crew-7", false, "x", [], _time)).CurrentState);
    }

    [Fact]
    public void An_open_order_is_flagged_overdue_once_at_its_due_instant()
    {
        var order = Opened();

        _time.Advance(TimeSpan.FromHours(4) - TimeSpan.FromSeconds(1));
        Assert.False(order.MarkOverdue(_time));
        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.True(order.MarkOverdue(_time));
        Assert.False(order.MarkOverdue(_time));

        var overdue = Assert.IsType<MaintenanceOrderOverdue>(Assert.Single(order.PendingEvents()));
        Assert.Equal((order.Id, order.DueAt, "crew-7"), (overdue.OrderId, overdue.DueAt, overdue.AssigneeId));
        _time.Advance(TimeSpan.FromMinutes(30));
        order.Complete("crew-7", false, "ok", [], _time);
        Assert.True(Assert.IsType<MaintenanceOrderCompleted>(order.PendingEvents()[^1]).Late);
    }

    [Fact]
    public void A_closed_order_is_never_overdue()
    {
        var order = Opened();
        order.Cancel("sup-1", "设施已拆除", _time);

        _time.Advance(TimeSpan.FromDays(1));

        Assert.False(order.MarkOverdue(_time));
        Assert.False(order.Overdue);
    }

    static MaintenanceOptions Options(params (string Key, string Value)[] values) =>
        MaintenanceOptions.From(new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => KeyValuePair.Create(v.Key, (string?)v.Value))).Build());

    [Fact]
    public void Due_periods_by_priority_default_and_one_configured_keeps_the_others()
    {
        var options = Options(("Sanitation:Maintenance:DueIn:Urgent", "01:00:00"), ("Sanitation:Maintenance:SweepInterval", "00:00:30"));

        Assert.Equal(TimeSpan.FromHours(1), options.DueIn[MaintenancePriority.Urgent]);
        Assert.Equal((TimeSpan.FromDays(1), TimeSpan.FromDays(3), TimeSpan.FromDays(7)),
            (options.DueIn[MaintenancePriority.High], options.DueIn[MaintenancePriority.Normal], options.DueIn[MaintenancePriority.Low]));
        Assert.Equal(TimeSpan.FromSeconds(30), options.SweepInterval);
    }

    [Theory]
    [InlineData("Sanitation:Maintenance:DueIn:Low", "-1.00:00:00", "DueIn:Low")]
    [InlineData("Sanitation:Maintenance:SweepInterval", "00:00:00", "SweepInterval")]
    [InlineData("Sanitation:Maintenance:SweepPageSize", "0", "SweepPageSize")]
    public void A_bad_maintenance_setting_stops_startup_naming_it(string key, string value, string named)
    {
        Assert.Contains(named, Assert.Throws<InvalidOperationException>(() => Options((key, value))).Message, StringComparison.Ordinal);
    }
}
