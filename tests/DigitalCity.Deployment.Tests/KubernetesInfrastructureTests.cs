using System.Text.RegularExpressions;
using DigitalCity.Deployment.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace DigitalCity.Deployment.Tests;

/// <summary>
/// RabbitMQ and MongoDB in each overlay: StatefulSets in the small install, the operators' custom
/// resources in production, and the README that tells an installer what to do first.
/// </summary>
public sealed partial class KubernetesInfrastructureTests
{
    public static TheoryData<string> Overlays => [.. Kustomize.Overlays];

    [Fact]
    public void The_small_broker_is_one_rabbitmq_3_13_node_with_a_volume_and_the_account_the_services_use()
    {
        var manifests = Kustomize.Render(Kustomize.Small);
        var broker = manifests.Named("StatefulSet", "rabbitmq");
        var container = Assert.Single(Manifests.Containers(broker));
        var settings = manifests.Settings(container);
        var services = manifests.Settings(manifests.AppContainer("inspection"));
        var service = manifests.Named("Service", services["Messaging__RabbitMq__Host"].Value!);

        Assert.Equal("rabbitmq:3.13-management", container.TextAt("image"));
        Assert.Equal("/var/lib/rabbitmq", MountOfClaim(broker, container));
        Assert.Equal((services["Messaging__RabbitMq__Username"].Secret, services["Messaging__RabbitMq__Username"].Key), (settings["RABBITMQ_DEFAULT_USER"].Secret, settings["RABBITMQ_DEFAULT_USER"].Key));
        Assert.Equal((services["Messaging__RabbitMq__Password"].Secret, services["Messaging__RabbitMq__Password"].Key), (settings["RABBITMQ_DEFAULT_PASS"].Secret, settings["RABBITMQ_DEFAULT_PASS"].Key));
        Assert.Contains(service.At("spec", "ports").Items(), p => p.TextAt("port") == services["Messaging__RabbitMq__Port"].Value
            && manifests.PodOf("rabbitmq").Port(p.TextAt("targetPort")) == 5672);
        Assert.All(new[] { "livenessProbe", "readinessProbe" }, probe =>
            Assert.Equal("rabbitmq-diagnostics", container.At(probe, "exec", "command").Items() is [var program, ..] ? program.Text() : null));
    }

