using System.Diagnostics;
using System.Globalization;
using DigitalCity.Tests.Faults.Hosting;
using RabbitMQ.Client;

namespace DigitalCity.Tests.Faults.Broker;

/// <summary>
/// A RabbitMQ node of the suite's own: its own node name, AMQP and distribution ports on loopback, data
/// directory and Erlang cookie, so killing it disturbs no other test or broker on the machine. Its data
/// directory outlives <see cref="KillAsync"/>, so durable queues and persistent messages come back with it.
/// </summary>
public sealed class RabbitMqNode : IAsyncDisposable
{
    /// <summary>Where Debian's rabbitmq-server package puts the scripts (not the wrappers that switch user).</summary>
    public const string ScriptDirectory = "/usr/lib/rabbitmq/bin";

    /// <summary>RabbitMQ's default high watermark, restored when a memory alarm is cleared.</summary>
    const string DefaultWatermark = "0.4";

    readonly string _root;
    readonly int _distributionPort = FreePort.Next();
    ChildProcess? _server;
    int _starts;

    RabbitMqNode(string root)
    {
        _root = root;
        NodeName = $"digitalcity-faults-{Environment.ProcessId}@localhost";
        File.WriteAllText(Path.Combine(_root, "enabled_plugins"), "[].");
    }

    public string NodeName { get; }

    public int Port { get; } = FreePort.Next();

    public static bool IsInstalled => File.Exists(Path.Combine(ScriptDirectory, "rabbitmq-server"));

    public static async Task<RabbitMqNode> StartAsync(string root)
    {
        var node = new RabbitMqNode(Directory.CreateDirectory(Path.Combine(root, "rabbitmq")).FullName);
        await node.StartAgainAsync();
        return node;
    }

    public ConnectionFactory ConnectionFactory() => new() { HostName = "127.0.0.1", Port = Port, UserName = "guest", Password = "guest" };

    /// <summary>Command-line configuration that points a service host at this node.</summary>
    public IEnumerable<string> HostArguments() =>
    [
        "--Messaging:Transport=RabbitMq",
        "--Messaging:RabbitMq:Host=127.0.0.1",
        $"--Messaging:RabbitMq:Port={Port}",
        "--Messaging:RabbitMq:VirtualHost=/",
        "--Messaging:RabbitMq:Username=guest",
        "--Messaging:RabbitMq:Password=guest",
    ];

    /// <summary>Starts the node (again, after a kill) and returns once it accepts AMQP connections.</summary>
    public async Task StartAgainAsync()
    {
        _server?.Dispose();
        _starts++;
        _server = ChildProcess.Start(Path.Combine(ScriptDirectory, "rabbitmq-server"), [], _root,
            Path.Combine(_root, $"server-{_starts}.log"), NodeEnvironment());
        var deadline = Stopwatch.StartNew();
        while (!await AcceptsConnectionsAsync())
        {
            if (_server.HasExited || deadline.Elapsed > TimeSpan.FromSeconds(90))
            {
                throw new InvalidOperationException($"RabbitMQ node {NodeName} did not start:\n{_server.LogTail()}");
            }

            await Task.Delay(100);
        }
    }

    /// <summary><c>kill -9</c> of the broker: no connection is closed cleanly and nothing is flushed on the way out.</summary>
    public async Task KillAsync()
    {
        if (_server is not null)
        {
            await _server.KillAsync();
        }
    }

    /// <summary>Sets the memory high watermark so low that the node raises its memory alarm and blocks every publisher.</summary>
    public Task RaiseMemoryAlarmAsync() => ControlAsync("set_vm_memory_high_watermark", "0.000001");

    public Task ClearMemoryAlarmAsync() => ControlAsync("set_vm_memory_high_watermark", DefaultWatermark);

