namespace DigitalCity.Tests.Faults.Load;

/// <summary>The people whose requests the load sends, each an HTTP client with their own token.</summary>
public sealed record BureauClients(HttpClient Officer, HttpClient Lead, HttpClient Dispatcher, HttpClient Operator) : IDisposable
{
    public void Dispose()
    {
        Officer.Dispose();
        Lead.Dispose();
        Dispatcher.Dispose();
        Operator.Dispose();
    }
}
