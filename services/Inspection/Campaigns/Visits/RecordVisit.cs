using System.Security.Claims;
using DigitalCity.Inspection.Campaigns.Checklists;
using DigitalCity.Inspection.Campaigns.Groups;
using DigitalCity.Inspection.Campaigns.Storage;
using DigitalCity.Inspection.Cases;
using DigitalCity.Inspection.Premises;
using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Hosting;
using DigitalCity.ServiceDefaults.Http;
using DigitalCity.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace DigitalCity.Inspection.Campaigns.Visits;

/// <summary>
/// 检查记录 — an officer of an inspection group records a visit to premises of the group's district on the
/// group's day: every item of the campaign's checklist answered, and for each failed item a rectification
/// ordered on the spot (立行立改, with evidence photos) or by a due instant. A retry with the same
/// <c>Idempotency-Key</c> (a flaky phone) returns the visit the first attempt recorded.
/// </summary>
public static class RecordVisit
{
    public sealed record Request(
        Guid? GroupId,
        Guid? PremisesId,
        DateTimeOffset? VisitedAt,
        IReadOnlyList<string>? OfficerIds,
        IReadOnlyList<AnswerInput>? Answers,
        IReadOnlyList<string>? PhotoRefs);

    public sealed record AnswerInput(string? ItemCode, AnswerResult? Result, string? Note, IReadOnlyList<string>? PhotoRefs, RectificationInput? Rectification);

    public sealed record RectificationInput(RectificationMode? Mode, DateTimeOffset? DueAt, IReadOnlyList<string>? EvidencePhotoRefs);

    public static RouteGroupBuilder MapRecordVisit(this RouteGroupBuilder api)
    {
        api.MapPost("/campaigns/{campaignId:guid}/visits", HandleAsync)
            .WithName("RecordInspectionVisit")
            .WithTags("Campaigns")
            .WithSummary("Record a visit with the campaign's checklist filled in (检查记录); failed items become hazards. Send an Idempotency-Key.")
            .RequireAuthorization(p => p.RequireRole(Roles.Inspector))
            .Produces<VisitView>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return api;
    }

