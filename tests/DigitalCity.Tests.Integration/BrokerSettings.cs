using RabbitMQ.Client;

namespace DigitalCity.Tests.Integration;

/// <summary>
/// The RabbitMQ these tests run against: <c>DIGITALCITY_TEST_RABBITMQ</c> (an amqp:// URI), or the
/// local broker with the default account. When no broker answers, the tests skip on a developer's
/// machine but fail in CI (<c>CI=true</c>), so a broken broker setup can never pass silently.
/// </summary>
public sealed record BrokerSettings(string Host, int Port, string VirtualHost, string Username, string Password)
{
    public const string Variable = "DIGITALCITY_TEST_RABBITMQ";

    public static BrokerSettings FromEnvironment()
    {
        var uri = new Uri(Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : "amqp://guest:guest@localhost:5672/");
        var user = uri.UserInfo.Split(':', 2);
        var vhost = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        return new BrokerSettings(uri.Host, uri.Port > 0 ? uri.Port : 5672, vhost.Length == 0 ? "/" : vhost,
            Uri.UnescapeDataString(user[0]), user.Length > 1 ? Uri.UnescapeDataString(user[1]) : "");
    }

    public ConnectionFactory ConnectionFactory() => new()
    {
        HostName = Host,
        Port = Port,
        VirtualHost = VirtualHost,
        UserName = Username,
        Password = Password,
    };

    /// <summary>Command-line configuration that points a host at this broker.</summary>
    public IEnumerable<string> HostArguments() =>
    [
        "--Messaging:Transport=RabbitMq",
        $"--Messaging:RabbitMq:Host={Host}",
        $"--Messaging:RabbitMq:Port={Port}",
        $"--Messaging:RabbitMq:VirtualHost={VirtualHost}",
        $"--Messaging:RabbitMq:Username={Username}",
        $"--Messaging:RabbitMq:Password={Password}",
    ];

    public async Task<string?> ProbeAsync()
    {
        try
        {
            await using var connection = await ConnectionFactory().CreateConnectionAsync();
            return null;
        }
        catch (Exception ex)
        {
            return $"No RabbitMQ at {Host}:{Port} vhost '{VirtualHost}' ({ex.GetType().Name}: {ex.Message}). Set {Variable} or start a broker.";
        }
    }
}
