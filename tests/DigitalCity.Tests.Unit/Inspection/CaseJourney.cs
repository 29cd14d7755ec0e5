using DigitalCity.Inspection.Cases;
using Microsoft.Extensions.Time.Testing;

namespace DigitalCity.Tests.Unit.Inspection;

/// <summary>The people of a case's journey and builders of a case brought to each state.</summary>
internal static class CaseJourney
{
    public const string Reporter = "officer-1";
    public const string Officer = "officer-2";
    public const string Operator = "operator-1";
    public const string ShiftLead = "lead-1";
    public const string Dispatcher = "dispatcher-1";
    public const string SanitationCrew = "crew-7";
    public const string RoadsHandler = "roads-3";
    public const string GreeningHandler = "greening-5";

    public static readonly IReadOnlyList<string> Photo = ["after.jpg"];

    public static DateTimeOffset Later(FakeTimeProvider time, TimeSpan by) => time.GetUtcNow() + by;

    /// <summary>Moves the clock on a few minutes, as between two people's steps.</summary>
    public static FakeTimeProvider Next(this FakeTimeProvider time)
    {
        time.Advance(TimeSpan.FromMinutes(5));
        return time;
    }

    public static Case Reported(FakeTimeProvider time) => TestData.ReportedCase(time, Reporter);

    public static Case Filed(FakeTimeProvider time)
    {
        var @case = Reported(time);
        @case.File(ShiftLead, Urgency.Normal, time.Next());
        return @case;
    }

    /// <summary>Filed and dispatched to sanitation (due in 4 h) and roads (due in a day).</summary>
    public static Case Dispatched(FakeTimeProvider time)
    {
        var @case = Filed(time);
        @case.Dispatch(Dispatcher,
            [new(Departments.Sanitation, Later(time, TimeSpan.FromHours(4))), new(Departments.Roads, Later(time, TimeSpan.FromDays(1)))],
            time.Next());
        return @case;
    }

    public static Case Handled(FakeTimeProvider time)
    {
        var @case = Dispatched(time);
        @case.ReportHandled(Departments.Sanitation, SanitationCrew, "已清运", Photo, time.Next());
        @case.ReportHandled(Departments.Roads, RoadsHandler, "已修复", Photo, time.Next());
        return @case;
    }

    public static Case Checking(FakeTimeProvider time)
    {
        var @case = Handled(time);
        @case.RequestRecheck(Operator, Officer, time.Next());
        return @case;
    }

    public static Case InState(CaseStatus status, FakeTimeProvider time)
    {
        switch (status)
        {
            case CaseStatus.Reported:
                return Reported(time);
            case CaseStatus.Verifying:
                var verifying = Reported(time);
                verifying.RequestVerification(Operator, Officer, "请核实", time.Next());
                return verifying;
            case CaseStatus.Rejected:
                var rejected = Reported(time);
                rejected.Reject(Operator, "非城管职责", time.Next());
                return rejected;
            case CaseStatus.Filed:
                return Filed(time);
            case CaseStatus.Dispatched:
                return Dispatched(time);
            case CaseStatus.Suspended:
                var suspended = Dispatched(time);
                suspended.RequestSuspension(Departments.Roads, RoadsHandler, "管网改造期间", time.Next());
                suspended.ApproveSuspension(Dispatcher, time.Next());
                return suspended;
            case CaseStatus.Handled:
                return Handled(time);
            case CaseStatus.Checking:
                return Checking(time);
            case CaseStatus.Closed:
                var closed = Checking(time);
                closed.SubmitRecheck(Officer, true, "已整改到位", Photo, time.Next());
                closed.Close(ShiftLead, time.Next());
                return closed;
            case CaseStatus.Voided:
                var voided = Filed(time);
                voided.RequestVoid(Dispatcher, "重复上报", time.Next());
                voided.ApproveVoid(ShiftLead, time.Next());
                return voided;
            default:
                throw new ArgumentOutOfRangeException(nameof(status), status, "A case does not rest in this state.");
        }
    }

    /// <summary>The departments a case is dispatched to.</summary>
    public static class Departments
    {
        public const string Sanitation = "sanitation";
        public const string Roads = "roads";
        public const string Greening = "greening";
    }
}
