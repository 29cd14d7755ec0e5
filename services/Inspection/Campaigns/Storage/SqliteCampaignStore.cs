using DigitalCity.Inspection.Campaigns.Figures;
using DigitalCity.Inspection.Campaigns.Groups;
using DigitalCity.Inspection.Campaigns.Visits;
using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Storage;
using DigitalCity.ServiceDefaults.Storage.Sqlite;

namespace DigitalCity.Inspection.Campaigns.Storage;

/// <summary>Campaigns, groups and visits in the inspection service's SQLite file, with expression indexes for their queries.</summary>
public sealed class SqliteCampaignStore : ICampaignStore
{
    readonly SqliteAggregateTable<Campaign> _campaigns;
    readonly SqliteAggregateTable<InspectionGroup> _groups;
    readonly SqliteAggregateTable<InspectionVisit> _visits;
    readonly SqliteAggregateTable<DailySummaryRecord> _summaries;

    public SqliteCampaignStore(SqliteDatabase database)
    {
        _campaigns = new SqliteAggregateTable<Campaign>(database, "campaigns");
        _campaigns.EnsureCreated("""
            CREATE INDEX IF NOT EXISTS ix_campaigns_period ON campaigns(json_extract(doc, '$.endDate'), json_extract(doc, '$.startDate'));
            """);
        _groups = new SqliteAggregateTable<InspectionGroup>(database, "inspection_groups");
        _groups.EnsureCreated("""
            CREATE INDEX IF NOT EXISTS ix_inspection_groups_campaign ON inspection_groups(json_extract(doc, '$.campaignId'), json_extract(doc, '$.day'));
            """);
        _visits = new SqliteAggregateTable<InspectionVisit>(database, "inspection_visits");
        _visits.EnsureCreated("""
            CREATE UNIQUE INDEX IF NOT EXISTS ux_inspection_visits_idempotency ON inspection_visits(json_extract(doc, '$.idempotencyKey'))
                WHERE json_extract(doc, '$.idempotencyKey') IS NOT NULL;
            CREATE INDEX IF NOT EXISTS ix_inspection_visits_campaign ON inspection_visits(
                json_extract(doc, '$.campaignId'), json_extract(doc, '$.visitedAt'));
            CREATE INDEX IF NOT EXISTS ix_inspection_visits_due ON inspection_visits(json_extract(doc, '$.nextDueAt'))
                WHERE json_extract(doc, '$.nextDueAt') IS NOT NULL;
            """);
        _summaries = new SqliteAggregateTable<DailySummaryRecord>(database, "campaign_daily_summaries");
        _summaries.EnsureCreated();
    }

    public Task<Campaign?> FindCampaignAsync(Guid id, CancellationToken cancellationToken) => _campaigns.FindAsync(id, cancellationToken);

    public async Task<Page<Campaign>> ListCampaignsAsync(DateOnly? activeOn, PageRequest page, CancellationToken cancellationToken)
    {
        var where = activeOn is null ? "1 = 1" : "json_extract(doc, '$.startDate') <= $day AND json_extract(doc, '$.endDate') >= $day";
        (string, object?)[] parameters = [("$day", activeOn?.ToString("yyyy-MM-dd"))];
        var items = await _campaigns.QueryAsync(where, "json_extract(doc, '$.plannedAt') DESC, id DESC", page.Size, page.Skip, cancellationToken, parameters);
        return new Page<Campaign>(items, page.Number, page.Size, await _campaigns.CountAsync(where, cancellationToken, parameters));
    }

    public Task SaveCampaignAsync(Campaign campaign, CancellationToken cancellationToken) => _campaigns.SaveAsync(campaign, cancellationToken);

    public Task<InspectionGroup?> FindGroupAsync(Guid id, CancellationToken cancellationToken) => _groups.FindAsync(id, cancellationToken);

