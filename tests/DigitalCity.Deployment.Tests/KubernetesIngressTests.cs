using DigitalCity.Deployment.Tests.Support;

namespace DigitalCity.Deployment.Tests;

/// <summary>The gateway's Ingress in each rendered kustomization.</summary>
public sealed class KubernetesIngressTests
{
    public static TheoryData<string> Directories => [.. Kustomize.Directories];

    [Theory]
    [MemberData(nameof(Directories))]
    public void The_only_ingress_routes_every_path_of_a_host_to_the_gateway_service_port(string directory)
    {
        var manifests = Kustomize.Render(directory);
        var ingress = Assert.Single(manifests.OfKind("Ingress"));
        var servicePorts = manifests.Named("Service", "gateway").At("spec", "ports").Items();
        var rule = Assert.Single(ingress.At("spec", "rules").Items());
        var path = Assert.Single(rule.At("http", "paths").Items());
        var backend = path.At("backend", "service");

        Assert.Equal("networking.k8s.io/v1", ingress.TextAt("apiVersion"));
        Assert.Equal("nginx", ingress.TextAt("spec", "ingressClassName"));
        Assert.False(string.IsNullOrEmpty(rule.TextAt("host")), "The Ingress names no host.");
        Assert.Equal(("/", "Prefix"), (path.TextAt("path"), path.TextAt("pathType")));
        Assert.Equal("gateway", backend.TextAt("name"));
        Assert.Contains(servicePorts, p => p.TextAt("port") == backend.TextAt("port", "number") || (p.TextAt("name") is { } name && name == backend.TextAt("port", "name")));
    }

    [Fact]
    public void Each_overlay_sets_its_own_host()
    {
        var hosts = Kustomize.Directories.Select(d => Assert.Single(Kustomize.Render(d).OfKind("Ingress")).At("spec", "rules").Items()[0].TextAt("host")).ToList();

        Assert.Equal(hosts.Count, hosts.Distinct().Count());
    }

    [Fact]
    public void Production_serves_its_host_over_tls()
    {
        var ingress = Assert.Single(Kustomize.Render(Kustomize.Production).OfKind("Ingress"));
        var host = ingress.At("spec", "rules").Items()[0].TextAt("host");
        var tls = Assert.Single(ingress.At("spec", "tls").Items());

        Assert.Equal("digitalcity.example.gov.cn", host);
        Assert.Contains(tls.Get("hosts").Items(), h => h.Text() == host);
        Assert.False(string.IsNullOrEmpty(tls.TextAt("secretName")));
    }
}
