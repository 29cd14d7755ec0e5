using DigitalCity.Deployment.Tests.Support;

namespace DigitalCity.Deployment.Tests;

/// <summary>docker-compose.yml: which containers run, what they publish, and in which order they start.</summary>
public sealed class ComposeTopologyTests
{
    readonly ComposeFile compose = ComposeFile.Load();

    public static TheoryData<string> Services => [.. DocumentedSettings.Services];

    [Fact]
    public void The_compose_file_runs_the_broker_the_database_the_services_and_the_gateway()
    {
        string[] expected = ["rabbitmq", "mongo", .. DocumentedSettings.Processes];

        Assert.Subset(compose.ServiceNames.ToHashSet(), expected.ToHashSet());
        Assert.All(compose.ServiceNames.Except(expected), optional => Assert.NotEmpty(compose.Service(optional).Get("profiles").Items()));
    }

    [Fact]
    public void Only_the_gateway_publishes_an_application_port()
    {
        var allowed = new Dictionary<string, string[]>
        {
            ["gateway"] = ["8080"],
            ["rabbitmq"] = ["15672"], // management UI
            ["jaeger"] = ["16686"], // trace UI, observability profile only
        };

        Assert.All(compose.ServiceNames, service => Assert.All(
            compose.PublishedPorts(service),
            port => Assert.Contains(port.ContainerPort, allowed.GetValueOrDefault(service, []))));
        Assert.Equal([new PublishedPort(null, "5000", "8080")], compose.PublishedPorts("gateway"));
    }

    [Fact]
    public void Administration_uis_are_published_on_the_loopback_interface_only()
    {
        Assert.All(compose.ServiceNames.Where(s => s != "gateway"), service =>
            Assert.All(compose.PublishedPorts(service), port => Assert.Equal("127.0.0.1", port.HostIp)));
    }

    [Theory]
    [MemberData(nameof(Services))]
    public void Each_service_starts_once_the_broker_and_the_database_are_healthy(string service)
    {
        var dependsOn = compose.DependsOn(service);

        Assert.Equal("service_healthy", dependsOn.GetValueOrDefault("rabbitmq"));
        Assert.Equal("service_healthy", dependsOn.GetValueOrDefault("mongo"));
    }

    [Fact]
    public void The_gateway_starts_once_every_service_is_healthy()
    {
        var dependsOn = compose.DependsOn("gateway");

        Assert.All(DocumentedSettings.Services, service => Assert.Equal("service_healthy", dependsOn.GetValueOrDefault(service)));
    }

    [Fact]
    public void Every_container_waited_on_as_healthy_reports_its_health()
    {
        var awaited = compose.ServiceNames
            .SelectMany(s => compose.DependsOn(s))
            .Where(d => d.Value == "service_healthy")
            .Select(d => d.Key)
            .Distinct();

        Assert.All(awaited, service => Assert.True(compose.HasHealthcheck(service), $"'{service}' is awaited as healthy but has no healthcheck."));
    }

    [Fact]
    public void The_broker_is_healthy_when_rabbitmq_diagnostics_answers_a_ping()
    {
        var rabbitmq = compose.Service("rabbitmq");

        Assert.StartsWith("rabbitmq:3.13-management", rabbitmq.TextAt("image"), StringComparison.Ordinal);
        Assert.Equal(["CMD", "rabbitmq-diagnostics", "-q", "ping"], rabbitmq.At("healthcheck", "test").Items().Select(i => i.Text()));
    }

    [Fact]
    public void Mongo_runs_as_a_single_node_replica_set_that_initiates_itself()
    {
        var mongo = compose.Service("mongo");
        var command = mongo.Get("command").Items().Select(i => i.Text()).ToList();
        var healthcheck = string.Join(' ', mongo.At("healthcheck", "test").Items().Select(i => i.Text()));

        Assert.StartsWith("mongo:7", mongo.TextAt("image"), StringComparison.Ordinal);
        Assert.Equal("rs0", command.ElementAtOrDefault(command.IndexOf("--replSet") + 1));
        Assert.Contains("rs.initiate({_id:'rs0',members:[{_id:0,host:'mongo:27017'}]})", healthcheck, StringComparison.Ordinal);
    }

    [Fact]
    public void Mongo_keeps_its_data_in_a_named_volume()
    {
        var volumes = compose.Service("mongo").Get("volumes").Items().Select(v => v.Text() ?? "").ToList();
        var dataVolume = Assert.Single(volumes, v => v.EndsWith(":/data/db", StringComparison.Ordinal));

        Assert.Contains(dataVolume.Split(':')[0], compose.Root.Get("volumes").Keys());
    }

    [Theory]
    [InlineData("inspection", "services/Inspection.Host/Dockerfile")]
    [InlineData("sanitation", "services/Sanitation.Host/Dockerfile")]
    [InlineData("publicity", "services/Publicity.Host/Dockerfile")]
    [InlineData("gateway", "gateway/Dockerfile")]
    public void Each_process_is_built_from_its_own_Dockerfile_with_the_repository_as_context(string process, string dockerfile)
    {
        Assert.Equal(".", compose.Service(process).TextAt("build", "context"));
        Assert.Equal(dockerfile, compose.DockerfileOf(process));
        Assert.True(Repository.Exists(dockerfile), $"{dockerfile} does not exist.");
    }

    [Fact]
    public void The_trace_collector_runs_only_in_the_observability_profile()
    {
        var jaeger = compose.Service("jaeger");

        Assert.StartsWith("jaegertracing/all-in-one", jaeger.TextAt("image"), StringComparison.Ordinal);
        Assert.Equal(["observability"], jaeger.Get("profiles").Items().Select(p => p.Text()));
        Assert.Equal("true", jaeger.TextAt("environment", "COLLECTOR_OTLP_ENABLED"));
        Assert.All(DocumentedSettings.Processes, process => Assert.DoesNotContain("jaeger", compose.DependsOn(process).Keys));
    }
}
