using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace DigitalCity.Benchmarks.Gateway;

/// <summary>One wrk run against one target: requests per second and the latency percentiles wrk reports (ms).</summary>
sealed partial record WrkResult(string Target, double RequestsPerSecond, double P50, double P99, long Non2xx)
{
    /// <summary>
    /// Runs <c>wrk --latency</c> with the token header as <paramref name="load"/> says and reads its report; a paced load
    /// gets a wrk script whose <c>delay()</c> is the pause.
    /// </summary>
    public static async Task<WrkResult> RunAsync(string target, Uri url, string token, WrkLoad load, CancellationToken cancellationToken)
    {
        var script = load.Paced ? Path.Combine(Path.GetTempPath(), $"digitalcity-wrk-pause-{load.PauseMilliseconds}.lua") : null;
        if (script is not null)
        {
            await File.WriteAllTextAsync(script, $"function delay() return {load.PauseMilliseconds} end\n", cancellationToken);
        }

        string[] options = ["-t1", $"-c{load.Connections}", $"-d{load.Seconds}s", "--latency", "-H", $"Authorization: Bearer {token}"];
        var start = new ProcessStartInfo("wrk", [.. options, .. script is null ? Array.Empty<string>() : ["-s", script], url.ToString()])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var wrk = Process.Start(start) ?? throw new InvalidOperationException("wrk did not start; install it (apt-get install wrk).");
        var output = await wrk.StandardOutput.ReadToEndAsync(cancellationToken);
        await wrk.WaitForExitAsync(cancellationToken);
        if (wrk.ExitCode != 0)
        {
            throw new InvalidOperationException($"wrk failed: {await wrk.StandardError.ReadToEndAsync(cancellationToken)}");
        }

        return new WrkResult(target, Number(RequestsPerSecondLine(), output), Latency("50", output), Latency("99", output),
            NonSuccess().Match(output) is { Success: true } m ? long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : 0);
    }

    /// <summary>One line of a round's report: the load's name, the target, requests/s, p50 and p99.</summary>
    public string Describe(string load) => string.Create(CultureInfo.InvariantCulture,
        $"{load,-9} {Target,-8} {RequestsPerSecond,10:N0} requests/s; p50 {P50,6:0.00} ms, p99 {P99,6:0.00} ms");

    static double Number(Regex pattern, string output) =>
        pattern.Match(output) is { Success: true } m ? double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : throw new InvalidOperationException($"wrk's report lacks {pattern}: {output}");

    static double Latency(string percentile, string output)
    {
        var m = Regex.Match(output, $@"^\s+{percentile}%\s+([\d.]+)(us|ms|s)\s*$", RegexOptions.Multiline);
        if (!m.Success)
        {
            throw new InvalidOperationException($"wrk's report lacks the {percentile}th percentile: {output}");
        }

        var value = double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        return m.Groups[2].Value switch { "us" => value / 1000, "s" => value * 1000, _ => value };
    }

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex RequestsPerSecondLine();

    [GeneratedRegex(@"Non-2xx or 3xx responses:\s+(\d+)")]
    private static partial Regex NonSuccess();
}
