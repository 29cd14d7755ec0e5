using DigitalCity.Deployment.Tests.Support;

namespace DigitalCity.Deployment.Tests;

/// <summary>
/// The NetworkPolicies of each rendered kustomization, evaluated connection by connection: the gateway
/// is the only pod reachable from outside, the services only from the gateway, and the services reach
/// only DNS, the broker and the database.
/// </summary>
public sealed class KubernetesNetworkPolicyTests
{
    public static TheoryData<string> Directories => [.. Kustomize.Directories];

    public static TheoryData<string> Overlays => [.. Kustomize.Overlays];

    [Theory]
    [MemberData(nameof(Directories))]
    public void Ingress_is_denied_by_default_to_every_pod_in_the_namespace(string directory)
    {
        var manifests = Kustomize.Render(directory);

        Assert.Contains(manifests.OfKind("NetworkPolicy"), p =>
            p.At("spec", "podSelector").Keys().Count == 0
            && p.At("spec", "policyTypes").Items().Any(t => t.Text() == "Ingress")
            && p.At("spec", "ingress").Items().Count == 0);
    }

    [Theory]
    [MemberData(nameof(Directories))]
    public void Only_the_gateway_admits_traffic_from_outside_the_namespace_and_only_on_8080(string directory)
    {
        var manifests = Kustomize.Render(directory);
        var policies = new NetworkPolicies(manifests);

        Assert.All(PodsWithInfrastructure(manifests), pod => Assert.All(ProbedPorts(pod), port =>
            Assert.True(
                policies.Allows(Endpoint.Outside, pod, port) == (pod.Name == "gateway" && port == 8080),
                $"{directory}: from outside the namespace to {pod.Name}:{port} is {(pod.Name == "gateway" && port == 8080 ? "denied" : "allowed")}.")));
    }

    [Theory]
    [MemberData(nameof(Directories))]
    public void The_services_admit_only_the_gateway_and_only_on_8080(string directory)
    {
        var manifests = Kustomize.Render(directory);
        var policies = new NetworkPolicies(manifests);
        var pods = PodsWithInfrastructure(manifests);

        Assert.All(DocumentedSettings.Services.Select(manifests.PodOf), service => Assert.All(pods.Where(p => p.Name != service.Name), client => Assert.All(ProbedPorts(service), port =>
        {
            var allowed = policies.Allows(client, service, port);
            var expected = client.Name == "gateway" && port == 8080;
            Assert.True(allowed == expected, $"{directory}: {client.Name} to {service.Name}:{port} is {(expected ? "denied" : "allowed")}.");
        })));
    }

    [Theory]
    [MemberData(nameof(Directories))]
    public void Every_connection_the_system_needs_is_allowed_at_both_ends(string directory)
    {
        var manifests = Kustomize.Render(directory);
        var policies = new NetworkPolicies(manifests);
        var gateway = manifests.PodOf("gateway");
        var (broker, database) = Infrastructure(manifests);

        Assert.True(policies.Allows(Endpoint.Outside, gateway, 8080), "outside to gateway:8080 is denied.");
        Assert.True(policies.Allows(gateway, Endpoint.Outside, 53, "UDP"), "the gateway cannot resolve names.");
        Assert.All(DocumentedSettings.Services.Select(manifests.PodOf), service =>
        {
            Assert.True(policies.Allows(gateway, service, 8080), $"gateway to {service.Name}:8080 is denied.");
            Assert.True(Reaches(policies, service, broker, 5672), $"{service.Name} to the broker's 5672 is denied.");
            Assert.True(Reaches(policies, service, database, 27017), $"{service.Name} to the database's 27017 is denied.");
            Assert.True(policies.Allows(service, Endpoint.Outside, 53, "UDP"), $"{service.Name} cannot resolve names (UDP 53).");
            Assert.True(policies.Allows(service, Endpoint.Outside, 53, "TCP"), $"{service.Name} cannot resolve names (TCP 53).");
        });
    }

