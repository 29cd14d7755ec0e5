using System.Diagnostics;
using System.Threading.Channels;
using DigitalCity.Inspection.Deadlines;
using DigitalCity.Inspection.Evaluation;
using DigitalCity.ServiceDefaults.Outbox;
using DigitalCity.ServiceDefaults.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace DigitalCity.Benchmarks.Evaluation;

/// <summary>What seeding produced: cases, facts projected and stored, counter rows, and how long it took.</summary>
/// <param name="Walking">Time spent walking cases and projecting their events.</param>
/// <param name="Recording">Time spent in <see cref="SqliteEvaluationStore.RecordAsync"/>.</param>
sealed record SeedResult(int Cases, long Events, long FactsProjected, long FactsStored, long CounterRows, TimeSpan Elapsed, TimeSpan Walking, TimeSpan Recording, SeedTally Tally);

/// <summary>
/// Fills a new inspection database with the evaluation facts of a year of cases, before the service
/// starts and untimed. Each case is walked by <see cref="CaseJourneys"/>; each of its events is projected
/// by the real <see cref="FactProjector"/> with the case's final state (as a consumer running behind
/// would) and the facts are recorded by the real <see cref="SqliteEvaluationStore.RecordAsync"/>, a few
/// hundred per call, in the order the cases were reported, while the next cases are walked (one writer, one producer: the machine has two cores).
/// </summary>
static class EvaluationSeeder
{
    const int FactsPerCall = 500;

    public static async Task<SeedResult> SeedAsync(string dataDirectory, int count, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        Directory.CreateDirectory(dataDirectory);
        var calculator = new DeadlineCalculator(WorkCalendar.China2023());
        var tally = new SeedTally();
        var journeys = new CaseJourneys(StepLimits.Defaults(calculator), new SeedPlaces(), tally);
        var projector = new FactProjector(calculator.Calendar.TimeZone);
        var batches = Channel.CreateBounded<List<EvaluationFact>>(new BoundedChannelOptions(8) { SingleReader = true, SingleWriter = true });
        long events = 0, projected = 0;
        var walking = new Stopwatch();
        var recording = new Stopwatch();

        var producer = Task.Run(async () =>
        {
            try
            {
                var random = new Random(20_230_101);
                // In the order they were reported, as the consumer would see a year's events.
                var reportedAt = Enumerable.Range(0, count).Select(_ => CaseJourneys.ReportInstant(random)).Order().ToArray();
                var batch = new List<EvaluationFact>(FactsPerCall * 2);
                for (var n = 0; n < count; n++)
                {
                    walking.Start();
                    var @case = journeys.Walk(n, reportedAt[n], random);
                    foreach (var @event in @case.PendingEvents())
                    {
                        events++;
                        batch.AddRange(projector.Project(@event, @case));
                    }

                    walking.Stop();
                    if (batch.Count >= FactsPerCall)
                    {
                        projected += batch.Count;
                        await batches.Writer.WriteAsync(batch, cancellationToken);
                        batch = new List<EvaluationFact>(FactsPerCall * 2);
                    }
                }

                projected += batch.Count;
                await batches.Writer.WriteAsync(batch, cancellationToken);
                batches.Writer.Complete();
            }
            catch (Exception ex)
            {
                batches.Writer.Complete(ex);
            }
        }, cancellationToken);

        long stored = 0, counterRows;
        using (var database = new SqliteDatabase(Path.Combine(dataDirectory, "inspection.db"), new OutboxSignal()))
        {
            var store = new SqliteEvaluationStore(database);
            await foreach (var batch in batches.Reader.ReadAllAsync(cancellationToken))
            {
                recording.Start();
                stored += await store.RecordAsync(batch, cancellationToken);
                recording.Stop();
            }

            await producer;
            await using var connection = await database.OpenAsync(cancellationToken);
            await using var command = SqliteDatabase.Command(connection, null, $"SELECT COUNT(*) FROM {SqliteEvaluationStore.CountsTable}");
            counterRows = (long)(await command.ExecuteScalarAsync(cancellationToken))!;
        }

        SqliteConnection.ClearAllPools();
        return new SeedResult(count, events, projected, stored, counterRows, stopwatch.Elapsed, walking.Elapsed, recording.Elapsed, tally);
    }
}
