namespace DigitalCity.Inspection.Host;

/// <summary>Names this host's assembly for tests: <c>WebApplicationFactory&lt;InspectionHost&gt;</c>.</summary>
public sealed class InspectionHost;
