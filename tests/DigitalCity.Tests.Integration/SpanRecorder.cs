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

    /// <summary>How many times a host has finished receiving the message <paramref name="messageId"/> from <paramref name="queue"/>, whatever the outcome.</summary>
    public int Receipts(string queue, Guid messageId) => _spans.Count(s => s.Source.Name == "MassTransit"
        && s.DisplayName == $"{queue} receive" && s.GetTagItem("messaging.message.id") as string == messageId.ToString());

    public void Dispose() => _listener.Dispose();
}
