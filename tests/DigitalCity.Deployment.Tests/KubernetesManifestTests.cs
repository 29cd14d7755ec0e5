using DigitalCity.Deployment.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace DigitalCity.Deployment.Tests;

/// <summary>The manifests <c>kubectl kustomize k8s/base</c> renders.</summary>
public sealed class KubernetesManifestTests
{
    public static TheoryData<string> Processes => [.. DocumentedSettings.Processes];

    [Fact]
    public void The_base_renders_a_deployment_and_a_service_for_each_process_in_the_digitalcity_namespace()
    {
        var objects = Kustomize.RenderBase();

        Assert.Equal(DocumentedSettings.Processes.Order(), objects.OfKind("Deployment").Select(Name).Order());
        Assert.Equal(DocumentedSettings.Processes.Order(), objects.OfKind("Service").Select(Name).Order());
        Assert.Single(objects.OfKind("Namespace"), n => Name(n) == "digitalcity");
        Assert.All(objects.Where(o => o.TextAt("kind") != "Namespace"), o => Assert.Equal("digitalcity", o.TextAt("metadata", "namespace")));
    }

    [Theory]
    [MemberData(nameof(Processes))]
    public void Each_deployment_probes_liveness_on_live_and_readiness_on_ready(string process)
    {
        var container = Container(Kustomize.RenderBase(), process);

        Assert.Equal("/health/live", container.TextAt("livenessProbe", "httpGet", "path"));
        Assert.Equal("/health/ready", container.TextAt("readinessProbe", "httpGet", "path"));
        Assert.Equal("8080", ContainerPort(container, container.TextAt("livenessProbe", "httpGet", "port")));
        Assert.Equal("8080", ContainerPort(container, container.TextAt("readinessProbe", "httpGet", "port")));
    }

    [Theory]
    [MemberData(nameof(Processes))]
    public void Each_deployment_runs_as_non_root_without_privilege_escalation(string process)
    {
        var objects = Kustomize.RenderBase();
        var pod = PodSpec(objects, process);
        var container = Container(objects, process);

        Assert.Equal("true", container.TextAt("securityContext", "runAsNonRoot") ?? pod.TextAt("securityContext", "runAsNonRoot"));
        Assert.NotEqual("0", container.TextAt("securityContext", "runAsUser") ?? pod.TextAt("securityContext", "runAsUser"));
        Assert.Equal("false", container.TextAt("securityContext", "allowPrivilegeEscalation"));
    }

    [Theory]
    [MemberData(nameof(Processes))]
    public void Each_container_requests_and_limits_cpu_and_memory(string process)
    {
        var resources = Container(Kustomize.RenderBase(), process).Get("resources");

        Assert.All(new[] { "requests", "limits" }, bound => Assert.All(new[] { "cpu", "memory" }, resource =>
            Assert.False(string.IsNullOrEmpty(resources.TextAt(bound, resource)), $"{process}: resources.{bound}.{resource} is not set.")));
    }

    [Theory]
    [MemberData(nameof(Processes))]
    public void Each_process_reads_the_signing_key_from_the_digitalcity_auth_secret(string process)
    {
        var signingKey = Assert.Single(Container(Kustomize.RenderBase(), process).Get("env").Items(), e => e.TextAt("name") == "Auth__SigningKey");

        Assert.Equal("digitalcity-auth", signingKey.TextAt("valueFrom", "secretKeyRef", "name"));
        Assert.Null(signingKey.Get("value"));
    }

    [Theory]
    [MemberData(nameof(Processes))]
    public void Each_process_is_given_only_documented_settings_and_no_secret_in_plain_text(string process)
    {
        var objects = Kustomize.RenderBase();
        var container = Container(objects, process);
        var fromConfigMaps = container.Get("envFrom").Items()
            .Select(source => source.TextAt("configMapRef", "name"))
            .SelectMany(name => objects.Named("ConfigMap", name!).Get("data").Keys());
        var inline = container.Get("env").Items();

        Assert.All(fromConfigMaps.Concat(inline.Select(e => e.TextAt("name")!)), key => Assert.Contains(key, DocumentedSettings.For(process)));
        Assert.All(fromConfigMaps, key => Assert.DoesNotContain(key, DocumentedSettings.Secrets));
        Assert.All(inline.Where(e => DocumentedSettings.Secrets.Contains(e.TextAt("name")!)), e => Assert.NotNull(e.At("valueFrom", "secretKeyRef")));
    }

    [Fact]
    public void Services_reach_the_broker_and_the_database_by_the_service_names_rabbitmq_and_mongo()
    {
        var objects = Kustomize.RenderBase();
        var settings = Settings(objects, "inspection");

        Assert.Equal("rabbitmq", settings.GetValueOrDefault("Messaging__RabbitMq__Host"));
        Assert.StartsWith("mongodb://mongo:27017/", settings.GetValueOrDefault("Storage__MongoDb__ConnectionString"), StringComparison.Ordinal);
        Assert.All(DocumentedSettings.Services, service => Assert.Equal(settings, Settings(objects, service)));
    }

    [Fact]
    public void The_gateway_forwards_to_each_service_by_its_service_name()
    {
        var settings = Settings(Kustomize.RenderBase(), "gateway");

        Assert.All(DocumentedSettings.Services, service =>
            Assert.Equal($"http://{service}:8080", settings.GetValueOrDefault(DocumentedSettings.GatewayDestination(service))));
    }

    [Theory]
    [MemberData(nameof(Processes))]
    public void Each_service_selects_its_pods_and_forwards_port_8080(string process)
    {
        var objects = Kustomize.RenderBase();
        var service = objects.Named("Service", process);
        var podLabels = objects.Named("Deployment", process).At("spec", "template", "metadata", "labels");
        var port = Assert.Single(service.At("spec", "ports").Items());

        Assert.All(service.At("spec", "selector").Keys(), label => Assert.Equal(service.TextAt("spec", "selector", label), podLabels.TextAt(label)));
        Assert.Equal("8080", port.TextAt("port"));
        Assert.Equal("8080", ContainerPort(Container(objects, process), port.TextAt("targetPort")));
    }

    static string? Name(YamlNode node) => node.TextAt("metadata", "name");

    static YamlNode PodSpec(IReadOnlyList<YamlMappingNode> objects, string process) =>
        objects.Named("Deployment", process).At("spec", "template", "spec")!;

    static YamlNode Container(IReadOnlyList<YamlMappingNode> objects, string process) =>
        Assert.Single(PodSpec(objects, process).Get("containers").Items());

    /// <summary>The container port a probe or Service port refers to, by name or number.</summary>
    static string? ContainerPort(YamlNode container, string? reference) =>
        container.Get("ports").Items()
            .Where(p => p.TextAt("name") == reference || p.TextAt("containerPort") == reference)
            .Select(p => p.TextAt("containerPort"))
            .FirstOrDefault();

    /// <summary>The plain settings a process gets from its ConfigMaps and literal env entries.</summary>
    static Dictionary<string, string?> Settings(IReadOnlyList<YamlMappingNode> objects, string process)
    {
        var container = Container(objects, process);
        var settings = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var name in container.Get("envFrom").Items().Select(source => source.TextAt("configMapRef", "name")))
        {
            var data = objects.Named("ConfigMap", name!).Get("data");
            foreach (var key in data.Keys())
            {
                settings[key] = data.TextAt(key);
            }
        }

        foreach (var entry in container.Get("env").Items().Where(e => e.Get("value") is not null))
        {
            settings[entry.TextAt("name")!] = entry.TextAt("value");
        }

        return settings;
    }
}
