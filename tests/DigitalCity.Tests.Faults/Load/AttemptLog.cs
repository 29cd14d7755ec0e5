using System.Collections.Concurrent;

namespace DigitalCity.Tests.Faults.Load;

/// <summary>
/// The answer to every request attempt, by the fault in force when it was sent (<c>none</c> outside them):
/// the status code, or 0 when no answer came at all.
/// </summary>
public sealed class AttemptLog(FaultWindow window)
{
    public const string NoFault = "none";

    readonly ConcurrentDictionary<(string Fault, int Status), int> _counts = new();

    public string Record(int status)
    {
        var fault = window.Current ?? NoFault;
        _counts.AddOrUpdate((fault, status), 1, (_, n) => n + 1);
        return fault;
    }

    public IReadOnlyDictionary<int, int> StatusesDuring(string fault) =>
        _counts.Where(c => c.Key.Fault == fault).ToDictionary(c => c.Key.Status, c => c.Value);

    /// <summary>Answers no client should ever see: anything but success, a conflict, throttling or a gateway's 502–504.</summary>
    public int Unexpected => _counts.Where(c => c.Key.Status is not (>= 200 and < 300) and not 409 and not 429 and not (>= 502 and <= 504) and not 0)
        .Sum(c => c.Value);
}