    [Fact]
    public void The_small_database_is_a_mongo_7_replica_set_that_initiates_itself_under_the_name_clients_use()
    {
        var manifests = Kustomize.Render(Kustomize.Small);
        var database = manifests.Named("StatefulSet", "mongo");
        var container = Assert.Single(Manifests.Containers(database));
        var arguments = container.Get("command").Items().Concat(container.Get("args").Items()).Select(a => a.Text()!).ToList();
        var connectionString = new Uri(manifests.Settings(manifests.AppContainer("inspection"))["Storage__MongoDb__ConnectionString"].Value!);
        var replicaSet = ReplicaSetParameter().Match(connectionString.Query).Groups[1].Value;
        var service = manifests.Named("Service", connectionString.Host);
        var initiation = string.Join(' ', container.At("startupProbe", "exec", "command").Items().Select(i => i.Text()));
        var member = $"{Manifests.NameOf(database)}-0.{database.TextAt("spec", "serviceName")}:{connectionString.Port}";

        Assert.StartsWith("mongo:7", container.TextAt("image"), StringComparison.Ordinal);
        Assert.Equal(replicaSet, arguments.ElementAtOrDefault(arguments.IndexOf("--replSet") + 1));
        Assert.Equal("/data/db", MountOfClaim(database, container));
        // The member's address is the pod's DNS name under the governing headless Service, which must
        // publish it before the pod is ready, since the pod becomes ready only once it is initiated.
        Assert.Equal(Manifests.NameOf(service), database.TextAt("spec", "serviceName"));
        Assert.Equal(("None", "true"), (service.TextAt("spec", "clusterIP"), service.TextAt("spec", "publishNotReadyAddresses")));
        Assert.Contains($"rs.initiate({{_id:'{replicaSet}',members:[{{_id:0,host:'{member}'}}]}})", initiation, StringComparison.Ordinal);
        Assert.Contains("isWritablePrimary", initiation, StringComparison.Ordinal);
        Assert.Contains(service.At("spec", "ports").Items(), p => p.TextAt("port") == connectionString.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void The_production_broker_is_a_persistent_three_node_RabbitmqCluster_with_limits()
    {
        var cluster = Assert.Single(Kustomize.Render(Kustomize.Production).OfKind(Manifests.RabbitmqClusterKind));

        Assert.Equal("rabbitmq.com/v1beta1", cluster.TextAt("apiVersion"));
        Assert.Equal("3", cluster.TextAt("spec", "replicas"));
        Assert.Matches(@"^\d+Gi$", cluster.TextAt("spec", "persistence", "storage"));
        Assert.StartsWith("rabbitmq:3.13", cluster.TextAt("spec", "image"), StringComparison.Ordinal);
        KubernetesManifestTests.AssertRequestsAndLimits(cluster.At("spec", "resources"), "RabbitmqCluster");
        Assert.Equal("kubernetes.io/hostname", Assert.Single(cluster.At("spec", "affinity", "podAntiAffinity", "requiredDuringSchedulingIgnoredDuringExecution").Items()).TextAt("topologyKey"));
    }

    [Fact]
    public void The_production_database_is_a_three_member_MongoDBCommunity_7_0_replica_set_with_a_user_for_the_services_databases()
    {
        var manifests = Kustomize.Render(Kustomize.Production);
        var mongo = Assert.Single(manifests.OfKind(Manifests.MongoDbCommunityKind));
        var user = Assert.Single(mongo.At("spec", "users").Items());
        var prefix = manifests.Settings(manifests.AppContainer("inspection"))["Storage__MongoDb__DatabasePrefix"].Value;
        var template = mongo.At("spec", "statefulSet", "spec", "template", "spec");

        Assert.Equal("mongodbcommunity.mongodb.com/v1", mongo.TextAt("apiVersion"));
        Assert.Equal(("3", "ReplicaSet"), (mongo.TextAt("spec", "members"), mongo.TextAt("spec", "type")));
        Assert.Matches(@"^7\.0\.\d+$", mongo.TextAt("spec", "version"));
        Assert.Contains(mongo.At("spec", "security", "authentication", "modes").Items(), m => m.Text() is "SCRAM" or "SCRAM-SHA-256");
        Assert.False(string.IsNullOrEmpty(user.TextAt("passwordSecretRef", "name")));
        Assert.False(string.IsNullOrEmpty(user.TextAt("connectionStringSecretName")));
        Assert.Equal(
            DocumentedSettings.Services.Select(s => $"readWrite@{prefix}-{s}").Order(),
            user.Get("roles").Items().Select(r => $"{r.TextAt("name")}@{r.TextAt("db")}").Order());
        Assert.All(new[] { "mongod", "mongodb-agent" }, name =>
            KubernetesManifestTests.AssertRequestsAndLimits(Assert.Single(template.Get("containers").Items(), c => c.TextAt("name") == name).Get("resources"), name));
        Assert.Contains(mongo.At("spec", "statefulSet", "spec", "volumeClaimTemplates").Items(), v => v.TextAt("metadata", "name") == "data-volume");
    }

    [Fact]
    public void The_k8s_README_says_how_to_install_the_operators_and_apply_every_overlay()
    {
        var readme = Repository.ReadText("k8s/README.md");

        Assert.All(Kustomize.Overlays, overlay => Assert.Contains($"kubectl apply -k {overlay}", readme, StringComparison.Ordinal));
        Assert.Contains("https://github.com/rabbitmq/cluster-operator/releases/", readme, StringComparison.Ordinal);
        Assert.Contains("helm install community-operator mongodb/community-operator", readme, StringComparison.Ordinal);
        Assert.Contains($"{DocumentedSettings.QuorumQueues}=true", readme, StringComparison.Ordinal);
        Assert.Contains("SetQuorumQueue()", readme, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public void The_apps_in_each_overlay_run_the_images_built_from_the_Dockerfiles(string overlay)
    {
        var manifests = Kustomize.Render(overlay);

        Assert.All(DocumentedSettings.Processes, process =>
        {
            var image = manifests.AppContainer(process).TextAt("image")!;
            Assert.Matches($"(^|/)digitalcity/{process}:[^:/]+$", image);
        });
    }

    /// <summary>Where a container mounts the workload's persistent volume claim template.</summary>
    static string? MountOfClaim(YamlNode statefulSet, YamlNode container)
    {
        var claim = Assert.Single(statefulSet.At("spec", "volumeClaimTemplates").Items()).TextAt("metadata", "name");
        return container.Get("volumeMounts").Items().Where(m => m.TextAt("name") == claim).Select(m => m.TextAt("mountPath")).SingleOrDefault();
    }

    [GeneratedRegex(@"replicaSet=([^&]+)")]
    private static partial Regex ReplicaSetParameter();
}
