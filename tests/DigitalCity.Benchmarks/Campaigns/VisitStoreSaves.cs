using DigitalCity.Inspection.Campaigns;
using DigitalCity.Inspection.Campaigns.Checklists;
using DigitalCity.Inspection.Campaigns.Groups;
using DigitalCity.Inspection.Campaigns.Storage;
using DigitalCity.Inspection.Campaigns.Visits;
using DigitalCity.Inspection.Cases;
using DigitalCity.Inspection.Premises;
using DigitalCity.ServiceDefaults.Http;
using DigitalCity.ServiceDefaults.Storage;

namespace DigitalCity.Benchmarks.Campaigns;

/// <summary>
/// The storage part alone: <see cref="ICampaignStore.SaveVisitAsync"/> of a visit built beforehand by
/// <see cref="InspectionVisit.Record"/> from the same kind of plan (document with its events in the
/// outbox, one transaction, idempotency key stamped), on the running service's own store, without HTTP,
/// tokens, the reads of campaign, group, premises and checklist, validation or the response.
/// </summary>
sealed class VisitStoreSaves(ICampaignStore store, IPremisesStore premisesStore, SingletonAggregateStore<ChecklistBook> checklists, Guid campaignId)
{
    public const string Name = "ICampaignStore.SaveVisitAsync";

    readonly Dictionary<Guid, InspectionGroup> _groups = [];
    readonly Dictionary<Guid, VisitedPremises> _premises = [];

    public async Task<Func<int, CancellationToken, Task<string?>>> PrepareAsync(IReadOnlyList<PlannedVisit> plans, string keyPrefix, CancellationToken cancellationToken)
    {
        var campaign = await store.FindCampaignAsync(campaignId, cancellationToken) ?? throw new InvalidOperationException($"No campaign {campaignId}.");
        var checklist = (await checklists.LoadAsync(cancellationToken)).Find(campaign.ChecklistCode, campaign.ChecklistVersion)!;
        var dueAt = DateTimeOffset.UtcNow + PlannedVisit.RectificationPeriod;
        var visits = new InspectionVisit[plans.Count];
        for (var i = 0; i < plans.Count; i++)
        {
            visits[i] = await BuildAsync(campaign, checklist, plans[i], dueAt, $"{keyPrefix}-{i}", cancellationToken);
        }

        return async (i, cancellationToken) =>
        {
            await store.SaveVisitAsync(visits[i], cancellationToken);
            return null;
        };
    }

    async Task<InspectionVisit> BuildAsync(Campaign campaign, ChecklistTemplate checklist, PlannedVisit plan, DateTimeOffset dueAt, string key, CancellationToken cancellationToken)
    {
        if (!_groups.TryGetValue(plan.Group.Id, out var group))
        {
            _groups[plan.Group.Id] = group = await store.FindGroupAsync(plan.Group.Id, cancellationToken) ?? throw new InvalidOperationException($"No group {plan.Group.Id}.");
        }

        if (!_premises.TryGetValue(plan.PremisesId, out var premises))
        {
            var file = await premisesStore.FindAsync(plan.PremisesId, cancellationToken) ?? throw new InvalidOperationException($"No premises {plan.PremisesId}.");
            _premises[plan.PremisesId] = premises = new VisitedPremises(file.Id, file.Name, file.Address, file.DistrictCode, file.Location);
        }

        var answers = VisitPlanner.ItemCodes.Select(code => code == plan.FailedItem
            ? new ChecklistAnswer(code, AnswerResult.Fail, PlannedVisit.FailureNote, PlannedVisit.FailurePhotos)
            : new ChecklistAnswer(code, AnswerResult.Pass, null, [])).ToList();
        var orders = new Dictionary<string, RectificationOrder>(StringComparer.Ordinal);
        if (plan.FailedItem is { } failed)
        {
            orders[failed] = plan.Mode == RectificationMode.Immediate
                ? new RectificationOrder(RectificationMode.Immediate, null, PlannedVisit.EvidencePhotos)
                : new RectificationOrder(RectificationMode.ByDeadline, dueAt, []);
        }

        var record = new VisitRecord(campaign, group, checklist, premises, plan.VisitedAt, group.Day, group.OfficerIds, answers, orders, []);
        return InspectionVisit.Record(record, plan.RecorderId, new IdempotencyStamp($"{plan.RecorderId}|{key}", "store-baseline"), TimeProvider.System);
    }
}
