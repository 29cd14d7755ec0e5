using DigitalCity.Tests.Faults.Faults;
using DigitalCity.Tests.Faults.Hosting;

namespace DigitalCity.Tests.Faults;

/// <summary>
/// Issue #9's restart safety: the inspection host is killed twice while requests are being written and started
/// again on the same store. Every case the API acknowledged is there once, whole and in its acknowledged state;
/// the outbox entries the dead process had claimed go out once their lease lapses (none stays stuck); the
/// reports a kill cut off are sent again with their Idempotency-Key and never make a second case.
/// </summary>
public sealed class RestartSafetyTests
{
    [Theory]
    [InlineData("Sqlite")]
    [InlineData("MongoDb")]
    public async Task A_service_killed_mid_write_comes_back_with_every_case_whole_and_no_event_stuck(string provider)
    {
        FaultSystem.RequireRabbitMqServer();
        await using var system = await FaultSystem.StartAsync(
            // A dead process's claimed outbox entries wait for their lease to lapse: 5 s here, a minute by default.
            [.. FaultSystem.Storage(provider), "--Outbox:LeaseDuration=00:00:05"],
            // The gateway takes a restarted host back after 5 s instead of 30 s.
            ["--ReverseProxy:Clusters:inspection:HealthCheck:Passive:ReactivationPeriod=00:00:05"]);
        using var scenario = new FaultScenario(system, cases: 3_000, casesPerSecond: 50, casesDuringFault: 0, casesBetweenFaults: 500);
        var faults = scenario.Faults;

        var figures = await scenario.RunAsync(
        [
            c => faults.KillMidWriteAsync("inspection host killed mid-write (1)", system.Inspection, c),
            c => faults.KillMidWriteAsync("inspection host killed mid-write (2)", system.Inspection, c),
        ], TestContext.Current.CancellationToken);

        FaultReport.Write($"Restart safety (issue #9, {provider})",
            [.. figures, $"requests in flight at the kills: {faults.InFlightAtKills}"]);
        Assert.True(faults.InFlightAtKills > 0);
    }
}
