using DigitalCity.Deployment.Tests.Support;

namespace DigitalCity.Deployment.Tests;

/// <summary>Replicas, disruption budgets and autoscalers of each rendered kustomization.</summary>
public sealed class KubernetesAvailabilityTests
{
    public static TheoryData<string, string> DirectoriesAndProcesses =>
        [.. Kustomize.Directories.SelectMany(d => DocumentedSettings.Processes.Select(p => (d, p)))];

    [Theory]
    [MemberData(nameof(DirectoriesAndProcesses))]
    public void Each_app_has_a_disruption_budget_for_its_pods_alone_that_lets_a_drain_proceed(string directory, string process)
    {
        var manifests = Kustomize.Render(directory);
        var pod = manifests.PodOf(process);
        var budget = Assert.Single(manifests.OfKind("PodDisruptionBudget"), b => Manifests.Selects(b.At("spec", "selector"), pod.Labels));
        var replicas = int.Parse(manifests.Named("Deployment", process).TextAt("spec", "replicas") ?? "1", System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal("policy/v1", budget.TextAt("apiVersion"));
        Assert.Equal([process], manifests.Pods.Where(p => Manifests.Selects(budget.At("spec", "selector"), p.Labels)).Select(p => p.Name));
        // maxUnavailable: 1 lets one pod go at any replica count; a minAvailable as high as the replicas would block every drain.
        Assert.True(
            budget.TextAt("spec", "maxUnavailable") is "1" || int.Parse(budget.TextAt("spec", "minAvailable") ?? "0", System.Globalization.CultureInfo.InvariantCulture) < replicas,
            $"{directory}: the disruption budget of {process} lets no pod be evicted.");
    }

    [Theory]
    [MemberData(nameof(DirectoriesAndProcesses))]
    public void Each_app_has_a_cpu_autoscaler_that_starts_from_the_deployments_replicas(string directory, string process)
    {
        var manifests = Kustomize.Render(directory);
        var deployment = manifests.Named("Deployment", process);
        var autoscaler = Assert.Single(manifests.OfKind("HorizontalPodAutoscaler"), h => h.TextAt("spec", "scaleTargetRef", "name") == process);
        var metric = Assert.Single(autoscaler.At("spec", "metrics").Items());
        var min = int.Parse(autoscaler.TextAt("spec", "minReplicas")!, System.Globalization.CultureInfo.InvariantCulture);
        var max = int.Parse(autoscaler.TextAt("spec", "maxReplicas")!, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal("autoscaling/v2", autoscaler.TextAt("apiVersion"));
        Assert.Equal(("apps/v1", "Deployment"), (autoscaler.TextAt("spec", "scaleTargetRef", "apiVersion"), autoscaler.TextAt("spec", "scaleTargetRef", "kind")));
        Assert.Equal(("Resource", "cpu", "Utilization"), (metric.TextAt("type"), metric.TextAt("resource", "name"), metric.TextAt("resource", "target", "type")));
        Assert.InRange(int.Parse(metric.TextAt("resource", "target", "averageUtilization")!, System.Globalization.CultureInfo.InvariantCulture), 1, 100);
        Assert.InRange(min, 1, max);
        // Utilisation is measured against the request, so there must be one.
        Assert.False(string.IsNullOrEmpty(manifests.AppContainer(process).TextAt("resources", "requests", "cpu")));
        // kubectl apply resets spec.replicas; equal to minReplicas it never undercuts the autoscaler's floor.
        Assert.Equal(min.ToString(System.Globalization.CultureInfo.InvariantCulture), deployment.TextAt("spec", "replicas"));
    }

    [Fact]
    public void The_small_install_runs_one_replica_of_everything_and_scales_an_app_to_two_at_most()
    {
        var manifests = Kustomize.Render(Kustomize.Small);

        Assert.All(manifests.Workloads, w => Assert.Equal("1", w.TextAt("spec", "replicas")));
        Assert.All(manifests.OfKind("HorizontalPodAutoscaler"), h => Assert.Equal("2", h.TextAt("spec", "maxReplicas")));
    }

    [Fact]
    public void Production_runs_two_or_more_pods_of_each_app_and_three_broker_and_database_members_with_budgets()
    {
        var manifests = Kustomize.Render(Kustomize.Production);
        var cluster = Assert.Single(manifests.OfKind(Manifests.RabbitmqClusterKind));
        var mongo = Assert.Single(manifests.OfKind(Manifests.MongoDbCommunityKind));

        Assert.All(DocumentedSettings.Processes, process =>
            Assert.True(int.Parse(manifests.Named("Deployment", process).TextAt("spec", "replicas")!, System.Globalization.CultureInfo.InvariantCulture) >= 2, $"{process} runs fewer than two pods."));
        Assert.All(manifests.OfKind("HorizontalPodAutoscaler"), h => Assert.Equal("6", h.TextAt("spec", "maxReplicas")));
        Assert.Equal("3", cluster.TextAt("spec", "replicas"));
        Assert.Equal("3", mongo.TextAt("spec", "members"));
        Assert.All(new[] { manifests.PodOf(Manifests.NameOf(cluster)!), manifests.PodOf(Manifests.NameOf(mongo)!) }, pod =>
            Assert.Single(manifests.OfKind("PodDisruptionBudget"), b => Manifests.Selects(b.At("spec", "selector"), pod.Labels) && b.TextAt("spec", "maxUnavailable") == "1"));
    }
}