    /// <summary>A queue's waiting messages and consumers, read over AMQP (milliseconds, unlike rabbitmqctl).</summary>
    public async Task<(uint Ready, uint Consumers)> QueueStateAsync(string queue)
    {
        try
        {
            await using var connection = await ConnectionFactory().CreateConnectionAsync();
            await using var channel = await connection.CreateChannelAsync();
            var state = await channel.QueueDeclarePassiveAsync(queue);
            return (state.MessageCount, state.ConsumerCount);
        }
        catch (RabbitMQ.Client.Exceptions.BrokerUnreachableException)
        {
            return (0, 0);
        }
    }

    /// <summary>Client connections the broker blocks now (its memory or disk alarm stopped them publishing).</summary>
    public async Task<int> BlockedConnectionsAsync()
    {
        var lines = await ControlAsync("list_connections", "--no-table-headers", "state");
        return lines.Split('\n', StringSplitOptions.RemoveEmptyEntries).Count(l => l.Trim() == "blocked");
    }

    /// <summary>Every queue of the node with its messages waiting and delivered but not yet acknowledged.</summary>
    public async Task<IReadOnlyList<QueueDepth>> QueuesAsync()
    {
        var lines = await ControlAsync("list_queues", "--no-table-headers", "name", "messages_ready", "messages_unacknowledged");
        return [.. lines.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l.Split('\t', StringSplitOptions.TrimEntries))
            .Where(f => f.Length == 3)
            .Select(f => new QueueDepth(f[0], long.Parse(f[1], CultureInfo.InvariantCulture), long.Parse(f[2], CultureInfo.InvariantCulture)))];
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.KillAsync();
            _server.Dispose();
        }
    }

    public string LogTail() => _server?.LogTail() ?? "(not started)";

    async Task<bool> AcceptsConnectionsAsync()
    {
        try
        {
            await using var connection = await ConnectionFactory().CreateConnectionAsync();
            return true;
        }
        catch (RabbitMQ.Client.Exceptions.BrokerUnreachableException)
        {
            return false;
        }
    }

    async Task<string> ControlAsync(params string[] arguments)
    {
        var log = Path.Combine(_root, "rabbitmqctl.log");
        var output = Path.Combine(_root, $"rabbitmqctl-{Guid.NewGuid():N}.out");
        using (var control = ChildProcess.Start(Path.Combine(ScriptDirectory, "rabbitmqctl"), ["-n", NodeName, "-q", .. arguments], _root, output, NodeEnvironment()))
        {
            var exitCode = await control.WaitAsync();
            File.AppendAllText(log, $"rabbitmqctl {string.Join(' ', arguments)} → {exitCode}\n");
            if (exitCode != 0)
            {
                throw new InvalidOperationException($"rabbitmqctl {string.Join(' ', arguments)} failed ({exitCode}):\n{control.LogTail()}");
            }
        }

        var text = await File.ReadAllTextAsync(output);
        File.Delete(output);
        return text;
    }

    Dictionary<string, string> NodeEnvironment() => new()
    {
        // The Erlang cookie lives in HOME: the node and the suite's rabbitmqctl share one nobody else has.
        ["HOME"] = _root,
        ["RABBITMQ_NODENAME"] = NodeName,
        ["RABBITMQ_NODE_IP_ADDRESS"] = "127.0.0.1",
        ["RABBITMQ_NODE_PORT"] = Port.ToString(CultureInfo.InvariantCulture),
        ["RABBITMQ_DIST_PORT"] = _distributionPort.ToString(CultureInfo.InvariantCulture),
        ["RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS"] = "-kernel inet_dist_use_interface {127,0,0,1}",
        ["RABBITMQ_MNESIA_BASE"] = Path.Combine(_root, "mnesia"),
        ["RABBITMQ_LOG_BASE"] = Path.Combine(_root, "log"),
        ["RABBITMQ_ENABLED_PLUGINS_FILE"] = Path.Combine(_root, "enabled_plugins"),
        ["RABBITMQ_CONFIG_FILE"] = Path.Combine(_root, "rabbitmq"),
        ["RABBITMQ_PID_FILE"] = Path.Combine(_root, "rabbitmq.pid"),
    };
}
