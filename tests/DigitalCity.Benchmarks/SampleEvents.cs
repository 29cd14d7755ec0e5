using System.Text.Json;
using DigitalCity.Contracts;
using DigitalCity.Contracts.Inspection;
using DigitalCity.ServiceDefaults.Outbox;

namespace DigitalCity.Benchmarks;

/// <summary>
/// Realistic <see cref="CaseReported"/> events (a street address, a description, two photo references),
/// so both scenarios move messages of the size the Inspection service really publishes.
/// </summary>
static class SampleEvents
{
    /// <summary>The n-th report, each about its own case, as n different incidents would be.</summary>
    public static CaseReported CaseReported(int n)
    {
        var now = DateTimeOffset.UtcNow;
        var caseId = Guid.NewGuid();
        return new CaseReported(
            Guid.NewGuid(),
            now,
            caseId,
            $"{now:yyyyMMdd}{caseId.ToString("N")[^8..].ToUpperInvariant()}",
            "E0105",
            "垃圾满溢",
            new GeoPoint(118.7969 + (n % 1000) * 1e-5, 32.0603),
            $"玄武区中山路 {n % 300 + 1} 号东侧公交站旁",
            "Refuse bins beside the bus stop are overflowing; bags have been torn open and litter is spreading onto the cycle lane.",
            [$"photos/{caseId:N}/1.jpg", $"photos/{caseId:N}/2.jpg"],
            $"officer-{n % 50:D3}");
    }

    /// <summary>A report serialized as the outbox stores it: the raw scenario's message body.</summary>
    public static byte[] CaseReportedJson() =>
        JsonSerializer.SerializeToUtf8Bytes(CaseReported(0), EventTypes.PayloadJson);
}
