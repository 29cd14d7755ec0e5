using System.Collections.Concurrent;
using System.Diagnostics;

namespace DigitalCity.Tests.Integration;

/// <summary>Records every span the in-process hosts finish, to follow one trace across them.</summary>
public sealed class SpanRecorder : IDisposable
{
    readonly ActivityListener _listener;
    readonly ConcurrentQueue<Activity> _spans = new();

    public SpanRecorder()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = _ => true,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = _spans.Enqueue,
        };
        ActivitySource.AddActivityListener(_listener);
    }

    public IReadOnlyList<Activity> InTrace(ActivityTraceId traceId) => [.. _spans.Where(s => s.TraceId == traceId)];

    public void Dispose() => _listener.Dispose();
}
