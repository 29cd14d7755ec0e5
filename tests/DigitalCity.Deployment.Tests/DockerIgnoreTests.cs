using DigitalCity.Deployment.Tests.Support;

namespace DigitalCity.Deployment.Tests;

/// <summary>.dockerignore: the build context carries sources, not build output, tests or local data.</summary>
public sealed class DockerIgnoreTests
{
    readonly IReadOnlyList<string> patterns = Repository.ReadText(".dockerignore")
        .ReplaceLineEndings("\n").Split('\n')
        .Select(line => line.Trim())
        .Where(line => line.Length > 0 && !line.StartsWith('#'))
        .ToList();

    [Fact]
    public void The_build_context_leaves_out_build_output_tests_local_data_and_git()
    {
        Assert.Contains("**/bin", patterns);
        Assert.Contains("**/obj", patterns);
        Assert.Contains("tests", patterns);
        Assert.Contains("data", patterns);
        Assert.Contains(".git", patterns);
    }

    [Fact]
    public void Nothing_a_Dockerfile_copies_from_the_context_is_left_out()
    {
        var sources = DockerfileTests.Dockerfiles
            .SelectMany(path => Dockerfile.Load(path).Stages)
            .SelectMany(stage => stage.All("COPY"))
            .Where(copy => copy.Flag("from") is null)
            .SelectMany(copy => copy.Sources);

        Assert.All(sources, source => Assert.DoesNotContain(patterns, pattern => Excludes(pattern, source)));
    }

    /// <summary>Enough of the .dockerignore matching for the plain and <c>**/name</c> patterns used here.</summary>
    static bool Excludes(string pattern, string source)
    {
        var segments = source.TrimEnd('/').Split('/');
        return pattern.StartsWith("**/", StringComparison.Ordinal)
            ? segments.Contains(pattern[3..])
            : segments[0] == pattern || source.TrimEnd('/') == pattern;
    }
}
