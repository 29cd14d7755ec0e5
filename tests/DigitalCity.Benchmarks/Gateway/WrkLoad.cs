using System.Globalization;

namespace DigitalCity.Benchmarks.Gateway;

/// <summary>
/// How wrk loads a target: <see cref="Connections"/> kept open for <see cref="Seconds"/>, each sending its next request as
/// soon as the answer arrives (saturation: the throughput figure) or, with <see cref="PauseMilliseconds"/>, that long
/// after it (a paced load below saturation: the latency figure, which then measures the work per request rather than
/// the queue in front of a saturated CPU).
/// </summary>
sealed record WrkLoad(int Connections, int Seconds, int PauseMilliseconds = 0)
{
    public bool Paced => PauseMilliseconds > 0;

    /// <summary>The wrk options, as the reports show them.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"wrk -t1 -c{Connections} -d{Seconds}s{(Paced ? $", {PauseMilliseconds} ms pause after each answer" : "")}");
}
