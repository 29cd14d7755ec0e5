using System.Text.Json;
using DigitalCity.Contracts;
using DigitalCity.Inspection.Cases;
using DigitalCity.Inspection.Categories;
using DigitalCity.Inspection.Storage;
using DigitalCity.ServiceDefaults.Domain;
using DigitalCity.ServiceDefaults.Http;
using DigitalCity.ServiceDefaults.Outbox;
using DigitalCity.ServiceDefaults.Storage;
using DigitalCity.ServiceDefaults.Storage.Sqlite;
using DigitalCity.Tests.Services.Support;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;

namespace DigitalCity.Tests.Services.Storage;

/// <summary>
/// The cases table keeps its indexed fields in columns written from C#. They must hold what the document holds,
/// and a file from before the columns (expression indexes over the document) must open, migrated.
/// </summary>
public sealed class SqliteCaseColumnsTests : IDisposable
{
    static readonly CasePlace Shanyang = new("41081100100102", "g", "410811001001", "410811001", "410811", "山阳区");

    readonly TempDirectory _data = new();
    readonly FakeTimeProvider _time = new(new DateTimeOffset(2023, 1, 22, 1, 0, 0, TimeSpan.Zero));

    string FilePath => Path.Combine(_data.Path, "inspection.db");

    [Fact]
    public async Task Every_column_holds_what_the_document_holds_after_insert_and_update()
    {
        using var database = new SqliteDatabase(FilePath, new OutboxSignal());
        var store = new SqliteCaseStore(database);
        var placed = NewCase("officer-1", "key-1", Shanyang);
        var unplaced = NewCase("officer-2", null, null);
        await store.SaveAsync(placed, default);
        await store.SaveAsync(unplaced, default);
        placed.Reject("operator-1", "not ours", _time);
        await store.SaveAsync(placed, default);

        Assert.Equal(0, await ScalarAsync($"SELECT COUNT(*) FROM cases WHERE NOT ({AllColumnsMatchTheDocument()})"));
        Assert.Equal(2, await ScalarAsync("SELECT COUNT(*) FROM cases"));
        Assert.Equal(1, await ScalarAsync("SELECT COUNT(*) FROM cases WHERE status = 'Rejected' AND district_code = '410811'"));
    }

    [Fact]
    public async Task A_file_with_expression_indexes_gains_the_columns_filled_from_its_documents()
    {
        var placed = NewCase("officer-1", "officer-1|key-1", Shanyang);
        var unplaced = NewCase("officer-1", null, null);
        await WriteOldFileAsync(placed, unplaced);

        using var database = new SqliteDatabase(FilePath, new OutboxSignal());
        var store = new SqliteCaseStore(database);

        Assert.Equal(0, await ScalarAsync($"SELECT COUNT(*) FROM cases WHERE NOT ({AllColumnsMatchTheDocument()})"));
        Assert.Equal(0, await ScalarAsync("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = 'cases' AND sql LIKE '%json_extract%'"));
        Assert.Equal(7, await ScalarAsync("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = 'cases' AND sql IS NOT NULL"));
        Assert.Equal(placed.Id, (await store.FindByIdempotencyKeyAsync("officer-1|key-1", default))?.Id);
        var nearby = await store.FindNearbyOpenAsync(placed.CategoryCode, placed.Location, 50, placed.ReportedAt.AddHours(-1), default);
        Assert.Equal([placed.Id, unplaced.Id], nearby.Select(c => c.Id).Order());
        Assert.Equal(placed.Number, nearby.Single(c => c.Id == placed.Id).Number);
        Assert.Equal(placed.ReportedAt, nearby.Single(c => c.Id == placed.Id).ReportedAt);
        var inDistrict = await store.ListAsync(new CaseFilter("officer-1", DistrictCode: "410811"), new PageRequest(1, 10), default);
        Assert.Equal([placed.Id], inDistrict.Items.Select(c => c.Id));
        Assert.Equal(2, (await store.CountAsync(new CaseFilter("officer-1", Status: CaseStatus.Reported), default)).Total);
    }

    [Fact]
    public async Task A_migrated_file_keeps_its_idempotency_keys_unique()
    {
        var first = NewCase("officer-1", "officer-1|key-1", null);
        await WriteOldFileAsync(first);
        using var database = new SqliteDatabase(FilePath, new OutboxSignal());
        var store = new SqliteCaseStore(database);

        var retry = NewCase("officer-1", "officer-1|key-1", null);

        await Assert.ThrowsAsync<DuplicateKeyException>(() => store.SaveAsync(retry, default));
    }

    Case NewCase(string reporter, string? key, CasePlace? place)
    {
        _time.Advance(TimeSpan.FromMinutes(1));
        return Case.Report(
            new CaseReport(new GeoPoint(113.2418, 35.2159), "解放区 民主路 12号", "路边暴露垃圾", ["before.jpg"]),
            CategoryCatalog.LoadSeed().Find("E0102")!,
            reporter,
            key is null ? null : new IdempotencyStamp(key, "fp"),
            _time,
            place);
    }

    static string AllColumnsMatchTheDocument() =>
        string.Join(" AND ", SqliteCaseStore.Columns.Select(c => $"{c.Name} IS json_extract(doc, '{c.JsonPath}')"));

    /// <summary>The cases table as the version before the columns made it: the document and expression indexes over it.</summary>
    async Task WriteOldFileAsync(params Case[] cases)
    {
        await using var connection = new SqliteConnection($"Data Source={FilePath};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            CREATE TABLE cases (id TEXT PRIMARY KEY, version INTEGER NOT NULL, doc TEXT NOT NULL);
            CREATE UNIQUE INDEX ux_cases_idempotency ON cases(json_extract(doc, '$.idempotencyKey'))
                WHERE json_extract(doc, '$.idempotencyKey') IS NOT NULL;
            CREATE INDEX ix_cases_reporter ON cases(json_extract(doc, '$.reportedBy'), json_extract(doc, '$.reportedAt'));
            CREATE INDEX ix_cases_status ON cases(json_extract(doc, '$.status'), json_extract(doc, '$.reportedAt'));
            CREATE INDEX ix_cases_reported_at ON cases(json_extract(doc, '$.reportedAt'));
            CREATE INDEX ix_cases_category ON cases(json_extract(doc, '$.categoryCode'), json_extract(doc, '$.reportedAt'));
            CREATE INDEX ix_cases_nearby ON cases(
                json_extract(doc, '$.categoryCode'), json_extract(doc, '$.location.latitude'), json_extract(doc, '$.location.longitude'),
                json_extract(doc, '$.reportedAt'), json_extract(doc, '$.status'));
            CREATE INDEX ix_cases_district ON cases(json_extract(doc, '$.place.districtCode'), json_extract(doc, '$.reportedAt'));
            """;
        await command.ExecuteNonQueryAsync();
        foreach (var @case in cases)
        {
            await using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT INTO cases (id, version, doc) VALUES ($id, 1, $doc)";
            insert.Parameters.AddWithValue("$id", @case.Id.ToString());
            insert.Parameters.AddWithValue("$doc", JsonSerializer.Serialize(@case, DocumentJson.Options));
            await insert.ExecuteNonQueryAsync();
        }
    }

    async Task<long> ScalarAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={FilePath};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }

    public void Dispose() => _data.Dispose();
}
