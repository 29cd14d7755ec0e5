using System.Diagnostics;
using System.Text.Json;

namespace DigitalCity.Tests.Integration;

/// <summary>
/// The documented re-drive of an error queue (docs/messaging.md#re-driving-an-error-queue), run as an operator runs it:
/// <c>rabbitmqctl set_parameter shovel</c> declares a dynamic shovel that moves what <c>{queue}_error</c> holds at that
/// moment back to <c>{queue}</c>, acknowledging each message only once the broker has confirmed it in <c>{queue}</c>,
/// and deletes itself when done.
/// </summary>
public static class Redrive
{
    static readonly string[] Places = [.. (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator), "/usr/sbin", "/usr/lib/rabbitmq/bin"];

    public static string ShovelName(string queue) => $"redrive-{queue}";

    /// <summary>The shovel's definition; <c>amqp:///{vhost}</c> is the node the shovel runs on, in that virtual host.</summary>
    public static string Definition(string queue, string virtualHost)
    {
        var local = virtualHost == "/" ? "amqp://" : $"amqp:///{Uri.EscapeDataString(virtualHost)}";
        return JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["src-protocol"] = "amqp091",
            ["src-uri"] = local,
            ["src-queue"] = ErrorQueues.Of(queue),
            ["dest-protocol"] = "amqp091",
            ["dest-uri"] = local,
            ["dest-queue"] = queue,
            ["src-delete-after"] = "queue-length",
            ["ack-mode"] = "on-confirm",
        });
    }

    /// <summary>Skips on a developer's machine without <c>rabbitmqctl</c>; fails in CI.</summary>
    public static void RequireRabbitmqctl()
    {
        if (Rabbitmqctl() is null)
        {
            CiRequirement.SkipOrFail("The re-drive runs rabbitmqctl, and none is installed (Debian: apt-get install rabbitmq-server).");
        }
    }

    /// <summary>Moves the messages in <c>{queue}_error</c> back to <paramref name="queue"/>, and returns once the shovel has deleted itself.</summary>
    public static async Task RunAsync(BrokerSettings broker, string queue)
    {
        var name = ShovelName(queue);
        await RabbitmqctlAsync("set_parameter", "-p", broker.VirtualHost, "shovel", name, Definition(queue, broker.VirtualHost));
        await Eventually.ReturnsAsync(
            () => RabbitmqctlAsync("list_parameters", "-q", "-p", broker.VirtualHost),
            parameters => !parameters.Split('\n').Any(line => line.Split('\t') is ["shovel", var shovel, ..] && shovel == name),
            TimeSpan.FromMinutes(1));
    }

    static string? Rabbitmqctl() =>
        Places.Where(p => p.Length > 0).Select(p => Path.Combine(p, "rabbitmqctl")).FirstOrDefault(File.Exists);

    static async Task<string> RabbitmqctlAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo(Rabbitmqctl() ?? "rabbitmqctl") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, $"rabbitmqctl {arguments[0]} exited with {process.ExitCode}: {await error}");
        return await output;
    }
}
