using System.Text.RegularExpressions;
using DigitalCity.Deployment.Tests.Support;

namespace DigitalCity.Deployment.Tests;

/// <summary>docker-compose.yml: the settings each process is given.</summary>
public sealed partial class ComposeSettingsTests
{
    readonly ComposeFile compose = ComposeFile.Load();

    public static TheoryData<string> Processes => [.. DocumentedSettings.Processes];

    public static TheoryData<string> Services => [.. DocumentedSettings.Services];

    [Theory]
    [MemberData(nameof(Processes))]
    public void Each_process_is_given_only_documented_settings(string process)
    {
        var documented = DocumentedSettings.For(process);

        Assert.All(compose.Environment(process).Keys, key => Assert.Contains(key, documented));
    }

    [Theory]
    [MemberData(nameof(Processes))]
    public void Each_process_is_given_every_setting_it_needs(string process)
    {
        var environment = compose.Environment(process);

        Assert.All(DocumentedSettings.Required(process), key => Assert.True(
            !string.IsNullOrEmpty(environment.GetValueOrDefault(key)), $"{process} is not given {key}."));
    }

    [Theory]
    [MemberData(nameof(Processes))]
    public void Each_process_listens_on_8080_in_the_distributed_mode(string process)
    {
        var environment = compose.Environment(process);

        Assert.Equal("http://+:8080", environment.GetValueOrDefault("ASPNETCORE_URLS"));
        Assert.Equal("Distributed", environment.GetValueOrDefault("Hosting__Mode"));
    }

    [Theory]
    [MemberData(nameof(Services))]
    public void Each_service_stores_in_the_mongo_replica_set_and_talks_over_rabbitmq(string service)
    {
        var environment = compose.Environment(service);

        Assert.Equal("MongoDb", environment.GetValueOrDefault("Storage__Provider"));
        Assert.Equal("mongodb://mongo:27017/?replicaSet=rs0", environment.GetValueOrDefault("Storage__MongoDb__ConnectionString"));
        Assert.Equal("RabbitMq", environment.GetValueOrDefault("Messaging__Transport"));
        Assert.Equal("rabbitmq", environment.GetValueOrDefault("Messaging__RabbitMq__Host"));
    }

    [Fact]
    public void The_services_log_in_to_the_broker_with_the_account_it_creates()
    {
        var broker = compose.Environment("rabbitmq");

        Assert.All(DocumentedSettings.Services, service =>
        {
            var environment = compose.Environment(service);
            Assert.Equal(broker.GetValueOrDefault("RABBITMQ_DEFAULT_USER"), environment.GetValueOrDefault("Messaging__RabbitMq__Username"));
            Assert.Equal(broker.GetValueOrDefault("RABBITMQ_DEFAULT_PASS"), environment.GetValueOrDefault("Messaging__RabbitMq__Password"));
        });
    }

    [Theory]
    [MemberData(nameof(Processes))]
    public void The_signing_key_is_required_from_the_environment_and_never_written_in_the_file(string process)
    {
        var signingKey = compose.Environment(process).GetValueOrDefault("Auth__SigningKey") ?? "";

        Assert.Matches(RequiredVariable(), signingKey);
    }

    [Theory]
    [MemberData(nameof(Processes))]
    public void Traces_are_exported_only_when_OTEL_EXPORTER_OTLP_ENDPOINT_is_set(string process)
    {
        Assert.Equal("${OTEL_EXPORTER_OTLP_ENDPOINT:-}", compose.Environment(process).GetValueOrDefault("OTEL_EXPORTER_OTLP_ENDPOINT"));
    }

    [Fact]
    public void The_gateway_forwards_to_each_service_by_its_compose_name()
    {
        var environment = compose.Environment("gateway");

        Assert.All(DocumentedSettings.Services, service =>
            Assert.Equal($"http://{service}:8080", environment.GetValueOrDefault(DocumentedSettings.GatewayDestination(service))));
    }

    /// <summary><c>${NAME:?message}</c>: compose refuses to start when NAME is unset or empty.</summary>
    [GeneratedRegex(@"^\$\{[A-Z][A-Z0-9_]*:\?[^}]+\}$")]
    private static partial Regex RequiredVariable();
}
