using System.Globalization;
using DigitalCity.Contracts;
using DigitalCity.Inspection.Cases;
using DigitalCity.Inspection.Categories;
using DigitalCity.Inspection.Places;
using DigitalCity.Inspection.Storage;
using DigitalCity.ServiceDefaults.Http;
using DigitalCity.ServiceDefaults.Outbox;
using DigitalCity.ServiceDefaults.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;

namespace DigitalCity.Benchmarks.Intake;

/// <summary>
/// Fills a new inspection database with cases reported over the last 30 days, before the service
/// starts and untimed, so intake runs against a store of the size issue #3 names. The cases are built
/// by <see cref="Case.Report"/> and placed in the grids like real reports, written through the store's
/// own table (<see cref="SqliteCaseStore.Table"/>: schema, columns and indexes) in batches, and their events are
/// marked published, as a store with that history would have them.
/// </summary>
static class CaseSeeder
{
    const int CasesPerTransaction = 1_000;

    static readonly TimeSpan History = TimeSpan.FromDays(30);

    public static async Task SeedAsync(string dataDirectory, int count, CancellationToken cancellationToken)
    {
        using var database = new SqliteDatabase(Path.Combine(dataDirectory, "inspection.db"), new OutboxSignal());
        var cases = SqliteCaseStore.Table(database);
        var catalog = CategoryCatalog.Seed;
        var directory = JiaozuoPlaces.CreateDirectory();
        var random = new Random(20_260_101);
        var now = DateTimeOffset.UtcNow;
        var clock = new FakeTimeProvider(now - History);
        var step = History / Math.Max(count, 1);

        for (var written = 0; written < count; written += CasesPerTransaction)
        {
            var batch = new List<Case>();
            for (var n = written; n < Math.Min(count, written + CasesPerTransaction); n++)
            {
                clock.Advance(step);
                var (longitude, latitude, category) = SampleReports.Pick(random, n);
                var point = new GeoPoint(longitude, latitude);
                var place = directory.Assign(point) is { } assignment ? CasePlace.From(assignment) : null;
                var report = new CaseReport(point, SampleReports.Address(n), SampleReports.Description, []);
                var stamp = new IdempotencyStamp($"seed-officer|seed-{n.ToString(CultureInfo.InvariantCulture)}", "seed");
                batch.Add(Case.Report(report, catalog.Find(category)!, $"seed-officer-{n % 50:D2}", stamp, clock, place));
            }

            await database.InTransactionAsync(async (connection, transaction) =>
            {
                foreach (var @case in batch)
                {
                    await cases.SaveAsync(connection, transaction, @case, cancellationToken);
                }

                return batch.Count;
            }, cancellationToken);
        }

        await using (var connection = await database.OpenAsync(cancellationToken))
        await using (var command = SqliteDatabase.Command(connection, null, "UPDATE outbox SET sent_at = $at WHERE sent_at IS NULL", ("$at", now.UtcDateTime.ToString("O", CultureInfo.InvariantCulture))))
        {
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        SqliteConnection.ClearAllPools();
    }
}
