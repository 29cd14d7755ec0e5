using DigitalCity.Contracts.Inspection;
using DigitalCity.Inspection.Cases;
using DigitalCity.Inspection.ManholeCovers;
using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Http;

namespace DigitalCity.Tests.Unit.Inspection.ManholeCovers;

/// <summary>A defect's repair walked through the cover's methods, and the cover's state following it.</summary>
public class ManholeRepairLifecycleTests
{
    [Fact]
    public void A_defect_is_assigned_repaired_rejected_repaired_again_and_verified_while_the_cover_follows()
    {
        var time = TestData.Clock();
        var cover = Covers.Registered(time);
        Assert.Equal(CoverState.Good, cover.State);

        var defect = cover.ReportDefect(Covers.Report(), "inspector-1", null, time);
        Assert.Equal((DefectStatus.Reported, CoverState.Defective, 1), (defect.Status, cover.State, cover.OpenDefectCount));

        cover.AssignRepair(defect.Id, time.GetUtcNow().AddHours(2), "dispatcher-1", time);
        Assert.Equal((DefectStatus.Assigned, CoverState.Defective), (defect.Status, cover.State));

        cover.StartRepair(defect.Id, Covers.Maintainer, "handler-1", time);
        Assert.Equal((DefectStatus.InRepair, CoverState.UnderRepair, 1), (defect.Status, cover.State, defect.Round));

        cover.CompleteRepair(defect.Id, Covers.Maintainer, "handler-1", "更换井盖", ["after.jpg"], time);
        Assert.Equal((DefectStatus.Repaired, CoverState.UnderRepair, false), (defect.Status, cover.State, defect.RepairedLate));

        cover.RejectRepair(defect.Id, "inspector-1", "仍有松动", [], time);
        Assert.Equal((DefectStatus.InRepair, 2), (defect.Status, defect.Round));

        time.Advance(TimeSpan.FromHours(3));
        cover.CompleteRepair(defect.Id, Covers.Maintainer, "handler-1", null, ["after2.jpg"], time);
        Assert.True(defect.RepairedLate);

        cover.VerifyRepair(defect.Id, "inspector-1", "已整改", [], time);
        Assert.Equal((DefectStatus.Verified, CoverState.Good, 0), (defect.Status, cover.State, cover.OpenDefectCount));
        Assert.Equal(["reported", "assigned", "repair-started", "repaired", "repair-rejected", "repaired", "verified"], defect.History.Select(h => h.Action));
        Assert.Equal(
            [typeof(ManholeCoverRegistered), typeof(ManholeDefectReported), typeof(ManholeRepairAssigned), typeof(ManholeRepairStarted),
                typeof(ManholeRepaired), typeof(ManholeRepairRejected), typeof(ManholeRepaired), typeof(ManholeRepairVerified)],
            cover.PendingEvents().Select(e => e.GetType()));
    }

    [Fact]
    public void Steps_out_of_order_are_invalid_transitions()
    {
        var time = TestData.Clock();
        var cover = Covers.Registered(time);
        var defect = cover.ReportDefect(Covers.Report(), "inspector-1", null, time);

        Assert.Throws<InvalidTransitionException>(() => cover.StartRepair(defect.Id, Covers.Maintainer, "handler-1", time));
        Assert.Throws<InvalidTransitionException>(() => cover.VerifyRepair(defect.Id, "inspector-1", null, [], time));
        cover.AssignRepair(defect.Id, time.GetUtcNow().AddHours(2), "dispatcher-1", time);
        Assert.Throws<InvalidTransitionException>(() => cover.CompleteRepair(defect.Id, Covers.Maintainer, "handler-1", null, ["a.jpg"], time));
        cover.StartRepair(defect.Id, Covers.Maintainer, "handler-1", time);
        Assert.Throws<InvalidTransitionException>(() => cover.AssignRepair(defect.Id, time.GetUtcNow().AddHours(2), "dispatcher-1", time));
        Assert.Throws<InvalidTransitionException>(() => cover.RejectRepair(defect.Id, "inspector-1", "no", [], time));
    }

    [Fact]
    public void Only_the_maintainer_starts_and_completes_a_repair()
    {
        var time = TestData.Clock();
        var cover = Covers.Registered(time);
        var defect = cover.ReportDefect(Covers.Report(), "inspector-1", null, time);
        cover.AssignRepair(defect.Id, time.GetUtcNow().AddHours(2), "dispatcher-1", time);

        Assert.Throws<AccessDeniedException>(() => cover.StartRepair(defect.Id, "gas-company", "handler-2", time));
        Assert.Throws<AccessDeniedException>(() => cover.StartRepair(defect.Id, null, "handler-2", time));
        Assert.Equal(DefectStatus.Assigned, defect.Status);
    }

    [Fact]
    public void A_due_instant_in_the_past_is_refused()
    {
        var time = TestData.Clock();
        var cover = Covers.Registered(time);
        var defect = cover.ReportDefect(Covers.Report(), "inspector-1", null, time);

        var refused = Assert.Throws<ArgumentException>(() => cover.AssignRepair(defect.Id, time.GetUtcNow(), "dispatcher-1", time));
        Assert.Equal("dueAt", refused.ParamName);
    }

    [Fact]
    public void A_second_open_defect_of_the_same_type_is_refused_but_another_type_is_taken()
    {
        var time = TestData.Clock();
        var cover = Covers.Registered(time);
        cover.ReportDefect(Covers.Report("loose"), "inspector-1", null, time);

        Assert.Throws<InvalidTransitionException>(() => cover.ReportDefect(Covers.Report("loose"), "officer-1", null, time));
        cover.ReportDefect(Covers.Report("noisy"), "officer-1", null, time);
        Assert.Equal(2, cover.OpenDefectCount);
    }

    [Fact]
    public void A_removed_cover_takes_no_defects()
    {
        var time = TestData.Clock();
        var cover = Covers.Registered(time, removed: true);

        Assert.Equal(CoverState.Removed, cover.State);
        Assert.Throws<InvalidTransitionException>(() => cover.ReportDefect(Covers.Report(), "inspector-1", null, time));
    }

    [Fact]
    public void A_verified_anti_fall_net_repair_puts_the_net_on_file()
    {
        var time = TestData.Clock();
        var cover = Covers.Registered(time);
        var defect = cover.ReportDefect(Covers.Report(DefectTypes.NoAntiFallNet), "inspector-1", null, time);
        cover.AssignRepair(defect.Id, time.GetUtcNow().AddHours(2), "dispatcher-1", time);
        cover.StartRepair(defect.Id, Covers.Maintainer, "handler-1", time);
        cover.CompleteRepair(defect.Id, Covers.Maintainer, "handler-1", "加装防坠网", ["net.jpg"], time);

        Assert.False(cover.AntiFallNet);
        cover.VerifyRepair(defect.Id, "officer-1", null, [], time);
        Assert.True(cover.AntiFallNet);
    }

    [Fact]
    public void A_defect_keeps_its_idempotency_key_and_campaign()
    {
        var time = TestData.Clock();
        var cover = Covers.Registered(time);
        var campaign = Guid.NewGuid();

        var defect = cover.ReportDefect(Covers.Report(campaignId: campaign), "inspector-1", new IdempotencyStamp("inspector-1|k1", "fp"), time);

        Assert.Same(defect, cover.FindDefectByIdempotencyKey("inspector-1|k1"));
        Assert.Null(cover.FindDefectByIdempotencyKey("inspector-2|k1"));
        Assert.Equal([campaign], cover.CampaignIds);
    }
}
