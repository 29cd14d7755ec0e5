using System.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace DigitalCity.Deployment.Tests.Support;

/// <summary>
/// <c>kubectl kustomize k8s/base</c>, run once per test run. Without kubectl the tests that need it are
/// skipped on a developer's machine and fail in CI (<c>CI=true</c>), where kubectl is expected.
/// </summary>
internal static class Kustomize
{
    public const string Base = "k8s/base";

    static readonly Lazy<Rendering> BaseRendering = new(() => Render(Base));

    /// <summary>The objects the base renders to; skips or fails the calling test when kubectl is missing.</summary>
    public static IReadOnlyList<YamlMappingNode> RenderBase()
    {
        var rendering = BaseRendering.Value;
        if (rendering.Kubectl is null)
        {
            const string Missing = "kubectl is not on PATH, so the Kubernetes manifests cannot be rendered.";
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                Assert.Fail(Missing + " CI must install kubectl (it brings kustomize).");
            }

            Assert.Skip(Missing + " Install kubectl to run these checks.");
        }

        Assert.True(rendering.ExitCode == 0, $"`kubectl kustomize {Base}` failed ({rendering.ExitCode}):\n{rendering.Error}");
        return Yaml.LoadAll(rendering.Output);
    }

    public static IEnumerable<YamlMappingNode> OfKind(this IEnumerable<YamlMappingNode> objects, string kind) =>
        objects.Where(o => o.TextAt("kind") == kind);

    public static YamlMappingNode Named(this IEnumerable<YamlMappingNode> objects, string kind, string name) =>
        Assert.Single(objects.OfKind(kind), o => o.TextAt("metadata", "name") == name);

    static Rendering Render(string directory)
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
