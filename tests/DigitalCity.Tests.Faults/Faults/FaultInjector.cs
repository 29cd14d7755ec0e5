using System.Diagnostics;
using DigitalCity.Tests.Faults.Hosting;
using DigitalCity.Tests.Faults.Load;

namespace DigitalCity.Tests.Faults.Faults;

/// <summary>
/// Injects the faults into a running <see cref="FaultSystem"/> while <see cref="ReportLoad"/> runs. A fault lasts
/// while the load gets <c>casesDuringFault</c> more cases acknowledged (so its length follows the work done, not
/// a clock), then it is undone and the recovery is timed with a canary.
/// </summary>
public sealed class FaultInjector(FaultSystem system, ReportLoad load, CaseJourney journey, FaultWindow window, AttemptLog attempts, RecoveryProbe probe,
    int casesDuringFault)
{
    /// <summary>While the sanitation host is down the first time, enough cases for a backlog it takes a moment to work through.</summary>
    const int BacklogCases = 400;

    static readonly TimeSpan FaultDeadline = TimeSpan.FromMinutes(3);

    readonly List<FaultOutcome> _outcomes = [];

    public IReadOnlyList<FaultOutcome> Outcomes => _outcomes;

    /// <summary><c>kill -9</c> of the broker, restarted on the same data directory.</summary>
    public Task KillBrokerAsync(string name, CancellationToken cancellationToken) =>
        InjectAsync(name, casesDuringFault, system.Broker.KillAsync, system.Broker.StartAgainAsync, cancellationToken);

    /// <summary>
    /// <c>kill -9</c> of the sanitation host while it works through a backlog, restarted on the same files. The
    /// host is killed once, so that cases dispatched meanwhile pile up in its queue; started again; and killed
    /// again as soon as it consumes while messages still wait — with its prefetch full, it then holds delivered,
    /// unacknowledged messages, some of them mid-write.
    /// </summary>
    public Task KillConsumerHostAsync(string name, string queue, CancellationToken cancellationToken) =>
        InjectAsync(name, BacklogCases, system.Sanitation.KillAsync, async () =>
        {
            var (backlog, _) = await system.Broker.QueueStateAsync(queue);
            system.Sanitation.Launch();
            var (ready, _) = await Eventually.ReturnsAsync(() => system.Broker.QueueStateAsync(queue),
                s => (s.Consumers > 0 && s.Ready < backlog) || s.Ready == 0, FaultDeadline);
            if (ready == 0)
            {
                throw new InvalidOperationException($"{queue} had no backlog when the sanitation host came back; nothing to kill it in the middle of.");
            }

            await system.Sanitation.KillAsync();
            MidMessageKills++;
            await system.Sanitation.StartAgainAsync();
        }, cancellationToken);

    /// <summary>How many times a consumer host was killed while its queue held messages and it held deliveries.</summary>
    public int MidMessageKills { get; private set; }

    /// <summary>
    /// The broker's memory alarm: every connection that publishes is blocked until it clears. The fault lasts until
    /// the broker reports a blocked connection (the services' outboxes tried to publish) and the load got its cases.
    /// </summary>
    public Task RaiseMemoryAlarmAsync(string name, CancellationToken cancellationToken) =>
        InjectAsync(name, casesDuringFault, system.Broker.RaiseMemoryAlarmAsync, async () =>
        {
            BlockedPublishers = (await Eventually.ReturnsAsync(system.Broker.BlockedConnectionsAsync, n => n > 0, FaultDeadline));
            await system.Broker.ClearMemoryAlarmAsync();
        }, cancellationToken);

    /// <summary>The connections the broker had blocked during its memory alarm.</summary>
    public int BlockedPublishers { get; private set; }

    /// <summary>
    /// <c>kill -9</c> of a service host while the load has requests in flight through the gateway, so some of its
    /// writes are cut off half-way; restarted at once on the same files (the load cannot go on without it).
    /// </summary>
    public Task KillMidWriteAsync(string name, ServiceProcess service, CancellationToken cancellationToken) =>
        InjectAsync(name, 0, async () =>
        {
            await Eventually.ReturnsAsync(() => Task.FromResult(journey.InFlight), n => n > 0, FaultDeadline);
            InFlightAtKills += journey.InFlight;
            await service.KillAsync();
        }, service.StartAgainAsync, cancellationToken);

    /// <summary>Requests the load had in flight at the moments hosts were killed mid-write.</summary>
    public int InFlightAtKills { get; private set; }

    async Task InjectAsync(string name, int cases, Func<Task> inject, Func<Task> undo, CancellationToken cancellationToken)
    {
        window.Open(name);
        await inject();
        var before = load.Acknowledged;
        await load.WhenAcknowledgedAsync(before + cases, FaultDeadline);
        await undo();
        var ended = Stopwatch.StartNew();
        window.Close();
        var during = load.Acknowledged - before;
        var recovery = await probe.MeasureAsync(ended, cancellationToken);
        _outcomes.Add(new FaultOutcome(name, cases, during, attempts.StatusesDuring(name), recovery));
    }
}
