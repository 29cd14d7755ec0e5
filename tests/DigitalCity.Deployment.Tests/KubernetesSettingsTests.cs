using DigitalCity.Deployment.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace DigitalCity.Deployment.Tests;

/// <summary>The settings each process is given in each rendered kustomization, and where its secrets come from.</summary>
public sealed class KubernetesSettingsTests
{
    const string MongoConnectionString = "Storage__MongoDb__ConnectionString";

    public static TheoryData<string> Directories => [.. Kustomize.Directories];

    public static TheoryData<string, string> DirectoriesAndProcesses =>
        [.. Kustomize.Directories.SelectMany(d => DocumentedSettings.Processes.Select(p => (d, p)))];

    /// <summary>The directories whose broker and database run in the namespace as the compose file runs them.</summary>
    public static TheoryData<string> InClusterDirectories => [Kustomize.Base, Kustomize.Small];

    [Theory]
    [MemberData(nameof(DirectoriesAndProcesses))]
    public void Each_process_is_given_every_setting_it_needs(string directory, string process)
    {
        var manifests = Kustomize.Render(directory);
        var given = manifests.Settings(manifests.AppContainer(process));

        Assert.All(DocumentedSettings.Required(process), name => Assert.True(
            given.TryGetValue(name, out var setting) && (setting.FromSecret || !string.IsNullOrEmpty(setting.Value)),
            $"{directory}: {process} is not given {name}."));
    }

    [Theory]
    [MemberData(nameof(DirectoriesAndProcesses))]
    public void Each_process_is_given_only_documented_settings_and_no_secret_in_plain_text(string directory, string process)
    {
        var manifests = Kustomize.Render(directory);
        var given = manifests.Settings(manifests.AppContainer(process)).Values;

        Assert.All(given, setting => Assert.Contains(setting.Name, DocumentedSettings.For(process)));
        Assert.All(given.Where(s => DocumentedSettings.Secrets.Contains(s.Name)), s => Assert.True(s.FromSecret, $"{directory}: {process} gets {s.Name} in plain text."));
        Assert.All(manifests.OfKind("ConfigMap"), configMap => Assert.All(configMap.Get("data").Keys(), key => Assert.DoesNotContain(key, DocumentedSettings.Secrets)));
    }

    [Theory]
    [MemberData(nameof(DirectoriesAndProcesses))]
    public void Each_process_reads_the_signing_key_from_the_digitalcity_auth_secret(string directory, string process)
    {
        var manifests = Kustomize.Render(directory);
        var signingKey = manifests.Settings(manifests.AppContainer(process))["Auth__SigningKey"];

        Assert.Equal(("digitalcity-auth", "signing-key"), (signingKey.Secret, signingKey.Key));
    }

    [Theory]
    [MemberData(nameof(Directories))]
    public void The_gateway_forwards_to_each_service_by_its_service_name_and_port(string directory)
    {
        var manifests = Kustomize.Render(directory);
        var settings = manifests.Settings(manifests.AppContainer("gateway"));

        Assert.All(DocumentedSettings.Services, service =>
        {
            var port = manifests.Named("Service", service).At("spec", "ports").Items()[0].TextAt("port");
            Assert.Equal($"http://{service}:{port}", settings[DocumentedSettings.GatewayDestination(service)].Value);
        });
    }

    [Theory]
    [MemberData(nameof(Directories))]
    public void The_three_services_are_given_the_same_settings(string directory)
    {
        var manifests = Kustomize.Render(directory);
        var first = Describe(manifests, DocumentedSettings.Services[0]);

        Assert.All(DocumentedSettings.Services.Skip(1), service => Assert.Equal(first, Describe(manifests, service)));
    }

    [Theory]
    [MemberData(nameof(InClusterDirectories))]
    public void The_services_reach_the_broker_and_the_replica_set_by_the_service_names_rabbitmq_and_mongo(string directory)
    {
        var manifests = Kustomize.Render(directory);
        var settings = manifests.Settings(manifests.AppContainer("inspection"));

        Assert.Equal("rabbitmq", settings["Messaging__RabbitMq__Host"].Value);
        Assert.Equal("5672", settings["Messaging__RabbitMq__Port"].Value);
        Assert.Equal("mongodb://mongo:27017/?replicaSet=rs0", settings[MongoConnectionString].Value);
        Assert.Equal(("digitalcity-rabbitmq", "username"), (settings["Messaging__RabbitMq__Username"].Secret, settings["Messaging__RabbitMq__Username"].Key));
        Assert.Equal(("digitalcity-rabbitmq", "password"), (settings["Messaging__RabbitMq__Password"].Secret, settings["Messaging__RabbitMq__Password"].Key));
    }

