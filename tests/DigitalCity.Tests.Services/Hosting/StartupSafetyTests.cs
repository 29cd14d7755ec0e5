using DigitalCity.Inspection;
using DigitalCity.Publicity;
using DigitalCity.ServiceDefaults.Hosting;

namespace DigitalCity.Tests.Services.Hosting;

/// <summary>Settings that would make a production process unsafe stop it at startup.</summary>
public class StartupSafetyTests
{
    static string[] Production(params string[] extra) =>
    [
        "--environment=Production",
        "--Hosting:Mode=Distributed",
        "--Storage:Provider=Sqlite",
        $"--Storage:Sqlite:DataDirectory={Path.GetTempPath()}",
        "--Messaging:Transport=InMemory",
        .. extra,
    ];

    [Fact]
    public void The_development_token_issuer_is_refused_outside_development_and_standalone()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            ServiceHost.Build(Production("--Auth:SigningKey=a-signing-key-of-at-least-32-bytes!!", "--Auth:DevTokens=true"), "inspection", [new InspectionModule()]));

        Assert.Contains("DevTokens", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("too-short")]
    public void A_missing_or_short_signing_key_is_refused(string? key)
    {
        string[] args = key is null ? Production() : Production($"--Auth:SigningKey={key}");

        var error = Assert.Throws<InvalidOperationException>(() => ServiceHost.Build(args, "inspection", [new InspectionModule()]));

        Assert.Contains("SigningKey", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MongoDB_storage_without_a_connection_string_is_refused_naming_the_setting()
    {
        var error = Assert.Throws<InvalidOperationException>(() => ServiceHost.Build(
            Production("--Auth:SigningKey=a-signing-key-of-at-least-32-bytes!!", "--Storage:Provider=MongoDb"), "inspection", [new InspectionModule()]));

        Assert.Contains("Storage:MongoDb:ConnectionString", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RabbitMQ_without_a_password_is_refused_naming_the_setting()
    {
        var error = Assert.Throws<InvalidOperationException>(() => ServiceHost.Build(
            Production("--Auth:SigningKey=a-signing-key-of-at-least-32-bytes!!", "--Messaging:Transport=RabbitMq",
                "--Messaging:RabbitMq:Host=rabbitmq", "--Messaging:RabbitMq:Username=digitalcity"), "inspection", [new InspectionModule()]));

        Assert.Contains("Messaging:RabbitMq:Password", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "ZGV2LW9ubHktcGhvbmUtbG9va3VwLWhtYWMta2V5ISE=", "Publicity:PersonalData:EncryptionKey")]
    [InlineData("c2hvcnQ=", "ZGV2LW9ubHktcGhvbmUtbG9va3VwLWhtYWMta2V5ISE=", "Publicity:PersonalData:EncryptionKey")]
    [InlineData("ZGV2LW9ubHktcGhvbmUtZW5jcnlwdGlvbi1rZXkhISE=", null, "Publicity:PersonalData:HmacKey")]
    [InlineData("ZGV2LW9ubHktcGhvbmUtZW5jcnlwdGlvbi1rZXkhISE=", "c2hvcnQ=", "Publicity:PersonalData:HmacKey")]
    public void Publicity_without_both_personal_data_keys_is_refused_naming_the_setting(string? encryptionKey, string? hmacKey, string setting)
    {
        List<string> extra = ["--Auth:SigningKey=a-signing-key-of-at-least-32-bytes!!"];
        if (encryptionKey is not null)
        {
            extra.Add($"--Publicity:PersonalData:EncryptionKey={encryptionKey}");
        }

        if (hmacKey is not null)
        {
            extra.Add($"--Publicity:PersonalData:HmacKey={hmacKey}");
        }

        var error = Assert.Throws<InvalidOperationException>(() =>
            ServiceHost.Build(Production([.. extra]), "publicity", [new PublicityModule()]));

        Assert.Contains(setting, error.Message, StringComparison.Ordinal);
    }
}
