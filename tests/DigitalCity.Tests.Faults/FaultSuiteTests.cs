using DigitalCity.Tests.Faults.Faults;
using DigitalCity.Tests.Faults.Hosting;

namespace DigitalCity.Tests.Faults;

/// <summary>
/// Issue #9's fault suite: 10,000 cases (report, file, dispatch) through the gateway while the broker is killed
/// three times, the sanitation host is killed mid-message and the broker's memory alarm blocks every publisher;
/// then the oracle. Its figures are printed and, in CI, shown by <c>.ci/run</c>.
/// </summary>
public sealed class FaultSuiteTests
{
    [Theory]
    [InlineData("Sqlite")]
    [InlineData("MongoDb")]
    public async Task Nothing_the_API_acknowledged_is_lost_or_applied_twice_while_the_broker_and_a_consumer_host_die(string provider)
    {
        FaultSystem.RequireRabbitMqServer();
        await using var system = await FaultSystem.StartAsync(FaultSystem.Storage(provider));
        // About 150 requests a second: the load outlasts the five faults with room between them.
        using var scenario = new FaultScenario(system, cases: 10_000, casesPerSecond: 50, casesDuringFault: 100, casesBetweenFaults: 500);
        var faults = scenario.Faults;

        var figures = await scenario.RunAsync(
        [
            c => faults.KillBrokerAsync("broker killed (1)", c),
            c => faults.KillBrokerAsync("broker killed (2)", c),
            c => faults.KillBrokerAsync("broker killed (3)", c),
            c => faults.KillConsumerHostAsync("sanitation host killed mid-message", "sanitation-case-dispatched", c),
            c => faults.RaiseMemoryAlarmAsync("broker memory alarm", c),
        ], TestContext.Current.CancellationToken);

        FaultReport.Write($"Fault suite (issue #9, {provider})",
        [
            .. figures,
            $"the sanitation host was killed {faults.MidMessageKills} time(s) holding deliveries with more waiting; " +
                $"the memory alarm blocked {faults.BlockedPublishers} publishing connection(s)",
        ]);
        Assert.Equal(1, faults.MidMessageKills);
        Assert.True(faults.BlockedPublishers > 0);
    }
}
