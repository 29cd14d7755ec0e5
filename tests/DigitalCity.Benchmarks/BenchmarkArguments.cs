namespace DigitalCity.Benchmarks;

/// <summary>
/// The outbox benchmark's command line (the default command, or <c>outbox</c>): how many events per round, how many rounds, and which broker. Only amqp:// is
/// accepted: the services' messaging setup has no TLS, so an amqps:// broker could not serve both scenarios.
/// </summary>
sealed record BenchmarkArguments(int Events, int Rounds, Uri RabbitMq)
{
    public const string Usage =
        "usage: dotnet run -c Release --project tests/DigitalCity.Benchmarks -- [outbox] [--events 20000] [--rounds 3] [--rabbitmq amqp://guest:guest@localhost:5672/]";

    public static BenchmarkArguments Default { get; } = new(20_000, 3, new Uri("amqp://guest:guest@localhost:5672/"));

    /// <exception cref="ArgumentException">An unknown option, a missing value or a value out of range.</exception>
    public static BenchmarkArguments Parse(IReadOnlyList<string> args) =>
        CommandLine.Parse(args, Default, (parsed, option, value) => option switch
        {
            "--events" => parsed with { Events = CommandLine.AtLeast(1, option, value) },
            "--rounds" => parsed with { Rounds = CommandLine.AtLeast(1, option, value) },
            "--rabbitmq" => parsed with { RabbitMq = AmqpUri(value) },
            _ => null,
        });

    /// <exception cref="ArgumentException">Not an amqp:// URI.</exception>
    public static Uri AmqpUri(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme == "amqp"
            ? uri
            : throw new ArgumentException($"--rabbitmq must be an amqp:// URI, not '{value}'.");
}
