using DigitalCity.Contracts;
using DigitalCity.Contracts.Inspection;
using DigitalCity.Inspection.Cases;
using static DigitalCity.Inspection.Evaluation.CaseMilestones;

namespace DigitalCity.Inspection.Evaluation;

/// <summary>
/// Turns one case event, read with the case it belongs to, into the evaluation facts it establishes.
/// A fact depends only on the event and on what of the case cannot change any more (its place and
/// reporter, its assignments and history up to the event), so events projected in any order, or twice,
/// give the same set of facts. Pure: no I/O, no clock.
/// </summary>
/// <remarks>
/// Dating (docs/evaluation.md): intake facts (reports, valid reports, filed, voided) count on the day
/// the case was reported; a verification or re-check on the day it was asked; a dispatch and its
/// return on the day of the dispatch; handling facts on the day the dispatch was settled (first handled
/// or first overdue); closing facts on the day the case fell due for closing (closed, or first overdue
/// if earlier). So every numerator counts on the same day as its denominator.
/// An <c>OnTime</c> flag that is null means no limit was known: the event counts as requested or
/// handled, never as on time, and a handling without a known limit is not due.
/// </remarks>
public sealed class FactProjector(TimeZoneInfo cityZone)
{
    public IReadOnlyList<EvaluationFact> Project(IIntegrationEvent @event, Case @case)
    {
        ArgumentNullException.ThrowIfNull(@event);
        ArgumentNullException.ThrowIfNull(@case);
        var facts = new Facts(this, Origin.Of(@case), @case);
        switch (@event)
        {
            case CaseReported:
                facts.Intake(Indicators.Reports);
                break;
            case CaseFiled:
                facts.Intake(Indicators.ValidReports);
                facts.Intake(Indicators.Filed);
                break;
            case CaseSelfHandled:
                facts.Intake(Indicators.ValidReports);
                break;
            case CaseVoided:
                facts.Intake(Indicators.Voided);
                break;
            case CaseVerificationRequested e:
                facts.Request(Indicators.VerificationsRequested, e.OccurredAt, e.OfficerId);
                break;
            case CaseVerified { OnTime: true } e:
                facts.Request(Indicators.VerificationsOnTime, RequestedAt(@case, CaseActions.RequestVerification, e.OccurredAt), e.OfficerId);
                break;
            case CaseRecheckRequested e:
                facts.Request(Indicators.RechecksRequested, e.OccurredAt, e.OfficerId);
                break;
            case CaseRechecked { OnTime: true } e:
                facts.Request(Indicators.RechecksOnTime, RequestedAt(@case, CaseActions.RequestRecheck, e.OccurredAt), e.OfficerId);
                break;
            case CaseDispatched e:
                foreach (var department in e.Departments)
                {
                    facts.Dispatch(Indicators.Dispatches, department.DepartmentCode, e.OccurredAt, e.DispatchedBy);
                    if (e.OnTime == true)
                    {
                        facts.Dispatch(Indicators.DispatchesOnTime, department.DepartmentCode, e.OccurredAt, e.DispatchedBy);
                    }
                }

                break;
            case CaseReturned e:
                var returned = AssignmentAt(@case, e.DepartmentCode, e.OccurredAt);
                facts.Dispatch(Indicators.Returns, e.DepartmentCode, returned?.DispatchedAt ?? e.OccurredAt, returned?.DispatchedBy);
                break;
            case CaseAssignmentHandled e:
                facts.Handling(e.DepartmentCode, e.OccurredAt, e.OnTime);
                break;
            case CaseHandled e:
                facts.Handling(e.Department, e.OccurredAt, e.OnTime);
                break;
            case CaseOverdue { Step: DeadlineSteps.Handling } e:
                facts.Assignment(Indicators.HandlingDue, e.Department, e.OccurredAt);
                facts.Closing(Indicators.ClosingDue, e.OccurredAt);
                facts.DepartmentClosing(Indicators.DepartmentClosingDue, e.Department, e.OccurredAt);
                break;
            case CaseReworkOrdered e:
                foreach (var department in e.DepartmentCodes)
                {
                    facts.Assignment(Indicators.Reworked, department, e.OccurredAt);
                }

                break;
            case CaseClosed e:
                facts.Closed(e.OccurredAt, e.OnTime == true);
                break;
        }

        return facts.All;
    }

    /// <summary>
    /// The facts of a report from its event alone, the same as <see cref="Project"/> gives with the case: a report
    /// depends only on what the event carries (the case's id, report instant, reporter and place). Null for an
    /// event published before it named the street of a placed case; then the case must be read.
    /// </summary>
    public IReadOnlyList<EvaluationFact>? ProjectReported(CaseReported reported)
    {
        ArgumentNullException.ThrowIfNull(reported);
        if (reported.GridCode is not null && reported.StreetCode is null)
        {
            return null;
        }

        // The case's ReportedAt is the instant its CaseReported occurred (Case.Report).
        var facts = new Facts(this, new Origin(reported.CaseId, reported.OccurredAt, reported.ReportedBy, reported.DistrictCode, reported.StreetCode, reported.GridCode), null);
        facts.Intake(Indicators.Reports);
        return facts.All;
    }

