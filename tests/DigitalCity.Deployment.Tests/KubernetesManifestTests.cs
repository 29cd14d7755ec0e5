using DigitalCity.Deployment.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace DigitalCity.Deployment.Tests;

/// <summary>
/// What every rendered kustomization (the base and each overlay) runs: probes, resources, non-root
/// pods, and Services that reach the ports their pods expose.
/// </summary>
public sealed class KubernetesManifestTests
{
    public static TheoryData<string> Directories => [.. Kustomize.Directories];

    public static TheoryData<string, string> DirectoriesAndProcesses =>
        [.. Kustomize.Directories.SelectMany(d => DocumentedSettings.Processes.Select(p => (d, p)))];

    [Fact]
    public void There_is_a_small_and_a_production_overlay()
    {
        Assert.Contains(Kustomize.Small, Kustomize.Overlays);
        Assert.Contains(Kustomize.Production, Kustomize.Overlays);
    }

    [Theory]
    [MemberData(nameof(Directories))]
    public void Renders_a_deployment_and_a_service_for_each_process_in_the_digitalcity_namespace(string directory)
    {
        var manifests = Kustomize.Render(directory);

        Assert.Subset(manifests.OfKind("Deployment").Select(Manifests.NameOf).ToHashSet(), DocumentedSettings.Processes.ToHashSet<string?>());
        Assert.Subset(manifests.OfKind("Service").Select(Manifests.NameOf).ToHashSet(), DocumentedSettings.Processes.ToHashSet<string?>());
        Assert.Single(manifests.OfKind("Namespace"), n => Manifests.NameOf(n) == "digitalcity");
        Assert.All(manifests.Objects.Where(o => o.TextAt("kind") != "Namespace"), o => Assert.Equal("digitalcity", o.TextAt("metadata", "namespace")));
    }

    [Theory]
    [MemberData(nameof(Directories))]
    public void Every_container_has_a_liveness_and_a_readiness_probe(string directory)
    {
        var manifests = Kustomize.Render(directory);

        Assert.All(manifests.Workloads, workload => Assert.All(Manifests.Containers(workload), container =>
        {
            var name = $"{Manifests.NameOf(workload)}/{container.TextAt("name")}";
            Assert.True(IsProbe(container.Get("livenessProbe")), $"{name} has no liveness probe.");
            Assert.True(IsProbe(container.Get("readinessProbe")), $"{name} has no readiness probe.");
        }));
    }

    [Theory]
    [MemberData(nameof(DirectoriesAndProcesses))]
    public void Each_app_probes_liveness_on_live_and_readiness_on_ready_at_the_port_it_listens_on(string directory, string process)
    {
        var manifests = Kustomize.Render(directory);
        var container = manifests.AppContainer(process);
        var listensOn = ListeningPort(manifests, container);

        Assert.Equal("/health/live", container.TextAt("livenessProbe", "httpGet", "path"));
        Assert.Equal("/health/ready", container.TextAt("readinessProbe", "httpGet", "path"));
        Assert.Equal(8080, listensOn);
        Assert.Equal(listensOn, ContainerPort(container, container.TextAt("livenessProbe", "httpGet", "port")));
        Assert.Equal(listensOn, ContainerPort(container, container.TextAt("readinessProbe", "httpGet", "port")));
        if (container.Get("startupProbe") is { } startup)
        {
            Assert.Equal("/health/live", startup.TextAt("httpGet", "path"));
            Assert.Equal(listensOn, ContainerPort(container, startup.TextAt("httpGet", "port")));
        }
    }

    [Theory]
    [MemberData(nameof(Directories))]
    public void Every_container_requests_and_limits_cpu_and_memory(string directory)
    {
        var manifests = Kustomize.Render(directory);

        Assert.All(manifests.Workloads, workload => Assert.All(Manifests.Containers(workload).Concat(Manifests.InitContainers(workload)), container =>
            AssertRequestsAndLimits(container.Get("resources"), $"{Manifests.NameOf(workload)}/{container.TextAt("name")}")));
    }