    static async Task<IResult> HandleAsync(
        Guid campaignId,
        Request request,
        [FromHeader(Name = ReportCase.IdempotencyHeader)] string? idempotencyKey,
        ClaimsPrincipal user,
        ICampaignStore store,
        IPremisesStore premisesStore,
        PinnedChecklists checklists,
        CityClock city,
        TimeProvider time,
        HttpContext http,
        CancellationToken cancellationToken)
    {
        var campaign = await store.FindCampaignAsync(campaignId, cancellationToken);
        if (campaign is null)
        {
            return GetCampaign.NotFound(campaignId);
        }

        var recorder = user.UserId();
        var errors = new ValidationErrors();
        errors.IdempotencyKey(idempotencyKey);
        var stamp = idempotencyKey is null ? null : IdempotencyStamp.For(recorder, idempotencyKey, request);
        var idempotent = new IdempotentCreation<InspectionVisit>(stamp, store.FindVisitByIdempotencyKeyAsync);
        if (!errors.Any && await idempotent.EarlierAsync((earlier, s) => Replay(earlier, s, http), cancellationToken) is { } replayed)
        {
            return replayed;
        }

        errors.Required("groupId", request.GroupId);
        errors.Required("premisesId", request.PremisesId);
        var group = request.GroupId is { } groupId ? await store.FindGroupAsync(groupId, cancellationToken) : null;
        errors.Check(request.GroupId is null || group?.CampaignId == campaign.Id, "groupId", $"No inspection group {request.GroupId} in campaign {campaign.Name}.");
        if (group is not null && group.CampaignId == campaign.Id && !group.HasOfficer(recorder))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: $"You are not an officer of group {group.Name}; only its officers record its visits.");
        }

        var premises = request.PremisesId is { } premisesId ? await premisesStore.FindAsync(premisesId, cancellationToken) : null;
        errors.Check(request.PremisesId is null || premises is not null, "premisesId", $"No premises {request.PremisesId}; see GET /api/inspection/premises.");
        if (premises is not null && group is not null)
        {
            errors.Check(campaign.Covers(premises.DistrictCode), "premisesId", $"{premises.Name} is in district {premises.DistrictCode}, which campaign {campaign.Name} does not cover.");
            errors.Check(premises.DistrictCode == group.DistrictCode, "premisesId", $"{premises.Name} is in district {premises.DistrictCode}; group {group.Name} works in {group.DistrictCode}.");
        }

        var now = time.GetUtcNow();
        var visitedAt = (request.VisitedAt ?? now).ToUniversalTime();
        var day = city.DayOf(visitedAt);
        errors.Check(visitedAt <= now + VisitLimits.ClockSkew, "visitedAt", "'visitedAt' must not be in the future.");
        errors.Check(campaign.Covers(day), "visitedAt", $"The visit's day {day:yyyy-MM-dd} is outside campaign {campaign.Name} ({campaign.StartDate:yyyy-MM-dd} to {campaign.EndDate:yyyy-MM-dd}).");
        errors.Check(group is null || !campaign.Covers(day) || group.Day == day, "visitedAt", $"Group {group?.Name} works on {group?.Day:yyyy-MM-dd}, not {day:yyyy-MM-dd}.");

        var officers = request.OfficerIds is { Count: > 0 } named ? named.Distinct(StringComparer.Ordinal).ToList() : group?.OfficerIds.ToList() ?? [];
        foreach (var officer in officers.Where(o => group is not null && !group.HasOfficer(o)))
        {
            errors.Add("officerIds", $"'{officer}' is not an officer of group {group!.Name}.");
        }

        errors.Check(officers.Count == 0 || officers.Contains(recorder, StringComparer.Ordinal), "officerIds", "The officers present include the one recording the visit.");
        errors.PhotoRefs("photoRefs", request.PhotoRefs);

        var checklist = (await checklists.FindAsync(campaign.ChecklistCode, campaign.ChecklistVersion, cancellationToken))!;
        var (answers, orders) = ReadAnswers(request.Answers ?? [], checklist, visitedAt, now, errors);
        if (errors.Any)
        {
            return errors.ToResult();
        }

        var visit = InspectionVisit.Record(
            new VisitRecord(campaign, group!, checklist,
                new VisitedPremises(premises!.Id, premises.Name, premises.Address, premises.DistrictCode, premises.Location),
                visitedAt, day, officers, answers, orders, request.PhotoRefs ?? []),
            recorder, stamp, time);
        return await idempotent.SaveAsync<IResult>(async () =>
        {
            await store.SaveVisitAsync(visit, cancellationToken);
            return TypedResults.Created($"/api/inspection/campaigns/{campaign.Id}/visits/{visit.Id}", VisitView.From(visit));
        }, (winner, s) => Replay(winner, s, http), cancellationToken);
    }

    static (List<ChecklistAnswer> Answers, Dictionary<string, RectificationOrder> Orders) ReadAnswers(
        IReadOnlyList<AnswerInput> inputs, ChecklistTemplate checklist, DateTimeOffset visitedAt, DateTimeOffset now, ValidationErrors errors)
    {
        var answers = new List<ChecklistAnswer>();
        var orders = new Dictionary<string, RectificationOrder>(StringComparer.Ordinal);
        for (var i = 0; i < inputs.Count; i++)
        {
            var input = inputs[i];
            var field = $"answers[{i}]";
            var item = checklist.Item(input.ItemCode ?? "");
            if (item is null)
            {
                errors.Add($"{field}.itemCode", $"'{input.ItemCode}' is not an item of checklist {checklist.Code} version {checklist.Version}; see GET /api/inspection/checklists/{checklist.Code}?version={checklist.Version}.");
                continue;
            }

            if (answers.Any(a => a.ItemCode == item.Code))
            {
                errors.Add($"{field}.itemCode", $"Item '{item.Code}' is answered more than once.");
                continue;
            }

            errors.Required($"{field}.result", input.Result);
            errors.Check((input.Note?.Length ?? 0) <= VisitLimits.MaxNoteLength, $"{field}.note", $"'note' must be at most {VisitLimits.MaxNoteLength} characters.");
            errors.PhotoRefs($"{field}.photoRefs", input.PhotoRefs);
            answers.Add(new ChecklistAnswer(item.Code, input.Result ?? AnswerResult.Pass, input.Note?.Trim(), input.PhotoRefs ?? []));
            if (input.Result == AnswerResult.Fail)
            {
                if (ReadOrder(input.Rectification, $"{field}.rectification", visitedAt, now, errors) is { } order)
                {
                    orders[item.Code] = order;
                }
            }
            else
            {
                errors.Check(input.Rectification is null, $"{field}.rectification", "Only a failed item is ordered rectified.");
            }
        }

        var missing = checklist.Items.Where(item => !answers.Any(a => a.ItemCode == item.Code) && inputs.All(i => i.ItemCode != item.Code)).Select(item => item.Code).ToList();
        errors.Check(missing.Count == 0, "answers", $"Every item of checklist {checklist.Code} is answered (Pass, Fail or NotApplicable); missing: {string.Join(", ", missing)}.");
        return (answers, orders);
    }

    static RectificationOrder? ReadOrder(RectificationInput? input, string field, DateTimeOffset visitedAt, DateTimeOffset now, ValidationErrors errors)
    {
        if (input?.Mode is not { } mode)
        {
            errors.Add($"{field}.mode", "A failed item is ordered rectified: mode Immediate (立行立改, with evidence photos) or ByDeadline (with dueAt).");
            return null;
        }

        var evidence = input.EvidencePhotoRefs ?? [];
        if (mode == RectificationMode.Immediate)
        {
            errors.Check(evidence.Count > 0, $"{field}.evidencePhotoRefs", "A rectification on the spot is closed with at least one evidence photo.");
            errors.PhotoRefs($"{field}.evidencePhotoRefs", evidence);
            errors.Check(input.DueAt is null, $"{field}.dueAt", "A rectification on the spot has no due instant.");
            return new RectificationOrder(mode, null, evidence);
        }

        errors.Required($"{field}.dueAt", input.DueAt);
        errors.Check(input.DueAt is null || input.DueAt > now, $"{field}.dueAt", "'dueAt' must be in the future.");
        errors.Check(input.DueAt is null || input.DueAt <= now + VisitLimits.MaxRectificationPeriod, $"{field}.dueAt", $"A rectification is given at most {VisitLimits.MaxRectificationPeriod.TotalDays} days.");
        errors.Check(evidence.Count == 0, $"{field}.evidencePhotoRefs", "Evidence of a rectification by a deadline comes with the re-inspection.");
        return new RectificationOrder(mode, input.DueAt, []);
    }

    static IResult Replay(InspectionVisit earlier, IdempotencyStamp stamp, HttpContext http) =>
        IdempotentReplay.Answer(earlier.RequestFingerprint, stamp, $"Visit {earlier.Id}", http, () => VisitView.From(earlier));
}