    [Theory]
    [MemberData(nameof(Directories))]
    public void The_apps_reach_nothing_else(string directory)
    {
        var manifests = Kustomize.Render(directory);
        var policies = new NetworkPolicies(manifests);
        var gateway = manifests.PodOf("gateway");
        var services = DocumentedSettings.Services.Select(manifests.PodOf).ToList();
        var (broker, database) = Infrastructure(manifests);

        Assert.False(policies.Allows(gateway, broker, 5672), "the gateway reaches the broker.");
        Assert.False(policies.Allows(gateway, database, 27017), "the gateway reaches the database.");
        Assert.False(policies.Allows(gateway, Endpoint.Outside, 443), "the gateway reaches outside the namespace on 443.");
        Assert.All(services, service =>
        {
            Assert.False(policies.Allows(service, Endpoint.Outside, 443), $"{service.Name} reaches outside the namespace on 443.");
            Assert.False(policies.Allows(service, gateway, 8080), $"{service.Name} reaches the gateway.");
            Assert.False(policies.Allows(service, broker, 15672), $"{service.Name} reaches the broker's management port.");
            Assert.All(services.Where(s => s.Name != service.Name), other => Assert.False(policies.Allows(service, other, 8080), $"{service.Name} reaches {other.Name}."));
        });
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public void Each_overlay_runs_a_broker_and_a_database_that_its_policies_open_to_the_services_alone(string directory)
    {
        var manifests = Kustomize.Render(directory);
        var policies = new NetworkPolicies(manifests);
        var broker = Assert.Single(manifests.Pods, p => p.Labels.GetValueOrDefault(NameLabel) == "rabbitmq");
        var database = Assert.Single(manifests.Pods, p => p.Labels.GetValueOrDefault(NameLabel) == "mongo");
        var apps = DocumentedSettings.Processes.Select(manifests.PodOf).ToList();

        Assert.All(apps, app =>
        {
            var isService = app.Name != "gateway";
            Assert.Equal(isService, policies.Allows(app, broker, 5672));
            Assert.Equal(isService, policies.Allows(app, database, 27017));
        });
        Assert.NotEmpty(policies.Selecting(broker, "Ingress"));
        Assert.NotEmpty(policies.Selecting(database, "Ingress"));
    }

    [Fact]
    public void In_production_the_broker_nodes_and_the_database_members_reach_each_other()
    {
        var manifests = Kustomize.Render(Kustomize.Production);
        var policies = new NetworkPolicies(manifests);
        var (broker, database) = Infrastructure(manifests);

        Assert.All(new[] { 4369, 25672, 5672 }, port => Assert.True(policies.Allows(broker, broker, port), $"RabbitMQ nodes cannot reach each other on {port}."));
        Assert.True(policies.Allows(database, database, 27017), "MongoDB members cannot reach each other.");
    }

    const string NameLabel = "app.kubernetes.io/name";

    const string StandIn = "stand-in";

    /// <summary>Both ends' policies for real pods; for a stand-in (the base has no broker or database) the client's alone.</summary>
    static bool Reaches(NetworkPolicies policies, Pod client, Pod server, int port) =>
        server.Owner == StandIn ? policies.AllowsEgress(client, server, port) : policies.Allows(client, server, port);

    /// <summary>
    /// The broker's and the database's pods: the overlay's own, or (for the base, which runs neither)
    /// stand-ins with the label every overlay gives them.
    /// </summary>
    static (Pod Broker, Pod Database) Infrastructure(Manifests manifests)
    {
        var pods = PodsWithInfrastructure(manifests);
        return (Assert.Single(pods, p => p.Labels.GetValueOrDefault(NameLabel) == "rabbitmq"), Assert.Single(pods, p => p.Labels.GetValueOrDefault(NameLabel) == "mongo"));
    }

    static IReadOnlyList<Pod> PodsWithInfrastructure(Manifests manifests)
    {
        var pods = manifests.Pods.ToList();
        if (!pods.Any(p => p.Labels.GetValueOrDefault(NameLabel) == "rabbitmq"))
        {
            pods.Add(new Pod("rabbitmq", StandIn, new Dictionary<string, string> { [NameLabel] = "rabbitmq" }, new Dictionary<string, int> { ["amqp"] = 5672 }));
        }

        if (!pods.Any(p => p.Labels.GetValueOrDefault(NameLabel) == "mongo"))
        {
            pods.Add(new Pod("mongo", StandIn, new Dictionary<string, string> { [NameLabel] = "mongo" }, new Dictionary<string, int> { ["mongodb"] = 27017 }));
        }

        return pods;
    }

    /// <summary>The ports a pod exposes, plus the apps' 8080 and one nothing uses.</summary>
    static IEnumerable<int> ProbedPorts(Pod pod) => pod.Ports.Values.Append(8080).Append(9999).Distinct();
}
