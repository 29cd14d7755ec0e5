using DigitalCity.Testing;

namespace DigitalCity.Deployment.Tests.Support;

/// <summary>The checked-out repository: found by walking up from the test binaries to <c>DigitalCity.sln</c>.</summary>
internal static class Repository
{
    public static string Root => RepositoryPaths.Root;

    /// <summary>The absolute path of a repository-relative path written with forward slashes.</summary>
    public static string PathOf(string relativePath) => RepositoryPaths.Of(relativePath);

    public static bool Exists(string relativePath) => File.Exists(PathOf(relativePath));

    public static string ReadText(string relativePath) => File.ReadAllText(PathOf(relativePath));
}