    DateOnly DayOf(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, cityZone).DateTime);

    /// <summary>What every fact of a case carries: its id, its report and its place.</summary>
    sealed record Origin(Guid CaseId, DateTimeOffset ReportedAt, string ReportedBy, string? District, string? Street, string? Grid)
    {
        public static Origin Of(Case @case) =>
            new(@case.Id, @case.ReportedAt, @case.ReportedBy, @case.Place?.DistrictCode, @case.Place?.StreetCode, @case.Place?.GridCode);
    }

    /// <summary>The facts of one event, each with the case's place; all but the report's own need the case itself.</summary>
    sealed class Facts(FactProjector projector, Origin origin, Case? read)
    {
        readonly List<EvaluationFact> _all = [];
        readonly string _caseKey = origin.CaseId.ToString("N");

        public IReadOnlyList<EvaluationFact> All => _all;

        Case Case => read ?? throw new InvalidOperationException("This fact needs the case, not only its report.");

        /// <summary>A fact about the report itself: on the report day, for the reporter.</summary>
        public void Intake(string indicator) => Add(indicator, _caseKey, origin.ReportedAt, null, origin.ReportedBy);

        /// <summary>A fact about the verification or re-check asked at <paramref name="requestedAt"/>.</summary>
        public void Request(string indicator, DateTimeOffset requestedAt, string officerId) =>
            Add(indicator, $"{_caseKey}:{Key(requestedAt)}", requestedAt, null, officerId);

        /// <summary>A fact about the dispatch of a department at <paramref name="dispatchedAt"/>, on that day, for the dispatcher.</summary>
        public void Dispatch(string indicator, string department, DateTimeOffset dispatchedAt, string? dispatcher) =>
            Add(indicator, AssignmentKey(department, dispatchedAt), dispatchedAt, department, dispatcher);

        /// <summary>A fact about the department's assignment current at <paramref name="at"/>, on the day it was settled.</summary>
        public void Assignment(string indicator, string department, DateTimeOffset at)
        {
            var assignment = AssignmentAt(Case, department, at);
            var subject = assignment is null ? $"{_caseKey}:{department}:-" : AssignmentKey(department, assignment.DispatchedAt);
            Add(indicator, subject, SettledAt(Case, department, assignment, at), department, null);
        }

        public void Handling(string department, DateTimeOffset at, bool? onTime)
        {
            Assignment(Indicators.Handled, department, at);
            if (onTime == true)
            {
                Assignment(Indicators.HandledOnTime, department, at);
                Assignment(Indicators.HandlingDue, department, at);
            }
        }

        /// <summary>A fact about the case's closing, on the day it fell due.</summary>
        public void Closing(string indicator, DateTimeOffset at) => Add(indicator, _caseKey, ClosingDueAt(Case, at), null, null);

        /// <summary>A fact about the closing as one department's, on the day the case fell due.</summary>
        public void DepartmentClosing(string indicator, string department, DateTimeOffset at) =>
            Add(indicator, $"{_caseKey}:{department}", ClosingDueAt(Case, at), department, null);

        /// <summary>The case closed: for the case, and for each department still with it (not returned).</summary>
        public void Closed(DateTimeOffset at, bool onTime)
        {
            Closing(Indicators.Closed, at);
            Closing(Indicators.ClosingDue, at);
            if (onTime)
            {
                Closing(Indicators.ClosedOnTime, at);
            }

            var departments = Case.Assignments
                .Where(a => a.Status != AssignmentStatus.Returned && Ms(a.DispatchedAt) <= Ms(at))
                .Select(a => a.DepartmentCode)
                .Distinct(StringComparer.Ordinal);
            foreach (var department in departments)
            {
                DepartmentClosing(Indicators.DepartmentClosed, department, at);
                DepartmentClosing(Indicators.DepartmentClosingDue, department, at);
                if (onTime)
                {
                    DepartmentClosing(Indicators.DepartmentClosedOnTime, department, at);
                }
            }
        }

        string AssignmentKey(string department, DateTimeOffset dispatchedAt) => $"{_caseKey}:{department}:{Key(dispatchedAt)}";

        void Add(string indicator, string subject, DateTimeOffset countsAt, string? department, string? person) =>
            _all.Add(new EvaluationFact(indicator, subject, projector.DayOf(countsAt), origin.District, origin.Street, origin.Grid, department, person));
    }
}
