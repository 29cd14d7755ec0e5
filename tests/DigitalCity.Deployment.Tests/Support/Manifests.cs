using YamlDotNet.RepresentationModel;

namespace DigitalCity.Deployment.Tests.Support;

/// <summary>
/// The pods a rendering will run: those of its Deployments and StatefulSets, and those the operators
/// create for its custom resources (known labels and ports, see <see cref="Manifests.Pods"/>).
/// </summary>
internal sealed record Pod(string Name, string Owner, IReadOnlyDictionary<string, string> Labels, IReadOnlyDictionary<string, int> Ports)
{
    /// <summary>A port by name, or a number as text.</summary>
    public int? Port(string? reference) =>
        reference is null ? null
        : int.TryParse(reference, out var number) ? number
        : Ports.TryGetValue(reference, out var named) ? named
        : null;

    public override string ToString() => Name;
}

/// <summary>Where a container's environment variable comes from.</summary>
internal sealed record Setting(string Name, string? Value, string? ConfigMap, string? Secret, string? Key)
{
    public bool FromSecret => Secret is not null;
}

/// <summary>The objects one <c>kubectl kustomize</c> rendered, with the navigation the tests share.</summary>
internal sealed class Manifests
{
    public const string RabbitmqClusterKind = "RabbitmqCluster";
    public const string MongoDbCommunityKind = "MongoDBCommunity";

    readonly Lazy<IReadOnlyList<Pod>> pods;

    public Manifests(string directory, IReadOnlyList<YamlMappingNode> objects)
    {
        Directory = directory;
        Objects = objects;
        pods = new Lazy<IReadOnlyList<Pod>>(FindPods);
    }

    public string Directory { get; }

    public IReadOnlyList<YamlMappingNode> Objects { get; }

    public IEnumerable<YamlMappingNode> OfKind(string kind) => Objects.Where(o => o.TextAt("kind") == kind);

    public YamlMappingNode Named(string kind, string name) =>
        Assert.Single(OfKind(kind), o => NameOf(o) == name);

    public YamlMappingNode? Find(string kind, string name) =>
        OfKind(kind).SingleOrDefault(o => NameOf(o) == name);

    public static string? NameOf(YamlNode node) => node.TextAt("metadata", "name");

    /// <summary>Deployments and StatefulSets.</summary>
    public IEnumerable<YamlMappingNode> Workloads => OfKind("Deployment").Concat(OfKind("StatefulSet"));

    public static YamlNode PodSpec(YamlNode workload) => workload.At("spec", "template", "spec")!;

    public static IReadOnlyList<YamlNode> Containers(YamlNode workload) => PodSpec(workload).Get("containers").Items();

    public static IReadOnlyList<YamlNode> InitContainers(YamlNode workload) => PodSpec(workload).Get("initContainers").Items();

    /// <summary>The one container of a DigitalCity process's Deployment.</summary>
    public YamlNode AppContainer(string process) => Assert.Single(Containers(Named("Deployment", process)));

    /// <summary>
    /// Every kind of pod the rendering runs. For the operators' custom resources the labels and ports are
    /// the ones the operators give their pods: the RabbitMQ Cluster Operator labels a cluster's pods
    /// <c>app.kubernetes.io/name: {cluster}</c> (component and part-of <c>rabbitmq</c>); the MongoDB
    /// Community Operator labels them <c>app: {resource}-svc</c> plus the labels of
    /// <c>spec.statefulSet.spec.template.metadata.labels</c>.
    /// </summary>
    public IReadOnlyList<Pod> Pods => pods.Value;

