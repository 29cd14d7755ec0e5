namespace DigitalCity.Deployment.Tests.Support;

/// <summary>The checked-out repository: found by walking up from the test binaries to <c>DigitalCity.sln</c>.</summary>
internal static class Repository
{
    static readonly Lazy<string> RootPath = new(FindRoot);

    public static string Root => RootPath.Value;

    /// <summary>The absolute path of a repository-relative path written with forward slashes.</summary>
    public static string PathOf(string relativePath) =>
        Path.Combine(Root, relativePath.Replace('/', Path.DirectorySeparatorChar));

    public static bool Exists(string relativePath) => File.Exists(PathOf(relativePath));

    public static string ReadText(string relativePath) => File.ReadAllText(PathOf(relativePath));

    static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "DigitalCity.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No DigitalCity.sln above {AppContext.BaseDirectory}.");
    }
}
