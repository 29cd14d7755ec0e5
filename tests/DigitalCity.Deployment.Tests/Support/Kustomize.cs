using System.Collections.Concurrent;
using System.Diagnostics;
using DigitalCity.Testing;

namespace DigitalCity.Deployment.Tests.Support;

/// <summary>
/// <c>kubectl kustomize</c> of the base and of every overlay, each rendered once per test run. Without
/// kubectl the tests that need it are skipped on a developer's machine and fail in CI (<c>CI=true</c>),
/// where kubectl is expected.
/// </summary>
internal static class Kustomize
{
    public const string Base = "k8s/base";
    public const string Small = "k8s/overlays/small";
    public const string Production = "k8s/overlays/production";
    const string OverlaysFolder = "k8s/overlays";

    static readonly ConcurrentDictionary<string, Lazy<Rendering>> Renderings = new(StringComparer.Ordinal);

    static readonly ConcurrentDictionary<string, Manifests> Parsed = new(StringComparer.Ordinal);

    /// <summary>The base and every folder under <c>k8s/overlays</c> with a kustomization, so a new overlay is checked too.</summary>
    public static IReadOnlyList<string> Directories =>
    [
        Base,
        .. Directory.GetDirectories(Repository.PathOf(OverlaysFolder))
            .Where(d => File.Exists(Path.Combine(d, "kustomization.yaml")))
            .Select(d => $"{OverlaysFolder}/{Path.GetFileName(d)}")
            .Order(StringComparer.Ordinal),
    ];

    /// <summary>The overlays, which are what gets applied (the base alone has no broker or database).</summary>
    public static IReadOnlyList<string> Overlays => [.. Directories.Where(d => d != Base)];

    /// <summary>The objects a kustomization renders to; skips or fails the calling test when kubectl is missing.</summary>
    public static Manifests Render(string directory)
    {
        var rendering = Renderings.GetOrAdd(directory, d => new Lazy<Rendering>(() => Run(d))).Value;
        if (rendering.Kubectl is null)
        {
            const string Missing = "kubectl is not on PATH, so the Kubernetes manifests cannot be rendered.";
            CiRequirement.SkipOrFail(Missing + " Install kubectl to run these checks.", Missing + " CI must install kubectl (it brings kustomize).");
        }

        Assert.True(rendering.ExitCode == 0, $"`kubectl kustomize {directory}` failed ({rendering.ExitCode}):\n{rendering.Error}");
        return Parsed.GetOrAdd(directory, d => new Manifests(d, Yaml.LoadAll(rendering.Output)));
    }

    static Rendering Run(string directory)
    {
        var kubectl = FindOnPath(OperatingSystem.IsWindows() ? "kubectl.exe" : "kubectl");
        if (kubectl is null)
        {
            return new Rendering(null, -1, "", "");
        }

        var start = new ProcessStartInfo(kubectl, ["kustomize", Repository.PathOf(directory)])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            return new Rendering(kubectl, -1, "", "kubectl kustomize did not finish within 2 minutes.");
        }

        return new Rendering(kubectl, process.ExitCode, output.GetAwaiter().GetResult(), error.GetAwaiter().GetResult());
    }

    static string? FindOnPath(string executable) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, executable))
            .FirstOrDefault(File.Exists);

    sealed record Rendering(string? Kubectl, int ExitCode, string Output, string Error);
}