    public Task<IReadOnlyList<InspectionGroup>> ListGroupsAsync(Guid campaignId, DateOnly? day, string? districtCode, CancellationToken cancellationToken) =>
        _groups.QueryAsync(
            """
            json_extract(doc, '$.campaignId') = $campaign
            AND ($day IS NULL OR json_extract(doc, '$.day') = $day)
            AND ($district IS NULL OR json_extract(doc, '$.districtCode') = $district)
            """,
            "json_extract(doc, '$.day'), json_extract(doc, '$.name'), id", 10_000, 0, cancellationToken,
            ("$campaign", campaignId.ToString()), ("$day", day?.ToString("yyyy-MM-dd")), ("$district", districtCode));

    public async Task<bool> IsCampaignOfficerAsync(Guid campaignId, string userId, CancellationToken cancellationToken) =>
        await _groups.CountAsync(
            "json_extract(doc, '$.campaignId') = $campaign AND EXISTS (SELECT 1 FROM json_each(doc, '$.officerIds') WHERE value = $user)",
            cancellationToken, ("$campaign", campaignId.ToString()), ("$user", userId)) > 0;

    public Task SaveGroupAsync(InspectionGroup group, CancellationToken cancellationToken) => _groups.SaveAsync(group, cancellationToken);

    public Task<InspectionVisit?> FindVisitAsync(Guid id, CancellationToken cancellationToken) => _visits.FindAsync(id, cancellationToken);

    public async Task<InspectionVisit?> FindVisitByIdempotencyKeyAsync(string scopedKey, CancellationToken cancellationToken)
    {
        var found = await _visits.QueryAsync("json_extract(doc, '$.idempotencyKey') = $key", "id", 1, 0, cancellationToken, ("$key", scopedKey));
        return found.Count == 0 ? null : found[0];
    }

    public Task SaveVisitAsync(InspectionVisit visit, CancellationToken cancellationToken) => _visits.SaveAsync(visit, cancellationToken);

    public async Task<Page<InspectionVisit>> ListVisitsAsync(VisitFilter filter, PageRequest page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var conditions = new List<string> { "json_extract(doc, '$.campaignId') = $campaign" };
        if (filter.Day is not null)
        {
            conditions.Add("json_extract(doc, '$.day') = $day");
        }

        if (filter.DistrictCode is not null)
        {
            conditions.Add("json_extract(doc, '$.districtCode') = $district");
        }

        if (filter.PremisesId is not null)
        {
            conditions.Add("json_extract(doc, '$.premises.id') = $premises");
        }

        if (filter.GroupIds is not null)
        {
            conditions.Add($"json_extract(doc, '$.groupId') IN ({string.Join(", ", filter.GroupIds.Select(g => $"'{g}'"))}{(filter.GroupIds.Count == 0 ? "NULL" : "")})");
        }

        if (filter.OpenHazards is { } open)
        {
            conditions.Add(open ? "json_extract(doc, '$.openHazardCount') > 0" : "json_extract(doc, '$.openHazardCount') = 0");
        }

        var where = string.Join(" AND ", conditions);
        (string, object?)[] parameters =
        [
            ("$campaign", filter.CampaignId.ToString()), ("$day", filter.Day?.ToString("yyyy-MM-dd")),
            ("$district", filter.DistrictCode), ("$premises", filter.PremisesId?.ToString()),
        ];
        var items = await _visits.QueryAsync(where, "json_extract(doc, '$.visitedAt') DESC, id DESC", page.Size, page.Skip, cancellationToken, parameters);
        return new Page<InspectionVisit>(items, page.Number, page.Size, await _visits.CountAsync(where, cancellationToken, parameters));
    }

    public Task<IReadOnlyList<InspectionVisit>> FindDueAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken) =>
        _visits.QueryAsync("json_extract(doc, '$.nextDueAt') IS NOT NULL AND json_extract(doc, '$.nextDueAt') <= $now",
            "json_extract(doc, '$.nextDueAt'), id", limit, 0, cancellationToken, ("$now", DocumentJson.Instant(now)));

    public Task<DailySummaryRecord?> FindSummaryAsync(Guid id, CancellationToken cancellationToken) => _summaries.FindAsync(id, cancellationToken);

    public Task SaveSummaryAsync(DailySummaryRecord summary, CancellationToken cancellationToken) => _summaries.SaveAsync(summary, cancellationToken);
}
