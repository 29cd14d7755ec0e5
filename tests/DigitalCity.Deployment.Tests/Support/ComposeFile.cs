using YamlDotNet.RepresentationModel;

namespace DigitalCity.Deployment.Tests.Support;

/// <summary>A port a compose service publishes on the host.</summary>
internal sealed record PublishedPort(string? HostIp, string? HostPort, string ContainerPort);

/// <summary><c>docker-compose.yml</c>, parsed with its anchors and merge keys resolved.</summary>
internal sealed class ComposeFile
{
    public const string RelativePath = "docker-compose.yml";

    ComposeFile(YamlMappingNode root) => Root = root;

    public YamlMappingNode Root { get; }

    public static ComposeFile Load() => new(Yaml.LoadMapping(Repository.ReadText(RelativePath)));

    public IReadOnlyList<string> ServiceNames => Root.Get("services").Keys();

    public YamlNode Service(string name) =>
        Root.At("services", name) ?? throw new InvalidOperationException($"{RelativePath} has no service '{name}'.");

    /// <summary>The service's environment, in either the mapping or the <c>KEY=value</c> list form.</summary>
    public IReadOnlyDictionary<string, string> Environment(string service)
    {
        var environment = Service(service).Get("environment");
        if (environment is YamlSequenceNode list)
        {
            return list.Children.Select(i => i.Text() ?? "")
                .Select(entry => entry.Split('=', 2))
                .ToDictionary(parts => parts[0], parts => parts.Length > 1 ? parts[1] : "", StringComparer.Ordinal);
        }

        return environment.Keys().ToDictionary(key => key, key => environment.TextAt(key) ?? "", StringComparer.Ordinal);
    }

    /// <summary>Ports published on the host, in the short (<c>[ip:]host:container</c>) or long syntax.</summary>
    public IReadOnlyList<PublishedPort> PublishedPorts(string service) =>
        [.. Service(service).Get("ports").Items().Select(ParsePort)];

    /// <summary>The services this one depends on, with their condition (<c>service_started</c> for the list form).</summary>
    public IReadOnlyDictionary<string, string> DependsOn(string service)
    {
        var dependsOn = Service(service).Get("depends_on");
        if (dependsOn is YamlSequenceNode list)
        {
            return list.Children.ToDictionary(i => i.Text() ?? "", _ => "service_started", StringComparer.Ordinal);
        }

        return dependsOn.Keys().ToDictionary(
            key => key, key => dependsOn.TextAt(key, "condition") ?? "service_started", StringComparer.Ordinal);
    }

    /// <summary>The repository-relative Dockerfile a service is built from, or null for a pulled image.</summary>
    public string? DockerfileOf(string service)
    {
        var build = Service(service).Get("build");
        if (build is null)
        {
            return null;
        }

        var context = (build is YamlScalarNode scalar ? scalar.Value : build.TextAt("context")) ?? ".";
        var dockerfile = build.TextAt("dockerfile") ?? "Dockerfile";
        var full = Path.GetFullPath(Path.Combine(Repository.Root, context, dockerfile));
        return Path.GetRelativePath(Repository.Root, full).Replace(Path.DirectorySeparatorChar, '/');
    }

    /// <summary>Whether the service reports health: its own healthcheck, or the HEALTHCHECK of the image it builds.</summary>
    public bool HasHealthcheck(string service)
    {
        var healthcheck = Service(service).Get("healthcheck");
        if (healthcheck is not null)
        {
            return healthcheck.TextAt("disable") != "true" && healthcheck.Get("test") is not null;
        }

        var dockerfile = DockerfileOf(service);
        return dockerfile is not null && Dockerfile.Load(dockerfile).Final.Has("HEALTHCHECK");
    }

    static PublishedPort ParsePort(YamlNode port)
    {
        if (port is YamlMappingNode)
        {
            return new PublishedPort(port.TextAt("host_ip"), port.TextAt("published"), port.TextAt("target") ?? "");
        }

        var spec = (port.Text() ?? "").Split('/')[0];
        var parts = spec.Split(':');
        return parts.Length switch
        {
            1 => new PublishedPort(null, null, parts[0]),
            2 => new PublishedPort(null, parts[0], parts[1]),
            _ => new PublishedPort(string.Join(':', parts[..^2]), parts[^2], parts[^1]),
        };
    }
}
