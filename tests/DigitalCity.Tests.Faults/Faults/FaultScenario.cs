using System.Diagnostics;
using System.Globalization;
using DigitalCity.Tests.Faults.Hosting;
using DigitalCity.Tests.Faults.Load;
using DigitalCity.Tests.Faults.Oracle;

namespace DigitalCity.Tests.Faults.Faults;

/// <summary>
/// A load through the gateway, faults injected one after another while it runs, then the oracle: the frame both
/// the fault suite and the restart test run in. A failure keeps every part's logs and says where they are.
/// </summary>
public sealed class FaultScenario : IDisposable
{
    /// <summary>The issue's bound: consumers work again within 30 s of the fault's end.</summary>
    public static readonly TimeSpan MaxRecovery = TimeSpan.FromSeconds(30);

    const int Concurrency = 16;
    const string OfficerId = "officer-faults";

    readonly FaultSystem _system;
    readonly BureauClients _bureau;
    readonly AttemptLog _attempts;
    readonly ReportLoad _load;
    readonly RecoveryProbe _probe;
    readonly DeliveryOracle _oracle;
    readonly int _casesBetweenFaults;

    /// <param name="casesPerSecond">The load's pace: slow enough that it outlasts every fault.</param>
    public FaultScenario(FaultSystem system, int cases, int casesPerSecond, int casesDuringFault, int casesBetweenFaults)
    {
        _system = system;
        _bureau = system.Bureau(OfficerId);
        var window = new FaultWindow();
        _attempts = new AttemptLog(window);
        var journey = new CaseJourney(_bureau, _attempts);
        var run = $"faults-{Guid.NewGuid():N}"[..16];
        _load = new ReportLoad(journey, run, cases, Concurrency, casesPerSecond);
        _probe = new RecoveryProbe(system, journey, run);
        _oracle = new DeliveryOracle(system, OfficerId);
        Faults = new FaultInjector(system, _load, journey, window, _attempts, _probe, casesDuringFault);
        _casesBetweenFaults = casesBetweenFaults;
    }

    public FaultInjector Faults { get; }

    /// <summary>Runs the load, injects each fault after <c>casesBetweenFaults</c> more acknowledged cases, waits for quiet and judges.</summary>
    public async Task<IReadOnlyList<string>> RunAsync(IReadOnlyList<Func<CancellationToken, Task>> faults, CancellationToken cancellationToken)
    {
        var started = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        try
        {
            var driving = _load.RunAsync(cancellationToken);
            foreach (var fault in faults)
            {
                await _load.WhenAcknowledgedAsync(_load.Acknowledged + _casesBetweenFaults, TimeSpan.FromMinutes(5));
                Assert.False(_load.Finished, "The load ended before every fault was injected; slow its pace.");
                await fault(cancellationToken);
            }

            await driving;
            var loaded = clock.Elapsed;
            await _oracle.WaitUntilQuietAsync(TimeSpan.FromMinutes(3), cancellationToken);
            var quiet = clock.Elapsed - loaded;
            var verdict = await _oracle.JudgeAsync([.. _load.Cases, .. _probe.Canaries], started, DateTimeOffset.UtcNow, cancellationToken);
            List<string> figures =
            [
                $"{_load.Acknowledged} cases (report, file, dispatch) through the gateway in {loaded.TotalSeconds:0} s, {Concurrency} in flight at most; " +
                    $"every outbox and queue empty {quiet.TotalSeconds:0.0} s after the last",
                .. Faults.Outcomes.Select(o => o.Line()),
                .. verdict.Lines(),
                $"recovery seconds: {string.Join(", ", Faults.Outcomes.Select(o => o.Recovery.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)))} (limit {MaxRecovery.TotalSeconds:0})",
            ];

            Assert.True(verdict.Lost == 0 && verdict.Duplicated == 0 && verdict.DeadLettered == 0 && verdict.CasesInAnotherState == 0,
                string.Join('\n', figures));
            Assert.Equal(0, _attempts.Unexpected);
            Assert.All(Faults.Outcomes, o => Assert.True(o.Recovery <= MaxRecovery, $"{o.Name}: consumers resumed only after {o.Recovery}"));
            Assert.All(Faults.Outcomes, o => Assert.True(o.AcknowledgedDuring >= o.CasesRequired, $"{o.Name}: only {o.AcknowledgedDuring} cases while it lasted"));
            return figures;
        }
        catch (Exception ex) when (ex is not Xunit.Sdk.SkipException)
        {
            _system.KeepLogs = true;
            var progress = string.Join('\n', Faults.Outcomes.Select(o => o.Line()).Prepend($"after {clock.Elapsed.TotalSeconds:0} s, {_load.Acknowledged} cases acknowledged"));
            throw new InvalidOperationException($"{ex.Message}\n\n{progress}\n\nLogs under {_system.LogDirectory}:\n{_system.Diagnostics()}", ex);
        }
    }

    public void Dispose()
    {
        _oracle.Dispose();
        _probe.Dispose();
        _load.Dispose();
        _bureau.Dispose();
    }
}
