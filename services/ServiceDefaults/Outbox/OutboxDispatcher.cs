using System.Diagnostics;
using MassTransit;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DigitalCity.ServiceDefaults.Outbox;

/// <summary>
/// Publishes one service's stored events: reads a batch of pending messages, publishes each with its
/// fixed MessageId and waits for the broker's confirm, then marks the confirmed ones sent. Events of
/// one aggregate go out in order; different aggregates are published concurrently. When the broker is
/// unreachable nothing is lost: the messages stay pending and the dispatcher retries with backoff.
/// </summary>
public sealed partial class OutboxDispatcher(
    string serviceName,
    IOutboxStore store,
    OutboxSignal signal,
    IBus bus,
    OutboxOptions options,
    TimeProvider time,
    ILogger<OutboxDispatcher> logger) : BackgroundService
{
    public const string ActivitySourceName = "DigitalCity.Outbox";

    static readonly ActivitySource Source = new(ActivitySourceName);

    DateTimeOffset _nextPurge = DateTimeOffset.MinValue;

    public string ServiceName => serviceName;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await RunAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // host shutdown
        }
    }

    async Task RunAsync(CancellationToken stoppingToken)
    {
        var backoff = TimeSpan.Zero;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var outcome = await DispatchOnceAsync(stoppingToken);
                if (outcome.Failed > 0)
                {
                    backoff = NextBackoff(backoff);
                    LogPublishFailed(serviceName, outcome.Failed, backoff);
                    await Task.Delay(backoff, time, stoppingToken);
                    continue;
                }

                backoff = TimeSpan.Zero;
                if (outcome.Read < options.BatchSize)
                {
                    await PurgeIfDueAsync(stoppingToken);
                    await signal.WaitAsync(options.PollInterval, time, stoppingToken);
                }
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                backoff = NextBackoff(backoff);
                LogDispatchError(ex, serviceName, backoff);
                await Task.Delay(backoff, time, stoppingToken);
            }
        }
    }

    /// <summary>One round: publish what is pending now. Public so tests and benchmarks can drive it.</summary>
    public async Task<DispatchOutcome> DispatchOnceAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var pending = await store.ClaimPendingAsync(options.BatchSize, now, now + options.LeaseDuration, cancellationToken);
        if (pending.Count == 0)
        {
            return new DispatchOutcome(0, 0, 0);
        }

        var results = await Task.WhenAll(pending
            .GroupBy(m => (m.Source, m.AggregateId))
            .Select(group => PublishInOrderAsync([.. group], cancellationToken)));

        var sent = results.SelectMany(r => r).ToList();
        if (sent.Count > 0)
        {
            await store.MarkSentAsync(sent, time.GetUtcNow(), CancellationToken.None);
        }

        if (sent.Count < pending.Count)
        {
            var sentIds = sent.Select(m => m.MessageId).ToHashSet();
            await store.ReleaseAsync([.. pending.Where(m => !sentIds.Contains(m.MessageId))], CancellationToken.None);
        }

        return new DispatchOutcome(pending.Count, sent.Count, pending.Count - sent.Count);
    }

    async Task<List<OutboxMessage>> PublishInOrderAsync(List<OutboxMessage> messages, CancellationToken cancellationToken)
    {
        var sent = new List<OutboxMessage>(messages.Count);
        foreach (var message in messages)
        {
            if (!await TryPublishAsync(message, cancellationToken))
            {
                break; // keep the aggregate's order: later events wait for this one
            }

            sent.Add(message);
        }

        return sent;
    }

    async Task<bool> TryPublishAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        ActivityContext.TryParse(message.TraceParent, null, out var parent);
        using var activity = Source.StartActivity($"outbox publish {message.EventType}", ActivityKind.Internal, parent);
        activity?.SetTag("messaging.message.id", message.MessageId);

        using var timeout = new CancellationTokenSource(options.PublishTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            var @event = message.Deserialize();
            await bus.Publish(@event, @event.GetType(), context => context.MessageId = message.MessageId, linked.Token);
            return true;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            activity?.SetStatus(ActivityStatusCode.Error, ex.Message);
            LogPublishAttemptFailed(ex, serviceName, message.MessageId, message.EventType);
            return false;
        }
    }

    async Task PurgeIfDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (now < _nextPurge)
        {
            return;
        }

        _nextPurge = now.AddHours(1);
        await store.PurgeSentAsync(now - options.SentRetention, cancellationToken);
    }

    TimeSpan NextBackoff(TimeSpan current)
    {
        var next = current == TimeSpan.Zero ? TimeSpan.FromMilliseconds(200) : current * 2;
        return next > options.MaxBackoff ? options.MaxBackoff : next;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox of {Service}: {Failed} message(s) not confirmed; retrying in {Backoff}")]
    partial void LogPublishFailed(string service, int failed, TimeSpan backoff);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Outbox of {Service}: publishing {MessageId} ({EventType}) failed")]
    partial void LogPublishAttemptFailed(Exception ex, string service, Guid messageId, string eventType);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox of {Service}: dispatch round failed; retrying in {Backoff}")]
    partial void LogDispatchError(Exception ex, string service, TimeSpan backoff);
}

/// <summary>What one dispatch round did.</summary>
public readonly record struct DispatchOutcome(int Read, int Sent, int Failed);
