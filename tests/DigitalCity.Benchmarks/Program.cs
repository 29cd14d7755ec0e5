using DigitalCity.Benchmarks;
using DigitalCity.Benchmarks.Campaigns;
using DigitalCity.Benchmarks.Collection;
using DigitalCity.Benchmarks.Contests;
using DigitalCity.Benchmarks.Evaluation;
using DigitalCity.Benchmarks.Gateway;
using DigitalCity.Benchmarks.Intake;
using DigitalCity.Benchmarks.Suite;

// Seven benchmarks and a suite of three of their pairs behind one command; docs/benchmarks.md has their figures.
//   outbox (the default): events/s of the SQLite outbox over RabbitMQ against raw RabbitMQ.Client.
//   intake: reports/s through the inspection service's HTTP API against the same host's /health/live.
//   evaluation: p99 of evaluation queries over a year of seeded cases against /health/live and the store alone.
//   campaign: special inspection visits/s through the HTTP API against /health/live and the store alone, then the p99 of the campaign figures.
//   collection: collection records/s imported as CSV through the sanitation API against the store's append alone, then the p99 of tonnage reports.
//   contest: like snapshots/s through the publicity API against the like store alone, then a full ranking of 100,000 entries against its parts.
//   gateway: requests/s and p99 of an authorized read directly, through the gateway and through nginx, with wrk.
//   suite (issue #9): gateway vs direct vs nginx, MassTransit vs raw RabbitMQ.Client with confirms, report intake end to end vs the store insert, as ratios.
// Usage: see BenchmarkArguments.Usage, IntakeArguments.Usage, EvaluationArguments.Usage, CampaignArguments.Usage, CollectionArguments.Usage, ContestArguments.Usage, GatewayArguments.Usage and SuiteArguments.Usage.

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

var command = args.Length > 0 && !args[0].StartsWith("--", StringComparison.Ordinal) ? args[0] : "outbox";
var options = command == args.FirstOrDefault() ? args[1..] : args;
switch (command)
{
    case "outbox":
        return await OutboxBenchmark.RunAsync(options, cancellation.Token);
    case "intake":
        return await IntakeBenchmark.RunAsync(options, cancellation.Token);
    case "evaluation":
        return await EvaluationBenchmark.RunAsync(options, cancellation.Token);
    case "campaign":
        return await CampaignBenchmark.RunAsync(options, cancellation.Token);
    case "collection":
        return await CollectionBenchmark.RunAsync(options, cancellation.Token);
    case "contest":
        return await ContestBenchmark.RunAsync(options, cancellation.Token);
    case "gateway":
        return await GatewayBenchmark.RunAsync(options, cancellation.Token);
    case "suite":
        return await SuiteBenchmark.RunAsync(options, cancellation.Token);
    default:
        Console.Error.WriteLine($"Unknown benchmark '{command}'.");
        Console.Error.WriteLine(BenchmarkArguments.Usage);
        Console.Error.WriteLine(IntakeArguments.Usage);
        Console.Error.WriteLine(EvaluationArguments.Usage);
        Console.Error.WriteLine(CampaignArguments.Usage);
        Console.Error.WriteLine(CollectionArguments.Usage);
        Console.Error.WriteLine(ContestArguments.Usage);
        Console.Error.WriteLine(GatewayArguments.Usage);
        Console.Error.WriteLine(SuiteArguments.Usage);
        return 2;
}
