using System.Diagnostics;
using DigitalCity.Deployment.Tests.Support;

namespace DigitalCity.Deployment.Tests;

/// <summary>
/// <c>dotnet publish</c> of every deployable host, as its Dockerfile runs it: the images cannot be built
/// on the project's machines (no docker engine), so this proves their publish step works. One publish per
/// project, into a temporary folder, reusing the restore the build already did.
/// </summary>
public sealed class PublishTests
{
    static readonly TimeSpan PublishTimeout = TimeSpan.FromMinutes(10);

    public static TheoryData<string> Deployables =>
    [
        "services/Inspection.Host/DigitalCity.Inspection.Host.csproj",
        "services/Sanitation.Host/DigitalCity.Sanitation.Host.csproj",
        "services/Publicity.Host/DigitalCity.Publicity.Host.csproj",
        "gateway/DigitalCity.Gateway.csproj",
    ];

    [Fact]
    public void Every_Dockerfile_builds_a_project_listed_here()
    {
        var published = Deployables.Select(row => row.Data).ToHashSet(StringComparer.Ordinal);

        Assert.All(DockerfileTests.Dockerfiles.Select(row => row.Data), dockerfile =>
        {
            var folder = dockerfile[..dockerfile.LastIndexOf('/')];
            Assert.Contains(published, project => project.StartsWith(folder + "/", StringComparison.Ordinal));
        });
    }

    [Theory]
    [MemberData(nameof(Deployables))]
    public void Every_deployable_publishes(string project)
    {
        var output = Directory.CreateTempSubdirectory("digitalcity-publish-");
        try
        {
            var restored = File.Exists(Path.Combine(Path.GetDirectoryName(Repository.PathOf(project))!, "obj", "project.assets.json"));
            string[] arguments =
            [
                "publish", Repository.PathOf(project), "-c", "Release", "-o", output.FullName, "-p:UseAppHost=false",
                "--disable-build-servers", "-nologo", .. restored ? ["--no-restore"] : Array.Empty<string>(),
            ];

            var (exitCode, log) = RunDotnet(arguments);

            Assert.True(exitCode == 0, $"dotnet {string.Join(' ', arguments)} exited with {exitCode}:\n{Tail(log, 60)}");
            Assert.True(File.Exists(Path.Combine(output.FullName, $"{ProjectGraph.AssemblyName(project)}.dll")), $"The publish output has no {ProjectGraph.AssemblyName(project)}.dll.");
            Assert.True(File.Exists(Path.Combine(output.FullName, "appsettings.json")), "The publish output has no appsettings.json.");
        }
        finally
        {
            output.Delete(recursive: true);
        }
    }

    static (int ExitCode, string Log) RunDotnet(IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(DotnetHost(), arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Repository.Root,
        };
        // The test host runs under `dotnet test`, whose MSBuild variables would steer the child build.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(PublishTimeout))
        {
            process.Kill(entireProcessTree: true);
            return (-1, $"dotnet publish did not finish within {PublishTimeout}.\n{output.GetAwaiter().GetResult()}");
        }

        return (process.ExitCode, output.GetAwaiter().GetResult() + error.GetAwaiter().GetResult());
    }

    /// <summary>The dotnet that runs the tests (the SDK sets DOTNET_HOST_PATH), else the one on PATH.</summary>
    static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    static string Tail(string text, int lines) =>
        string.Join('\n', text.ReplaceLineEndings("\n").Split('\n').TakeLast(lines));
}
