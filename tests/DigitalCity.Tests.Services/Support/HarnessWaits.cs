using MassTransit.Testing;

namespace DigitalCity.Tests.Services.Support;

/// <summary>
/// Waits on the harness's record of consumed and published messages by polling it with a deadline,
/// independent of the harness's inactivity timer (which may already have fired in a long-lived fixture).
/// </summary>
public static class HarnessWaits
{
    public static Task<int> ConsumedAsync<T>(this ITestHarness harness, Func<T, bool> filter, int count = 1)
        where T : class =>
        Eventually.ReturnsAsync(
            () => Task.FromResult(harness.Consumed.Select<T>(m => filter(m.Context.Message)).Count()),
            n => n >= count);

    public static async Task<IPublishedMessage<T>> PublishedAsync<T>(this ITestHarness harness, Func<T, bool> filter)
        where T : class =>
        (await Eventually.ReturnsAsync(
            () => Task.FromResult(harness.Published.Select<T>(m => filter(m.Context.Message)).FirstOrDefault()),
            m => m is not null))!;

    /// <summary>All messages of a type published so far that match (for "exactly once" checks after a wait).</summary>
    public static IReadOnlyList<IPublishedMessage<T>> PublishedNow<T>(this ITestHarness harness, Func<T, bool> filter)
        where T : class =>
        [.. harness.Published.Select<T>(m => filter(m.Context.Message))];
}
