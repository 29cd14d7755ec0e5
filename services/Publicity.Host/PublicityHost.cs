namespace DigitalCity.Publicity.Host;

/// <summary>Names this host's assembly for tests: <c>WebApplicationFactory&lt;PublicityHost&gt;</c>.</summary>
public sealed class PublicityHost;
