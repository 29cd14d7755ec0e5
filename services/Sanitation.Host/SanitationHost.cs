namespace DigitalCity.Sanitation.Host;

/// <summary>Names this host's assembly for tests: <c>WebApplicationFactory&lt;SanitationHost&gt;</c>.</summary>
public sealed class SanitationHost;
