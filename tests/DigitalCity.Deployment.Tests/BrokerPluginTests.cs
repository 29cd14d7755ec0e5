using System.Text.RegularExpressions;
using DigitalCity.Deployment.Tests.Support;

namespace DigitalCity.Deployment.Tests;

/// <summary>
/// Every broker the deployment defines runs the shovel plugin, with which an operator re-drives an error queue
/// (docs/messaging.md#re-driving-an-error-queue), and keeps the management UI it publishes.
/// </summary>
public sealed partial class BrokerPluginTests
{
    const string PluginsFile = "/etc/rabbitmq/enabled_plugins";

    [Fact]
    public void The_compose_broker_reads_a_plugins_file_that_enables_the_shovel()
    {
        var compose = ComposeFile.Load();

        var config = Assert.Single(compose.Service("rabbitmq").Get("configs").Items(), c => c.TextAt("target") == PluginsFile);

        AssertEnablesTheShovel(compose.Root.TextAt("configs", config.TextAt("source")!, "content"));
    }

    [Fact]
    public void The_small_k8s_broker_mounts_a_plugins_file_that_enables_the_shovel()
    {
        var manifests = Kustomize.Render(Kustomize.Small);
        var broker = manifests.Named("StatefulSet", "rabbitmq");

        var mount = Assert.Single(Assert.Single(Manifests.Containers(broker)).Get("volumeMounts").Items(), m => m.TextAt("mountPath") == PluginsFile);
        var volume = Assert.Single(Manifests.PodSpec(broker).Get("volumes").Items(), v => v.TextAt("name") == mount.TextAt("name"));

        AssertEnablesTheShovel(manifests.Named("ConfigMap", volume.TextAt("configMap", "name")!).TextAt("data", mount.TextAt("subPath")!));
    }

    [Fact]
    public void The_production_RabbitmqCluster_adds_the_shovel_to_the_operators_plugins()
    {
        var cluster = Assert.Single(Kustomize.Render(Kustomize.Production).OfKind(Manifests.RabbitmqClusterKind));

        Assert.Contains("rabbitmq_shovel", cluster.At("spec", "rabbitmq", "additionalPlugins").Items().Select(p => p.Text()));
    }

    /// <summary>An <c>enabled_plugins</c> file is one Erlang list and a dot; it replaces the image's list, so it names the management UI too.</summary>
    static void AssertEnablesTheShovel(string? file)
    {
        var list = PluginList().Match(file ?? "");
        Assert.True(list.Success, $"Not an enabled_plugins file: '{file}'.");
        var plugins = list.Groups[1].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("rabbitmq_shovel", plugins);
        Assert.Contains("rabbitmq_management", plugins);
    }

    [GeneratedRegex(@"^\s*\[([a-z0-9_,\s]*)\]\.\s*$")]
    private static partial Regex PluginList();
}