    [Theory]
    [MemberData(nameof(Directories))]
    public void Every_pod_runs_as_non_root_without_privilege_escalation_or_capabilities(string directory)
    {
        var manifests = Kustomize.Render(directory);

        Assert.All(manifests.Workloads, workload =>
        {
            var pod = Manifests.PodSpec(workload).Get("securityContext");
            Assert.All(Manifests.Containers(workload).Concat(Manifests.InitContainers(workload)), container =>
            {
                var name = $"{Manifests.NameOf(workload)}/{container.TextAt("name")}";
                var own = container.Get("securityContext");
                Assert.True((own.TextAt("runAsNonRoot") ?? pod.TextAt("runAsNonRoot")) == "true", $"{name} may run as root.");
                Assert.True((own.TextAt("runAsUser") ?? pod.TextAt("runAsUser")) is not (null or "0"), $"{name} names no non-root user.");
                Assert.True(own.TextAt("allowPrivilegeEscalation") == "false", $"{name} allows privilege escalation.");
                Assert.True(own.At("capabilities", "drop").Items().Any(c => c.Text() == "ALL"), $"{name} keeps its capabilities.");
            });
        });
    }

    [Theory]
    [MemberData(nameof(Directories))]
    public void Every_service_selects_pods_and_targets_ports_they_expose(string directory)
    {
        var manifests = Kustomize.Render(directory);

        Assert.All(manifests.OfKind("Service"), service =>
        {
            var name = Manifests.NameOf(service);
            var pods = manifests.Pods.Where(p => Manifests.Selects(service.At("spec", "selector"), p.Labels)).ToList();
            Assert.True(pods.Count == 1, $"Service {name} selects the pods of {pods.Count} workloads: {string.Join(", ", pods.Select(p => p.Name))}.");
            Assert.All(service.At("spec", "ports").Items(), port =>
            {
                var target = port.TextAt("targetPort") ?? port.TextAt("port");
                Assert.True(pods[0].Port(target) is not null, $"Service {name} targets port {target}, which {pods[0].Name} does not expose.");
            });
        });
    }

    [Theory]
    [MemberData(nameof(DirectoriesAndProcesses))]
    public void Each_process_is_served_on_port_8080_by_its_service(string directory, string process)
    {
        var manifests = Kustomize.Render(directory);
        var port = Assert.Single(manifests.Named("Service", process).At("spec", "ports").Items());

        Assert.Equal("8080", port.TextAt("port"));
        Assert.Equal(8080, manifests.PodOf(process).Port(port.TextAt("targetPort")));
    }

    internal static void AssertRequestsAndLimits(YamlNode? resources, string name) =>
        Assert.All(new[] { "requests", "limits" }, bound => Assert.All(new[] { "cpu", "memory" }, resource =>
            Assert.False(string.IsNullOrEmpty(resources.TextAt(bound, resource)), $"{name}: resources.{bound}.{resource} is not set.")));

    static bool IsProbe(YamlNode? probe) =>
        probe.Get("httpGet") is not null || probe.Get("exec") is not null || probe.Get("tcpSocket") is not null || probe.Get("grpc") is not null;

    /// <summary>The port of <c>ASPNETCORE_URLS</c> (<c>http://+:8080</c>) as the container is given it.</summary>
    static int? ListeningPort(Manifests manifests, YamlNode container)
    {
        var urls = manifests.Settings(container).GetValueOrDefault("ASPNETCORE_URLS")?.Value;
        Assert.NotNull(urls);
        var port = Assert.Single(urls.Split(';')).Split(':')[^1].TrimEnd('/');
        return int.Parse(port, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The container port a probe refers to, by name or number.</summary>
    static int? ContainerPort(YamlNode container, string? reference) =>
        container.Get("ports").Items()
            .Where(p => p.TextAt("name") == reference || p.TextAt("containerPort") == reference)
            .Select(p => (int?)int.Parse(p.TextAt("containerPort")!, System.Globalization.CultureInfo.InvariantCulture))
            .FirstOrDefault();
}
