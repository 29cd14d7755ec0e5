namespace DigitalCity.Gateway.Dashboard;

/// <summary>Configuration section <c>Gateway:Dashboard</c>: how long the operators' dashboard waits for each service.</summary>
public sealed class DashboardOptions
{
    public const string Section = "Gateway:Dashboard";

    /// <summary>The longest wait for any one service; a section not answered by then is marked <c>timeout</c>.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(2);
}
