namespace DigitalCity.Benchmarks.Gateway;

/// <summary>The medians of several rounds of <see cref="GatewayTargets"/>: requests/s, p50 and p99 (ms) of each target, and how they compare.</summary>
sealed record GatewayFigures(double Direct, double Gateway, double Nginx, double DirectP99, double GatewayP99, double NginxP99,
    double DirectP50, double GatewayP50, double NginxP50)
{
    public double GatewayShareOfNginx => Gateway / Nginx;

    public double GatewayShareOfDirect => Gateway / Direct;

    public double GatewayAddedP99 => GatewayP99 - DirectP99;

    public double NginxAddedP99 => NginxP99 - DirectP99;

    public static GatewayFigures Of(IReadOnlyCollection<WrkResult> results)
    {
        double Of(string target, Func<WrkResult, double> value) => MedianOf(results, target, value);
        const string direct = GatewayTargets.Direct, gateway = GatewayTargets.Gateway, nginx = GatewayTargets.Nginx;
        return new GatewayFigures(
            Of(direct, r => r.RequestsPerSecond), Of(gateway, r => r.RequestsPerSecond), Of(nginx, r => r.RequestsPerSecond),
            Of(direct, r => r.P99), Of(gateway, r => r.P99), Of(nginx, r => r.P99),
            Of(direct, r => r.P50), Of(gateway, r => r.P50), Of(nginx, r => r.P50));
    }

    /// <summary>The median of <paramref name="value"/> over <paramref name="target"/>'s runs (e.g. <see cref="GatewayTargets.Yarp"/>'s).</summary>
    public static double MedianOf(IEnumerable<WrkResult> results, string target, Func<WrkResult, double> value) =>
        Median.Of(results.Where(r => r.Target == target).Select(value));
}
