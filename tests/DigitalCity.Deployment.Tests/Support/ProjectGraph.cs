using System.Xml.Linq;

namespace DigitalCity.Deployment.Tests.Support;

/// <summary>Projects and their <c>ProjectReference</c>s, as repository-relative paths with forward slashes.</summary>
internal static class ProjectGraph
{
    /// <summary>The project and every project it references, directly or not.</summary>
    public static IReadOnlySet<string> Closure(string projectPath)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([projectPath]);
        while (pending.TryPop(out var project))
        {
            if (!seen.Add(project))
            {
                continue;
            }

            Assert.True(Repository.Exists(project), $"Referenced project {project} does not exist.");
            foreach (var reference in References(project))
            {
                pending.Push(reference);
            }
        }

        return seen;
    }

    /// <summary>The assembly a project builds: its AssemblyName, or its file name.</summary>
    public static string AssemblyName(string projectPath) =>
        XDocument.Load(Repository.PathOf(projectPath)).Descendants("AssemblyName").Select(e => e.Value).FirstOrDefault()
        ?? Path.GetFileNameWithoutExtension(projectPath);

    public static string DirectoryOf(string projectPath) => projectPath[..(projectPath.LastIndexOf('/') + 1)];

    static IEnumerable<string> References(string projectPath)
    {
        var directory = Path.GetDirectoryName(Repository.PathOf(projectPath))!;
        return XDocument.Load(Repository.PathOf(projectPath))
            .Descendants("ProjectReference")
            .Select(e => (string?)e.Attribute("Include"))
            .OfType<string>()
            .Select(include => Path.GetFullPath(Path.Combine(directory, include.Replace('\\', '/'))))
            .Select(full => Path.GetRelativePath(Repository.Root, full).Replace(Path.DirectorySeparatorChar, '/'));
    }
}