    [Fact]
    public void The_small_install_gives_each_process_the_plain_settings_docker_compose_gives_it()
    {
        var manifests = Kustomize.Render(Kustomize.Small);
        var compose = ComposeFile.Load();

        Assert.All(DocumentedSettings.Processes, process =>
        {
            var settings = manifests.Settings(manifests.AppContainer(process)).Values.ToList();
            var fromSecrets = settings.Where(s => s.FromSecret).Select(s => s.Name).ToHashSet();
            var plain = settings.Where(s => !s.FromSecret).ToDictionary(s => s.Name, s => s.Value);
            var composed = compose.Environment(process)
                .Where(e => !fromSecrets.Contains(e.Key) && !DocumentedSettings.Optional.Contains(e.Key))
                .ToDictionary(e => e.Key, e => (string?)DefaultOf(e.Value));

            Assert.Equal(composed.OrderBy(e => e.Key), plain.OrderBy(e => e.Key));
        });
    }

    [Fact]
    public void In_production_the_services_log_in_with_the_operators_secrets_and_declare_quorum_queues()
    {
        var manifests = Kustomize.Render(Kustomize.Production);
        var mongo = Assert.Single(manifests.OfKind(Manifests.MongoDbCommunityKind));
        var cluster = Assert.Single(manifests.OfKind(Manifests.RabbitmqClusterKind));
        var connectionStringSecret = Assert.Single(mongo.At("spec", "users").Items()).TextAt("connectionStringSecretName");

        Assert.All(DocumentedSettings.Services, service =>
        {
            var settings = manifests.Settings(manifests.AppContainer(service));
            // The MongoDB Community Operator writes the user's connection string (with its password) there.
            Assert.Equal((connectionStringSecret, "connectionString.standard"), (settings[MongoConnectionString].Secret, settings[MongoConnectionString].Key));
            // The RabbitMQ Cluster Operator's {cluster}-default-user Secret, and its client Service named after the cluster.
            Assert.Equal(($"{Manifests.NameOf(cluster)}-default-user", "username"), (settings["Messaging__RabbitMq__Username"].Secret, settings["Messaging__RabbitMq__Username"].Key));
            Assert.Equal(($"{Manifests.NameOf(cluster)}-default-user", "password"), (settings["Messaging__RabbitMq__Password"].Secret, settings["Messaging__RabbitMq__Password"].Key));
            Assert.Equal(Manifests.NameOf(cluster), settings["Messaging__RabbitMq__Host"].Value);
            Assert.Equal("true", settings[DocumentedSettings.QuorumQueues].Value);
        });
        Assert.All(manifests.OfKind("ConfigMap"), configMap => Assert.DoesNotContain(MongoConnectionString, configMap.Get("data").Keys()));
    }

    [Theory]
    [MemberData(nameof(Directories))]
    public void Every_secret_an_install_needs_is_described_in_the_k8s_README(string directory)
    {
        var manifests = Kustomize.Render(directory);
        var readme = Repository.ReadText("k8s/README.md");

        Assert.All(ReferencedSecrets(manifests), secret => Assert.Contains($"`{secret}`", readme, StringComparison.Ordinal));
    }

    /// <summary>Secrets the rendering names but does not contain: created by the installer or by an operator.</summary>
    internal static IEnumerable<string> ReferencedSecrets(Manifests manifests)
    {
        var rendered = manifests.OfKind("Secret").Select(Manifests.NameOf).ToHashSet();
        var referenced = manifests.Workloads
            .SelectMany(w => Manifests.Containers(w).Concat(Manifests.InitContainers(w)))
            .SelectMany(c => c.Get("env").Items().Select(e => e.TextAt("valueFrom", "secretKeyRef", "name"))
                .Concat(c.Get("envFrom").Items().Select(e => e.TextAt("secretRef", "name"))))
            .Concat(manifests.Workloads.SelectMany(w => Manifests.PodSpec(w).Get("volumes").Items().Select(v => v.TextAt("secret", "secretName"))))
            .Concat(manifests.OfKind("Ingress").SelectMany(i => i.At("spec", "tls").Items().Select(t => t.TextAt("secretName"))))
            .Concat(manifests.OfKind(Manifests.MongoDbCommunityKind).SelectMany(m => m.At("spec", "users").Items()
                .SelectMany(u => new[] { u.TextAt("passwordSecretRef", "name"), u.TextAt("connectionStringSecretName") })));
        return referenced.OfType<string>().Where(name => !rendered.Contains(name)).Distinct();
    }

    /// <summary>Where each setting of a process comes from, comparable between processes.</summary>
    /// <summary>A process's settings, but for those only the publicity service reads.</summary>
    static string Describe(Manifests manifests, string process) =>
        string.Join('\n', manifests.Settings(manifests.AppContainer(process)).Values
            .Where(s => !DocumentedSettings.PublicityOnly.Contains(s.Name))
            .OrderBy(s => s.Name, StringComparer.Ordinal)
            .Select(s => $"{s.Name}={s.Value}|{s.ConfigMap}|{s.Secret}|{s.Key}"));

    /// <summary>A compose value with <c>${NAME:-default}</c> replaced by its default.</summary>
    static string DefaultOf(string value) =>
        value.StartsWith("${", StringComparison.Ordinal) && value.Contains(":-", StringComparison.Ordinal) && value.EndsWith('}')
            ? value[(value.IndexOf(":-", StringComparison.Ordinal) + 2)..^1]
            : value;
}
