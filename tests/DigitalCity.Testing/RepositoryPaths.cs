namespace DigitalCity.Testing;

/// <summary>The checked-out repository, found by walking up from the test binaries to <c>DigitalCity.sln</c>.</summary>
public static class RepositoryPaths
{
    static readonly Lazy<string> RootPath = new(FindRoot);

    public static string Root => RootPath.Value;

    /// <summary>The absolute path of a repository-relative path written with forward slashes.</summary>
    public static string Of(string relativePath) => Path.Combine(Root, relativePath.Replace('/', Path.DirectorySeparatorChar));

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
