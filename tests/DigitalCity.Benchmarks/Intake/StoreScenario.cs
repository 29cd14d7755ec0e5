using DigitalCity.Contracts;
using DigitalCity.Inspection.Cases;
using DigitalCity.Inspection.Categories;
using DigitalCity.Inspection.Storage;

namespace DigitalCity.Benchmarks.Intake;

/// <summary>
/// The storage part alone: <see cref="ICaseStore.SaveAsync"/> of a new case (document and outbox row
/// in one SQLite transaction) on the running service's own store, without HTTP, validation, grid
/// placement or the duplicate lookup.
/// </summary>
sealed class StoreScenario(ICaseStore store) : IIntakeScenario
{
    public string Name => "ICaseStore.SaveAsync";

    public bool ReportsCases => true;

    public Func<int, CancellationToken, Task<string?>> Prepare(int round, int count)
    {
        var random = new Random(-round - 1);
        var reports = Enumerable.Range(0, count).Select(n =>
        {
            var (longitude, latitude, category) = SampleReports.Pick(random, n);
            return (Report: new CaseReport(new GeoPoint(longitude, latitude), SampleReports.Address(n), SampleReports.Description, []),
                Category: CategoryCatalog.Seed.Find(category)!);
        }).ToArray();
        return async (i, cancellationToken) =>
        {
            var (report, category) = reports[i];
            await store.SaveAsync(Case.Report(report, category, $"store-officer-{i % 8}", null, TimeProvider.System), cancellationToken);
            return null;
        };
    }
}