    IReadOnlyList<Pod> FindPods() =>
    [
        .. Workloads.Select(w => new Pod(
            NameOf(w)!,
            w.TextAt("kind")!,
            Labels(w.At("spec", "template", "metadata", "labels")),
            Containers(w).SelectMany(c => c.Get("ports").Items())
                .Where(p => p.TextAt("name") is not null)
                .ToDictionary(p => p.TextAt("name")!, p => int.Parse(p.TextAt("containerPort")!, System.Globalization.CultureInfo.InvariantCulture)))),
        .. OfKind(RabbitmqClusterKind).Select(c => new Pod(
            NameOf(c)!,
            RabbitmqClusterKind,
            new Dictionary<string, string>
            {
                ["app.kubernetes.io/name"] = NameOf(c)!,
                ["app.kubernetes.io/component"] = "rabbitmq",
                ["app.kubernetes.io/part-of"] = "rabbitmq",
            },
            new Dictionary<string, int> { ["amqp"] = 5672, ["management"] = 15672, ["epmd"] = 4369, ["cluster-rpc"] = 25672 })),
        .. OfKind(MongoDbCommunityKind).Select(m => new Pod(
            NameOf(m)!,
            MongoDbCommunityKind,
            new Dictionary<string, string>(Labels(m.At("spec", "statefulSet", "spec", "template", "metadata", "labels")))
            {
                ["app"] = $"{NameOf(m)}-svc",
            },
            new Dictionary<string, int> { ["mongodb"] = 27017 })),
    ];

    public Pod PodOf(string name) => Assert.Single(Pods, p => p.Name == name);

    /// <summary>The environment of a container: envFrom ConfigMaps first, then env entries, which win.</summary>
    public IReadOnlyDictionary<string, Setting> Settings(YamlNode container)
    {
        var settings = new Dictionary<string, Setting>(StringComparer.Ordinal);
        foreach (var source in container.Get("envFrom").Items())
        {
            var configMap = source.TextAt("configMapRef", "name");
            Assert.True(configMap is not null, "envFrom may only name ConfigMaps, so that every variable a container gets is known.");
            var data = Find("ConfigMap", configMap);
            Assert.True(data is not null, $"ConfigMap {configMap} is not part of {Directory}.");
            foreach (var key in data.Get("data").Keys())
            {
                settings[key] = new Setting(key, data.TextAt("data", key), configMap, null, key);
            }
        }

        foreach (var entry in container.Get("env").Items())
        {
            var name = entry.TextAt("name")!;
            settings[name] = entry.At("valueFrom", "secretKeyRef") is { } secret
                ? new Setting(name, null, null, secret.TextAt("name"), secret.TextAt("key"))
                : entry.At("valueFrom", "configMapKeyRef") is { } configMapKey
                    ? new Setting(name, Find("ConfigMap", configMapKey.TextAt("name")!)?.TextAt("data", configMapKey.TextAt("key")!), configMapKey.TextAt("name"), null, configMapKey.TextAt("key"))
                    : new Setting(name, entry.TextAt("value"), null, null, null);
        }

        return settings;
    }

    /// <summary>Whether a label selector (<c>matchLabels</c>, <c>matchExpressions</c>) selects the labels; <c>{}</c> selects everything.</summary>
    public static bool Selects(YamlNode? selector, IReadOnlyDictionary<string, string> labels)
    {
        var matchLabels = selector.Get("matchLabels");
        var matchExpressions = selector.Get("matchExpressions").Items();
        var plain = selector is YamlMappingNode mapping && matchLabels is null && matchExpressions.Count == 0 && mapping.Children.Count > 0
            ? selector // a Service's selector is a plain map of labels
            : matchLabels;

        return plain.Keys().All(key => labels.TryGetValue(key, out var value) && value == plain.TextAt(key))
            && matchExpressions.All(expression =>
            {
                var key = expression.TextAt("key")!;
                var values = expression.Get("values").Items().Select(v => v.Text()).ToList();
                var has = labels.TryGetValue(key, out var value);
                return expression.TextAt("operator") switch
                {
                    "In" => has && values.Contains(value),
                    "NotIn" => !has || !values.Contains(value),
                    "Exists" => has,
                    "DoesNotExist" => !has,
                    var other => throw new InvalidOperationException($"Unknown selector operator {other}."),
                };
            });
    }

    public static IReadOnlyDictionary<string, string> Labels(YamlNode? labels) =>
        labels.Keys().ToDictionary(key => key, key => labels.TextAt(key) ?? "", StringComparer.Ordinal);
}
