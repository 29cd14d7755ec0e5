using System.ComponentModel;
using System.Diagnostics;

namespace DigitalCity.Benchmarks.Suite;

/// <summary>
/// A RabbitMQ virtual host of the suite's own, made afresh with <c>rabbitmqctl</c> and removed afterwards, for the intake
/// pair: its host runs the real inspection and publicity modules, whose queues (<c>publicity-daily-figures</c>, …) and
/// event exchanges carry the services' own names, so on the broker's usual vhost it would take other processes'
/// messages, fill stopped services' durable queues with fake cases, and count messages an interrupted run left.
/// Without <c>rabbitmqctl</c> for the broker (one on another machine), the vhost of the given URI is used as it is.
/// </summary>
/// <param name="owned">Made by the suite, so removed when it ends.</param>
sealed class SuiteVirtualHost(BrokerAddress broker, bool owned, string description) : IAsyncDisposable
{
    public const string Name = "digitalcity-benchmark-suite";

    static readonly TimeSpan ToolTimeout = TimeSpan.FromMinutes(1);

    /// <summary>The broker, in the vhost the intake host uses.</summary>
    public BrokerAddress Broker => broker;

    /// <summary>Where the vhost came from, for the figures' description.</summary>
    public string Description => description;

    public static async Task<SuiteVirtualHost> CreateAsync(BrokerAddress broker, CancellationToken cancellationToken)
    {
        if (!broker.IsLocal)
        {
            return new SuiteVirtualHost(broker, false, "the vhost as given (the broker is not local: give the suite a vhost of its own)");
        }

        try
        {
            await RabbitMqCtlAsync(["delete_vhost", Name], mustSucceed: false, cancellationToken);
            await RabbitMqCtlAsync(["add_vhost", Name], mustSucceed: true, cancellationToken);
            await RabbitMqCtlAsync(["set_permissions", "-p", Name, broker.UserName, ".*", ".*", ".*"], mustSucceed: true, cancellationToken);
        }
        catch (Win32Exception)
        {
            return new SuiteVirtualHost(broker, false, "the vhost as given (no rabbitmqctl on this machine: give the suite a vhost of its own)");
        }

        return new SuiteVirtualHost(broker.InVirtualHost(Name), true, "made for this run with rabbitmqctl and removed afterwards");
    }

    public async ValueTask DisposeAsync()
    {
        if (owned)
        {
            await RabbitMqCtlAsync(["delete_vhost", Name], mustSucceed: false, CancellationToken.None);
        }
    }

    /// <exception cref="Win32Exception">rabbitmqctl is not installed.</exception>
    /// <exception cref="InvalidOperationException">It failed where it had to succeed.</exception>
    static async Task RabbitMqCtlAsync(string[] arguments, bool mustSucceed, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("rabbitmqctl", ["-q", .. arguments]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var tool = Process.Start(start) ?? throw new Win32Exception("rabbitmqctl did not start.");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(ToolTimeout);
        var output = tool.StandardOutput.ReadToEndAsync(timeout.Token);
        var errors = tool.StandardError.ReadToEndAsync(timeout.Token);
        await tool.WaitForExitAsync(timeout.Token);
        if (mustSucceed && tool.ExitCode != 0)
        {
            throw new InvalidOperationException($"rabbitmqctl {string.Join(' ', arguments)} failed ({tool.ExitCode}): {await errors}{await output}");
        }
    }
}
