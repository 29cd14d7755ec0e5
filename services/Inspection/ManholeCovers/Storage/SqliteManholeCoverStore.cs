using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace DigitalCity.Inspection.ManholeCovers.Storage;

/// <summary>
/// Covers in the inspection service's SQLite file, with expression indexes for code and searches. A JSON
/// array cannot carry an expression index, so the campaigns a cover's defects were found in are also kept
/// in <c>manhole_cover_campaigns</c> (campaign, cover), written in the cover's own transaction: the figures'
/// index on campaign.
/// </summary>
public sealed class SqliteManholeCoverStore : IManholeCoverStore
{
    /// <summary>Covers per campaign are few thousand at most; a bound keeps a runaway query finite.</summary>
    const int MaxCampaignCovers = 100_000;

    readonly SqliteAggregateTable<ManholeCover> _covers;

    public SqliteManholeCoverStore(SqliteDatabase database)
    {
        _covers = new SqliteAggregateTable<ManholeCover>(database, "manhole_covers");
        _covers.EnsureCreated("""
            CREATE UNIQUE INDEX IF NOT EXISTS ux_manhole_covers_code ON manhole_covers(json_extract(doc, '$.code'));
            CREATE INDEX IF NOT EXISTS ix_manhole_covers_district ON manhole_covers(
                json_extract(doc, '$.districtCode'), json_extract(doc, '$.kind'), json_extract(doc, '$.code'));
            CREATE INDEX IF NOT EXISTS ix_manhole_covers_state ON manhole_covers(json_extract(doc, '$.state'), json_extract(doc, '$.code'));
            CREATE INDEX IF NOT EXISTS ix_manhole_covers_owner ON manhole_covers(json_extract(doc, '$.ownerCode'), json_extract(doc, '$.code'));
            CREATE TABLE IF NOT EXISTS manhole_cover_campaigns (
                campaign_id TEXT NOT NULL,
                cover_id TEXT NOT NULL,
                PRIMARY KEY (campaign_id, cover_id)) WITHOUT ROWID;
            """);
    }

    public async Task<ManholeCover?> FindAsync(string code, CancellationToken cancellationToken)
    {
        var found = await _covers.QueryAsync("json_extract(doc, '$.code') = $code", "id", 1, 0, cancellationToken, ("$code", code));
        return found.Count == 0 ? null : found[0];
    }

    public async Task<IReadOnlyList<string>> FindExistingCodesAsync(IReadOnlyCollection<string> codes, CancellationToken cancellationToken)
    {
        if (codes.Count == 0)
        {
            return [];
        }

        var parameters = codes.Select((c, i) => ($"$c{i}", (object?)c)).ToArray();
        var found = await _covers.QueryAsync($"json_extract(doc, '$.code') IN ({string.Join(", ", parameters.Select(p => p.Item1))})",
            "id", codes.Count, 0, cancellationToken, parameters);
        return [.. found.Select(c => c.Code)];
    }

    public Task SaveAsync(ManholeCover cover, CancellationToken cancellationToken) => SaveAllAsync([cover], cancellationToken);

    public Task InsertAllAsync(IReadOnlyList<ManholeCover> covers, CancellationToken cancellationToken) => SaveAllAsync(covers, cancellationToken);

    /// <summary>Each cover with its events and campaign index rows, all in one transaction.</summary>
    async Task SaveAllAsync(IReadOnlyList<ManholeCover> covers, CancellationToken cancellationToken)
    {
        await _covers.Database.InTransactionAsync(async (connection, transaction) =>
        {
            foreach (var cover in covers)
            {
                await _covers.SaveAsync(connection, transaction, cover, cancellationToken);
                await IndexCampaignsAsync(connection, transaction, cover, cancellationToken);
            }

            return true;
        }, cancellationToken);
        foreach (var cover in covers)
        {
            cover.MarkPersisted(cover.Version + 1);
        }
    }

    public async Task<Page<ManholeCover>> SearchAsync(CoverFilter filter, PageRequest page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        const string where = """
            ($district IS NULL OR json_extract(doc, '$.districtCode') = $district)
            AND ($kind IS NULL OR json_extract(doc, '$.kind') = $kind)
            AND ($state IS NULL OR json_extract(doc, '$.state') = $state)
            AND ($owner IS NULL OR json_extract(doc, '$.ownerCode') = $owner)
            AND ($maintainer IS NULL OR json_extract(doc, '$.maintainerCode') = $maintainer)
            """;
        (string, object?)[] parameters =
        [
            ("$district", filter.DistrictCode), ("$kind", filter.Kind?.ToString()), ("$state", filter.State?.ToString()),
            ("$owner", filter.OwnerCode), ("$maintainer", filter.MaintainerCode),
        ];
        var items = await _covers.QueryAsync(where, "json_extract(doc, '$.code')", page.Size, page.Skip, cancellationToken, parameters);
        return new Page<ManholeCover>(items, page.Number, page.Size, await _covers.CountAsync(where, cancellationToken, parameters));
    }

    public Task<IReadOnlyList<ManholeCover>> FindByCampaignAsync(Guid campaignId, CancellationToken cancellationToken) =>
        _covers.QueryAsync("id IN (SELECT cover_id FROM manhole_cover_campaigns WHERE campaign_id = $campaign)",
            "id", MaxCampaignCovers, 0, cancellationToken, ("$campaign", campaignId.ToString()));

    static async Task IndexCampaignsAsync(SqliteConnection connection, SqliteTransaction transaction, ManholeCover cover, CancellationToken cancellationToken)
    {
        foreach (var campaign in cover.CampaignIds)
        {
            await using var command = SqliteDatabase.Command(connection, transaction,
                "INSERT OR IGNORE INTO manhole_cover_campaigns (campaign_id, cover_id) VALUES ($campaign, $cover)",
                ("$campaign", campaign.ToString()), ("$cover", cover.Id.ToString()));
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
