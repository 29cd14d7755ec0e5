namespace DigitalCity.Tests.Faults.Load;

/// <summary>Which fault, if any, is in force right now; every request attempt is filed under it.</summary>
public sealed class FaultWindow
{
    volatile string? _current;

    public string? Current => _current;

    public void Open(string fault) => _current = fault;

    public void Close() => _current = null;
}
